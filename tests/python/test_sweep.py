"""Sweeps: seeds, expansion, the Slurm script, a 2x2 sweep resumed after one output is deleted
(only that run reruns), outputs made stale by a changed sweep file or base experiment (rerun by
the sweep, refused by merge), and merging outputs (a failed merge leaves earlier files alone)."""

import os
import subprocess

import h5py
import pandas as pd
import pytest

from attachsim_analysis.errors import AnalysisError
from attachsim_analysis.load import load_panel, load_timeseries, read_config, read_provenance, \
    read_table
from attachsim_analysis.sweep import array_spec, expand, load_sweep, run_seed, slurm_script, \
    toml_value
from h5files import TINY

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write_sweep(directory, grid='"care.sensitivity_mean" = [0.6, 0.8]', extra="",
                experiment=f"{ROOT}/experiments/baseline.toml"):
    """A 2x2 sweep (two grid values x two replicates) of tiny runs."""
    fixed = "\n".join(f'"{s.split("=")[0]}" = {s.split("=")[1]}' for s in TINY)
    path = directory / "sweep.toml"
    path.write_text(f"""
experiment = "{experiment}"
output = "out"
replicates = 2
seed = 7
jobs = 2
{extra}
[set]
{fixed}
[grid]
{grid}
[slurm]
time = "00:10:00"
""")
    return path


def sweep(*args):
    return subprocess.run([os.path.join(ROOT, "scripts", "sweep"), *map(str, args)],
                          capture_output=True, text=True)


def merge(*args):
    return subprocess.run([os.path.join(ROOT, "scripts", "merge"), *map(str, args)],
                          capture_output=True, text=True)


def test_seeds_are_deterministic_63_bit_and_independent_of_grid_order():
    a = run_seed(7, {"x": 0.6, "y": 2}, 0)
    assert a == run_seed(7, {"y": 2, "x": 0.6}, 0)
    assert 0 <= a < 2 ** 63
    assert len({a, run_seed(7, {"x": 0.6, "y": 2}, 1), run_seed(8, {"x": 0.6, "y": 2}, 0),
                run_seed(7, {"x": 0.8, "y": 2}, 0)}) == 4


def test_expansion_names_and_order(tmp_path):
    s = load_sweep(write_sweep(tmp_path, grid='care.sensitivity_mean = [0.6, 0.8]\n'
                                             '"risk.high_risk_share" = [0.1, 0.5]'))
    runs = expand(s)
    assert len(runs) == 8  # 2 x 2 grid points x 2 replicates
    assert [r.task for r in runs] == list(range(8))
    assert runs[0].values == {"care.sensitivity_mean": 0.6, "risk.high_risk_share": 0.1}
    assert runs[3].values == {"care.sensitivity_mean": 0.6, "risk.high_risk_share": 0.5}
    assert runs[3].replicate == 1 and runs[3].point == 1
    assert os.path.basename(runs[3].output) == \
        "p1_sensitivity-mean=0.6_high-risk-share=0.5_r1.h5"
    assert runs[3].output.startswith(str(tmp_path / "out"))
    assert toml_value("x") == '"x"' and toml_value([365, 548.0]) == "[365, 548.0]"


def test_bad_sweep_files_are_reported(tmp_path):
    with pytest.raises(AnalysisError, match="unknown key.*replicate\\b"):
        load_sweep(write_sweep(tmp_path, extra="replicate = 3"))
    with pytest.raises(AnalysisError, match="'care.sensitivity_mean' must be a non-empty list"):
        load_sweep(write_sweep(tmp_path, grid='"care.sensitivity_mean" = 0.6'))
    result = sweep(write_sweep(tmp_path, grid='"care.no_such_key" = [1, 2]'))
    assert result.returncode == 2
    assert "grid point 0 is not a valid experiment" in result.stderr
    assert "no_such_key" in result.stderr
    assert not list((tmp_path / "out").glob("*.h5"))  # nothing ran


