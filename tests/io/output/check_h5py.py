"""Reads a file written by io_table_writer with h5py and pandas, as an analyst would, and checks
dataset names, dtypes, chunking, compression, attributes and values.
Usage: check_h5py.py PATH/TO/io_table_writer"""
import re
import sys
import tempfile

import h5py
import numpy as np
import pandas as pd

from output_files import expected_all_types, run_writer

ROWS = 150_000  # more than two chunks of 65,536 rows


def check(condition, what):
    if not condition:
        sys.exit(f"FAIL: {what}")
    print(f"ok: {what}")


def main(writer):
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/run.h5"
        run_writer(writer, path, ROWS)
        with h5py.File(path, "r") as f:
            a = f.attrs
            check(a["format"] == "attachsim", "format attribute is the str 'attachsim'")
            check(a["format_version"] == 1, "format_version is 1")
            check(a["seed"] == 7 and a["seed"].dtype == np.uint64, "seed is the uint64 7")
            check(a["config"] == "seed = 7\n", "config holds the resolved TOML")
            check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["created"]) is not None,
                  "created is ISO-8601 UTC")
            check(a["command_line"].split()[-1] == str(ROWS), "command_line is recorded")
            check(isinstance(a["git_revision"], str) and a["git_revision"] != "",
                  "git_revision is recorded")
            check(list(f.keys()) == ["all", "panel"], "tables /all and /panel")

            expected = expected_all_types(ROWS)
            check(list(f["all"].keys()) == [name for name, _ in expected],
                  "columns in declaration order")
            for name, values in expected:
                d = f["all"][name]
                check(d.dtype == values.dtype.newbyteorder("<"), f"/all/{name} dtype {d.dtype}")
                check(d.shape == (ROWS,) and d.maxshape == (None,), f"/all/{name} is appendable")
                check(d.chunks == (65536,), f"/all/{name} chunks of 65536 rows")
                check(d.compression == "gzip" and d.compression_opts == 4 and d.shuffle,
                      f"/all/{name} shuffled and deflated at level 4")
                check(np.array_equal(d[...], values), f"/all/{name} values")
                check(isinstance(d.attrs["unit"], str) and d.attrs["description"] != "",
                      f"/all/{name} has unit and description")
            check(f["all/i8"].attrs["codes"] == "minus,zero,plus", "codes attribute")

        # The snippet of docs/output.md: /panel as a DataFrame, codes as categories.
        with h5py.File(path, "r") as f:
            panel = pd.DataFrame({name: column[...] for name, column in f["panel"].items()})
            for name, column in f["panel"].items():
                if "codes" in column.attrs:
                    labels = column.attrs["codes"].split(",")
                    panel[name] = pd.Categorical.from_codes(panel[name], labels)
        counts = panel.groupby(["instrument", "category"]).size()
        i = np.arange(ROWS)
        check(len(panel) == ROWS and list(panel.columns) ==
              ["person_id", "instrument", "category", "security"], "panel DataFrame")
        check(counts[("self_report", "D")] == np.sum((i % 3 == 2) & (i * 7 % 4 == 3)),
              "panel counts by instrument and category")


if __name__ == "__main__":
    main(sys.argv[1])
