"""The clinic report: the data behind it (checked by hand on a small diary), the PDF read back
with poppler (sections, numbers, page x of y, footer, paper size, fonts), the command line,
and the Clinic report card on the Reports page."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from tests.conftest import add_course, add_infusion_day

from dmtracker.domain.errors import ValidationError
from dmtracker.services.report_data import Period, check_period, period_for

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PERIOD = Period(date(2026, 11, 12), date(2026, 11, 25), "Custom dates")


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(
        (k.strip(), v.strip()) for k, v in (line.split(":", 1) for line in out.stdout.splitlines())
    )


@pytest.fixture
def small(services):
    """Two weeks with a few entries whose figures are easy to check by hand."""
    s = services
    s.profile.save({"display_name": "Test Patient", "birth_year": 1970})
    for day, value in (("2026-11-20", 2), ("2026-11-22", 4), ("2026-11-24", 6)):
        s.checkins.save_day({"day": day, "patient_global": value})
    for day, value in (("2026-11-01", 6), ("2026-11-05", 8)):  # the previous 14 days
        s.checkins.save_day({"day": day, "patient_global": value})
    s.self_tests.add({"day": "2026-11-21", "kind": "chair_stand_30s", "value": 12})
    cid = add_course(s, "2026-11-16", 2, product="Octagam 10%")
    for n, day in ((1, "2026-11-16"), (2, "2026-11-17")):
        add_infusion_day(s, cid, day, n, product="Octagam 10%", lot_number="LOT-A1")
    s.side_effects.add(
        {"term": "headache", "onset_at": datetime(2026, 11, 18, 9, tzinfo=UTC), "grade": 2}
    )
    s.side_effects.add(
        {"term": "chest pain", "onset_at": datetime(2026, 11, 23, 9, tzinfo=UTC), "grade": 3}
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


# --- periods --------------------------------------------------------------------------------------
def test_presets_end_today_and_the_previous_period_has_the_same_length() -> None:
    today = date(2026, 11, 25)
    p = period_for("12w", today)
    assert (p.start, p.end, p.days) == (date(2026, 9, 3), today, 84)
    assert period_for("4w", today).days == 28
    assert period_for("6m", today).days == 182
    assert period_for("since_visit", today, date(2026, 10, 1)).start == date(2026, 10, 1)
    prev = p.previous()
    assert prev.end == date(2026, 9, 2) and prev.days == 84
    # custom dates carry no label: the report says "Period 2026-10-01 to …", not "Custom dates:"
    custom = period_for("custom", today, start=date(2026, 10, 1), end=today)
    assert (custom.start, custom.label) == (date(2026, 10, 1), "")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("custom", date(2026, 11, 25), None, date(2026, 11, 26), date(2026, 11, 20)), "from"),
        (("custom", date(2026, 11, 25), None, date(2026, 11, 1), date(2026, 11, 26)), "to"),
        (("custom", date(2026, 11, 25), None, None, date(2026, 11, 20)), "from"),
        (("since_visit", date(2026, 11, 25), None), "period"),
        (("5y", date(2026, 11, 25)), "period"),
    ],
)
def test_bad_periods_name_the_field(args, field) -> None:
    with pytest.raises(ValidationError) as err:
        period_for(*args)
    assert err.value.field == field


# --- the data -------------------------------------------------------------------------------------
def test_report_data_figures_checked_by_hand(small) -> None:
    d = small.report.gather(PERIOD, questions="  Is the rash worse?  ")
    assert d.patient == "Test Patient" and d.birth_year == 1970
    assert d.previous == Period(date(2026, 10, 29), date(2026, 11, 11), "previous period")
    # 3 check-in days + 1 self-test day, of 14
    assert (d.days_logged, d.checkin_days) == (4, 3)
    assert d.coverage_percent == pytest.approx(400 / 14)
    pg = next(m for m in d.measures if m.key == "patient_global")
    assert (pg.value, pg.n, pg.previous, pg.previous_n) == (4.0, 3, 7.0, 2)
    # 3 values < 4: an estimate, and (issue 16) never called better or worse
    assert pg.change == -3.0 and pg.direction == "no clear change" and pg.estimate
    chair = next(m for m in d.measures if m.key == "chair_stand_30s")
    assert (chair.value, chair.n, chair.previous) == (12.0, 1, None)
    assert len(d.courses) == 1 and [i.day.lot_number for i in d.infusions] == ["LOT-A1"] * 2
    reactions = d.reactions_for(d.courses[0].id)
    assert [r.effect.term for r in reactions] == ["headache"]  # chest pain is 6 days later
    assert [(f.kind, f.day) for f in d.flagged if f.kind != "possible flare"] == [
        ("red flag", date(2026, 11, 23))
    ]
    assert [lab.analyte for lab in d.labs] == ["CK"]
    assert d.questions == "Is the rash worse?"
    assert d.daily_log == []  # only with the appendix
    assert [r.day for r in small.report.gather(PERIOD, appendix=True).daily_log] == [
        date(2026, 11, 20),
        date(2026, 11, 21),
        date(2026, 11, 22),
        date(2026, 11, 24),
    ]


def test_check_period_refuses_the_future() -> None:
    with pytest.raises(ValidationError, match="future"):
        check_period(date(2026, 11, 1), date(2026, 12, 1), date(2026, 11, 25))


def test_chart_trend_is_the_period_and_a_margin_with_the_same_figures(demo_services) -> None:
    """The charts get only the period and a margin; what they show of the period is unchanged."""
    import numpy as np

    from dmtracker.services.report_data import CHART_MARGIN_DAYS, cycle_measures, slice_trend

    s = demo_services
    full = s.series.trend_data()
    period = s.report.period("12w")
    part = s.report.chart_trend(period, full)
    dx, margin = s.series.day_x, timedelta(days=CHART_MARGIN_DAYS)
    lo, hi = dx(period.start - margin), dx(period.end + margin) + 86400.0
    assert part.first_day == max(full.first_day, period.start - margin)
    assert len(part.days) == (min(full.last_day, period.end + margin) - part.first_day).days + 1
    assert len(part.days) < len(full.days) / 2
    assert all(sc.x.size == len(part.days) for sc in part.scales)
    assert part.scales[0].x[0] == dx(part.first_day)
    for series in (*part.self_tests, *part.labs, part.rash):
        assert np.all((series.x >= lo) & (series.x < hi)), series.key
    assert all(series.x.size for series in (*part.self_tests, *part.labs))  # no empty rows
    assert part.events.x.size == len(part.events.terms) == part.events.grade.size
    assert all(b.end > lo and b.start < hi for b in part.courses)
    assert len(part.courses) >= len(slice_trend(full, period.start, period.end, dx).courses)
    # the same flares, cycle profiles and 7-day means inside the period
    inside = [f for f in s.series.flares(full) if period.contains(f.day)]
    assert [f for f in s.series.flares(part) if period.contains(f.day)] == inside
    a = slice_trend(full, period.start, period.end, dx)
    b = slice_trend(part, period.start, period.end, dx)
    assert cycle_measures(a) == cycle_measures(b)
    for key in cycle_measures(a):
        pa, pb = s.series.cycle_profile(a, key), s.series.cycle_profile(b, key)
        assert np.array_equal(pa.median, pb.median, equal_nan=True), key
    # prednisone: the dose in effect at the edges is still drawn
    if full.prednisone.x.size:
        px = part.prednisone.x
        assert px.size == 0 or (px[0] <= lo or px[0] == full.prednisone.x[0])


# --- the PDF --------------------------------------------------------------------------------------
def _write(s, dest: Path, *, appendix: bool = False, paper: str = "A4", **kw):
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.ui.charts.report_charts import render_report_charts

    trend = s.series.trend_data()
    period = kw.pop("period", PERIOD)
    images = render_report_charts(s, period, trend)
    data = s.report.gather(
        period, questions="Can I lower the prednisone?", trend=trend, appendix=appendix
    )
    return write_clinic_report(data, images, dest, paper=paper, appendix=appendix, **kw)


def test_pdf_reads_back_sections_numbers_and_page_furniture(qapp, small, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = _write(small, out)
    assert out.stat().st_mode & 0o777 == 0o600
    text = pdftext(out)
    pages = text.split("\f")[:-1]
    assert len(pages) == result.pages == int(pdfinfo(out)["Pages"])
    for i, page in enumerate(pages, start=1):
        assert f"page {i} of {result.pages}" in page
        assert "Period 2026-11-12 to 2026-11-25" in page
        assert "generated by dmtracker 0.1.0 from patient-entered data" in page
    first = pages[0]
    for words in (
        "Clinic report: Test Patient",
        "2026-11-12 to 2026-11-25 (14 days)",
        "Days logged 4 of 14 (29 %)",
        "LOT-A1",
        "headache (grade 2)",
        "red flag: chest pain (grade 3)",
        "Can I lower the prednisone?",
        "≈ 4.0",
        "−3.0 no clear change",
    ):
        assert words in first, words
    for heading in ("Timeline", "Cycle profile", "Tables", "Infusion days (2)", "Lab results (1)"):
        assert heading in text
    assert re.search(r"450\s+U/L ▲ 2\.2 × ULN", text)
    assert "Appendix" not in text


def test_paper_sizes_and_embedded_fonts(qapp, small, tmp_path: Path) -> None:
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    _write(small, a4)
    _write(small, letter, paper="Letter")
    assert pdfinfo(a4)["Page size"].startswith("595")
    assert "(A4)" in pdfinfo(a4)["Page size"]
    assert pdfinfo(letter)["Page size"].startswith("612 x 792")
    fonts = subprocess.run(["pdffonts", str(a4)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows)  # every font embedded


def test_appendix_only_when_asked_and_a_cancel_writes_nothing(qapp, small, tmp_path: Path) -> None:
    from dmtracker.reports.clinic.report import ReportCancelled

    out = tmp_path / "a.pdf"
    result = _write(small, out, appendix=True)
    text = pdftext(out)
    assert "Appendix: daily log" in text and "2026-11-24" in text
    assert result.appendix_from is not None and result.appendix_from <= result.pages
    gone = tmp_path / "c.pdf"
    with pytest.raises(ReportCancelled):
        _write(small, gone, cancelled=lambda: True)
    assert not gone.exists() and not list(tmp_path.glob("*.part"))
    with pytest.raises(ValidationError) as err:
        _write(small, out)  # exists
    assert err.value.field == "out"


def _photo(path: Path, shade: int):  # type: ignore[no-untyped-def]
    """A small real photo (JPEG when Qt can write it): a skin-toned gradient with a red patch."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor(224, 180, 150))
    painter = QPainter(image)
    for x in range(0, 160, 8):
        painter.fillRect(x, 0, 8, 120, QColor(224 - x // 4, 180 - x // 5, 150 - x // 6))
    painter.fillRect(50, 35, 60, 40, QColor(shade, 60, 70))
    painter.end()
    for fmt in ("JPG", "PNG"):
        out = path.with_suffix("." + fmt.lower())
        if image.save(str(out), fmt):
            return out
    raise AssertionError("Qt wrote no image")


def test_photo_appendix_shows_the_first_and_last_photo_of_a_site(
    qapp, small, tmp_path: Path
) -> None:
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.ui.charts.report_charts import render_report_charts

    s = small
    for day, shade, caption in (("2026-11-13", 200, "before"), ("2026-11-24", 150, "after")):
        s.rash.add({"day": day, "site": "malar", "redness": 2})
        rash = s.rash.list(newest_first=True)[0]
        s.photos.attach(rash.id, _photo(tmp_path / f"cheek-{shade}", shade), caption)
    trend = s.series.trend_data()
    images = render_report_charts(s, PERIOD, trend)
    data = s.report.gather(PERIOD, trend=trend, appendix=True, photo_sites=("malar",))
    assert [len(site.photos) for site in data.photos] == [2]
    out = tmp_path / "photos.pdf"
    result = write_clinic_report(data, images, out, appendix=True)
    pages = pdftext(out).split("\f")
    photos_page = next(i for i, p in enumerate(pages) if "Appendix: rash photos" in p)
    assert photos_page + 1 <= result.pages
    page = pages[photos_page]
    assert "Cheeks (malar)" in page
    assert "2026-11-13: before" in page and "2026-11-24: after" in page
    listed = subprocess.run(
        ["pdfimages", "-list", "-f", str(photos_page + 1), "-l", str(photos_page + 1), str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    sizes = [(int(row.split()[3]), int(row.split()[4])) for row in listed]
    assert sizes.count((160, 120)) == 2, listed  # both photos, at their own resolution


def test_demo_twelve_weeks_is_two_to_four_pages_plus_appendix(
    qapp, demo_services, tmp_path: Path
) -> None:
    period = demo_services.report.period("12w")
    plain = _write(demo_services, tmp_path / "p.pdf", period=period)
    assert 2 <= plain.pages <= 4
    with_log = _write(demo_services, tmp_path / "x.pdf", period=period, appendix=True)
    assert with_log.main_pages == plain.pages and with_log.pages > plain.pages
    text = pdftext(tmp_path / "p.pdf")
    assert "Total Improvement Score" in text and "HAQ-DI" in text


def test_demo_page_one_says_what_matters_on_one_page(qapp, demo_services, tmp_path: Path) -> None:
    """Issue 16 item 6, read back with pdftotext: page 1 of the demo's 12-week report holds the
    TIS with its baseline visit and rule, the deterioration check with its rule, weight and
    dosing weight, enzymes × ULN, MMT-8 and physician global, the next course, the past clot
    with the blood thinner and the cap, and it stays one page (the Timeline starts page 2)."""
    s = demo_services
    period = s.report.period("12w")
    _write(s, tmp_path / "p.pdf", period=period)
    pages = pdftext(tmp_path / "p.pdf").split("\f")
    first, second = pages[0], pages[1]
    flat = " ".join(first.split())
    tis_report = s.scores.report()
    baseline = tis_report.baseline.visit_date.isoformat()
    assert f"baseline visit {baseline} (default: the last complete visit" in flat
    assert "No confirmed deterioration" in flat and "Rule (ProDERM, as the app applies it)" in flat
    assert re.search(r"CK \d+ U/L = \d+\.\d × ULN", flat)
    assert re.search(r"MMT-8 \d+ of 150 · physician global \d+(\.\d)? of 10 cm", flat)
    weight = s.weights.latest(period.end)
    assert f"Weight {format(weight.weight_kg.normalize(), 'f')} kg" in flat
    assert "dosed on the actual weight" in flat
    due = s.courses.next_due(s.clock.today()).due.isoformat()
    assert f"next course due {due}" in flat
    assert "swollen painful arm or leg (blood clot or stroke, red flag, serious, grade 3" in flat
    assert "Blood thinner now: Apixaban 5 mg 2× a day" in flat
    assert "history of thrombosis): infusion rate at most 0.03 mL/kg/min" in flat
    assert "Patient global (“how active my disease feels”) is the daily 0–10 rating" in flat
    # the n ≥ 4 rule is for means; a latest value (HAQ-DI) is compared with the one before
    assert "for a mean only with n ≥ 4 in both periods (a latest value is compared" in flat
    # grip strength with n = 1 is not "worse"
    grip = next(line for line in first.splitlines() if "Grip strength" in line)
    assert "no clear change" in grip and "worse" not in grip
    # one page: everything of page 1 is on it, and the Timeline starts page 2
    assert "My questions for this visit" in first and "Entered by the patient" in flat
    assert second.split("\n", 3)[3].lstrip().startswith("Timeline")


def test_deterioration_warning_and_rule_on_page_one() -> None:
    from dataclasses import replace

    from dmtracker.reports.clinic.glance import DETERIORATION_RULE, glance_html
    from dmtracker.services.report_glance import Glance

    base = Glance(
        tis_total=None,
        tis_category="",
        tis_partial=False,
        tis_visit=None,
        tis_baseline=date(2026, 1, 1),
        tis_baseline_reason="Chosen by you.",
        deterioration=True,
        deterioration_text="⚠ Warning – confirmed deterioration (ProDERM rule), checked by "
        "the app: at the visits of 2026-03-01 and 2026-04-01",
        weight_kg=None,
        weight_day=None,
        height_cm=None,
        bmi=None,
        last_course_start=None,
        last_course_g_per_kg=None,
        last_course_basis="",
        last_course_dose_weight=None,
        next_due=None,
        next_due_days=None,
        enzymes=(),
        visit_day=None,
        mmt8=None,
        mmt8_scale=None,
        physician_global=None,
        at_risk=False,
        risk_text="no thrombosis or kidney risk factor recorded",
        cap=Decimal("0.04"),
        events=(),
        events_total=0,
        anticoagulants=(),
    )
    html = glance_html(base)
    assert "⚠</span> Warning – confirmed deterioration" in html
    assert DETERIORATION_RULE.split(":")[0] in html
    calm = glance_html(replace(base, deterioration=False, deterioration_text="No confirmed x"))
    assert "No confirmed deterioration at any two consecutive visits" in calm
    assert "⚠" not in calm.split("Deterioration")[1].split("</tr>")[0]


def test_a_long_period_is_summarised_and_says_how(qapp, demo_services, tmp_path: Path) -> None:
    """A year: one row per course, side effects by kind, labs by year, the TIS one row per visit,
    every row of the last 91 days, and how many rows only the CSV export has."""
    s = demo_services
    today = s.clock.today()
    year = check_period(today - timedelta(days=364), today, today)
    data = s.report.gather(year, trend=s.series.trend_data())
    result = _write(s, tmp_path / "y.pdf", period=year)
    text = " ".join(pdftext(tmp_path / "y.pdf").split())
    since = (today - timedelta(days=90)).isoformat()
    recent = sum(1 for d in data.infusions if d.day.day.isoformat() >= since)
    assert (
        f"IVIG courses ({len(data.courses)} courses, {len(data.infusions)} infusion days)" in text
    )
    assert f"Infusion days since {since} ({recent})" in text
    assert f"{len(data.infusions) - recent} more rows in the CSV export (infusion_days.csv)" in text
    assert "side effects are counted by kind first" in text and "Listed one by one" in text
    assert "summarised by year" in text and f"Results since {since}" in text
    assert "one row per visit" in text
    assert text.count("A long period") >= 4
    assert result.pages <= 10
    # twelve weeks stay complete: every infusion day, side effect and lab listed
    weeks = _write(s, tmp_path / "w.pdf", period=s.report.period("12w"))
    short = " ".join(pdftext(tmp_path / "w.pdf").split())
    w = s.report.gather(s.report.period("12w"), trend=s.series.trend_data())
    assert f"Infusion days ({len(w.infusions)})" in short and "A long period" not in short
    assert "more rows in the CSV export" not in short
    for d in w.infusions:
        assert d.day.day.isoformat() in short
    assert weeks.pages <= 4


# --- command line ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> str:
    from dmtracker.app import main

    d = str(tmp_path_factory.mktemp("cli") / "data")
    assert main(["demo", "--data-dir", d, "--end", "2026-06-30"]) == 0
    return d


def test_cli_report(qapp, demo_dir: str, tmp_path: Path, capsys) -> None:
    from dmtracker.app import main

    out = tmp_path / "cli.pdf"
    args = ["report", "--data-dir", demo_dir, "--from", "2026-04-08", "--to", "2026-06-30"]
    assert main([*args, "--out", str(out), "--appendix"]) == 0
    assert "Wrote the clinic report" in capsys.readouterr().out
    text = pdftext(out)
    assert "Period 2026-04-08 to 2026-06-30" in text and "Appendix: daily log" in text


@pytest.mark.parametrize(
    ("dates", "field"),
    [
        (("2026-06-30", "2026-04-08"), "from:"),
        (("2026-04-08", "2099-01-01"), "to:"),
    ],
)
def test_cli_bad_period_names_the_field_and_writes_nothing(
    demo_dir: str, tmp_path: Path, capsys, dates, field
) -> None:
    from dmtracker.app import main

    out = tmp_path / "bad.pdf"
    rc = main(
        ["report", "--data-dir", demo_dir, "--from", dates[0], "--to", dates[1], "--out", str(out)]
    )
    assert rc == 1 and not out.exists()
    assert field in capsys.readouterr().err


def test_cli_bad_date_and_existing_file(demo_dir: str, tmp_path: Path, capsys) -> None:
    from dmtracker.app import main

    with pytest.raises(SystemExit) as exit_:
        main(["report", "--data-dir", demo_dir, "--from", "2026-13-01", "--to", "2026-06-30"])
    assert exit_.value.code == 2 and "--from" in capsys.readouterr().err
    out = tmp_path / "there.pdf"
    out.write_bytes(b"mine")
    args = ["report", "--data-dir", demo_dir, "--from", "2026-06-01", "--to", "2026-06-30"]
    rc = main([*args, "--out", str(out)])
    assert rc == 1 and out.read_bytes() == b"mine"
    assert "out:" in capsys.readouterr().err


# --- the Reports page card ------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, small, monkeypatch):
    from dmtracker.reports.clinic import report as clinic_report
    from dmtracker.ui.reports.page import ReportsPage

    p = ReportsPage()
    qtbot.addWidget(p)
    # the page takes the report builder itself (ui may use the reports layer: issue 17)
    assert p.report_card.isVisibleTo(p) and p.report_builder is clinic_report
    p.set_services(small)
    p.opened, p.shown, p.save = [], [], []
    monkeypatch.setattr(p, "_ask_save_path", lambda *a: p.save.pop(0))
    monkeypatch.setattr(p, "_open_file", lambda path: p.opened.append(path))
    monkeypatch.setattr(p, "_warn", lambda t, x: p.shown.append((t, x)))
    p.show()
    qtbot.waitExposed(p)
    return p


def test_card_builds_the_report_in_a_worker_and_opens_it(page, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate, Qt

    assert page.report_card.isVisible()
    page.report_preset.setCurrentIndex(page.report_preset.findData("custom"))
    assert page.report_from.isEnabled()
    page.report_from.setDate(QDate(2026, 11, 12))
    page.report_to.setDate(QDate(2026, 11, 25))
    page.report_paper.setCurrentText("Letter")
    qtbot.keyClicks(page.report_questions, "Why is my CK high?")
    page.report_appendix.setChecked(True)
    page.save.append(str(tmp_path / "visit"))  # no suffix: .pdf is added
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.report_progress is not None and page.report_progress.isVisible()
    qtbot.waitUntil(lambda: bool(page.opened), timeout=60000)
    out = tmp_path / "visit.pdf"
    assert page.opened == [out] and page.report_worker is None
    text = pdftext(out)
    assert "Why is my CK high?" in text and "Appendix: daily log" in text
    assert pdfinfo(out)["Page size"].startswith("612 x 792")


def test_card_refuses_a_bad_period_and_the_worker_can_be_cancelled(
    page, qtbot, small, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    page.report_preset.setCurrentIndex(page.report_preset.findData("custom"))
    page.report_from.setDate(QDate(2026, 11, 20))
    page.report_to.setDate(QDate(2026, 11, 1))
    page.create_report()
    assert page.shown and page.shown[0][1].startswith("from:")
    assert page.report_worker is None and not page.opened

    page.report_from.setDate(QDate(2026, 11, 1))
    page.report_to.setDate(QDate(2026, 11, 20))
    page.save.append(str(tmp_path / "never.pdf"))
    page.create_report()
    progress = page.report_progress
    with qtbot.waitSignal(progress.cancel_requested, timeout=30000):
        progress.cancel_button.click()
    assert page.tasks.wait(60000)
    assert not (tmp_path / "never.pdf").exists()
    assert page.report_worker is None and not page.opened
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".dmtracker-")] == []


@pytest.mark.parametrize(
    ("unit", "value", "n", "previous", "pn", "hib", "how", "expected"),
    [
        ("kg", 19.8, 1, 20.0, 1, True, "mean", "no clear change"),  # issue 16: grip, n = 1
        ("kg", 17.0, 5, 20.0, 5, True, "mean", "worse"),  # −15 % with n ≥ 4
        ("kg", 19.0, 5, 20.0, 5, True, "mean", "no clear change"),  # −5 % < 10 %
        ("0–10", 4.0, 4, 5.0, 4, False, "mean", "better"),  # 1 point
        ("0–10", 4.1, 4, 5.0, 4, False, "mean", "no clear change"),  # 0.9 point
        ("0–10", 2.0, 3, 7.0, 9, False, "mean", "no clear change"),  # n = 3
        ("0–3", 1.0, 1, 1.25, 1, False, "latest", "better"),  # HAQ-DI 0.25
        ("0–3", 1.0, 1, 1.125, 1, False, "latest", "no clear change"),
    ],
)
def test_better_or_worse_needs_the_threshold_and_n(
    unit: str, value: float, n: int, previous: float, pn: int, hib: bool, how: str, expected: str
) -> None:
    from dmtracker.services.report_data import Measure

    m = Measure("k", "label", unit, how, value, n, previous, pn, hib)
    assert m.direction == expected


def test_dosing_weight_choice_is_printed(qapp, small, tmp_path: Path) -> None:
    """Issue 16 item 3: the weight the dose used is stored with the course and printed."""
    small.profile.save({"sex": "female", "height_cm": "160"})
    (course,) = small.courses.list()
    small.courses.update(course.id, {"weight_kg": "130", "dosing_weight_basis": "adjusted"})
    _write(small, tmp_path / "w.pdf")
    first = " ".join(pdftext(tmp_path / "w.pdf").split("\f")[0].split())
    assert "on the adjusted weight 83.4 kg" in first
    assert "dosed on the adjusted weight 83.4 kg" in first


def test_a_planned_course_prints_its_dose_and_dosing_weight(qapp, small, tmp_path: Path) -> None:
    """Issue 16 item 3: the next course already planned (after the report's end) shows the
    weight its dose was chosen on, not only its date."""
    small.profile.save({"sex": "female", "height_cm": "160"})
    add_course(small, "2026-12-14", 2, weight_kg="130", dosing_weight_basis="adjusted")
    _write(small, tmp_path / "n.pdf")
    first = " ".join(pdftext(tmp_path / "n.pdf").split("\f")[0].split())
    assert (
        "next course planned 2026-12-14 (in 19 days): 2 g/kg on the adjusted weight 83.4 kg "
        "= 166.8 g" in first
    )
    assert "next course due" not in first


def test_rate_steps_above_the_risk_cap_are_marked(qapp, small, tmp_path: Path) -> None:
    """Issue 16 item 1: the 0.03 mL/kg/min cap reaches the report when a risk factor is set."""
    day = small.infusions.list()[0]
    steps = [
        {"minute": 0, "rate_ml_per_kg_min": "0.01"},
        {"minute": 30, "rate_ml_per_kg_min": "0.04"},
    ]
    small.infusions.update(day.id, {"rate_steps": steps})
    _write(small, tmp_path / "a.pdf")
    assert "above the" not in pdftext(tmp_path / "a.pdf").replace("above the mean", "")
    small.profile.save({"risk_factors": ["diabetes"]})
    _write(small, tmp_path / "b.pdf")
    text = " ".join(pdftext(tmp_path / "b.pdf").split())
    # pdftotext interleaves the table's columns: the mark and its words are on the line
    assert "0.04 (168 mL/h) ▲" in text and "above the 0.03 cap" in text
    assert "At risk (kidney: diabetes): infusion rate at most 0.03 mL/kg/min" in text


def test_average_daily_steps_by_week_in_the_report(qapp, small, tmp_path: Path) -> None:
    """Issue 22: steps from a phone, averaged by week over the period's counted days."""
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text(
        "Date,Step count\n2026-11-16,4000\n2026-11-17,6000\n2026-11-23,3000\n2026-11-01,99\n",
        encoding="utf-8",
    )
    small.health.import_file(fit)
    _write(small, tmp_path / "s.pdf")
    first = " ".join(pdftext(tmp_path / "s.pdf").split("\f")[0].split())
    assert "Average steps a day, by week (from a phone or watch):" in first
    assert "week of 2026-11-16: 5000 (2 days) · week of 2026-11-23: 3000 (1 day)." in first
    assert "2026-10-26" not in first  # a week outside the period is left out
    calm = check_period(date(2026, 11, 2), date(2026, 11, 8), date(2026, 11, 25))
    _write(small, tmp_path / "none.pdf", period=calm)  # no steps in that week: no row
    assert "Average steps" not in pdftext(tmp_path / "none.pdf")


def test_page_one_gives_a_course_of_following_days_as_one_span() -> None:
    """Page 1's infusion dates: "28–30 Sept 2026" (the list of days took two lines a row)."""
    from dmtracker.reports.clinic.summaries import course_dates

    days = [date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30)]
    assert course_dates(days) == "28–30 Sept 2026"
    assert course_dates([date(2026, 9, 30), date(2026, 10, 1)]) == "30 Sept–1 Oct 2026"
    assert course_dates([date(2026, 9, 28), date(2026, 9, 30)]) == "28 Sept, 30 Sept 2026"
    assert course_dates([]) == ""
