"""`attachsim run` and `attachsim info` on bad input: a clear message, exit code 1 (2 for a bad
command line), and nothing written; the experiment file is never overwritten."""

import os
import shutil
import subprocess

import h5py
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASELINE = os.path.join(ROOT, "experiments", "baseline.toml")


def attachsim(binary, *args, cwd):
    """Runs attachsim in `cwd` and returns the completed process (text output)."""
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=60)


@pytest.fixture
def experiment(tmp_path):
    """A copy of the baseline experiment in an otherwise empty directory."""
    shutil.copy(BASELINE, tmp_path / "x.toml")
    return tmp_path / "x.toml"


LONG = "a" * 300 + ".h5"


@pytest.mark.parametrize("args, message", [
    (["-o", "x.toml"], "-o x.toml would overwrite the experiment file x.toml"),
    (["-o", "y.h5", "--checkpoint", "x.toml"],
     "--checkpoint x.toml would overwrite the experiment file x.toml"),
    (["-o", "nodir/y.h5"], "-o nodir/y.h5: the directory nodir does not exist"),
    (["-o", "."], "-o . is a directory"),
    (["-o", LONG], "File name too long"),
    (["--set", "observation.sample_interval_days=1e300"],
     "observation.sample_interval_days: 1e+300 is out of range (0, 146100]"),
    (["--set", "adolescence.start_years=20"],
     "x.toml: adolescence.start_years (20) must be less than adolescence.end_years (18)"),
    (["--resume", "missing.ckpt", "-o", "y.h5"], "cannot read missing.ckpt"),
])
def test_bad_run_input_is_refused_before_anything_is_written(args, message, experiment,
                                                             attachsim_bin):
    before = experiment.read_bytes()
    result = attachsim(attachsim_bin, "run", "x.toml", *args, cwd=experiment.parent)
    assert result.returncode == 1, result.stderr
    assert message in result.stderr
    assert sorted(os.listdir(experiment.parent)) == ["x.toml"]
    assert experiment.read_bytes() == before


def test_a_missing_experiment_file_is_bad_input(tmp_path, attachsim_bin):
    result = attachsim(attachsim_bin, "run", "missing.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert "missing.toml: cannot open the experiment file" in result.stderr


@pytest.mark.parametrize("seed", ["-3", "9223372036854775808"])
def test_a_seed_the_experiment_file_cannot_hold_is_a_usage_error(seed, experiment,
                                                                attachsim_bin):
    result = attachsim(attachsim_bin, "run", "x.toml", "--seed", seed, cwd=experiment.parent)
    assert result.returncode == 2
    assert "--seed" in result.stderr
    assert sorted(os.listdir(experiment.parent)) == ["x.toml"]


def test_info_refuses_an_hdf5_file_of_another_program(tmp_path, attachsim_bin):
    with h5py.File(tmp_path / "foreign.h5", "w") as f:
        f["x"] = [1, 2]
    result = attachsim(attachsim_bin, "info", "foreign.h5", cwd=tmp_path)
    assert result.returncode == 1
    assert "foreign.h5: it is not an attachsim file" in result.stderr


def test_info_on_a_name_too_long_is_an_error_not_a_crash(tmp_path, attachsim_bin):
    result = attachsim(attachsim_bin, "info", LONG, cwd=tmp_path)
    assert result.returncode == 1
    assert "File name too long" in result.stderr
