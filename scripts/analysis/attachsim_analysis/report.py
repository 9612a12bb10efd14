"""`scripts/report OUT.h5 [-o DIR] [--compare OTHER.h5]`: figures (PNG) and a Markdown summary
of one attachsim output.

Writes into DIR (default: `<name of OUT>-report` in the current directory) `report.md` and the
figures category_by_age.png, score_trajectories.png, stability_by_interval.png,
network_growth.png and intervention_effects.png (each where the file has data for it). Sections
for which the file has nothing (no intervention arms, no assessed caregivers) say so.
"""

from __future__ import annotations

import argparse
import math
import os
from typing import Sequence

import pandas as pd

from . import calibration, figures, markdown as md, stats
from .errors import AnalysisError, run_cli
from .load import CATEGORIES, config_value, has_table, load_panel, load_timeseries, \
    read_config, read_provenance

OUTCOME_LABELS = {"stress_reactivity": "stress reactivity", "exploration": "exploration (bouts)",
                  "social_competence": "social competence", "life_events": "life events",
                  "caregiver_sensitivity": "caregiver sensitivity"}


def _run_section(path: str, provenance: dict, config: dict, panel: pd.DataFrame) -> str:
    rows = [
        ("file", f"`{path}`" + (" (incomplete: .partial)" if path.endswith(".partial") else "")),
        ("attachsim version", provenance.get("version", "?")),
        ("git revision", provenance.get("git_revision", "?")),
        ("seed", provenance.get("seed", "?")),
        ("created", provenance.get("created", "?")),
        ("command line", f"`{provenance.get('command_line', '?')}`"),
    ]
    for key in ("population.communities", "population.families_per_community",
                "risk.high_risk_share", "observation.assessment_ages_days", "run.end_days"):
        value = config_value(config, key)
        if value is not None:
            rows.append((f"`{key}`", value))
    rows.append(("panel rows (assessments)", len(panel)))
    rows.append(("persons assessed", panel["person_id"].nunique() if len(panel) else 0))
    text = "## Run\n\n" + md.table(["", "value"], rows, ["l", "l"])
    description = str(config.get("description", "")).strip()
    if description:
        text += "\n**Experiment.** " + " ".join(description.split()) + "\n"
    expected = str(config.get("expected", "")).strip()
    if expected:
        text += "\n**Expected.** " + " ".join(expected.split()) + "\n"
    return text


def _calibration_section(panel: pd.DataFrame, config: dict,
                         compare: tuple[str, pd.DataFrame, dict] | None) -> str:
    text = ("## Calibration targets (early childhood)\n\n"
            "Infant observations at 12-18 months (age rounded to whole months), both waves "
            "pooled; 95% intervals (Wilson for shares, Fisher z for r, log scale for the ratio) "
            "treat assessments as independent.\n\n")
    n = len(calibration.infant_rows(panel))
    if n == 0:
        return text + ("This file has no infant-observation rows aged 12-18 months: the "
                       "calibration targets do not apply to it.\n")
    risk_pair = None
    share = config_value(config, "risk.high_risk_share")
    if compare is not None:
        other_path, other_panel, other_config = compare
        other_share = config_value(other_config, "risk.high_risk_share")
        if share is None or other_share is None or share == other_share:
            raise AnalysisError(
                f"--compare {other_path}: the two runs must differ in risk.high_risk_share "
                f"(they have {share} and {other_share})")
        risk_pair = (panel, other_panel) if share < other_share else (other_panel, panel)
    table = calibration.calibration_table(panel, risk_pair)
    rows = []
    for _, r in table.iterrows():
        if "share" in r.target:
            band = f"{100 * r.band_low:.0f}–{100 * r.band_high:.0f}%"
            published = f"{100 * r.published:.0f}%"
            value = md.percent_ci(r.value, r.ci_low, r.ci_high)
        else:
            band = (f"≥ {r.band_low:g}" if math.isinf(r.band_high)
                    else f"{r.band_low:.2f}–{r.band_high:.2f}")
            published = md.number(r.published)
            value = md.with_ci(r.value, r.ci_low, r.ci_high)
        rows.append([r.target, band, published, value, r.n, r.status, r.source])
    text += md.table(["target", "band", "published", "this run [95% CI]", "n", "", "source"],
                     rows, ["l", "r", "r", "r", "r", "l", "l"])
    text += (f"\nThe share targets describe normative low-risk samples; this run has "
             f"`risk.high_risk_share` = {share}.")
    if compare is None:
        text += (" The high-risk target (D at least twice the low-risk rate) needs a second run "
                 "that differs in `risk.high_risk_share`: pass it with `--compare`.")
    else:
        text += f" The high-risk ratio compares this run with `{compare[0]}`."
    return text + "\n"


