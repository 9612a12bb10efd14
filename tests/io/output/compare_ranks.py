"""Writes the same tables with io_table_writer on 1 process and under mpirun with 2 and 3 ranks,
and checks that every dataset (values, dtype, storage, attributes) and root attribute is the same
(the creation time and command line excepted); likewise for a run on 3 ranks interrupted after
its checkpoint and resumed on 2. Usage: compare_ranks.py PATH/TO/io_table_writer"""
import os
import sys
import tempfile

import h5py
import numpy as np

from output_files import expected_all_types, run_writer

ROWS = 150_000
VARYING = {"created", "command_line"}


def contents(path):
    """{dataset path: (dtype and storage, values, attributes)} and the root attributes."""
    datasets = {}
    with h5py.File(path, "r") as f:
        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                storage = (obj.dtype, obj.chunks, obj.compression, obj.compression_opts, obj.shuffle)
                datasets[name] = (storage, obj[...], dict(obj.attrs))
        f.visititems(visit)
        root = {k: v for k, v in f.attrs.items() if k not in VARYING}
    return datasets, root


def main(writer):
    with tempfile.TemporaryDirectory() as tmp:
        run_writer(writer, f"{tmp}/serial.h5", ROWS)
        reference, reference_root = contents(f"{tmp}/serial.h5")
        for name, values in expected_all_types(ROWS):
            if not np.array_equal(reference[f"all/{name}"][1], values):
                sys.exit(f"FAIL: the single-process file has wrong values in /all/{name}")
        runs = [("2 ranks", 2), ("3 ranks", 3), ("3 ranks, interrupted and resumed on 2", None)]
        for index, (label, count) in enumerate(runs):
            path = f"{tmp}/run{index}.h5"
            if count is None:
                run_writer(writer, path, ROWS, 3, "--interrupt")
                if os.path.exists(path) or not os.path.exists(path + ".partial"):
                    sys.exit("FAIL: the interrupted run did not leave only a .partial file")
                run_writer(writer, path, ROWS, 2, "--resume")
            else:
                run_writer(writer, path, ROWS, count)
            datasets, root = contents(path)
            if sorted(datasets) != sorted(reference):
                sys.exit(f"FAIL: {label} wrote datasets {sorted(datasets)}")
            for name, (storage, values, attrs) in reference.items():
                other_storage, other_values, other_attrs = datasets[name]
                if other_storage != storage:
                    sys.exit(f"FAIL: {label}: /{name} stored as {other_storage}, not {storage}")
                if not np.array_equal(other_values, values):
                    sys.exit(f"FAIL: {label}: /{name} differs from the single process")
                if other_attrs != attrs:
                    sys.exit(f"FAIL: {label}: attributes of /{name} differ")
            if root != reference_root:
                sys.exit(f"FAIL: {label}: root attributes differ: {root}")
            print(f"ok: {label} wrote the same {len(datasets)} datasets as 1 process")


if __name__ == "__main__":
    main(sys.argv[1])
