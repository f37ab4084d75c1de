"""The clinic report in another language than the window (issue 20: a clinic abroad), read back
with poppler: dates and decimals as the report's language writes them, its headings in that
language, and the window's language untouched; the CSV export keeps its machine format in every
language while its README speaks the reader's.

The headings are checked only when the committed catalogue (``dmtracker_de.qm``) has them: the
``.qm`` files are built from the merged ``.ts`` files by the merge step (``tools/i18n.py
release``), after the translations of every part are in. The dates and numbers come from the
language's ``QLocale`` and are checked always."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from tests.conftest import add_course, add_infusion_day

from dmtracker import i18n
from dmtracker.services.report_data import Period

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PERIOD = Period(date(2026, 11, 12), date(2026, 11, 25), "Custom dates")


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def has(code: str, context: str, source: str) -> bool:
    """Whether the committed catalogue of ``code`` translates ``source`` (added at the merge)."""
    return i18n.language(code).translate(context, source) != source


@pytest.fixture
def small(services):
    s = services
    s.profile.save({"display_name": "Test Patient", "birth_year": 1970})
    for day, value in (("2026-11-20", 2), ("2026-11-22", 4), ("2026-11-24", 6)):
        s.checkins.save_day({"day": day, "patient_global": value})
    for day, value in (("2026-11-01", 6), ("2026-11-05", 8)):
        s.checkins.save_day({"day": day, "patient_global": value})
    cid = add_course(s, "2026-11-16", 2, product="Octagam 10%")
    for n, day in ((1, "2026-11-16"), (2, "2026-11-17")):
        add_infusion_day(s, cid, day, n, product="Octagam 10%", lot_number="LOT-A1")
    s.side_effects.add(
        {"term": "headache", "onset_at": datetime(2026, 11, 18, 9, tzinfo=UTC), "grade": 2}
    )
    s.labs.add(
        {
            "collected_on": "2026-11-19",
            "analyte": "CK",
            "value": "450",
            "ref_low": "30",
            "ref_high": "200",
        }
    )
    return s


def _write(s, dest: Path, appendix: bool = False):
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.ui.charts.report_charts import render_report_charts

    trend = s.series.trend_data()
    images = render_report_charts(s, PERIOD, trend)
    data = s.report.gather(PERIOD, questions="Kann ich Prednison senken?", trend=trend)
    return write_clinic_report(data, images, dest, appendix=appendix)


@pytest.mark.parametrize(
    ("code", "start", "end", "heading"),
    [
        ("de", "12.11.2026", "25.11.2026", "My questions for this visit"),
        ("es", "12/11/2026", "25/11/2026", "My questions for this visit"),
    ],
)
def test_report_in_another_language_writes_its_dates_and_decimals(
    qapp, small, tmp_path: Path, code: str, start: str, end: str, heading: str
) -> None:
    out = tmp_path / f"{code}.pdf"
    with i18n.speaking(code):
        result = _write(small, out, appendix=True)
    text = pdftext(out)
    pages = text.split("\f")[:-1]
    assert len(pages) == result.pages
    for page in pages:  # the footer of every page: the period in the language's dates
        assert start in page and end in page
    assert "2026-11-12" not in text and "2026-11-25" not in text  # no ISO date left
    assert "16.11.2026" in text if code == "de" else "16/11/2026" in text  # an infusion day
    # a decimal comma: the mean of 3 values (≈ 4,0) and the CK as times its upper limit
    assert "≈ 4,0" in text and "≈ 4.0" not in text
    assert re.search(r"450\s+U/L ▲ 2,2 × ULN", text)
    if has(code, "ClinicReport", heading):  # the merge step adds the .qm with the headings
        assert i18n.language(code).translate("ClinicReport", heading) in text
        assert heading not in text
    assert "Kann ich Prednison senken?" in text  # the patient's own words as written


def test_a_report_in_german_leaves_the_window_in_english(qapp, small, tmp_path: Path) -> None:
    assert i18n.current().code == "en"
    with i18n.speaking("de") as lang:
        assert lang.code == "de" and i18n.current().code == "de"
        _write(small, tmp_path / "de.pdf")
    assert i18n.current().code == "en"  # the window's language again
    # another thread never spoke German meanwhile: the language is per thread
    seen: list[str] = []
    with i18n.speaking("de"):
        worker = threading.Thread(target=lambda: seen.append(i18n.current().code))
        worker.start()
        worker.join()
    assert seen == ["en"]
    _write(small, tmp_path / "en.pdf")
    english = pdftext(tmp_path / "en.pdf")
    assert "Period 2026-11-12 to 2026-11-25" in english and "≈ 4.0" in english


def test_the_reports_page_writes_the_chosen_language_on_its_worker(
    qtbot, small, monkeypatch, tmp_path: Path
) -> None:
    """The card's Report language reaches the thread that writes the PDF (the page runs it in
    a worker): German dates in the file, the window still English."""
    from PySide6.QtCore import QDate

    from dmtracker.ui.reports.page import ReportsPage

    page = ReportsPage()
    qtbot.addWidget(page)
    page.set_services(small)
    opened: list[Path] = []
    monkeypatch.setattr(page, "_ask_save_path", lambda *a: str(tmp_path / "visit.pdf"))
    monkeypatch.setattr(page, "_open_file", opened.append)
    monkeypatch.setattr(page, "_warn", lambda *a: pytest.fail(f"warned: {a}"))
    names = [page.report_language.itemText(i) for i in range(page.report_language.count())]
    assert names[1:] == ["English", "Deutsch", "Español"]  # each in its own language
    assert page.report_language.currentData() is None  # the app's language by default
    page.report_preset.setCurrentIndex(page.report_preset.findData("custom"))
    page.report_from.setDate(QDate(2026, 11, 12))
    page.report_to.setDate(QDate(2026, 11, 25))
    page.report_language.setCurrentIndex(page.report_language.findData("de"))
    page.create_report()
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    text = pdftext(tmp_path / "visit.pdf")
    assert "12.11.2026" in text and "2026-11-12" not in text and "≈ 4,0" in text
    assert i18n.current().code == "en"
    assert page.report_button.text() == "Cr&eate the clinic report…"


def test_csv_cells_stay_machine_data_in_every_language_and_the_readme_says_so(small) -> None:
    from dmtracker.reports.exports.csv_export import csv_files

    small.checkins.save_day({"day": "2026-11-21", "patient_global": 3, "notes": "ok"})
    english, _counts = csv_files(small)
    with i18n.speaking("de"):
        german, _counts = csv_files(small)
    for name in english:
        if name != "README.txt":
            assert german[name] == english[name], name  # every cell and column as in English
    rows = list(csv.DictReader(io.StringIO(german["checkins.csv"].lstrip("\ufeff"))))
    assert "2026-11-21" in [r["day"] for r in rows]
    readme = english["README.txt"]
    assert "ISO dates (YYYY-MM-DD), a decimal point" in readme
    assert "Europe/Berlin" in german["README.txt"]
    source = "- Deleted records are not included. The complete backup is the JSON export."
    if has("de", "CsvReadme", source):  # the merge step adds the .qm
        assert source not in german["README.txt"]


@pytest.mark.parametrize(
    ("code", "paper"), [("en", "Letter"), ("de", "A4"), ("de", "Letter"), ("es", "Letter")]
)
def test_demo_page_one_stays_one_page_in_each_language_and_paper(
    qapp, demo_services, tmp_path: Path, code: str, paper: str
) -> None:
    """Issue 16 item 6: page 1 of the demo's 12-week report is one page in German and Spanish
    and on Letter paper too (it ran over onto a page 2 holding a few lines); its text is set
    smaller only when it must, and the Timeline starts page 2."""
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.ui.charts.report_charts import render_report_charts

    s = demo_services
    period = s.report.period("12w")
    trend = s.series.trend_data()
    images = render_report_charts(s, period, trend)
    with i18n.speaking(code) as lang:
        data = s.report.gather(period, questions="", trend=trend)
        write_clinic_report(data, images, tmp_path / "p.pdf", paper=paper)
        timeline = lang.translate("ClinicReport", "Timeline") if code != "en" else "Timeline"
    second = pdftext(tmp_path / "p.pdf").split("\f")[1]
    lines = [line.strip() for line in second.splitlines() if line.strip()]
    assert lines[1].startswith(timeline), lines[:3]
