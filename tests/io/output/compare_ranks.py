"""Writes the same tables with io_table_writer on 1 process and under mpirun with 2 and 3 ranks,
and checks that every dataset (values, dtype, attributes) and root attribute is the same (the
creation time and command line excepted). Usage: compare_ranks.py PATH/TO/io_table_writer"""
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
        for ranks in (2, 3):
            path = f"{tmp}/ranks{ranks}.h5"
            run_writer(writer, path, ROWS, ranks)
            datasets, root = contents(path)
            if sorted(datasets) != sorted(reference):
                sys.exit(f"FAIL: {ranks} ranks wrote datasets {sorted(datasets)}")
            for name, (storage, values, attrs) in reference.items():
                other_storage, other_values, other_attrs = datasets[name]
                if other_storage != storage:
                    sys.exit(f"FAIL: {ranks} ranks: /{name} stored as {other_storage}, not {storage}")
                if not np.array_equal(other_values, values):
                    sys.exit(f"FAIL: {ranks} ranks: /{name} differs from the single process")
                if other_attrs != attrs:
                    sys.exit(f"FAIL: {ranks} ranks: attributes of /{name} differ")
            if root != reference_root:
                sys.exit(f"FAIL: {ranks} ranks: root attributes differ: {root}")
            print(f"ok: {ranks} MPI ranks wrote the same {len(datasets)} datasets as 1 process")


if __name__ == "__main__":
    main(sys.argv[1])
