"""Statistics on the panel: category distributions, test-retest stability by interval,
parent-child transmission, intervention effects and outcomes by category.

Every function takes the panel as loaded by `load.load_panel` (coded columns as Categoricals)
and returns a DataFrame in long format, one row per group, with n and 95% confidence intervals.
Groups are kept apart by `instrument`: an infant observation and an adult interview measure
different things even where they share the codes B, A, C, D.
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from scipy import stats as sps

from .load import CATEGORIES, require_columns

#: Two-sided 95% normal quantile.
Z95 = float(sps.norm.ppf(0.975))

#: Days per month (365.25 / 12), for binning intervals and ages.
DAYS_PER_MONTH = 365.25 / 12

#: Continuous outcomes compared between intervention arms, where the panel has them.
ARM_OUTCOMES = ("security", "trust", "anxiety", "avoidance", "fear", "stress_reactivity",
                "social_competence", "exploration")

#: Outcomes summarized by attachment category, where the panel has them.
CATEGORY_OUTCOMES = ("stress_reactivity", "exploration", "social_competence", "life_events",
                     "caregiver_sensitivity")


# --- intervals and coefficients ---------------------------------------------------------------

def proportion_ci(k: int, n: int) -> tuple[float, float]:
    """Wilson 95% interval of a proportion k/n; (nan, nan) when n is 0."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def correlation_ci(r: float, n: int) -> tuple[float, float]:
    """Fisher-z 95% interval of a correlation from n pairs; nan when n <= 3 or r is nan."""
    if n <= 3 or not np.isfinite(r):
        return math.nan, math.nan
    if abs(r) >= 1:
        return r, r
    z = math.atanh(r)
    half = Z95 / math.sqrt(n - 3)
    return math.tanh(z - half), math.tanh(z + half)


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson r of two equal-length sequences; nan when either is constant or n < 2.
    With 0/1 variables this is the phi coefficient (and, with one binary, the point-biserial r)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) < 2 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return math.nan
    return float(np.corrcoef(x, y)[0, 1])


def cohen_kappa(a: Sequence, b: Sequence, categories: Iterable = CATEGORIES) -> dict[str, float]:
    """Cohen's kappa of two ratings of the same units, with its large-sample standard error
    sqrt(po (1 - po) / (n (1 - pe)^2)) (Cohen 1960) and a 95% interval (clipped to [-1, 1]).
    Returns kappa, se, ci_low, ci_high, agreement (po) and n; kappa is nan when pe is 1 or n
    is 0."""
    a = pd.Categorical(np.asarray(a, dtype=object), categories=list(categories))
    b = pd.Categorical(np.asarray(b, dtype=object), categories=list(categories))
    n = len(a)
    out = dict(kappa=math.nan, se=math.nan, ci_low=math.nan, ci_high=math.nan,
               agreement=math.nan, n=n)
    if n == 0:
        return out
    table = pd.crosstab(a, b, dropna=False).to_numpy(dtype=float)
    po = np.trace(table) / n
    pe = float((table.sum(axis=1) / n) @ (table.sum(axis=0) / n))
    out["agreement"] = po
    if pe >= 1:
        return out
    kappa = (po - pe) / (1 - pe)
    se = math.sqrt(po * (1 - po) / (n * (1 - pe) ** 2))
    out.update(kappa=kappa, se=se, ci_low=max(-1.0, kappa - Z95 * se),
               ci_high=min(1.0, kappa + Z95 * se))
    return out


def cohens_d(treated: Sequence[float], control: Sequence[float]) -> dict[str, float]:
    """Cohen's d = (mean_treated - mean_control) / pooled SD (n - 1 denominators), with the
    normal 95% interval of Hedges & Olkin (1985): SE = sqrt((n1 + n2) / (n1 n2) + d^2 /
    (2 (n1 + n2))). Returns d, se, ci_low, ci_high, the means and the ns."""
    x = np.asarray(treated, dtype=float)
    y = np.asarray(control, dtype=float)
    n1, n2 = len(x), len(y)
    out = dict(d=math.nan, se=math.nan, ci_low=math.nan, ci_high=math.nan,
               mean_treated=float(x.mean()) if n1 else math.nan,
               mean_control=float(y.mean()) if n2 else math.nan, n_treated=n1, n_control=n2)
    if n1 < 2 or n2 < 2:
        return out
    pooled = math.sqrt(((n1 - 1) * x.var(ddof=1) + (n2 - 1) * y.var(ddof=1)) / (n1 + n2 - 2))
    if pooled == 0:
        return out
    d = (out["mean_treated"] - out["mean_control"]) / pooled
    se = math.sqrt((n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2)))
    out.update(d=d, se=se, ci_low=d - Z95 * se, ci_high=d + Z95 * se)
    return out


def _correlation_row(x: Sequence[float], y: Sequence[float], name: str) -> dict[str, float]:
    r = pearson(x, y)
    low, high = correlation_ci(r, len(x))
    return {name: r, f"{name}_low": low, f"{name}_high": high}


