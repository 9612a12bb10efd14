"""Checkpoint and resume, end to end with the real binary: a run stopped by SIGTERM after its
first checkpoint exits with code 3, leaves a valid checkpoint and only a .partial output, and
resuming it (on another thread count, or another MPI rank count) writes exactly the datasets of
an uninterrupted run. Resuming another experiment or a checkpoint of another version is refused.
`attachsim info` reads the real files."""

import os
import shlex
import shutil
import signal
import subprocess
import time

import h5py
import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXPERIMENT = os.path.join(ROOT, "experiments", "baseline.toml")

#: Four communities of 50 families for 900 days (about a second on one core). Under MPI, each
#: time-series row is slow to write on an oversubscribed machine, so those runs sample rarely.
SMALL = ["population.communities=4", "population.families_per_community=50",
         "run.end_days=900"]
RARE_SAMPLES = SMALL + ["observation.sample_interval_days=300"]

#: What OpenMPI needs on a small, oversubscribed test machine.
MPI_ENV = {**os.environ, "OMPI_MCA_btl_vader_single_copy_mechanism": "none",
           "OMPI_MCA_mpi_yield_when_idle": "1"}
MPIRUN = ["mpirun", "--allow-run-as-root", "--oversubscribe"]


def run_args(binary, output, settings, *extra):
    args = [binary, "run", EXPERIMENT, "-o", os.fspath(output), "-q"]
    for setting in settings:
        args += ["--set", setting]
    return args + list(extra)


def run(args, cwd=None, env=None):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def interrupt_after_first_checkpoint(args, checkpoint, env=None, signal_child=False):
    """Starts `args`, waits until `checkpoint` exists (written and renamed), sends SIGTERM (to
    one MPI rank, a child of mpirun, when signal_child) and returns the finished process."""
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    deadline = time.monotonic() + 120
    while not os.path.exists(checkpoint):
        assert process.poll() is None, f"ended before its first checkpoint: {process.stderr.read()}"
        assert time.monotonic() < deadline, "no checkpoint within 120 s"
        time.sleep(0.005)
    if signal_child:
        os.kill(children_of(process.pid)[0], signal.SIGTERM)
    else:
        process.send_signal(signal.SIGTERM)
    process.stdout_text, process.stderr_text = process.communicate(timeout=300)
    return process


def children_of(pid):
    """The pids whose parent is `pid` (from /proc)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry))
    assert children, f"process {pid} has no children"
    return sorted(children)


def assert_same_datasets(expected, got):
    """Every dataset of /panel and /timeseries is equal: names, order, types, values."""
    with h5py.File(expected, "r") as a, h5py.File(got, "r") as b:
        assert a.attrs["config"] == b.attrs["config"]
        for table in ("panel", "timeseries"):
            assert list(a[table].keys()) == list(b[table].keys())
            for name in a[table]:
                x, y = a[table][name], b[table][name]
                assert x.dtype == y.dtype, f"{table}/{name}"
                assert np.array_equal(x[...], y[...]), f"{table}/{name} differs"
                assert dict(x.attrs) == dict(y.attrs), f"{table}/{name} attributes"
        assert len(a["panel/person_id"]) > 0


@pytest.fixture(scope="module")
def reference(attachsim_bin, tmp_path_factory):
    """The uninterrupted run on 2 threads."""
    output = tmp_path_factory.mktemp("reference") / "run.h5"
    result = run(run_args(attachsim_bin, output, SMALL, "--threads", "2"))
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def interrupted(attachsim_bin, tmp_path_factory):
    """The same run on 2 threads with a checkpoint every 100 days, stopped by SIGTERM after its
    first checkpoint: (directory, finished process)."""
    directory = tmp_path_factory.mktemp("interrupted")
    args = run_args(attachsim_bin, directory / "run.h5", SMALL, "--threads", "2",
                    "--checkpoint-every", "100d")
    return directory, interrupt_after_first_checkpoint(args, directory / "run.h5.ckpt")


def copy_of(directory, tmp_path):
    """A copy of the interrupted run's files, so that each test resumes its own."""
    target = tmp_path / "copy"
    shutil.copytree(directory, target)
    return target


