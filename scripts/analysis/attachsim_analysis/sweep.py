"""`scripts/sweep SWEEP.toml`: a parameter grid times replicates, one attachsim run per output.

A sweep file (TOML; paths are relative to the sweep file):

    experiment = "../experiments/baseline.toml"   # the base experiment
    output = "results/sensitivity"                # directory of the outputs
    replicates = 3                                # runs per grid point
    seed = 7                                      # the sweep seed
    jobs = 2                                      # runs at a time (locally)
    threads = 1                                   # --threads of each run

    [set]                                         # optional: --set for every run
    "population.communities" = 20

    [grid]                                        # --set values; every combination is run
    "care.sensitivity_mean" = [0.6, 0.8]
    "risk.high_risk_share" = [0.08, 0.6]

    [slurm]                                       # optional: #SBATCH options of --slurm
    time = "02:00:00"
    mem = "8G"
    array_limit = 50                              # at most 50 tasks at once (--array=...%50)

Runs are ordered grid point by grid point (the product of the grid in file order), replicates
innermost; a run's index in that order is its task number (the Slurm array index). Each run's
seed is derived from (sweep seed, grid values, replicate) by SHA-256, so it does not depend on
the order of the grid or on other points. Outputs are named `p<point>_<values>_r<replicate>.h5`;
a run is complete when its `.h5` exists (attachsim writes `.h5.partial` until it is done) and
belongs to it: the resolved experiment the output records (root attribute `config`, printed by
`attachsim info --config`) equals the run's own (`attachsim validate` of the base experiment
with the run's overrides, and the run's seed). A rerun skips complete runs and reruns the others,
stale outputs (written before the sweep file or the base experiment changed) included.
`runs.csv` in the output directory lists every run; `sweep.log` records every run started, with
its exit status.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import csv
import datetime
import hashlib
import itertools
import json
import math
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from dataclasses import dataclass, field
from typing import Any, Sequence

from .errors import AnalysisError, run_cli

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SWEEP_KEYS = {"experiment", "output", "replicates", "seed", "jobs", "threads", "set", "grid",
              "slurm"}
SEED_KEY = "run.seed"  # the seed's key in a resolved experiment (`--seed` sets it)
CHECKS_AT_ONCE = 8  # attachsim validate/info processes at a time


@dataclass(frozen=True)
class Run:
    """One run of a sweep: its task number, grid point, replicate, seed and output file."""
    task: int
    point: int
    replicate: int
    values: dict[str, Any]
    seed: int
    output: str

    @property
    def name(self) -> str:
        """The output's file name without .h5."""
        return os.path.basename(self.output)[:-len(".h5")]

    def has_output(self) -> bool:
        """Whether the run's output exists (attachsim renames .partial when done); whether it
        is this run's output is for `check_outputs`."""
        return os.path.exists(self.output)


@dataclass
class Sweep:
    """A parsed sweep file, with absolute paths."""
    path: str
    experiment: str
    output: str
    replicates: int
    seed: int
    jobs: int = 1
    threads: int = 1
    fixed: dict[str, Any] = field(default_factory=dict)
    grid: dict[str, list[Any]] = field(default_factory=dict)
    slurm: dict[str, Any] = field(default_factory=dict)


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"care": {"x": 1}, "a.b": 2} -> {"care.x": 1, "a.b": 2}: quoted and nested keys alike."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _integer(doc: dict, key: str, path: str, default: int | None, minimum: int) -> int:
    value = doc.get(key, default)
    if value is None:
        raise AnalysisError(f"{path}: missing key '{key}'")
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise AnalysisError(f"{path}: '{key}' must be an integer >= {minimum}, not {value!r}")
    return value


