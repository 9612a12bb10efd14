"""`scripts/merge OUT (--sweep SWEEP.toml | FILE.h5 ...)`: many attachsim outputs as one table.

The panels (and time series) of the inputs are concatenated, with extra leading columns:
`run` (the input's index; with --sweep, its task number), and with --sweep `point`,
`replicate` and one column per grid key (named by the key, e.g. `care.sensitivity_mean`);
`--param KEY` adds a column with each input's value of a parameter, read from its resolved
configuration. A `runs` table has one row per input: run, file, seed and the same columns.

OUT ending in `.h5` gets one HDF5 file in the layout of an output (groups `/panel`,
`/timeseries`, `/runs` of 1-D datasets with unit, description and codes; root attribute
`format` = `attachsim-merge`), which `load.load_panel` reads. Coded columns keep their codes;
where inputs label codes differently (different arms), values are recoded to the union of the
labels. OUT ending in `.csv` gets the panel there, and `<OUT stem>_timeseries.csv` and
`<OUT stem>_runs.csv` beside it, categories as labels. (pyarrow is not available here, hence no
Parquet.) Inputs are read one at a time, so the merged table need not fit in memory. The inputs
must have the same columns. Each file is written as `<name>.partial` and renamed when the whole
merge has succeeded; a merge that fails removes its `.partial` files and leaves earlier files
of those names untouched.

With --sweep, every existing output must be its run's (`sweep.check_outputs`: an output written
before the sweep file or its base experiment changed is refused, naming the file and the key).

Person ids repeat across runs: per-person statistics must group by `run` (the pairing functions
of `stats` do so when the column is there).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import shlex
import sys
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import h5py
import numpy as np
import pandas as pd

from . import sweep as sweeps
from .errors import AnalysisError, run_cli
from .load import FORMATS, config_value, read_config, read_provenance, read_table

TABLES = ("panel", "timeseries")
CHUNK_ROWS = 65536


@dataclass
class Source:
    """One input and the values of its extra columns."""
    path: str
    run: int
    extra: dict[str, Any]


def _column_values(values: list[Any]) -> np.ndarray:
    """Extra-column values as an array: int64, float64, or text (TOML for lists)."""
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=np.int64)
    if all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=np.float64)
    return np.asarray([v if isinstance(v, str) else sweeps.toml_value(v) for v in values],
                      dtype=object)


def sources_of_sweep(path: str, allow_incomplete: bool,
                     binary: str) -> tuple[list[Source], dict[str, str]]:
    """The complete runs of a sweep as sources (run = task, point, replicate, grid values),
    and descriptions of the extra columns. Incomplete runs are an error unless allowed; outputs
    that are not their runs' (`sweep.check_outputs`) always are."""
    sweep = sweeps.load_sweep(path)
    runs = sweeps.expand(sweep)
    missing = [r for r in runs if not r.has_output()]
    if missing and not allow_incomplete:
        names = ", ".join(os.path.basename(r.output) for r in missing[:5])
        raise AnalysisError(f"{path}: {len(missing)} of {len(runs)} runs are not complete "
                            f"({names}{', ...' if len(missing) > 5 else ''}); finish them with "
                            "scripts/sweep, or pass --allow-incomplete")
    done = [r for r in runs if r.has_output()]
    stale = list(sweeps.check_outputs(sweep, done, binary).values())
    if stale:
        raise AnalysisError(f"{path}: {len(stale)} output(s) are not this sweep's runs (written "
                            f"before the sweep file or its experiment changed): "
                            f"{'; '.join(stale[:3])}{'; ...' if len(stale) > 3 else ''}; "
                            "rerun scripts/sweep to redo them")
    sources = [Source(run.output, run.task, dict(point=run.point, replicate=run.replicate,
                                                 **run.values)) for run in done]
    descriptions = dict(point="grid point of the sweep", replicate="replicate of the grid point",
                        **{key: f"sweep grid value of {key}" for key in sweep.grid})
    return sources, descriptions


def add_params(sources: list[Source], descriptions: dict[str, str],
               params: Sequence[str]) -> None:
    """Adds each parameter's value, read from each input's resolved configuration."""
    for source in sources:
        config = read_config(source.path)
        for key in params:
            value = config_value(config, key)
            if value is None:
                raise AnalysisError(f"{source.path}: no parameter '{key}' in its configuration")
            source.extra[key] = value
    descriptions.update({key: f"parameter {key} of the run" for key in params})


@contextlib.contextmanager
def _partial(paths: Sequence[str]) -> Iterator[list[str]]:
    """Yields a `.partial` name for each path, to write; when the block succeeds, renames each
    to its path (replacing a file there), and when it fails, removes them."""
    partials = [path + ".partial" for path in paths]
    try:
        yield partials
    except BaseException:
        for partial in partials:
            if os.path.exists(partial):
                os.remove(partial)
        raise
    for partial, path in zip(partials, paths):
        os.replace(partial, path)


