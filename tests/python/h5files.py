"""Helpers of the Python tests: tiny hand-made outputs in attachsim's layout (docs/output.md), and
running the real binary."""

from __future__ import annotations

import os
import subprocess

import h5py
import numpy as np

INSTRUMENTS = "infant_observation,adult_interview,self_report"
CATEGORIES = "B,A,C,D"

#: The /panel columns of app/model_output.cpp: name -> (dtype, unit, codes).
PANEL_COLUMNS = {
    "person_id": ("u8", "", None), "cohort": ("i4", "years", None),
    "community": ("u4", "", None), "generation": ("i1", "", None), "wave": ("i4", "", None),
    "age_days": ("f8", "days", None), "time_days": ("f8", "days", None),
    "instrument": ("i1", "", INSTRUMENTS), "category": ("i1", "", CATEGORIES),
    "latent_category": ("i1", "", CATEGORIES), "security": ("f4", "1", None),
    "latent_security": ("f4", "1", None), "trust": ("f4", "1", None),
    "anxiety": ("f4", "1", None), "avoidance": ("f4", "1", None), "fear": ("f4", "1", None),
    "latent_trust": ("f4", "1", None), "latent_anxiety": ("f4", "1", None),
    "latent_avoidance": ("f4", "1", None), "latent_fear": ("f4", "1", None),
    "stress_reactivity": ("f4", "1", None), "caregiver_sensitivity": ("f4", "1", None),
    "primary_caregiver_id": ("u8", "", None), "arm": ("i1", "", "none"),
    "life_events": ("i2", "events", None), "social_competence": ("f4", "1", None),
    "exploration": ("f4", "bouts", None),
    **{f"ties_{t}": ("i2", "ties", None) for t in
       ("parent", "grandparent", "caregiver", "teacher", "peer", "friend", "partner")},
}

CODE = {label: k for k, label in enumerate(CATEGORIES.split(","))}
INSTRUMENT = {label: k for k, label in enumerate(INSTRUMENTS.split(","))}


def write_output(path, panel: dict, timeseries: dict | None = None, arms: str = "none",
                 config: str = "[risk]\nhigh_risk_share = 0.08\n", seed: int = 1) -> str:
    """Writes a tiny attachsim output. `panel` maps column names to lists (categories and
    instruments as labels); missing panel columns are filled with zeros (float columns with
    0.5). `timeseries` maps column names to lists (all float64)."""
    n = len(next(iter(panel.values())))
    with h5py.File(path, "w", track_order=True) as f:
        f.attrs.update(format="attachsim", format_version=1, version="0.1.0",
                       git_revision="test", seed=np.uint64(seed), config=config,
                       command_line="hand-made test file", created="2024-01-01T00:00:00Z")
        group = f.create_group("panel", track_order=True)
        for name, (dtype, unit, codes) in PANEL_COLUMNS.items():
            codes = arms if name == "arm" else codes
            values = panel.get(name)
            if values is None:
                values = np.full(n, 0.5 if dtype.startswith("f") else 0)
            elif codes:
                lookup = {label: k for k, label in enumerate(codes.split(","))}
                values = [lookup.get(v, v) if isinstance(v, str) else v for v in values]
            ds = group.create_dataset(name, data=np.asarray(values, dtype=dtype),
                                      maxshape=(None,))
            ds.attrs.update(unit=unit, description=f"{name} (test)")
            if codes:
                ds.attrs["codes"] = codes
        if timeseries is not None:
            group = f.create_group("timeseries", track_order=True)
            for name, values in timeseries.items():
                ds = group.create_dataset(name, data=np.asarray(values, dtype="f8"))
                ds.attrs.update(unit="", description=f"{name} (test)")
    return os.fspath(path)


def run_attachsim(binary: str, output, *settings: str, seed: int = 11) -> str:
    """Runs the real binary on a tiny version of the baseline experiment."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    command = [binary, "run", os.path.join(root, "experiments", "baseline.toml"), "-o",
               os.fspath(output), "--seed", str(seed), "-q"]
    for setting in TINY + list(settings):
        command += ["--set", setting]
    subprocess.run(command, check=True)
    return os.fspath(output)


#: Settings of a tiny run: two communities of 30 families, two assessment waves (12, 18 months).
TINY = ["population.communities=2", "population.families_per_community=30",
        "run.end_days=700"]
