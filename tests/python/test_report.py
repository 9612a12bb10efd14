"""scripts/report end to end: on a real run (no arms, one generation: the report says so) and on
a hand-made file with every section (caregivers assessed, two arms)."""

import os
import subprocess

import matplotlib.image
import pytest

from h5files import write_output

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def report(output, outdir, *extra):
    result = subprocess.run([os.path.join(ROOT, "scripts", "report"), str(output), "-o",
                             str(outdir), *map(str, extra)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return (outdir / "report.md").read_text()


def assert_figures(outdir, names):
    for name in names:
        path = outdir / name
        assert path.stat().st_size > 0
        image = matplotlib.image.imread(path)
        assert image.ndim == 3 and image.shape[0] > 100 and image.shape[1] > 100


def test_report_of_a_real_run(real_run, tmp_path):
    outdir = tmp_path / "report"
    text = report(real_run, outdir)
    assert_figures(outdir, ["category_by_age.png", "score_trajectories.png",
                            "stability_by_interval.png", "network_growth.png"])
    assert not (outdir / "intervention_effects.png").exists()
    for heading in ("## Run", "## Calibration targets (early childhood)",
                    "## Category distribution by age", "## Score trajectories",
                    "## Test-retest stability by interval", "## Parent-child transmission",
                    "## Intervention effects", "## Outcomes by category", "## Network growth"):
        assert heading in text
    # tables: the calibration targets with the run's values, n and status
    assert "| target | band | published | this run [95% CI] | n |" in text
    assert "| B (secure), share | 55–70% | 62% |" in text
    assert "| r(primary caregiver sensitivity, secure) | 0.15–0.35 | 0.24 |" in text
    assert "band |" in text and ("in band" in text or "out of band" in text)
    assert "| infant_observation | 0 | 12 mo |" in text
    # what the file has nothing for, the report says
    assert "no transmission to show" in text
    assert "1 intervention arm(s) (`none`): no intervention effects to show" in text
    for image in ("category_by_age.png", "score_trajectories.png",
                  "stability_by_interval.png", "network_growth.png"):
        assert f"]({image})" in text


def test_report_compares_high_and_low_risk(real_run, attachsim_bin, tmp_path):
    from h5files import run_attachsim
    high = run_attachsim(attachsim_bin, tmp_path / "high.h5", "risk.high_risk_share=0.6")
    text = report(high, tmp_path / "report", "--compare", real_run)
    assert "| D high-risk / D low-risk | ≥ 2 |" in text
    bad = subprocess.run([os.path.join(ROOT, "scripts", "report"), real_run, "-o",
                          str(tmp_path / "same"), "--compare", real_run],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "must differ in risk.high_risk_share" in bad.stderr


@pytest.fixture
def full_file(tmp_path):
    """Caregivers 100-107 with adult interviews; their children 1-8 seen at 12 and 18 months,
    half in arm 'mentor'; a time series with two tie types."""
    children = list(range(1, 9))
    cats1, cats2 = list("BBBACDBA"), list("BBAACDBB")
    panel = {
        "person_id": [100 + c for c in children] + children * 2,
        "wave": [0] * 8 + [0] * 8 + [1] * 8,
        "age_days": [9000] * 8 + [365] * 8 + [548] * 8,
        "instrument": ["adult_interview"] * 8 + ["infant_observation"] * 16,
        "category": list("BBABCDBA") + cats1 + cats2,
        "security": [0.2, 0.6, 0.3, 0.7, 0.4, 0.1, 0.8, 0.3] + [0.1 * c for c in children]
        + [0.1 * c + 0.05 * (-1) ** c for c in children],
        "caregiver_sensitivity": [0.5] * 8 + [0.9, 0.8, 0.85, 0.6, 0.7, 0.5, 0.95, 0.6] * 2,
        "primary_caregiver_id": [0] * 8 + [100 + c for c in children] * 2,
        "arm": ["none"] * 8 + ["none", "mentor"] * 8,
    }
    series = {"time_days": [30, 60, 90], "ties_parent": [5, 10, 16], "ties_peer": [0, 2, 4],
              "ties_friend": [0, 0, 0]}
    return write_output(tmp_path / "full.h5", panel, series, arms="none,mentor")


def test_report_with_every_section(full_file, tmp_path):
    outdir = tmp_path / "full-report"
    text = report(full_file, outdir)
    assert_figures(outdir, ["category_by_age.png", "score_trajectories.png",
                            "stability_by_interval.png", "network_growth.png",
                            "intervention_effects.png"])
    assert "| infant_observation | 0 | 12 mo | adult_interview | 8 |" in text
    assert "| mentor | infant_observation | 0 | 12 mo | security | 4 | 4 |" in text
    assert "](intervention_effects.png)" in text
    assert "| adult_interview | 0 | 24.6 y | 8 |" in text  # its own distribution row


def test_report_without_infant_rows_at_12_to_18_months(tmp_path):
    path = write_output(tmp_path / "adults.h5", {
        "person_id": [1, 2, 3], "age_days": [9000] * 3, "instrument": ["adult_interview"] * 3,
        "category": list("BAD")}, {"time_days": [30], "ties_parent": [1]})
    text = report(path, tmp_path / "r")
    assert "no infant-observation rows aged 12-18 months" in text
    assert "No person was assessed twice" in text