def test_a_signal_leaves_a_valid_checkpoint_and_no_complete_output(interrupted, attachsim_bin):
    directory, process = interrupted
    assert process.returncode == 3, process.stderr_text
    message = process.stderr_text.strip().splitlines()[-1]
    assert message.startswith("attachsim: interrupted at day ")
    assert f"checkpoint written to {directory / 'run.h5.ckpt'}; resume with: attachsim run" \
        in message
    assert not (directory / "run.h5").exists()
    assert (directory / "run.h5.partial").exists()
    assert not (directory / "run.h5.ckpt.partial").exists()
    with h5py.File(directory / "run.h5.ckpt", "r") as f:
        assert f.attrs["format"] == "attachsim-checkpoint"
        assert f.attrs["format_version"] == 2
        for name in ("version", "git_revision", "seed", "config", "command_line", "created"):
            assert name in f.attrs
        assert "communities = 4" in f.attrs["config"]
        assert len(f["run_state/now"]) == 1
        assert f["run_state/now"][0] >= 100 * 86400
        assert f["run_state/lps"][0] == 4
        sizes = f["lps/state_bytes"][...]
        assert len(sizes) == 4 and sizes.min() > 0
        assert sizes.sum() == len(f["state/bytes"])
    # The output is readable and says it is incomplete; info describes the checkpoint too.
    info = run([attachsim_bin, "info", str(directory / "run.h5.partial")])
    assert info.returncode == 0, info.stderr
    assert "(incomplete: the run that wrote it did not finish)" in info.stdout
    info = run([attachsim_bin, "info", str(directory / "run.h5.ckpt")])
    assert info.returncode == 0, info.stderr
    for line in ("format: attachsim-checkpoint", "/run_state: 1 rows", "/lps: 4 rows"):
        assert line in info.stdout.splitlines(), info.stdout


def test_resuming_on_the_same_thread_count_with_the_printed_command(interrupted, reference,
                                                                     attachsim_bin, tmp_path):
    directory, process = interrupted
    copy = copy_of(directory, tmp_path)
    command = shlex.split(process.stderr_text.strip().split("resume with: ", 1)[1])
    assert command[:2] == ["attachsim", "run"] and "--threads" in command
    # The printed paths are those of the original directory: run it from the copy's.
    command = [attachsim_bin] + [arg.replace(str(directory), str(copy)) for arg in command[1:]]
    result = run(command + ["-q"])
    assert result.returncode == 0, result.stderr
    assert_same_datasets(reference, copy / "run.h5")
    assert not (copy / "run.h5.partial").exists()
    assert not (copy / "run.h5.ckpt").exists()  # removed when the run completed


def test_resuming_on_another_thread_count(interrupted, reference, attachsim_bin, tmp_path):
    copy = copy_of(interrupted[0], tmp_path)
    result = run(run_args(attachsim_bin, copy / "run.h5", SMALL, "--threads", "1",
                          "--resume", str(copy / "run.h5.ckpt")))
    assert result.returncode == 0, result.stderr
    assert_same_datasets(reference, copy / "run.h5")


def test_resuming_another_experiment_is_refused(interrupted, attachsim_bin, tmp_path):
    copy = copy_of(interrupted[0], tmp_path)
    checkpoint = str(copy / "run.h5.ckpt")
    for args, line in ((run_args(attachsim_bin, copy / "run.h5",
                                 SMALL + ["care.sensitivity_mean=0.5"], "--resume", checkpoint),
                        "'sensitivity_mean = 0.5'"),
                       (run_args(attachsim_bin, copy / "run.h5", SMALL, "--seed", "12",
                                 "--resume", checkpoint),
                        "'seed = 12'")):
        result = run(args)
        assert result.returncode == 1
        assert "it was written for a different experiment" in result.stderr
        assert f"{line} in this run" in result.stderr, result.stderr
    # Nothing was touched: the run still resumes.
    assert (copy / "run.h5.partial").exists()