def load_sweep(path: str) -> Sweep:
    """Reads and checks a sweep file; AnalysisError names the file and the bad entry."""
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except FileNotFoundError:
        raise AnalysisError(f"{path}: no such file")
    except tomllib.TOMLDecodeError as error:
        raise AnalysisError(f"{path}: not valid TOML: {error}")
    unknown = sorted(set(doc) - SWEEP_KEYS)
    if unknown:
        raise AnalysisError(f"{path}: unknown key(s) {', '.join(unknown)} "
                            f"(known: {', '.join(sorted(SWEEP_KEYS))})")
    base = os.path.dirname(os.path.abspath(path))
    for key in ("experiment", "output"):
        if not isinstance(doc.get(key), str):
            raise AnalysisError(f"{path}: '{key}' must be given, as a path (text)")
    experiment = os.path.normpath(os.path.join(base, doc["experiment"]))
    if not os.path.isfile(experiment):
        raise AnalysisError(f"{path}: experiment file {experiment} does not exist")
    grid = _flatten(doc.get("grid", {}))
    for key, values in grid.items():
        if not isinstance(values, list) or not values:
            raise AnalysisError(f"{path}: [grid] '{key}' must be a non-empty list of values")
    fixed = _flatten(doc.get("set", {}))
    both = sorted(set(grid) & set(fixed))
    if both:
        raise AnalysisError(f"{path}: {', '.join(both)} in both [set] and [grid]")
    return Sweep(path=os.path.abspath(path), experiment=experiment,
                 output=os.path.normpath(os.path.join(base, doc["output"])),
                 replicates=_integer(doc, "replicates", path, 1, 1),
                 seed=_integer(doc, "seed", path, None, 0),
                 jobs=_integer(doc, "jobs", path, 1, 1),
                 threads=_integer(doc, "threads", path, 1, 1),
                 fixed=fixed, grid=grid, slurm=dict(doc.get("slurm", {})))