def _distribution_section(distribution: pd.DataFrame) -> str:
    text = "## Category distribution by age\n\n![category distribution](category_by_age.png)\n\n"
    rows = [[r.instrument, r.wave, md.age(r.age_days), r.n,
             *(md.percent_ci(r[f"p_{c}"], r[f"p_{c}_low"], r[f"p_{c}_high"]) for c in CATEGORIES)]
            for _, r in distribution.iterrows()]
    return text + md.table(["instrument", "wave", "age", "n", *(f"{c} [95% CI]" for c in
                                                                 CATEGORIES)], rows)


def _trajectory_section(panel: pd.DataFrame) -> str:
    text = "## Score trajectories\n\n![score trajectories](score_trajectories.png)\n\n"
    dims = [d for d in figures.DIMENSIONS if d in panel.columns]
    grouped = panel.groupby(["instrument", "wave"], observed=True, sort=True)
    means, sds = grouped[dims].mean(), grouped[dims].std(ddof=1)
    ages, sizes = grouped["age_days"].median(), grouped.size()
    rows = [[instrument, wave, md.age(ages[key]), sizes[key],
             *(f"{md.number(means.loc[key, d])} ({md.number(sds.loc[key, d])})" for d in dims)]
            for key in means.index for instrument, wave in [key]]
    return text + "Mean (SD) of the observed scores:\n\n" + md.table(
        ["instrument", "wave", "age", "n", *dims], rows)


def _stability_section(stability: pd.DataFrame) -> str:
    text = "## Test-retest stability by interval\n\n"
    if stability.empty:
        return text + ("No person was assessed twice with the same instrument: no stability "
                       "to show.\n")
    text += ("Every pair of one person's assessments with one instrument, by interval (whole "
             "months): Pearson r of the security score, phi of secure (B) vs insecure, Cohen's "
             "kappa of B/A/C/D, with 95% intervals.\n\n"
             "![stability by interval](stability_by_interval.png)\n\n")
    rows = [[r.instrument, md.age(r.interval_days),
             md.age_range(r.first_age_days_min, r.first_age_days_max), r.n,
             md.with_ci(r.r_security, r.r_security_low, r.r_security_high),
             md.with_ci(r.phi, r.phi_low, r.phi_high),
             md.with_ci(r.kappa, r.kappa_low, r.kappa_high), f"{100 * r.agreement:.1f}%"]
            for _, r in stability.iterrows()]
    return text + md.table(["instrument", "interval", "first age", "n pairs", "r security",
                            "phi secure", "kappa B/A/C/D", "agreement"], rows)


def _transmission_section(transmission: pd.DataFrame) -> str:
    text = "## Parent-child transmission\n\n"
    if transmission.empty:
        return text + ("No child in this file has a primary caregiver with an assessment of "
                       "their own (for instance a single-generation run, or no adult "
                       "instrument): no transmission to show.\n")
    text += ("Each child assessment against the latest assessment of its primary caregiver "
             "(`primary_caregiver_id`) with each instrument.\n\n")
    rows = [[r.instrument_child, r.wave_child, md.age(r.age_days_child), r.instrument_parent,
             r.n, md.with_ci(r.r_security, r.r_security_low, r.r_security_high),
             md.with_ci(r.phi, r.phi_low, r.phi_high),
             md.with_ci(r.kappa, r.kappa_low, r.kappa_high), f"{100 * r.agreement:.1f}%"]
            for _, r in transmission.iterrows()]
    return text + md.table(["child instrument", "wave", "age", "caregiver instrument", "n pairs",
                            "r security", "phi secure", "kappa B/A/C/D", "agreement"], rows)


def _intervention_section(effects: pd.DataFrame, arms: list[str]) -> str:
    text = "## Intervention effects\n\n"
    if effects.empty:
        shown = ", ".join(f"`{a}`" for a in arms) or "no arm"
        return text + (f"This file has {len(arms)} intervention arm(s) ({shown}): no "
                       "intervention effects to show.\n")
    text += (f"Cohen's d of each arm against `{effects['control'].iloc[0]}` (positive: the arm "
             "scores higher), 95% intervals (Hedges & Olkin).\n\n"
             "![intervention effects](intervention_effects.png)\n\n")
    rows = [[r.arm, r.instrument, r.wave, md.age(r.age_days), r.outcome, r.n_treated,
             r.n_control, md.number(r.mean_treated, 3), md.number(r.mean_control, 3),
             md.with_ci(r.d, r.ci_low, r.ci_high)]
            for _, r in effects.iterrows()]
    return text + md.table(["arm", "instrument", "wave", "age", "outcome", "n arm", "n control",
                            "mean arm", "mean control", "d [95% CI]"], rows)


