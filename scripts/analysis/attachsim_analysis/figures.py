"""The report's figures (PNG, matplotlib's Agg backend: no display needed).

Each function takes a table from `stats` (or the loaded panel or time series), writes one PNG
with a title, labelled axes with units and a legend, and returns its path.
"""

from __future__ import annotations

import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from .load import CATEGORIES  # noqa: E402
from .stats import Z95  # noqa: E402

CATEGORY_COLOURS = {"B": "#2a9d8f", "A": "#457b9d", "C": "#e9c46a", "D": "#e76f51"}
CATEGORY_NAMES = {"B": "B secure", "A": "A avoidant", "C": "C resistant", "D": "D disorganized"}
DIMENSIONS = ("security", "trust", "anxiety", "avoidance", "fear")
TIE_TYPES = ("parent", "grandparent", "caregiver", "teacher", "peer", "friend", "partner")
DPI = 110


def _err(value, low, high) -> np.ndarray:
    """Error bar lengths (below, above) of intervals around values; nan-safe, never negative
    (rounding can put a Wilson bound a hair past its estimate)."""
    value, low, high = (np.asarray(v, dtype=float) for v in (value, low, high))
    return np.clip(np.vstack([value - low, high - value]), 0, None)


def _save(fig: plt.Figure, path: str | os.PathLike) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return os.fspath(path)


def _instrument_axes(instruments: list[str], title: str) -> tuple[plt.Figure, list[plt.Axes]]:
    fig, axes = plt.subplots(1, len(instruments), figsize=(6.4 * len(instruments), 4.6),
                             squeeze=False)
    fig.suptitle(title)
    return fig, list(axes[0])


def category_by_age(distribution: pd.DataFrame, path: str | os.PathLike) -> str:
    """Share of each category by age at assessment (one panel per instrument), with 95%
    intervals; `distribution` is `stats.category_distribution(panel)`."""
    instruments = list(dict.fromkeys(distribution["instrument"]))
    fig, axes = _instrument_axes(instruments, "Attachment category distribution by age")
    for ax, instrument in zip(axes, instruments):
        d = distribution[distribution["instrument"] == instrument].sort_values("age_days")
        age = d["age_days"].to_numpy() / 365.25
        for c in CATEGORIES:
            p = d[f"p_{c}"].to_numpy() * 100
            err = _err(p, d[f"p_{c}_low"] * 100, d[f"p_{c}_high"] * 100)
            ax.errorbar(age, p, yerr=err, marker="o", capsize=3, color=CATEGORY_COLOURS[c],
                        label=CATEGORY_NAMES[c])
        ax.set_title(f"{instrument} (n = {int(d['n'].sum())} assessments)")
        ax.set_xlabel("age at assessment (years)")
        ax.set_ylabel("share of assessments (%)")
        ax.set_ylim(0, 100)
        ax.legend(title="category (95% CI)", fontsize="small")
    return _save(fig, path)


def score_trajectories(panel: pd.DataFrame, path: str | os.PathLike,
                       individuals: int = 30) -> str:
    """Mean observed scores by age at assessment with 95% intervals (one panel per instrument),
    and the security scores of `individuals` persons followed over their assessments."""
    instruments = list(dict.fromkeys(panel["instrument"].dropna().astype(object)))
    fig, axes = plt.subplots(1, len(instruments) + 1, figsize=(6.4 * (len(instruments) + 1), 4.6),
                             squeeze=False)
    axes = list(axes[0])
    fig.suptitle("Observed attachment scores over age")
    for ax, instrument in zip(axes, instruments):
        data = panel[panel["instrument"].astype(object) == instrument]
        grouped = data.groupby("wave")
        age = grouped["age_days"].median().to_numpy() / 365.25
        for dim in DIMENSIONS:
            if dim not in data.columns:
                continue
            mean = grouped[dim].mean().to_numpy()
            half = Z95 * (grouped[dim].std(ddof=1) / np.sqrt(grouped[dim].count())).to_numpy()
            ax.errorbar(age, mean, yerr=half, marker="o", capsize=3, label=dim)
        ax.set_title(f"{instrument}: means (95% CI)")
        ax.set_xlabel("age at assessment (years)")
        ax.set_ylabel("score (0-1)")
        ax.set_ylim(0, 1)
        ax.legend(title="dimension", fontsize="small")
    ax = axes[-1]
    ids = np.sort(panel["person_id"].unique())
    chosen = ids[np.linspace(0, len(ids) - 1, min(individuals, len(ids))).astype(int)]
    for i, pid in enumerate(chosen):
        person = panel[panel["person_id"] == pid].sort_values("age_days")
        ax.plot(person["age_days"] / 365.25, person["security"], marker=".", lw=0.8, alpha=0.6,
                color="#555555", label="one person" if i == 0 else None)
    ax.set_title(f"security of {len(chosen)} persons (all instruments)")
    ax.set_xlabel("age at assessment (years)")
    ax.set_ylabel("observed security (0-1)")
    ax.set_ylim(0, 1)
    ax.legend(fontsize="small")
    return _save(fig, path)


