"""Small formatting helpers for the Markdown report: tables, numbers with intervals, ages."""

from __future__ import annotations

import math
from typing import Sequence


def table(header: Sequence[str], rows: Sequence[Sequence[object]],
          align: Sequence[str] | None = None) -> str:
    """A GitHub-flavoured Markdown table; `align` holds "l" or "r" per column (default: the
    first column left, the others right)."""
    align = align or ["l"] + ["r"] * (len(header) - 1)
    rule = ["---" if a == "l" else "--:" for a in align]

    def line(cells: Sequence[object]) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(header), line(rule), *(line(r) for r in rows)]) + "\n"


def number(value: float, digits: int = 2) -> str:
    """A number with `digits` decimals, or an en dash for nan."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return f"{value:.{digits}f}"


def with_ci(value: float, low: float, high: float, digits: int = 2) -> str:
    """"0.63 [0.58, 0.68]", or the value alone when the interval is unknown."""
    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (low, high)):
        return number(value, digits)
    return f"{number(value, digits)} [{number(low, digits)}, {number(high, digits)}]"


def percent_ci(p: float, low: float, high: float) -> str:
    """A share as "63.3% [58.4, 67.9]"."""
    if not math.isfinite(p):
        return "–"
    return f"{100 * p:.1f}% [{100 * low:.1f}, {100 * high:.1f}]"


def age(days: float) -> str:
    """An age for people: months below two years ("18 mo"), else years ("3.0 y")."""
    if days < 2 * 365.25:
        return f"{days / (365.25 / 12):.0f} mo"
    return f"{days / 365.25:.1f} y"


def age_range(low: float, high: float) -> str:
    """"12 mo" when both ends give the same age, else "12 mo–3.0 y"."""
    return age(low) if age(low) == age(high) else f"{age(low)}–{age(high)}"
