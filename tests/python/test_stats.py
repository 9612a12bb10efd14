"""Each statistic against values computed by hand on tiny hand-made files (comments give the
arithmetic)."""

import math

import pytest

from attachsim_analysis.calibration import calibration_table, high_risk_ratio, infant_rows
from attachsim_analysis.load import load_panel
from attachsim_analysis.stats import (Z95, category_distribution, cohen_kappa, cohens_d,
                                      intervention_effects, outcomes_by_category, proportion_ci,
                                      stability_by_interval, transmission, wave_pairs)
from h5files import write_output


@pytest.fixture
def two_waves(tmp_path):
    """Six children seen at 12 and 18 months (infant observation), and one adult interview of
    person 1 that must not be paired with the infant rows."""
    cat1 = ["B", "B", "B", "A", "C", "D"]
    cat2 = ["B", "B", "A", "A", "B", "D"]
    sec1 = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
    sec2 = [0.2, 0.1, 0.4, 0.3, 0.6, 0.5]
    return load_panel(write_output(tmp_path / "waves.h5", {
        "person_id": [1, 2, 3, 4, 5, 6] * 2 + [1],
        "wave": [0] * 6 + [1] * 6 + [2],
        "age_days": [365] * 6 + [548] * 6 + [7000],
        "instrument": ["infant_observation"] * 12 + ["adult_interview"],
        "category": cat1 + cat2 + ["D"],
        "security": sec1 + sec2 + [0.9],
        "stress_reactivity": [0.1, 0.3, 0.2, 0.4, 0.6, 0.5] + [0.0] * 6 + [0.0],
    }))


def test_category_distribution(two_waves):
    d = category_distribution(two_waves)
    first = d[(d["instrument"] == "infant_observation") & (d["wave"] == 0)].iloc[0]
    # wave 0: B B B A C D -> B 3/6, A, C, D 1/6 each
    assert first["n"] == 6 and first["n_B"] == 3
    assert first["p_B"] == pytest.approx(0.5)
    assert first["p_D"] == pytest.approx(1 / 6)
    # Wilson interval of 3/6: centre (p + z^2/2n) / (1 + z^2/n) = 0.5 (symmetric), half-width
    # z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n)
    z2 = Z95 ** 2
    half = Z95 * math.sqrt(0.25 / 6 + z2 / 144) / (1 + z2 / 6)
    assert (first["p_B_low"], first["p_B_high"]) == pytest.approx((0.5 - half, 0.5 + half))
    assert all(math.isnan(v) for v in proportion_ci(0, 0))  # no rows
    assert len(d) == 3  # two infant waves, one adult interview


def test_stability_by_interval(two_waves):
    assert len(wave_pairs(two_waves)) == 6  # the adult interview is not paired with infant rows
    s = stability_by_interval(two_waves)
    assert len(s) == 1
    row = s.iloc[0]
    # 548 - 365 = 183 days, binned to whole months: round(183 / 30.4375) = 6 months
    assert row["interval_days"] == pytest.approx(6 * 365.25 / 12)
    assert row["n"] == 6
    # security x = .1 .2 .3 .4 .5 .6, y = .2 .1 .4 .3 .6 .5: Sxy = .145, Sxx = Syy = .175,
    # r = .145 / .175 = 29/35
    assert row["r_security"] == pytest.approx(29 / 35)
    lo, hi = math.tanh(math.atanh(29 / 35) - Z95 / math.sqrt(3)), \
        math.tanh(math.atanh(29 / 35) + Z95 / math.sqrt(3))
    assert (row["r_security_low"], row["r_security_high"]) == pytest.approx((lo, hi))
    # secure: 1 1 1 0 0 0 vs 1 1 0 0 1 0 -> a = 2, b = 1, c = 1, d = 2,
    # phi = (ad - bc) / sqrt((a+b)(c+d)(a+c)(b+d)) = 3 / 9
    assert row["phi"] == pytest.approx(1 / 3)
    # kappa: agreement 4/6; marginals B 3/3, A 1/2, C 1/0, D 1/1 -> pe = (9+2+0+1)/36 = 1/3;
    # kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5; SE = sqrt(po(1-po) / (n (1-pe)^2)) = sqrt(1/12)
    assert row["kappa"] == pytest.approx(0.5)
    assert row["agreement"] == pytest.approx(4 / 6)
    assert row["kappa"] - row["kappa_low"] == pytest.approx(Z95 * math.sqrt(1 / 12))
    assert row["kappa_high"] == 1.0  # 0.5 + 0.57, clipped to the largest possible kappa


def test_cohen_kappa_of_perfect_and_chance_agreement():
    assert cohen_kappa(list("BADC"), list("BADC"))["kappa"] == pytest.approx(1.0)
    # all ratings B: pe = 1, kappa undefined
    assert math.isnan(cohen_kappa(list("BB"), list("BB"))["kappa"])