def _kappa_row(a: Sequence, b: Sequence) -> dict[str, float]:
    k = cohen_kappa(a, b)
    return dict(kappa=k["kappa"], kappa_low=k["ci_low"], kappa_high=k["ci_high"],
                agreement=k["agreement"])


def _secure(category: pd.Series) -> np.ndarray:
    """1 where the category is B (secure / secure-autonomous), else 0."""
    return (category.astype(object) == "B").to_numpy(dtype=float)


# --- distributions ----------------------------------------------------------------------------

def category_distribution(panel: pd.DataFrame, column: str = "category",
                          by: Sequence[str] = ("instrument", "wave")) -> pd.DataFrame:
    """Share of each category (B, A, C, D) per group (by default instrument and wave): columns
    `by`, age_days (median age of the group), n, and per category c: n_c, p_c and its Wilson
    interval p_c_low, p_c_high. Rows without a category are left out."""
    by = list(by)
    require_columns(panel, [*by, column, "age_days"], "category distributions")
    rows = []
    data = panel[panel[column].notna()]
    for key, group in data.groupby(by, observed=True, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        row = dict(zip(by, key), age_days=float(group["age_days"].median()), n=len(group))
        counts = group[column].astype(object).value_counts()
        for c in CATEGORIES:
            k = int(counts.get(c, 0))
            low, high = proportion_ci(k, len(group))
            row.update({f"n_{c}": k, f"p_{c}": k / len(group), f"p_{c}_low": low,
                        f"p_{c}_high": high})
        rows.append(row)
    return pd.DataFrame(rows)


# --- stability --------------------------------------------------------------------------------

def _run_key(panel: pd.DataFrame) -> list[str]:
    """["run"] for a merged panel (person ids repeat across runs), else []."""
    return ["run"] if "run" in panel.columns else []


def wave_pairs(panel: pd.DataFrame) -> pd.DataFrame:
    """Every pair of one person's assessments with the same instrument at two waves (earlier
    first): person_id, instrument, and wave, age_days, security, category with suffixes _1 and
    _2, plus interval_days = age_days_2 - age_days_1. In a merged panel, persons are matched
    within a run."""
    cols = ["person_id", "instrument", "wave", "age_days", "security", "category"]
    require_columns(panel, cols, "stability between waves")
    keys = [*_run_key(panel), "person_id", "instrument"]
    data = panel[[*_run_key(panel), *cols]]
    pairs = data.merge(data, on=keys, suffixes=("_1", "_2"))
    pairs = pairs[pairs["wave_1"] < pairs["wave_2"]].reset_index(drop=True)
    pairs["interval_days"] = pairs["age_days_2"] - pairs["age_days_1"]
    return pairs


def stability_by_interval(panel: pd.DataFrame, bin_days: float = DAYS_PER_MONTH) -> pd.DataFrame:
    """Test-retest stability as a function of the interval between two assessments of a person
    with one instrument. Intervals are binned to multiples of `bin_days` (default: whole months).
    Per instrument and interval: n pairs, Pearson r of `security` (r_security), phi of secure vs
    insecure (phi) and Cohen's kappa of the four categories (kappa), each with a 95% interval,
    the raw agreement of the categories, and the range of ages at the first assessment."""
    pairs = wave_pairs(panel)
    pairs = pairs[pairs["category_1"].notna() & pairs["category_2"].notna()]
    pairs = pairs.assign(
        interval_bin=np.round(pairs["interval_days"] / bin_days) * bin_days)
    rows = []
    for (instrument, interval), group in pairs.groupby(["instrument", "interval_bin"],
                                                       observed=True, sort=True):
        row = dict(instrument=instrument, interval_days=float(interval),
                   interval_years=float(interval) / 365.25, n=len(group),
                   first_age_days_min=float(group["age_days_1"].min()),
                   first_age_days_max=float(group["age_days_1"].max()))
        row.update(_correlation_row(group["security_1"], group["security_2"], "r_security"))
        row.update(_correlation_row(_secure(group["category_1"]), _secure(group["category_2"]),
                                    "phi"))
        row.update(_kappa_row(group["category_1"], group["category_2"]))
        rows.append(row)
    return pd.DataFrame(rows)


# --- transmission -----------------------------------------------------------------------------

def transmission_pairs(panel: pd.DataFrame) -> pd.DataFrame:
    """Each child assessment joined to its primary caregiver's own assessments: the caregiver is
    the person whose person_id equals the child's primary_caregiver_id (0 means none and is left
    out). Of the caregiver's assessments the latest of each instrument is used. Columns of the
    child get the suffix _child, of the caregiver _parent. In a merged panel, caregivers are
    matched within a run."""
    cols = ["person_id", "instrument", "wave", "age_days", "security", "category"]
    require_columns(panel, [*cols, "primary_caregiver_id"], "parent-child transmission")
    run = _run_key(panel)
    children = panel.loc[panel["primary_caregiver_id"] != 0,
                         [*run, *cols, "primary_caregiver_id"]]
    parents = panel.loc[panel["person_id"].isin(children["primary_caregiver_id"].unique()),
                        [*run, *cols]]
    parents = (parents.sort_values("age_days", kind="stable")
               .groupby([*run, "person_id", "instrument"], observed=True).tail(1))
    parents = parents.rename(columns={c: f"{c}_parent" for c in cols})
    return children.merge(parents, left_on=[*run, "primary_caregiver_id"],
                          right_on=[*run, "person_id_parent"]).rename(
        columns={c: f"{c}_child" for c in cols})


def transmission(panel: pd.DataFrame) -> pd.DataFrame:
    """Parent-child correspondence, per child instrument and wave and parent instrument: n
    pairs, Pearson r of security (r_security), phi of secure vs insecure (phi) and Cohen's kappa
    of the four categories, each with a 95% interval, and the raw agreement. Empty when no child
    has a primary caregiver who was assessed (e.g. a single-generation run)."""
    pairs = transmission_pairs(panel)
    pairs = pairs[pairs["category_child"].notna() & pairs["category_parent"].notna()]
    rows = []
    keys = ["instrument_child", "wave_child", "instrument_parent"]
    for key, group in pairs.groupby(keys, observed=True, sort=True):
        row = dict(zip(keys, key), age_days_child=float(group["age_days_child"].median()),
                   n=len(group))
        row.update(_correlation_row(group["security_parent"], group["security_child"],
                                    "r_security"))
        row.update(_correlation_row(_secure(group["category_parent"]),
                                    _secure(group["category_child"]), "phi"))
        row.update(_kappa_row(group["category_parent"], group["category_child"]))
        rows.append(row)
    return pd.DataFrame(rows)


# --- interventions ----------------------------------------------------------------------------

def arms_present(panel: pd.DataFrame) -> list[str]:
    """The intervention arms that have at least one row, in code order."""
    if "arm" not in panel.columns:
        return []
    arm = panel["arm"]
    present = set(arm.dropna().astype(object))
    order = list(arm.cat.categories) if hasattr(arm, "cat") else sorted(present)
    return [a for a in order if a in present]


def control_arm(arms: Sequence[str]) -> str:
    """The comparison arm: one named "none" or "control" if there is one, else the first."""
    for name in ("none", "control"):
        if name in arms:
            return name
    return arms[0]


def intervention_effects(panel: pd.DataFrame, outcomes: Sequence[str] | None = None,
                         control: str | None = None) -> pd.DataFrame:
    """Cohen's d (with a 95% interval) of every arm against the control arm, per instrument,
    wave and outcome (positive d: the arm scores higher), where both arms have rows. Outcomes
    default to those of ARM_OUTCOMES the panel has; the control defaults to `control_arm`.
    Empty when fewer than two arms have rows."""
    arms = arms_present(panel)
    if len(arms) < 2:
        return pd.DataFrame()
    control = control or control_arm(arms)
    outcomes = [o for o in ARM_OUTCOMES if o in panel.columns] if outcomes is None else outcomes
    require_columns(panel, ["instrument", "wave", "age_days", "arm", *outcomes],
                    "intervention effects")
    rows = []
    for (instrument, wave), group in panel.groupby(["instrument", "wave"], observed=True,
                                                   sort=True):
        arm = group["arm"].astype(object)
        for treated in arms:
            if treated == control or not ((arm == treated).any() and (arm == control).any()):
                continue
            for outcome in outcomes:
                d = cohens_d(group.loc[arm == treated, outcome].dropna(),
                             group.loc[arm == control, outcome].dropna())
                rows.append(dict(instrument=instrument, wave=wave,
                                 age_days=float(group["age_days"].median()), arm=treated,
                                 control=control, outcome=outcome, **d))
    return pd.DataFrame(rows)


# --- outcomes by category ---------------------------------------------------------------------

def outcomes_by_category(panel: pd.DataFrame, outcomes: Sequence[str] | None = None,
                         column: str = "category") -> pd.DataFrame:
    """Mean, SD and 95% interval of the mean (t) of each outcome per instrument, wave and
    category; one row per (instrument, wave, category, outcome) with n. Outcomes default to
    those of CATEGORY_OUTCOMES the panel has."""
    outcomes = [o for o in CATEGORY_OUTCOMES if o in panel.columns] if outcomes is None \
        else outcomes
    require_columns(panel, ["instrument", "wave", "age_days", column, *outcomes],
                    "outcomes by category")
    rows = []
    data = panel[panel[column].notna()]
    for (instrument, wave, category), group in data.groupby(["instrument", "wave", column],
                                                            observed=True, sort=True):
        for outcome in outcomes:
            values = group[outcome].dropna().to_numpy(dtype=float)
            n = len(values)
            mean = float(values.mean()) if n else math.nan
            sd = float(values.std(ddof=1)) if n > 1 else math.nan
            half = float(sps.t.ppf(0.975, n - 1)) * sd / math.sqrt(n) if n > 1 else math.nan
            rows.append(dict(instrument=instrument, wave=wave,
                             age_days=float(group["age_days"].median()), category=category,
                             outcome=outcome, n=n, mean=mean, sd=sd, ci_low=mean - half,
                             ci_high=mean + half))
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out["category"] = pd.Categorical(out["category"].astype(object), categories=CATEGORIES)
    return out.sort_values(["instrument", "wave", "category"], kind="stable",
                           ignore_index=True)
