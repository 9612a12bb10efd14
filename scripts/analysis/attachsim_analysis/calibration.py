"""The calibration targets of the early-childhood issue (DESIGN.md §6) beside a run's values.

Targets apply to infant observations at 12-18 months: panel rows with instrument
`infant_observation` whose age, rounded to whole months, is 12 to 18. Assessments are pooled
over waves, as in the C++ calibration test; the intervals treat them as independent (a child
seen at 12 and at 18 months counts twice, so the intervals are somewhat too narrow).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .load import require_columns
from .stats import DAYS_PER_MONTH, Z95, correlation_ci, pearson, proportion_ci

#: The window of the targets, in whole months of age (inclusive).
MONTHS = (12, 18)


@dataclass(frozen=True)
class Target:
    """One published benchmark: the band the model must land in and the published value."""
    name: str
    low: float
    high: float
    published: float
    source: str


VAN_IJZENDOORN_1999 = "van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999"
DE_WOLFF_1997 = "De Wolff & van IJzendoorn 1997"

#: Category shares of low-risk infants (meta-analytic values) and their bands.
SHARE_TARGETS = {
    "B": Target("B (secure), share", 0.55, 0.70, 0.62, VAN_IJZENDOORN_1999),
    "A": Target("A (avoidant), share", 0.10, 0.22, 0.15, VAN_IJZENDOORN_1999),
    "C": Target("C (resistant), share", 0.05, 0.14, 0.09, VAN_IJZENDOORN_1999),
    "D": Target("D (disorganized), share", 0.10, 0.20, 0.15, VAN_IJZENDOORN_1999),
}
SENSITIVITY_TARGET = Target("r(primary caregiver sensitivity, secure)", 0.15, 0.35, 0.24,
                            DE_WOLFF_1997)
HIGH_RISK_TARGET = Target("D high-risk / D low-risk", 2.0, math.inf, math.nan,
                          "DESIGN.md §6 (high-risk samples)")


def infant_rows(panel: pd.DataFrame) -> pd.DataFrame:
    """The panel rows the targets apply to: infant observations at 12-18 months (age rounded
    to whole months), with a category."""
    require_columns(panel, ["instrument", "age_days", "category"], "the calibration targets")
    months = np.round(panel["age_days"].to_numpy(dtype=float) / DAYS_PER_MONTH)
    keep = ((panel["instrument"].astype(object) == "infant_observation").to_numpy()
            & (months >= MONTHS[0]) & (months <= MONTHS[1]) & panel["category"].notna().to_numpy())
    return panel[keep]


def _row(target: Target, value: float, low: float, high: float, n: int) -> dict:
    if not np.isfinite(value):
        status = "n/a"
    else:
        status = "in band" if target.low <= value <= target.high else "out of band"
    return dict(target=target.name, band_low=target.low, band_high=target.high,
                published=target.published, value=value, ci_low=low, ci_high=high, n=n,
                status=status, source=target.source)


def d_share(panel: pd.DataFrame) -> tuple[int, int]:
    """(number of D, number of rows) among the infant observations at 12-18 months."""
    rows = infant_rows(panel)
    return int((rows["category"].astype(object) == "D").sum()), len(rows)


def high_risk_ratio(low_risk: pd.DataFrame, high_risk: pd.DataFrame) -> dict:
    """The ratio of the D shares of a high-risk and a low-risk panel at 12-18 months, with the
    95% interval of a ratio of proportions on the log scale (Katz et al. 1978)."""
    k_low, n_low = d_share(low_risk)
    k_high, n_high = d_share(high_risk)
    if not (k_low and k_high):
        return _row(HIGH_RISK_TARGET, math.nan, math.nan, math.nan, n_low + n_high)
    ratio = (k_high / n_high) / (k_low / n_low)
    se = math.sqrt(1 / k_high - 1 / n_high + 1 / k_low - 1 / n_low)
    return _row(HIGH_RISK_TARGET, ratio, ratio * math.exp(-Z95 * se), ratio * math.exp(Z95 * se),
                n_low + n_high)


def calibration_table(panel: pd.DataFrame,
                      risk_pair: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> pd.DataFrame:
    """One row per target: band, published value, the run's value with its 95% interval and n,
    and status ("in band", "out of band", or "n/a" where the panel has no rows for it).
    `risk_pair` = (low-risk panel, high-risk panel) adds the high-risk D ratio."""
    rows = infant_rows(panel)
    n = len(rows)
    category = rows["category"].astype(object)
    table = []
    for code, target in SHARE_TARGETS.items():
        k = int((category == code).sum())
        low, high = proportion_ci(k, n)
        table.append(_row(target, k / n if n else math.nan, low, high, n))
    require_columns(panel, ["caregiver_sensitivity"], "the sensitivity-security target")
    r = pearson(rows["caregiver_sensitivity"], (category == "B").to_numpy(dtype=float))
    table.append(_row(SENSITIVITY_TARGET, r, *correlation_ci(r, n), n))
    if risk_pair is not None:
        table.append(high_risk_ratio(*risk_pair))
    return pd.DataFrame(table)