def test_transmission_joins_children_to_their_primary_caregiver(tmp_path):
    # Caregivers 100-103 have adult interviews; 100 has two, and only the later one counts.
    # Child 5 has no caregiver (0), child 6 a caregiver without assessments: both left out.
    panel = load_panel(write_output(tmp_path / "families.h5", {
        "person_id": [100, 100, 101, 102, 103, 1, 2, 3, 4, 5, 6],
        "wave": [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        "age_days": [9000, 9500, 9500, 9500, 9500, 365, 365, 365, 365, 365, 365],
        "instrument": ["adult_interview"] * 5 + ["infant_observation"] * 6,
        "category": ["B", "A", "B", "B", "D", "A", "C", "B", "B", "B", "B"],
        "security": [0.9, 0.2, 0.4, 0.6, 0.8, 0.3, 0.3, 0.7, 0.9, 0.5, 0.5],
        "primary_caregiver_id": [0, 0, 0, 0, 0, 100, 101, 102, 103, 0, 999],
    }))
    t = transmission(panel)
    assert len(t) == 1
    row = t.iloc[0]
    assert (row["instrument_child"], row["instrument_parent"], row["n"]) == \
        ("infant_observation", "adult_interview", 4)
    # parent .2 .4 .6 .8 vs child .3 .3 .7 .9: Sxy = .22, Sxx = .2, Syy = .27
    assert row["r_security"] == pytest.approx(0.22 / math.sqrt(0.2 * 0.27))
    # secure: parent 0 1 1 0, child 0 0 1 1 -> phi = (1*1 - 1*1) / ... = 0
    assert row["phi"] == pytest.approx(0.0)
    # categories parent A B B D, child A C B B: po = 2/4; marginals A 1/1, B 2/2, C 0/1,
    # D 1/0 -> pe = 5/16; kappa = (1/2 - 5/16) / (11/16) = 3/11
    assert row["kappa"] == pytest.approx(3 / 11)


def test_intervention_effects_cohens_d(tmp_path):
    panel = load_panel(write_output(tmp_path / "arms.h5", {
        "person_id": [1, 2, 3, 4, 5, 6],
        "age_days": [365] * 6,
        "instrument": ["infant_observation"] * 6,
        "category": ["B"] * 6,
        "security": [0.2, 0.4, 0.6, 0.5, 0.7, 0.9],
        "arm": ["none"] * 3 + ["mentor"] * 3,
    }, arms="none,mentor"))
    e = intervention_effects(panel, outcomes=["security"])
    assert len(e) == 1
    row = e.iloc[0]
    assert (row["arm"], row["control"]) == ("mentor", "none")
    # means .7 and .4, both variances .04 -> pooled SD .2, d = .3 / .2 = 1.5;
    # SE = sqrt((3+3)/(3*3) + 1.5^2 / (2*6)) = sqrt(2/3 + 0.1875)
    se = math.sqrt(2 / 3 + 0.1875)
    assert row["d"] == pytest.approx(1.5)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((1.5 - Z95 * se, 1.5 + Z95 * se))
    assert math.isnan(cohens_d([1.0], [2.0, 3.0])["d"])  # n < 2


def test_no_intervention_effects_with_one_arm(two_waves):
    assert intervention_effects(two_waves).empty


def test_outcomes_by_category(two_waves):
    o = outcomes_by_category(two_waves, outcomes=["stress_reactivity"])
    wave0 = o[(o["wave"] == 0) & (o["instrument"] == "infant_observation")]
    b = wave0[wave0["category"] == "B"].iloc[0]
    # B at wave 0: persons 1-3 with .1 .3 .2 -> mean .2, SD .1
    assert (b["n"], b["mean"], b["sd"]) == pytest.approx((3, 0.2, 0.1))
    assert list(wave0["category"]) == ["B", "A", "C", "D"]


def test_calibration_table(tmp_path):
    base = {
        "person_id": [1, 2, 3, 4, 5, 6, 7, 8],
        # rows 7 (3 years) and 8 (an adult interview) are outside the targets' rows
        "age_days": [365, 365, 548, 548, 548, 365, 1095, 365],
        "instrument": ["infant_observation"] * 7 + ["adult_interview"],
        "caregiver_sensitivity": [0.9, 0.8, 0.7, 0.5, 0.6, 0.4, 0.1, 0.1],
    }
    low = load_panel(write_output(tmp_path / "low.h5",
                                  dict(base, category=list("BBBACDDD"))))
    assert len(infant_rows(low)) == 6
    table = calibration_table(low).set_index("target")
    # B 3/6 = .5 (band 55-70%: out), A 1/6 (10-22%: in), C 1/6 (5-14%: out), D 1/6 (in)
    assert table.loc["B (secure), share", "value"] == pytest.approx(0.5)
    assert table.loc["B (secure), share", "status"] == "out of band"
    assert table.loc["A (avoidant), share", "status"] == "in band"
    assert table.loc["C (resistant), share", "status"] == "out of band"
    assert table.loc["D (disorganized), share", "n"] == 6
    # r: sensitivity .9 .8 .7 .5 .6 .4 (mean .65), secure 1 1 1 0 0 0: Sxy = .45, Sxx = .175,
    # Syy = 1.5 -> r = .45 / sqrt(.2625)
    r = table.loc["r(primary caregiver sensitivity, secure)"]
    assert r["value"] == pytest.approx(0.45 / math.sqrt(0.2625))
    # high risk: D 3/6 against 1/6 -> ratio 3; log SE = sqrt(1/3 - 1/6 + 1/1 - 1/6) = 1
    high = load_panel(write_output(tmp_path / "high.h5",
                                   dict(base, category=list("BBADDDDD"))))
    ratio = high_risk_ratio(low, high)
    assert ratio["value"] == pytest.approx(3.0)
    assert (ratio["ci_low"], ratio["ci_high"]) == pytest.approx((3 * math.exp(-Z95),
                                                                3 * math.exp(Z95)))
    assert ratio["status"] == "in band"
