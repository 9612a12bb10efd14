"""Loading attachsim HDF5 outputs (docs/output.md) into pandas.

A table (`/panel`, `/timeseries`) is a group of equal-length 1-D datasets, one per column, each
with `unit` and `description` attributes; integer columns that hold categories also carry `codes`
(comma-separated labels of 0, 1, 2, ...). The loaders return DataFrames whose coded columns are
pandas Categoricals (a value without a label, such as -1 for "not assessed", becomes missing),
with the units, descriptions and source file in `DataFrame.attrs`.
"""

from __future__ import annotations

import os
import tomllib
from typing import Any, Iterable

import h5py
import numpy as np
import pandas as pd

from .errors import AnalysisError

#: Values of the root attribute `format` that the loaders accept: a run's output, and the
#: combined file that `scripts/merge` writes (the same table layout, with extra columns).
FORMATS = ("attachsim", "attachsim-merge")

#: Categories of the attachment classification, in code order (adult analogues share the codes).
CATEGORIES = ("B", "A", "C", "D")


def _open(path: str | os.PathLike) -> h5py.File:
    """Opens an attachsim output for reading, or raises AnalysisError saying why it cannot."""
    path = os.fspath(path)
    if not os.path.exists(path):
        raise AnalysisError(f"{path}: no such file")
    if not h5py.is_hdf5(path):
        raise AnalysisError(f"{path}: not an HDF5 file (expected an attachsim output)")
    f = h5py.File(path, "r")
    fmt = f.attrs.get("format")
    if isinstance(fmt, bytes):
        fmt = fmt.decode()
    if fmt not in FORMATS:
        f.close()
        raise AnalysisError(
            f"{path}: not an attachsim output (root attribute 'format' is {fmt!r}, "
            f"expected one of {', '.join(FORMATS)})")
    return f


def _attr(value: Any) -> Any:
    """An HDF5 attribute value as a plain Python value."""
    if isinstance(value, bytes):
        return value.decode()
    if isinstance(value, np.generic):
        return value.item()
    return value


def read_provenance(path: str | os.PathLike) -> dict[str, Any]:
    """The root attributes of an output (format, version, git_revision, seed, config,
    command_line, created, ...) as a dict of plain Python values."""
    with _open(path) as f:
        return {name: _attr(value) for name, value in f.attrs.items()}


def read_config(path: str | os.PathLike) -> dict[str, Any]:
    """The resolved experiment of a run (root attribute `config`, TOML) as nested dicts."""
    provenance = read_provenance(path)
    if "config" not in provenance:
        raise AnalysisError(f"{os.fspath(path)}: no 'config' root attribute (resolved experiment)")
    try:
        return tomllib.loads(provenance["config"])
    except tomllib.TOMLDecodeError as error:
        raise AnalysisError(f"{os.fspath(path)}: the 'config' attribute is not TOML: {error}")


def config_value(config: dict[str, Any], key: str) -> Any:
    """The value of a dotted parameter key ("care.sensitivity_mean") in a resolved config, or
    None when the config has no such key."""
    node: Any = config
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def has_table(path: str | os.PathLike, table: str) -> bool:
    """Whether the output holds the table (group) `table`, e.g. "panel"."""
    with _open(path) as f:
        return isinstance(f.get(table), h5py.Group)


def column_metadata(path: str | os.PathLike, table: str) -> pd.DataFrame:
    """One row per column of a table: dtype, unit, description and codes ("" where absent)."""
    with _open(path) as f:
        group = _group(f, path, table)
        rows = [{
            "column": name,
            "dtype": str(dataset.dtype),
            "unit": _attr(dataset.attrs.get("unit", "")),
            "description": _attr(dataset.attrs.get("description", "")),
            "codes": _attr(dataset.attrs.get("codes", "")),
        } for name, dataset in group.items()]
    return pd.DataFrame(rows).set_index("column")


def _group(f: h5py.File, path: str | os.PathLike, table: str) -> h5py.Group:
    group = f.get(table)
    if not isinstance(group, h5py.Group):
        raise AnalysisError(f"{os.fspath(path)}: no table '/{table}'")
    return group


def decode_codes(values: np.ndarray, codes: str) -> pd.Categorical:
    """Integer codes as a Categorical with the labels of a `codes` attribute ("B,A,C,D");
    values without a label (negative or beyond the list) become missing."""
    labels = codes.split(",")
    values = np.asarray(values).astype(np.int64)
    known = (values >= 0) & (values < len(labels))
    return pd.Categorical.from_codes(np.where(known, values, -1), categories=labels)


def read_table(path: str | os.PathLike, table: str,
               columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Reads table `table` ("panel", "timeseries") of an output as a DataFrame, decoding coded
    columns into Categoricals; `columns` restricts (and checks) the columns read. Units and
    descriptions are in `df.attrs["units"]` and `df.attrs["descriptions"]`, the file in
    `df.attrs["source"]`."""
    with _open(path) as f:
        group = _group(f, path, table)
        names = list(group.keys()) if columns is None else list(columns)
        missing = [name for name in names if not isinstance(group.get(name), h5py.Dataset)]
        if missing:
            raise AnalysisError(
                f"{os.fspath(path)}: table '/{table}' lacks column(s) {', '.join(missing)}")
        data: dict[str, Any] = {}
        units: dict[str, str] = {}
        descriptions: dict[str, str] = {}
        for name in names:
            dataset = group[name]
            values = dataset[...]
            codes = _attr(dataset.attrs.get("codes", ""))
            if codes:
                data[name] = decode_codes(values, codes)
            elif values.dtype.kind in "SO":
                data[name] = [v.decode() if isinstance(v, bytes) else v for v in values]
            else:
                data[name] = values
            units[name] = _attr(dataset.attrs.get("unit", ""))
            descriptions[name] = _attr(dataset.attrs.get("description", ""))
        lengths = {len(v) for v in data.values()}
        if len(lengths) > 1:
            raise AnalysisError(f"{os.fspath(path)}: the columns of '/{table}' differ in length")
    df = pd.DataFrame(data)
    df.attrs.update(source=os.fspath(path), table=table, units=units, descriptions=descriptions)
    return df


def load_panel(path: str | os.PathLike, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """The `/panel` table: one row per person and assessment (instrument, category and
    latent_category, arm as Categoricals)."""
    return read_table(path, "panel", columns)


def load_timeseries(path: str | os.PathLike,
                    columns: Iterable[str] | None = None) -> pd.DataFrame:
    """The `/timeseries` table: population aggregates at each sample time (`time_days`)."""
    return read_table(path, "timeseries", columns)


def require_columns(df: pd.DataFrame, columns: Iterable[str], purpose: str) -> None:
    """Raises AnalysisError naming the source file, the missing columns and what needed them."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        source = df.attrs.get("source", "the table")
        table = df.attrs.get("table", "")
        where = f"{source}: '/{table}'" if table else source
        raise AnalysisError(f"{where} lacks column(s) {', '.join(missing)}, needed for {purpose}")