class _H5Writer:
    """Appends tables to one HDF5 file in the output layout; closes it on leaving `with`."""

    def __init__(self, path: str, attrs: dict[str, Any]):
        self.file = h5py.File(path, "w")
        for key, value in attrs.items():
            self.file.attrs[key] = value

    def create(self, table: str, columns: dict[str, dict[str, Any]]) -> None:
        """columns: name -> dict(dtype, unit, description, codes)."""
        group = self.file.create_group(table, track_order=True)
        for name, meta in columns.items():
            dtype = h5py.string_dtype() if meta["dtype"] == object else meta["dtype"]
            dataset = group.create_dataset(name, shape=(0,), maxshape=(None,), dtype=dtype,
                                           chunks=(CHUNK_ROWS,), compression="gzip",
                                           compression_opts=4, shuffle=True)
            dataset.attrs["unit"] = meta.get("unit", "")
            dataset.attrs["description"] = meta.get("description", "")
            if meta.get("codes"):
                dataset.attrs["codes"] = meta["codes"]

    def append(self, table: str, data: dict[str, np.ndarray]) -> None:
        group = self.file[table]
        for name, values in data.items():
            dataset = group[name]
            start = dataset.shape[0]
            dataset.resize((start + len(values),))
            dataset[start:] = values

    def __enter__(self) -> _H5Writer:
        return self

    def __exit__(self, *exc_info) -> None:
        self.file.close()


def _scan(sources: Sequence[Source], table: str) -> dict[str, dict[str, Any]] | None:
    """Column layout of a table across inputs (None when no input has it): dtype, unit,
    description and the union of code labels. Differing column sets are an error."""
    layout: dict[str, dict[str, Any]] | None = None
    first = None
    for source in sources:
        with h5py.File(source.path, "r") as f:
            group = f.get(table)
            if not isinstance(group, h5py.Group):
                if layout is not None:
                    raise AnalysisError(f"{source.path}: no table '/{table}' (but {first} has)")
                continue
            columns = {name: dict(dtype=ds.dtype, unit=_text(ds.attrs.get("unit", "")),
                                  description=_text(ds.attrs.get("description", "")),
                                  labels=_text(ds.attrs.get("codes", "")).split(",")
                                  if "codes" in ds.attrs else None)
                       for name, ds in group.items()}
        if layout is None:
            layout, first = columns, source.path
            continue
        if list(columns) != list(layout):
            differ = sorted(set(columns) ^ set(layout))
            raise AnalysisError(f"{source.path}: the columns of '/{table}' differ from those of "
                                f"{first} ({', '.join(differ) or 'order'})")
        for name, meta in columns.items():
            labels = layout[name]["labels"]
            if meta["labels"] and labels is not None:
                labels += [label for label in meta["labels"] if label not in labels]
    return layout


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _recode(values: np.ndarray, labels: list[str], union: list[str]) -> np.ndarray:
    """Codes under `labels` as codes under `union`; values without a label become -1."""
    lookup = np.array([union.index(label) for label in labels], dtype=np.int64)
    known = (values >= 0) & (values < len(labels))
    out = np.full(len(values), -1, dtype=np.int64)
    out[known] = lookup[values[known].astype(np.int64)]
    return out.astype(values.dtype)


def merge_h5(out: str, sources: Sequence[Source], descriptions: dict[str, str],
             attrs: dict[str, Any]) -> None:
    """Writes the merged tables of `sources` into the HDF5 file `out` (through `out.partial`)."""
    extra_names = list(sources[0].extra)
    extra = {name: _column_values([s.extra[name] for s in sources]) for name in extra_names}
    with _partial([out]) as (partial,), _H5Writer(partial, attrs) as writer:
        for table in TABLES:
            layout = _scan(sources, table)
            if layout is None:
                continue
            columns = {"run": dict(dtype=np.int64, description="index of the merged run (runs "
                                                               "table)")}
            columns.update({name: dict(dtype=extra[name].dtype, description=descriptions[name])
                            for name in extra_names})
            for name, meta in layout.items():
                columns[name] = dict(meta, codes=",".join(meta["labels"] or []))
            writer.create(table, columns)
            for k, source in enumerate(sources):
                with h5py.File(source.path, "r") as f:
                    group = f[table]
                    rows = group[next(iter(layout))].shape[0]
                    data = {"run": np.full(rows, source.run, dtype=np.int64)}
                    data.update({name: np.repeat(extra[name][k:k + 1], rows)
                                 for name in extra_names})
                    for name, meta in layout.items():
                        values = group[name][...]
                        if meta["labels"] is not None:
                            own = _text(group[name].attrs["codes"]).split(",")
                            values = _recode(values, own, meta["labels"])
                        data[name] = values
                writer.append(table, data)
        writer.create("runs", {
            "run": dict(dtype=np.int64, description="index of the merged run"),
            "file": dict(dtype=object, description="the run's output file"),
            "seed": dict(dtype=np.uint64, description="the run's seed"),
            **{name: dict(dtype=extra[name].dtype, description=descriptions[name])
               for name in extra_names}})
        writer.append("runs", {
            "run": np.array([s.run for s in sources], dtype=np.int64),
            "file": np.array([os.path.abspath(s.path) for s in sources], dtype=object),
            "seed": np.array([read_provenance(s.path)["seed"] for s in sources],
                             dtype=np.uint64),
            **extra})


