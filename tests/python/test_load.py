"""Loaders: the real binary's output as DataFrames, decoded codes, provenance and config, and
clear errors for files that are not attachsim outputs."""

import os
import subprocess

import h5py
import numpy as np
import pandas as pd
import pytest

from attachsim_analysis.errors import AnalysisError
from attachsim_analysis.load import (column_metadata, config_value, decode_codes, load_panel,
                                     load_timeseries, read_config, read_provenance,
                                     require_columns)
from h5files import write_output

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_panel_of_a_real_run_has_the_documented_columns_and_decoded_codes(real_run):
    panel = load_panel(real_run)
    assert len(panel) > 0
    for name in ("person_id", "wave", "age_days", "security", "caregiver_sensitivity",
                 "primary_caregiver_id", "ties_parent", "ties_partner"):
        assert name in panel.columns
    assert list(panel["category"].cat.categories) == ["B", "A", "C", "D"]
    assert list(panel["instrument"].cat.categories) == ["infant_observation",
                                                        "adult_interview", "self_report"]
    assert list(panel["arm"].cat.categories) == ["none"]
    with h5py.File(real_run) as f:  # the labels are the codes the file holds
        raw = f["panel/category"][...]
    assert (panel["category"].cat.codes.to_numpy() == raw).all()
    assert panel.attrs["units"]["age_days"] == "days"
    assert panel.attrs["source"] == real_run
    assert set(panel["wave"]) == {0, 1}  # assessed at 12 and 18 months within 700 days


def test_timeseries_of_a_real_run(real_run):
    series = load_timeseries(real_run)
    assert series["time_days"].is_monotonic_increasing
    for name in ("persons_0_2y", "n_B_0_2y", "n_D_30y_up", "persons_attached", "sum_security",
                 "events_birth", "episodes_comforted", "ties_parent", "mean_security",
                 "sd_security"):
        assert name in series.columns
    assert series["ties_parent"].iloc[-1] > 0


def test_provenance_config_and_column_metadata(real_run):
    provenance = read_provenance(real_run)
    assert provenance["format"] == "attachsim"
    assert provenance["seed"] == 11
    config = read_config(real_run)
    assert config_value(config, "population.communities") == 2
    assert config_value(config, "run.end_days") == 700
    assert config_value(config, "no.such_key") is None
    meta = column_metadata(real_run, "panel")
    assert meta.loc["category", "codes"] == "B,A,C,D"
    assert meta.loc["age_days", "unit"] == "days"


def test_values_without_a_label_become_missing():
    decoded = decode_codes(np.array([0, 3, -1, 4], dtype=np.int8), "B,A,C,D")
    assert list(decoded.astype(object)[:2]) == ["B", "D"]
    assert pd.isna(decoded[2]) and pd.isna(decoded[3])


def test_errors_name_the_file_and_what_is_wrong(tmp_path):
    with pytest.raises(AnalysisError, match="nothing.h5: no such file"):
        load_panel(tmp_path / "nothing.h5")
    text = tmp_path / "text.h5"
    text.write_text("not hdf5")
    with pytest.raises(AnalysisError, match="text.h5: not an HDF5 file"):
        load_panel(text)
    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f.attrs["format"] = "something-else"
    with pytest.raises(AnalysisError, match="other.h5: not an attachsim output"):
        load_panel(other)
    tiny = write_output(tmp_path / "tiny.h5", {"person_id": [1]})
    with pytest.raises(AnalysisError, match="tiny.h5: no table '/timeseries'"):
        load_timeseries(tiny)
    with pytest.raises(AnalysisError, match="lacks column.*no_such_column"):
        load_panel(tiny, columns=["person_id", "no_such_column"])
    panel = load_panel(tiny).drop(columns=["security"])
    with pytest.raises(AnalysisError, match=r"tiny.h5: '/panel' lacks column\(s\) security, "
                                            "needed for stability"):
        require_columns(panel, ["security"], "stability")


def test_commands_report_a_bad_file_in_one_line_and_fail(tmp_path):
    bad = tmp_path / "bad.h5"
    bad.write_text("not hdf5")
    for command in (["scripts/report", str(bad), "-o", str(tmp_path / "r")],
                    ["scripts/merge", str(tmp_path / "m.h5"), str(bad)]):
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 2
        assert result.stderr.strip() == f"error: {bad}: not an HDF5 file (expected an attachsim " \
                                        "output)"


@pytest.mark.parametrize("script", ["report", "sweep", "merge"])
def test_every_command_has_help(script):
    result = subprocess.run([f"scripts/{script}", "--help"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0
    assert "usage: scripts/" + script in result.stdout