def test_slurm_script(tmp_path):
    s = load_sweep(write_sweep(tmp_path))
    runs = expand(s)
    script = slurm_script(s, runs, runs, "/opt/attachsim")
    assert "#SBATCH --array=0-3\n" in script
    assert "#SBATCH --array=1-2\n" in slurm_script(s, runs, runs[1:3], "/opt/attachsim")
    assert "#SBATCH --time=00:10:00\n" in script
    assert "#SBATCH --cpus-per-task=1\n" in script
    assert f'/scripts/sweep {s.path} --bin /opt/attachsim --task "$SLURM_ARRAY_TASK_ID"' in script
    assert array_spec([0, 1, 2, 5, 7, 8]) == "0-2,5,7-8"


def test_2x2_sweep_resumes_only_the_deleted_run_then_merges(tmp_path, attachsim_bin):
    path = write_sweep(tmp_path)
    first = sweep(path, "--bin", attachsim_bin)
    assert first.returncode == 0, first.stderr
    out = tmp_path / "out"
    outputs = sorted(out.glob("*.h5"))
    assert len(outputs) == 4
    runs = expand(load_sweep(path))
    for run in runs:  # each output has the seed derived for it, and its grid value
        assert read_provenance(run.output)["seed"] == run.seed
    log = (out / "sweep.log").read_text().splitlines()
    assert sum(" start " in line for line in log) == 4

    deleted = runs[2].output
    mtimes = {p: p.stat().st_mtime_ns for p in outputs if str(p) != deleted}
    os.remove(deleted)
    second = sweep(path, "--bin", attachsim_bin)
    assert second.returncode == 0, second.stderr
    assert "4 runs, 3 complete, 1 to run" in second.stdout
    assert os.path.exists(deleted)
    assert all(p.stat().st_mtime_ns == t for p, t in mtimes.items())  # untouched
    new = (out / "sweep.log").read_text().splitlines()[len(log):]
    assert [line.split()[1:4] for line in new if " start " in line] == \
        [["start", "task", "2"]]
    third = sweep(path, "--bin", attachsim_bin)
    assert "all 4 runs complete" in third.stdout

    # merge into one HDF5 file, and into CSV
    merged = tmp_path / "merged.h5"
    result = subprocess.run([os.path.join(ROOT, "scripts", "merge"), merged, "--sweep", path],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    panel = load_panel(merged)
    sizes = [len(load_panel(r.output)) for r in runs]
    assert len(panel) == sum(sizes)
    assert list(panel.columns[:4]) == ["run", "point", "replicate", "care.sensitivity_mean"]
    by_run = panel.groupby("run").agg(n=("person_id", "size"),
                                      value=("care.sensitivity_mean", "first"),
                                      replicate=("replicate", "first"))
    assert list(by_run["n"]) == sizes
    assert list(by_run["value"]) == [0.6, 0.6, 0.8, 0.8]
    assert list(by_run["replicate"]) == [0, 1, 0, 1]
    assert list(panel["category"].cat.categories) == ["B", "A", "C", "D"]
    assert len(load_timeseries(merged)) == sum(len(load_timeseries(r.output)) for r in runs)
    table = read_table(merged, "runs")
    assert list(table["seed"]) == [r.seed for r in runs]
    with h5py.File(merged) as f:
        assert f.attrs["format"] == "attachsim-merge"

    csv = tmp_path / "merged.csv"
    result = subprocess.run([os.path.join(ROOT, "scripts", "merge"), csv, "--sweep", path],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(csv)
    assert len(frame) == sum(sizes) and set(frame["category"]) <= set("BACD")
    assert (tmp_path / "merged_timeseries.csv").exists()
    assert len(pd.read_csv(tmp_path / "merged_runs.csv")) == 4

    # a missing run makes --sweep merging fail unless allowed
    os.remove(deleted)
    result = subprocess.run([os.path.join(ROOT, "scripts", "merge"), tmp_path / "m2.h5",
                             "--sweep", path], capture_output=True, text=True)
    assert result.returncode == 2 and "1 of 4 runs are not complete" in result.stderr


def test_merge_recodes_arms_that_files_label_differently(tmp_path):
    from h5files import write_output
    a = write_output(tmp_path / "a.h5", {"person_id": [1, 2], "arm": ["none", "mentor"]},
                     arms="none,mentor", config="[care]\nsensitivity_mean = 0.6\n")
    b = write_output(tmp_path / "b.h5", {"person_id": [1, 2], "arm": ["none", "training"]},
                     arms="none,training", config="[care]\nsensitivity_mean = 0.8\n")
    merged = tmp_path / "m.h5"
    result = subprocess.run([os.path.join(ROOT, "scripts", "merge"), merged, a, b,
                             "--param", "care.sensitivity_mean"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    panel = load_panel(merged)
    assert list(panel["arm"].cat.categories) == ["none", "mentor", "training"]
    assert list(panel["arm"].astype(object)) == ["none", "mentor", "none", "training"]
    assert list(panel["care.sensitivity_mean"]) == [0.6, 0.6, 0.8, 0.8]
    assert list(panel["run"]) == [0, 0, 1, 1]


def test_changed_sweep_file_or_experiment_makes_outputs_stale(tmp_path, attachsim_bin):
    base = tmp_path / "base.toml"
    base.write_text(open(os.path.join(ROOT, "experiments", "baseline.toml")).read())
    path = write_sweep(tmp_path, grid='"care.sensitivity_mean" = [0.6]', experiment=base)
    assert sweep(path, "--bin", attachsim_bin).returncode == 0
    r0, r1 = (run.output for run in expand(load_sweep(path)))

    # a changed [set] override (seeds unchanged): merge refuses, --list and the sweep see it
    path.write_text(path.read_text().replace('"run.end_days" = 700', '"run.end_days" = 600'))
    result = merge(tmp_path / "m.csv", "--sweep", path, "--bin", attachsim_bin)
    assert result.returncode == 2
    assert "2 output(s) are not this sweep's runs" in result.stderr
    assert f"{r0}: run.end_days is 700.0 in the file but 600.0 for this run" in result.stderr
    assert not list(tmp_path.glob("m*"))
    listed = sweep(path, "--list", "--bin", attachsim_bin)
    assert [line.split("\t")[2] for line in listed.stdout.splitlines()] == ["stale", "stale"]
    second = sweep(path, "--bin", attachsim_bin)
    assert second.returncode == 0, second.stderr
    assert f"stale output, to be rerun: {r1}: run.end_days is 700.0" in second.stderr
    assert "2 runs, 0 complete, 2 to run" in second.stdout
    assert read_config(r0)["run"]["end_days"] == 600

    # a changed base experiment: --task reruns its run, merge names the other
    base.write_text(base.read_text().replace("birth_window_days = 365", "birth_window_days = 300"))
    task = sweep(path, "--task", 0, "--bin", attachsim_bin)
    assert task.returncode == 0 and "skipped" not in task.stdout
    assert f"{r0}: population.birth_window_days is 365.0 in the file but 300.0" in task.stderr
    result = merge(tmp_path / "m.h5", "--sweep", path, "--bin", attachsim_bin)
    assert result.returncode == 2 and "1 output(s)" in result.stderr
    assert r1 in result.stderr and r0 not in result.stderr
    assert "2 runs, 1 complete, 1 to run" in sweep(path, "--bin", attachsim_bin).stdout
    assert "all 2 runs complete" in sweep(path, "--bin", attachsim_bin).stdout


def test_failed_merge_leaves_earlier_output_untouched(tmp_path):
    from h5files import write_output
    a, b, c = (write_output(tmp_path / f"{name}.h5", {"person_id": [1, 2]},
                            timeseries={"time_days": [0.0, 30.0]}) for name in "abc")
    with h5py.File(c, "a") as f:
        del f["panel/fear"]
    for out, written in (("m.h5", ["m.h5"]),
                         ("m.csv", ["m.csv", "m_timeseries.csv", "m_runs.csv"])):
        assert merge(tmp_path / out, a, b).returncode == 0
        before = {name: (tmp_path / name).read_bytes() for name in written}
        result = merge(tmp_path / out, a, c)
        assert result.returncode == 2
        assert f"{c}: the columns of '/panel' differ from those of {a} (fear)" in result.stderr
        assert {name: (tmp_path / name).read_bytes() for name in written} == before
    assert merge(tmp_path / "new.h5", a, c).returncode == 2
    assert not (tmp_path / "new.h5").exists()
    assert not list(tmp_path.glob("*.partial"))