def stability_by_interval(stability: pd.DataFrame, path: str | os.PathLike) -> str:
    """Test-retest r of security, phi of secure/insecure and kappa of the four categories
    against the interval between assessments, with 95% intervals; `stability` is
    `stats.stability_by_interval(panel)`."""
    fig, ax = plt.subplots(figsize=(7.4, 4.8))
    markers = dict(zip(dict.fromkeys(stability["instrument"]), "osD^v"))
    xmax = 1.15 * float(stability["interval_years"].max())
    measures = [("r_security", "r of security score"), ("phi", "phi of secure vs insecure"),
                ("kappa", "kappa of B/A/C/D")]
    for k, (col, label) in enumerate(measures):
        for instrument, marker in markers.items():
            d = stability[stability["instrument"] == instrument].sort_values("interval_days")
            x = d["interval_years"].to_numpy() + (k - 1) * 0.012 * xmax  # side by side
            y = d[col].to_numpy()
            err = _err(y, d[f"{col}_low"], d[f"{col}_high"])
            ax.errorbar(x, y, yerr=err, marker=marker, capsize=3, color=f"C{k}",
                        label=f"{label} ({instrument})")
    ax.axhline(0, color="grey", lw=0.6)
    ax.set_title(f"Test-retest stability by interval (n = {int(stability['n'].sum())} pairs)")
    ax.set_xlabel("interval between assessments (years)")
    ax.set_ylabel("coefficient (r, phi, kappa; 95% CI)")
    ax.set_xlim(0, xmax)
    ax.set_ylim(min(-0.1, float(np.nanmin(stability[["r_security_low", "phi_low",
                                                       "kappa_low"]].to_numpy())) - 0.05), 1)
    ax.legend(fontsize="small")
    return _save(fig, path)


def network_growth(timeseries: pd.DataFrame, path: str | os.PathLike) -> str:
    """Active ties of each type over simulated time (types that ever have a tie)."""
    fig, ax = plt.subplots(figsize=(7.4, 4.8))
    years = timeseries["time_days"].to_numpy() / 365.25
    for k, tie in enumerate(TIE_TYPES):
        col = f"ties_{tie}"
        if col in timeseries.columns and timeseries[col].max() > 0:
            ax.plot(years, timeseries[col], color=f"C{k}", label=tie)
    ax.set_title("Network growth: active ties by type")
    ax.set_xlabel("simulated time (years)")
    ax.set_ylabel("active ties (count)")
    ax.legend(title="tie type", fontsize="small")
    return _save(fig, path)


def intervention_effects(effects: pd.DataFrame, path: str | os.PathLike) -> str:
    """Forest plot of Cohen's d (arm minus control, 95% CI) per outcome, one panel per arm, one
    marker per assessment age; `effects` is `stats.intervention_effects(panel)`."""
    arms = list(dict.fromkeys(effects["arm"]))
    fig, axes = plt.subplots(1, len(arms), figsize=(6.4 * len(arms), 4.8), squeeze=False)
    fig.suptitle(f"Intervention effects against arm '{effects['control'].iloc[0]}'")
    outcomes = list(dict.fromkeys(effects["outcome"]))
    for ax, arm in zip(axes[0], arms):
        d = effects[effects["arm"] == arm]
        waves = list(d.groupby(["instrument", "wave"], sort=True).groups)
        for k, (instrument, wave) in enumerate(waves):
            w = d[(d["instrument"] == instrument) & (d["wave"] == wave)].set_index("outcome")
            w = w.reindex(outcomes)
            y = np.arange(len(outcomes)) + (k - (len(waves) - 1) / 2) * 0.8 / max(len(waves), 1)
            err = _err(w["d"], w["ci_low"], w["ci_high"])
            age = w["age_days"].dropna().iloc[0] / 365.25 if w["age_days"].notna().any() else 0
            ax.errorbar(w["d"], y, xerr=err, fmt="o", capsize=3, color=f"C{k}",
                        label=f"{instrument}, {age:.1f} y")
        ax.axvline(0, color="grey", lw=0.8)
        ax.set_yticks(np.arange(len(outcomes)), outcomes)
        ax.invert_yaxis()
        ax.set_title(f"arm '{arm}'")
        ax.set_xlabel("Cohen's d (SD units, 95% CI)")
        ax.set_ylabel("outcome")
        ax.legend(title="assessment", fontsize="small")
    return _save(fig, path)