def merge_csv(out: str, sources: Sequence[Source]) -> list[str]:
    """Writes the merged panel to `out` and the time series and runs table beside it (categories
    as labels; each through `.partial`); returns the paths written."""
    stem = out[:-len(".csv")]
    tables = {table: path for table, path in (("panel", out),
                                              ("timeseries", f"{stem}_timeseries.csv"))
              if _scan(sources, table) is not None}
    paths = [*tables.values(), f"{stem}_runs.csv"]
    with _partial(paths) as partials:
        for table, partial in zip(tables, partials):
            for k, source in enumerate(sources):
                df = read_table(source.path, table)
                lead = pd.DataFrame({"run": source.run, **source.extra}, index=df.index)
                pd.concat([lead, df], axis=1).to_csv(partial, mode="a" if k else "w",
                                                     header=not k, index=False)
        runs = pd.DataFrame([{"run": s.run, "file": os.path.abspath(s.path),
                              "seed": read_provenance(s.path)["seed"], **s.extra}
                             for s in sources])
        runs.to_csv(partials[-1], index=False)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of scripts/merge."""
    parser = argparse.ArgumentParser(
        prog="scripts/merge",
        description="Concatenate the panels and time series of many attachsim outputs into one "
                    "table, with the run, grid values and replicate as extra columns.",
        epilog="examples: scripts/merge results/sens.h5 --sweep experiments/sweeps/sens.toml\n"
               "          scripts/merge all.csv a.h5 b.h5 --param care.sensitivity_mean",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="merged file: .h5 (one HDF5 file) or .csv (panel; time "
                                    "series and runs beside it)")
    parser.add_argument("inputs", nargs="*", help="attachsim outputs (without --sweep)")
    parser.add_argument("--sweep", help="merge the runs of this sweep file (adds point, "
                                        "replicate and the grid values)")
    parser.add_argument("--param", action="append", default=[], metavar="KEY",
                        help="add a column with each run's value of this parameter (repeatable)")
    parser.add_argument("--allow-incomplete", action="store_true",
                        help="with --sweep: merge the complete runs even if some are missing")
    parser.add_argument("--bin", help="with --sweep: the attachsim binary that checks the runs' "
                                      "outputs (default: $ATTACHSIM_BIN, else build/app/attachsim "
                                      "of this checkout)")
    args = parser.parse_args(argv)
    if not args.out.endswith((".h5", ".csv")):
        raise AnalysisError(f"{args.out}: the merged file must end in .h5 or .csv")
    if bool(args.sweep) == bool(args.inputs):
        raise AnalysisError("give either --sweep SWEEP.toml or input files, not both or neither")
    if args.sweep:
        sources, descriptions = sources_of_sweep(args.sweep, args.allow_incomplete,
                                                 sweeps.find_binary(args.bin))
    else:
        for path in args.inputs:
            fmt = read_provenance(path).get("format")  # checks the file is an attachsim output
            if fmt != FORMATS[0]:
                raise AnalysisError(f"{path}: already a merged file; merge the runs themselves")
        sources = [Source(path, k, {}) for k, path in enumerate(args.inputs)]
        descriptions = {}
    if not sources:
        raise AnalysisError(f"{args.sweep}: no complete run to merge")
    add_params(sources, descriptions, args.param)
    if os.path.abspath(args.out) in {os.path.abspath(s.path) for s in sources}:
        raise AnalysisError(f"{args.out}: would overwrite an input")
    if args.out.endswith(".h5"):
        attrs = dict(format="attachsim-merge", format_version=1, runs=len(sources),
                     created=datetime.datetime.now(datetime.timezone.utc)
                     .strftime("%Y-%m-%dT%H:%M:%SZ"),
                     command_line=shlex.join(["scripts/merge", *sys.argv[1:]]
                                             if argv is None else ["scripts/merge", *argv]))
        if args.sweep:
            attrs["sweep"] = os.path.abspath(args.sweep)
        merge_h5(args.out, sources, descriptions, attrs)
        print(args.out)
    else:
        for path in merge_csv(args.out, sources):
            print(path)
    return 0


if __name__ == "__main__":
    run_cli(main)