def run_seed(sweep_seed: int, values: dict[str, Any], replicate: int) -> int:
    """The seed of one run: the first 8 bytes of SHA-256 of the canonical JSON of (sweep seed,
    grid values, replicate), as a 63-bit integer."""
    text = json.dumps({"seed": sweep_seed, "values": values, "replicate": replicate},
                      sort_keys=True, separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") >> 1


def toml_value(value: Any) -> str:
    """A value in TOML syntax, as `attachsim --set` reads it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise AnalysisError(f"cannot pass {value} to --set")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise AnalysisError(f"cannot pass {value!r} to --set")


def _slug(values: dict[str, Any]) -> str:
    """The grid values for a file name: `key=value` per grid key (the key's last part), joined
    by '_'; brackets, quotes and spaces are dropped, other characters (the keys' own '_'
    included) become '-'."""
    parts = [re.sub(r'[\[\]" ]', "", f"{key.rsplit('.', 1)[-1]}={toml_value(v)}")
             for key, v in values.items()]
    return "_".join(re.sub(r"[^A-Za-z0-9.=+-]+", "-", p).strip("-") for p in parts)[:100]


def expand(sweep: Sweep) -> list[Run]:
    """Every run of the sweep, in task order (grid points in file order, replicates inside)."""
    keys = list(sweep.grid)
    points = list(itertools.product(*(sweep.grid[k] for k in keys)))
    point_digits = len(str(max(len(points) - 1, 0)))
    rep_digits = len(str(sweep.replicates - 1))
    runs = []
    for point, combination in enumerate(points):
        values = dict(zip(keys, combination))
        prefix = "_".join(filter(None, [f"p{point:0{point_digits}d}", _slug(values)]))
        for replicate in range(sweep.replicates):
            name = f"{prefix}_r{replicate:0{rep_digits}d}"
            runs.append(Run(task=len(runs), point=point, replicate=replicate, values=values,
                            seed=run_seed(sweep.seed, values, replicate),
                            output=os.path.join(sweep.output, name + ".h5")))
    return runs


def find_binary(explicit: str | None = None) -> str:
    """The attachsim binary: --bin, else $ATTACHSIM_BIN, else build/app/attachsim of this
    checkout, else `attachsim` on PATH."""
    chosen = explicit or os.environ.get("ATTACHSIM_BIN")
    if chosen:
        if not (os.path.isfile(chosen) and os.access(chosen, os.X_OK)):
            raise AnalysisError(f"attachsim binary {chosen} does not exist or is not executable")
        return os.path.abspath(chosen)
    built = os.path.join(REPO, "build", "app", "attachsim")
    if os.access(built, os.X_OK):
        return built
    on_path = shutil.which("attachsim")
    if on_path:
        return os.path.abspath(on_path)
    raise AnalysisError("no attachsim binary: build it (scripts/build), or pass --bin or set "
                        "ATTACHSIM_BIN")


def _overrides(sweep: Sweep, values: dict[str, Any]) -> list[str]:
    args = []
    for key, value in {**sweep.fixed, **values}.items():
        args += ["--set", f"{key}={toml_value(value)}"]
    return args


def command(sweep: Sweep, run: Run, binary: str) -> list[str]:
    """The attachsim command line of one run."""
    return [binary, "run", sweep.experiment, "-o", run.output, "--seed", str(run.seed),
            "--threads", str(sweep.threads), *_overrides(sweep, run.values)]


def _map(function, items: Sequence[Any]) -> list[Any]:
    """`function` of each item, in order, CHECKS_AT_ONCE at a time."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=CHECKS_AT_ONCE) as pool:
        return list(pool.map(function, items))


def resolve(sweep: Sweep, runs: Sequence[Run], binary: str) -> dict[int, dict[str, Any]]:
    """The resolved experiment of each grid point of `runs` (`attachsim validate` with the
    point's overrides), flattened to dotted keys; a point that is not a valid experiment is an
    error naming it."""
    points = {run.point: run.values for run in runs}
    results = _map(lambda values: subprocess.run(
        [binary, "validate", sweep.experiment, *_overrides(sweep, values)],
        capture_output=True, text=True), list(points.values()))
    configs = {}
    for point, result in zip(points, results):
        if result.returncode != 0:
            raise AnalysisError(f"{sweep.path}: grid point {point} is not a valid "
                                f"experiment: {result.stderr.strip()}")
        configs[point] = _flatten(tomllib.loads(result.stdout))
    return configs


def _show(config: dict[str, Any], key: str) -> str:
    """A value of a flattened configuration for a message (absent, or JSON, cut at 60)."""
    if key not in config:
        return "absent"
    text = json.dumps(config[key], ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def stale_reason(run: Run, expected: dict[str, Any], binary: str) -> str | None:
    """Why the existing output of `run` is not this run's, naming the file and the first key of
    its resolved experiment (`attachsim info --config`) that differs from `expected`; None when
    it is this run's."""
    result = subprocess.run([binary, "info", "--config", run.output], capture_output=True,
                            text=True)
    _, marker, text = result.stdout.partition("\nconfig:\n")
    if result.returncode != 0 or not marker:
        why = result.stderr.strip() or "no 'config' attribute"
        return f"{run.output}: no resolved experiment to check ({why})"
    try:
        actual = _flatten(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        return f"{run.output}: its 'config' attribute is not TOML ({error})"
    differ = [key for key in {**expected, **actual} if key not in expected or
              key not in actual or expected[key] != actual[key]]
    if not differ:
        return None
    more = f" (and {len(differ) - 1} more key(s))" if len(differ) > 1 else ""
    return (f"{run.output}: {differ[0]} is {_show(actual, differ[0])} in the file but "
            f"{_show(expected, differ[0])} for this run{more}")


def check_outputs(sweep: Sweep, runs: Sequence[Run], binary: str) -> dict[int, str]:
    """Checks every grid point of `runs` with `attachsim validate` (see `resolve`), and every
    existing output against its run's resolved experiment (its point's, with the run's seed as
    SEED_KEY); returns the stale outputs, task -> `stale_reason`."""
    configs = resolve(sweep, runs, binary)
    existing = [run for run in runs if run.has_output()]
    reasons = _map(lambda run: stale_reason(run, {**configs[run.point], SEED_KEY: run.seed},
                                            binary), existing)
    return {run.task: reason for run, reason in zip(existing, reasons) if reason}


def outstanding(sweep: Sweep, runs: Sequence[Run], binary: str) -> list[Run]:
    """The runs of `runs` to run: those without an output and those whose output is stale (each
    reported on stderr, with what differs; the rerun replaces it). See `check_outputs`."""
    stale = check_outputs(sweep, runs, binary)
    for reason in stale.values():
        print(f"stale output, to be rerun: {reason}", file=sys.stderr)
    return [run for run in runs if not run.has_output() or run.task in stale]


def write_manifest(sweep: Sweep, runs: Sequence[Run]) -> str:
    """Writes runs.csv (task, point, replicate, seed, file, one column per grid key)."""
    path = os.path.join(sweep.output, "runs.csv")
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["task", "point", "replicate", "seed", "file", *sweep.grid])
        for run in runs:
            writer.writerow([run.task, run.point, run.replicate, run.seed,
                             os.path.basename(run.output),
                             *(toml_value(run.values[k]) for k in sweep.grid)])
    return path


class _Log:
    """sweep.log in the output directory: one line per run started and finished."""

    def __init__(self, sweep: Sweep):
        self.path = os.path.join(sweep.output, "sweep.log")
        self.lock = threading.Lock()

    def write(self, message: str) -> None:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self.lock, open(self.path, "a") as f:
            f.write(f"{stamp} {message}\n")


class _Running:
    """The attachsim processes running now, so that an interrupted sweep can stop them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.processes: set[subprocess.Popen] = set()
        self.stopping = False

    def start(self, args: list[str], out) -> subprocess.Popen | None:
        with self.lock:
            if self.stopping:
                return None
            process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
            self.processes.add(process)
            return process

    def finish(self, process: subprocess.Popen) -> int:
        code = process.wait()
        with self.lock:
            self.processes.discard(process)
        return code

    def stop(self) -> None:
        """Starts nothing more and asks the running runs to stop (SIGTERM: attachsim stops at
        its next barrier and leaves its .partial file)."""
        with self.lock:
            self.stopping = True
            for process in self.processes:
                process.send_signal(signal.SIGTERM)


def execute(sweep: Sweep, run: Run, binary: str, log: _Log, running: _Running) -> int:
    """Runs one run (its attachsim messages go to logs/<name>.log); returns the exit status,
    or -1 when the sweep was stopped before it started."""
    logs = os.path.join(sweep.output, "logs")
    os.makedirs(logs, exist_ok=True)
    with open(os.path.join(logs, run.name + ".log"), "w") as out:
        process = running.start(command(sweep, run, binary), out)
        if process is None:
            return -1
        log.write(f"start task {run.task} {run.name} seed {run.seed}")
        started = time.monotonic()
        code = running.finish(process)
    log.write(f"end task {run.task} {run.name} exit {code} "
              f"seconds {time.monotonic() - started:.1f}")
    return code


def run_local(sweep: Sweep, runs: Sequence[Run], todo: Sequence[Run], binary: str,
              jobs: int) -> int:
    """Runs `todo` (of the sweep's `runs`), `jobs` at a time; returns the number that failed. On
    Ctrl-C or SIGTERM the running runs are stopped, no other starts, and it exits with status
    130."""
    print(f"{len(runs)} runs, {len(runs) - len(todo)} complete, {len(todo)} to run "
          f"({jobs} at a time) -> {sweep.output}")
    if not todo:
        return 0
    log, running = _Log(sweep), _Running()
    failed = 0
    signal.signal(signal.SIGTERM, _interrupt)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
    try:
        futures = {pool.submit(execute, sweep, run, binary, log, running): run for run in todo}
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            run, code = futures[future], future.result()
            status = "done" if code == 0 else f"FAILED (exit {code}; see logs/{run.name}.log)"
            failed += code != 0
            print(f"[{done}/{len(todo)}] {run.name}: {status}", flush=True)
    except KeyboardInterrupt:
        running.stop()
        pool.shutdown(wait=True, cancel_futures=True)
        print("interrupted; rerun the same command to resume", file=sys.stderr)
        raise SystemExit(130)
    pool.shutdown(wait=True)
    return failed


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def array_spec(tasks: Sequence[int]) -> str:
    """Slurm's --array value for task numbers: runs of consecutive numbers as ranges."""
    parts, tasks = [], sorted(tasks)
    start = prev = tasks[0]
    for t in [*tasks[1:], None]:
        if t is not None and t == prev + 1:
            prev = t
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if t is not None:
            start = prev = t
    return ",".join(parts)


def slurm_script(sweep: Sweep, runs: Sequence[Run], todo: Sequence[Run], binary: str) -> str:
    """A Slurm job-array script with one task per run of `todo` (of the sweep's `runs`); each
    task runs `scripts/sweep SWEEP.toml --task $SLURM_ARRAY_TASK_ID`."""
    options = {key.replace("_", "-"): value for key, value in sweep.slurm.items()}
    limit = options.pop("array-limit", None)
    array = array_spec([r.task for r in todo])
    if limit:
        array += f"%{limit}"
    options.setdefault("job-name", "attachsim-" + os.path.splitext(os.path.basename(sweep.path))[0])
    options.setdefault("cpus-per-task", sweep.threads)
    options.setdefault("output", os.path.join(sweep.output, "logs", "slurm-%A_%a.out"))
    lines = ["#!/bin/bash", f"#SBATCH --array={array}"]
    lines += [f"#SBATCH --{key}={value}" for key, value in options.items()]
    sweep_cmd = [os.path.join(REPO, "scripts", "sweep"), sweep.path, "--bin", binary]
    lines += [
        f"# {len(runs)} runs of {sweep.path}; written by scripts/sweep --slurm.",
        "# Each task runs one run (and does nothing when its output is complete).",
        "set -euo pipefail",
        f"exec {shlex.join(sweep_cmd)} --task \"$SLURM_ARRAY_TASK_ID\"",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of scripts/sweep."""
    parser = argparse.ArgumentParser(
        prog="scripts/sweep",
        description="Run a parameter sweep (grid x replicates) of attachsim, N runs at a time, "
                    "or write a Slurm job-array script. Complete runs (their .h5 exists and "
                    "records the run's resolved experiment) are skipped, so rerunning resumes a "
                    "sweep. See docs/analysis.md.",
        epilog="examples: scripts/sweep experiments/sweeps/sensitivity.toml --jobs 2\n"
               "          scripts/sweep experiments/sweeps/sensitivity.toml --slurm && "
               "sbatch results/sensitivity/sweep.slurm",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sweep", help="sweep file (TOML)")
    parser.add_argument("--jobs", type=int, help="runs at a time (default: the file's 'jobs')")
    parser.add_argument("--bin", help="attachsim binary (default: $ATTACHSIM_BIN, else "
                                      "build/app/attachsim of this checkout)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--task", type=int, metavar="I",
                      help="run only run I (0-based task number; what each Slurm task does)")
    mode.add_argument("--slurm", nargs="?", const="", metavar="SCRIPT",
                      help="write a Slurm job-array script (default: OUTPUT/sweep.slurm) for the "
                           "incomplete runs instead of running")
    mode.add_argument("--list", action="store_true",
                      help="list the runs (task, seed, status: complete, stale, partial or "
                           "missing, output) and exit")
    args = parser.parse_args(argv)

    sweep = load_sweep(args.sweep)
    runs = expand(sweep)
    os.makedirs(sweep.output, exist_ok=True)
    if args.task is None:  # Slurm tasks run concurrently: they leave the manifest alone
        write_manifest(sweep, runs)
    binary = find_binary(args.bin)
    if args.task is not None:
        if not 0 <= args.task < len(runs):
            raise AnalysisError(f"{sweep.path}: task {args.task} out of range (0-{len(runs) - 1})")
        run = runs[args.task]
        if not outstanding(sweep, [run], binary):
            print(f"{run.name}: complete, skipped")
            return 0
        return execute(sweep, run, binary, _Log(sweep), _Running())
    todo = outstanding(sweep, runs, binary)
    if args.list:
        tasks = {run.task for run in todo}
        for run in runs:
            status = ("stale" if run.task in tasks else "complete") if run.has_output() else (
                "partial" if os.path.exists(run.output + ".partial") else "missing")
            print(f"{run.task}\t{run.seed}\t{status}\t{run.output}")
        return 0
    if not todo:
        print(f"all {len(runs)} runs complete in {sweep.output}")
        return 0
    if args.slurm is not None:
        path = args.slurm or os.path.join(sweep.output, "sweep.slurm")
        with open(path, "w") as f:
            f.write(slurm_script(sweep, runs, todo, binary))
        print(f"wrote {path}; submit with: sbatch {path}")
        return 0
    jobs = args.jobs or sweep.jobs
    if jobs < 1:
        raise AnalysisError("--jobs must be at least 1")
    failed = run_local(sweep, runs, todo, binary, jobs)
    if failed:
        print(f"{failed} run(s) failed; rerun the same command to retry them", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    run_cli(main)
