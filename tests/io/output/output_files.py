"""Helpers shared by the Python checks of attachsim output: run the test writer, read datasets."""
import os
import subprocess

import numpy as np


def run_writer(writer, path, rows, ranks=0, mode=None):
    """Runs io_table_writer into `path`; under mpirun with `ranks` ranks when ranks > 0; `mode`
    is None, "--interrupt" or "--resume"."""
    command = [writer, path, str(rows)] + ([mode] if mode else [])
    env = dict(os.environ)
    if ranks > 0:
        env["OMPI_MCA_btl_vader_single_copy_mechanism"] = "none"
        env["OMPI_MCA_mpi_yield_when_idle"] = "1"  # oversubscribed: waiting ranks yield the core
        command = ["mpirun", "--allow-run-as-root", "--oversubscribe", "-np", str(ranks)] + command
    subprocess.run(command, check=True, env=env, timeout=120)  # a hang fails, and soon


def expected_all_types(n):
    """The values all_types_row(i) gives for i in [0, n), as (name, array) pairs in column order."""
    i = np.arange(n, dtype=np.uint64)
    signed = i.astype(np.int64)
    return [
        ("i8", ((signed % 256) - 128).astype(np.int8)),
        ("i16", ((signed % 65536) - 32768).astype(np.int16)),
        ("i32", (signed * 7 - 1000000).astype(np.int32)),
        ("u32", (i * np.uint64(2654435761)).astype(np.uint32)),
        ("i64", signed * np.int64(-1000000007)),
        ("u64", i * np.uint64(0x9E3779B97F4A7C15)),
        ("f32", i.astype(np.float32) * np.float32(0.25)),
        ("f64", i.astype(np.float64) / 3.0),
    ]
