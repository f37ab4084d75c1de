"""The clinic report of a juvenile (JDM) profile, read back with pdftotext: the title with the
child's name and age and "JDM", the CMAS with its item table, the CHAQ with pain and well-being,
the parent global, the DAS and the juvenile TIS thresholds. An adult's report has none of it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dmtracker.domain import cmas
from dmtracker.services.report_data import Period

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PERIOD = Period(date(2026, 9, 1), date(2026, 11, 25), "Custom dates")


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _write(s, dest: Path):
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.ui.charts.report_charts import render_report_charts

    trend = s.series.trend_data()
    images = render_report_charts(s, PERIOD, trend)
    data = s.report.gather(PERIOD, trend=trend)
    write_clinic_report(data, images, dest)
    return data


@pytest.fixture
def child(services):
    s = services
    s.profile.save({"display_name": "Sam", "birth_year": 2017, "juvenile": True})
    items = {i.key: i.maximum for i in cmas.ITEMS}
    items["head_elevation"] = 2
    s.clinic.add(
        {
            "visit_date": "2026-10-01",
            "physician_global": "5",
            "parent_global": "6",
            "cmas_total": "30",
            "das_skin": "5",
            "das_muscle": "7",
        }
    )
    s.clinic.add(
        {
            "visit_date": "2026-11-20",
            "physician_global": "2",
            "parent_global": "2.5",
            "cmas_items": items,
            "das_skin": "2",
            "das_muscle": "1",
        }
    )
    s.questionnaires.add(
        {
            "kind": "chaq",
            "answered_on": "2026-11-18",
            "answered_by": "parent",
            "answers": {str(n): 1 for n in range(1, 31)},
            "pain_mm": 40,
            "well_being_mm": 25,
        }
    )
    return s


def test_the_childs_report_shows_the_jdm_measures(qapp, child, tmp_path: Path) -> None:
    out = tmp_path / "child.pdf"
    data = _write(child, out)
    assert data.juvenile and data.age == 9 and len(data.chaqs) == 1
    text = " ".join(pdftext(out).split())
    assert "Clinic report: Sam, 9 years — JDM" in text
    assert "Juvenile dermatomyositis (JDM) measures" in text
    assert "≥ 30 as minimal, ≥ 45 as moderate and ≥ 70 as major" in text
    assert "CMAS items of the visit of" in text
    assert "Head elevation" in text and "2 / 5" in text
    assert "CHAQ (Childhood Health Assessment Questionnaire)" in text
    assert "40 mm (1.20 of 3)" in text and "25 mm (0.75 of 3)" in text
    assert "A parent" in text and "1.000" in text
    assert "Parent global" in text and "DAS skin" in text and "DAS muscle" in text
    assert "CMAS 49 of 52 (higher is better)" in text


def test_an_adults_report_has_no_jdm_part(qapp, services, tmp_path: Path) -> None:
    services.profile.save({"display_name": "Alex", "birth_year": 1970})
    out = tmp_path / "adult.pdf"
    _write(services, out)
    text = " ".join(pdftext(out).split())
    assert "Clinic report: Alex" in text and "JDM" not in text