def _outcomes_section(outcomes: pd.DataFrame) -> str:
    text = "## Outcomes by category\n\n"
    if outcomes.empty:
        return text + "The panel has none of the outcome columns: nothing to show.\n"
    text += "Mean (SD) per observed category at each assessment.\n\n"
    names = list(dict.fromkeys(outcomes["outcome"]))
    rows = []
    for (instrument, wave, category), g in outcomes.groupby(["instrument", "wave", "category"],
                                                            observed=True, sort=True):
        g = g.set_index("outcome")
        rows.append([instrument, wave, md.age(g["age_days"].iloc[0]), category,
                     int(g["n"].iloc[0]),
                     *(f"{md.number(g.loc[o, 'mean'])} ({md.number(g.loc[o, 'sd'])})"
                       for o in names)])
    return text + md.table(["instrument", "wave", "age", "category", "n",
                            *(OUTCOME_LABELS.get(o, o) for o in names)], rows)


def _network_section(timeseries: pd.DataFrame) -> str:
    text = "## Network growth\n\n"
    if timeseries.empty:
        return text + "The time series is empty: no network growth to show.\n"
    text += "![network growth](network_growth.png)\n\n"
    samples = timeseries.iloc[sorted({0, len(timeseries) // 2, len(timeseries) - 1})]
    types = [t for t in figures.TIE_TYPES if f"ties_{t}" in timeseries.columns]
    rows = [[md.number(r.time_days / 365.25, 1), *(int(r[f"ties_{t}"]) for t in types)]
            for _, r in samples.iterrows()]
    return text + "Active ties by type:\n\n" + md.table(["time (years)", *types], rows)


def write_report(path: str, outdir: str, compare: str | None = None) -> list[str]:
    """Writes report.md and the figures for output `path` into `outdir` (created if needed);
    `compare` is a second run differing in risk.high_risk_share, for the high-risk target.
    Returns the paths written."""
    provenance = read_provenance(path)
    if provenance.get("format") != "attachsim":
        raise AnalysisError(f"{path}: a merged file ({provenance.get('format')}); the report "
                            "describes one run: report the runs themselves, or analyse the "
                            "merged table with attachsim_analysis.stats grouped by its grid "
                            "columns")
    config = read_config(path)
    panel = load_panel(path)
    timeseries = load_timeseries(path) if has_table(path, "timeseries") else pd.DataFrame()
    other = (compare, load_panel(compare), read_config(compare)) if compare else None
    os.makedirs(outdir, exist_ok=True)
    written: list[str] = []

    def figure(name: str, draw, *args) -> None:
        written.append(draw(*args, os.path.join(outdir, name)))

    name = os.path.basename(path)
    sections = [f"# attachsim report: {name}\n", _run_section(path, provenance, config, panel)]
    if len(panel):
        sections.append(_calibration_section(panel, config, other))
        distribution = stats.category_distribution(panel)
        figure("category_by_age.png", figures.category_by_age, distribution)
        sections.append(_distribution_section(distribution))
        figure("score_trajectories.png", figures.score_trajectories, panel)
        sections.append(_trajectory_section(panel))
        stability = stats.stability_by_interval(panel)
        if not stability.empty:
            figure("stability_by_interval.png", figures.stability_by_interval, stability)
        sections.append(_stability_section(stability))
        sections.append(_transmission_section(stats.transmission(panel)))
        effects = stats.intervention_effects(panel)
        if not effects.empty:
            figure("intervention_effects.png", figures.intervention_effects, effects)
        sections.append(_intervention_section(effects, stats.arms_present(panel)))
        sections.append(_outcomes_section(stats.outcomes_by_category(panel)))
    else:
        sections.append("## Assessments\n\nThe panel is empty: no assessment took place before "
                        "the run ended, so there are no distributions, stability, transmission, "
                        "intervention or outcome statistics.\n")
    if not timeseries.empty:
        figure("network_growth.png", figures.network_growth, timeseries)
    sections.append(_network_section(timeseries))
    report = os.path.join(outdir, "report.md")
    with open(report, "w", encoding="utf-8") as f:
        f.write("\n".join(sections))
    return [report, *written]


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of scripts/report."""
    parser = argparse.ArgumentParser(
        prog="scripts/report",
        description="Figures (PNG) and a Markdown summary (report.md) of an attachsim output.",
        epilog="example: scripts/report results/baseline.h5 -o results/baseline-report "
               "--compare results/high-risk.h5")
    parser.add_argument("output", help="attachsim output file (.h5)")
    parser.add_argument("-o", "--outdir",
                        help="directory to write into (default: <name>-report, here)")
    parser.add_argument("--compare", metavar="OTHER.h5",
                        help="a run differing only in risk.high_risk_share, for the high-risk "
                             "calibration target (D at least twice the low-risk rate)")
    args = parser.parse_args(argv)
    stem = os.path.basename(args.output).split(".h5")[0]
    outdir = args.outdir or f"{stem}-report"
    for path in write_report(args.output, outdir, args.compare):
        print(path)
    return 0


if __name__ == "__main__":
    run_cli(main)