def test_a_checkpoint_of_another_version_is_refused(interrupted, attachsim_bin, tmp_path):
    copy = copy_of(interrupted[0], tmp_path)
    with h5py.File(copy / "run.h5.ckpt", "r+") as f:
        f.attrs["version"] = "0.0.1"
    result = run(run_args(attachsim_bin, copy / "run.h5", SMALL, "--resume",
                          str(copy / "run.h5.ckpt")))
    assert result.returncode == 1
    assert "it was written by attachsim 0.0.1, this is attachsim" in result.stderr
    with h5py.File(copy / "run.h5.ckpt", "r+") as f:
        f.attrs["format"] = "attachsim"
    result = run(run_args(attachsim_bin, copy / "run.h5", SMALL, "--resume",
                          str(copy / "run.h5.ckpt")))
    assert result.returncode == 1
    assert "is not an attachsim checkpoint" in result.stderr


@pytest.mark.parametrize("duration", ["0d", "-5", "3w", "d", "inf", "1e9y"])
def test_bad_checkpoint_intervals_are_usage_errors(duration, attachsim_bin, tmp_path):
    result = run(run_args(attachsim_bin, tmp_path / "x.h5", SMALL, "--checkpoint-every",
                          duration))
    assert result.returncode == 2
    assert "--checkpoint-every" in result.stderr and "such as 365d, 2y, 12h" in result.stderr
    assert not (tmp_path / "x.h5.partial").exists()


def test_a_checkpoint_path_that_is_the_output_is_refused(attachsim_bin, tmp_path):
    for checkpoint in ("x.h5", "./x.h5.partial"):
        result = run(run_args(attachsim_bin, "x.h5", SMALL, "--checkpoint", checkpoint),
                     cwd=tmp_path)
        assert result.returncode == 1
        assert f"--checkpoint {checkpoint} is the output file; name another" in result.stderr
    assert not list(tmp_path.iterdir())


def test_info_on_a_real_output(reference, attachsim_bin):
    result = run([attachsim_bin, "info", str(reference)])
    assert result.returncode == 0, result.stderr
    with h5py.File(reference, "r") as f:
        panel_rows, series_rows = len(f["panel/person_id"]), len(f["timeseries/time_days"])
    lines = result.stdout.splitlines()
    for expected in ("format: attachsim", f"/panel: {panel_rows} rows",
                     f"/timeseries: {series_rows} rows"):
        assert expected in lines, result.stdout
    assert any(line.startswith("    infant_observation: B ") for line in lines), result.stdout


@pytest.mark.skipif(shutil.which("mpirun") is None, reason="needs mpirun")
def test_interrupted_on_two_ranks_resumes_on_one_and_on_three(attachsim_bin, tmp_path):
    reference = tmp_path / "reference.h5"
    result = run(run_args(attachsim_bin, reference, RARE_SAMPLES))
    assert result.returncode == 0, result.stderr
    # SIGTERM to one rank only: every rank must agree to stop at the same barrier.
    directory = tmp_path / "two"
    directory.mkdir()
    args = MPIRUN + ["-np", "2"] + run_args(attachsim_bin, directory / "run.h5", RARE_SAMPLES,
                                            "--checkpoint-every", "100d")
    process = interrupt_after_first_checkpoint(args, directory / "run.h5.ckpt", env=MPI_ENV,
                                               signal_child=True)
    assert process.returncode == 3, process.stderr_text
    assert process.stderr_text.count("attachsim: interrupted at day ") == 1
    assert not (directory / "run.h5").exists()

    one = copy_of(directory, tmp_path / "one")
    result = run(run_args(attachsim_bin, one / "run.h5", RARE_SAMPLES, "--resume",
                          str(one / "run.h5.ckpt")))
    assert result.returncode == 0, result.stderr
    assert_same_datasets(reference, one / "run.h5")

    three = copy_of(directory, tmp_path / "three")
    result = run(MPIRUN + ["-np", "3"] + run_args(attachsim_bin, three / "run.h5", RARE_SAMPLES,
                                                  "--resume", str(three / "run.h5.ckpt")),
                 env=MPI_ENV)
    assert result.returncode == 0, result.stderr
    assert_same_datasets(reference, three / "run.h5")
