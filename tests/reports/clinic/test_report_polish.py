"""Clinic report polish (issue 19 item 8): no table row split across pages, no word broken
inside, change figures that agree with the values shown, every infusion in the period shaded.
Real PDFs read back with pdftotext -bbox."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from tests.conftest import add_course, add_infusion_day

PAGE = re.compile(r"<page ")
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, x, y, text) of every word, in reading order."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found, page = [], 0
    for line in out.splitlines():
        if PAGE.search(line):
            page += 1
        m = WORD.search(line)
        if m:
            found.append((page, float(m.group(1)), float(m.group(2)), m.group(5)))
    return found


def test_no_table_row_is_split_across_pages(qapp, tmp_path: Path) -> None:
    from dmtracker.reports.clinic.html_bits import STYLE, table
    from dmtracker.reports.clinic.pdf_layout import render_pdf

    lines = "<br/>".join(f"line{n}" for n in range(1, 6))
    rows = [[f"ROW{i:03d}", lines, f"END{i:03d}"] for i in range(60)]
    html = f"<html><head><style>{STYLE}</style></head><body><h1>Rows</h1>"
    html += table(["First", "Lines", "Last"], rows) + "</body></html>"
    layout = render_pdf(html, {}, paper="A4", title="t", header="head", footer="foot")
    pdf = tmp_path / "rows.pdf"
    pdf.write_bytes(layout.pdf)
    found = words(pdf)
    assert layout.pages >= 3
    for i in range(60):
        start = next(p for p, _x, _y, t in found if t == f"ROW{i:03d}")
        end = next(p for p, _x, _y, t in found if t == f"END{i:03d}")
        # all five lines of the row on the page its first cell is on
        row_pages = set()
        seen = False
        for p, _x, _y, t in found:
            if t == f"ROW{i:03d}":
                seen = True
            elif seen and t.startswith("line"):
                row_pages.add(p)
                if t == "line5":
                    break
        assert row_pages == {start} and end == start, (i, row_pages, start, end)
    # the header is repeated on every page the table runs on
    heads = {p for p, _x, _y, t in found if t == "First"}
    assert heads == set(range(1, layout.pages + 1))


def test_what_follows_moved_rows_is_printed_and_short_tables_repeat_their_header(
    qapp, tmp_path: Path
) -> None:
    """Rows moved to the next page left the headings and notes after their table unlaid (a
    10-year report lost "Side effects (103)" and "Lab results (655)"), and a short table (its
    header not repeated) went on over a page's end without its header."""
    from dmtracker.reports.clinic.html_bits import STYLE, table
    from dmtracker.reports.clinic.pdf_layout import render_pdf

    lines = "<br/>".join(f"line{n}" for n in range(1, 6))
    long_rows = [[f"ROW{i:03d}", lines, f"END{i:03d}"] for i in range(40)]
    html = f"<html><head><style>{STYLE}</style></head><body>"
    for n in range(3):
        html += f"<h2>HEADING{n}</h2><p>NOTE{n} after the table before.</p>"
        html += table(["First", "Lines", "Last"], long_rows)
        short_rows = [[f"S{n}R{i}", lines, f"T{n}R{i}"] for i in range(6)]
        html += f"<h2>SHORTHEAD{n}</h2>" + table(["Kind", "Lines", "End"], short_rows)
    html += "</body></html>"
    layout = render_pdf(html, {}, paper="A4", title="t", header="head", footer="foot")
    pdf = tmp_path / "after.pdf"
    pdf.write_bytes(layout.pdf)
    found = words(pdf)
    texts = {t for _p, _x, _y, t in found}
    for n in range(3):
        assert {f"HEADING{n}", f"NOTE{n}", f"SHORTHEAD{n}"} <= texts, n
    assert max(p for p, _x, _y, _t in found) == layout.pages
    ran_over = 0
    for n in range(3):
        rows = [(p, y) for p, _x, y, t in found if re.fullmatch(rf"[ST]{n}R\d", t)]
        assert len(rows) == 12
        pages = {p for p, _y in rows}
        ran_over += len(pages) > 1
        for page in pages:  # every page the short table is on shows its header above it
            first = min(y for p, y in rows if p == page)
            assert any(p == page and t == "Kind" and y < first for p, _x, y, t in found), n
    assert ran_over  # (the test shows the case: one of them runs over a page's end)


def test_change_shown_agrees_with_the_values_shown() -> None:
    from dmtracker.reports.clinic.report import agreeing_digits

    assert agreeing_digits(13.62, 13.71, 1) == 1  # 13.6, 13.7, −0.1: they agree
    assert agreeing_digits(13.64, 13.75, 1) == 2  # 13.6, 13.8 and −0.1 would not
    assert agreeing_digits(13.55, 13.74, 1) == 2  # 13.6 and 13.7 with −0.2 would read wrong
    for now, before in ((13.55, 13.74), (2.849, 2.951), (447.3, 450.66), (0.1, 0.2)):
        d = agreeing_digits(now, before, 1)
        shown = round(round(now, d) - round(before, d), d)
        assert shown == pytest.approx(round(now - before, d))


@pytest.fixture
def moved_course(services):
    """A course planned for 16–17 November given on 18 and 19, and one planned for 7–8 November
    given early, on 3 and 4 (it had no band at all: its planned start is after its last day)."""
    s = services
    for planned, given in (
        ("2026-11-16", ("2026-11-18", "2026-11-19")),
        ("2026-11-07", ("2026-11-03", "2026-11-04")),
    ):
        cid = add_course(s, planned, 2, product="Octagam 10%")
        for n, day in enumerate(given, start=1):
            add_infusion_day(s, cid, day, n, product="Octagam 10%")
    for d in range(1, 25):
        s.checkins.save_day({"day": f"2026-11-{d:02d}", "patient_global": 3})
    return s


def test_every_infusion_in_the_period_is_shaded(qapp, moved_course) -> None:
    from dmtracker.services.report_data import Period
    from dmtracker.ui.charts.export import render_image
    from dmtracker.ui.charts.palette import LIGHT, opaque
    from dmtracker.ui.charts.timeline import TimelineChart

    s = moved_course
    period = Period(date(2026, 11, 1), date(2026, 11, 24))
    trend = s.report.chart_trend(period)
    data = s.report.gather(period, trend=trend)
    given = sorted(d.day.day for d in data.infusions)
    assert [d.day for d in given] == [3, 4, 18, 19]
    chart = TimelineChart(interactive=False)
    chart.fixed_palette = LIGHT
    chart.set_data(trend, tz=s.clock.tz)
    chart.fit_to(900, 700)
    chart.set_range(s.series.day_x(period.start), s.series.day_x(period.end) + 86400)
    image = render_image(chart, 900, 700)
    shade = opaque(LIGHT.course, LIGHT.background).name()
    vb = chart.plots[0].vb

    def colour(day: date) -> str:
        point = vb.mapViewToScene(QPointF(s.series.day_x(day) + 43200, 0.5))
        return image.pixelColor(round(point.x()), round(point.y())).name()

    for infusion in data.infusions:
        assert colour(infusion.day.day) == shade, infusion.day.day
    for planned in (date(2026, 11, 16), date(2026, 11, 8)):
        assert colour(planned) != shade  # planned, not given: not shaded
    chart.deleteLater()


def test_no_word_is_broken_inside(qapp, demo_services, tmp_path: Path) -> None:
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.services.report_data import Period
    from dmtracker.ui.charts.report_charts import render_report_charts

    s = demo_services
    end = s.clock.today()
    period = Period(end - timedelta(days=83), end)
    trend = s.series.trend_data()
    images = render_report_charts(s, period, trend)
    data = s.report.gather(period, trend=trend, appendix=True)
    pdf = tmp_path / "r.pdf"
    write_clinic_report(data, images, pdf, appendix=True)
    found = words(pdf)
    texts = {t for _p, _x, _y, t in found}
    assert "Extramuscul" not in texts
    assert "Extramuscular" in texts or "Extra-" in texts
    for (p1, _x1, y1, a), (p2, _x2, y2, b) in pairwise(found):
        if (p1, y1) != (p2, y2) and a.isalpha() and b.isalpha() and b.islower():
            assert a + b not in texts or a.endswith("-"), f"{a}|{b} on page {p1}"


def test_charts_are_vectors_with_dates_as_text(qapp, demo_services, tmp_path: Path) -> None:
    from dmtracker.reports.clinic.report import write_clinic_report
    from dmtracker.services.report_data import Period
    from dmtracker.ui.charts.report_charts import render_report_charts

    s = demo_services
    end = s.clock.today()
    period = Period(end - timedelta(days=83), end)
    trend = s.series.trend_data()
    images = render_report_charts(s, period, trend)
    data = s.report.gather(period, trend=trend)
    pdf = tmp_path / "r.pdf"
    write_clinic_report(data, images, pdf)
    checked = subprocess.run(["pdftotext", str(pdf), "/dev/null"], capture_output=True, text=True)
    assert checked.stderr == ""  # no path or syntax a PDF reader complains of
    found = words(pdf)
    page = next(p for p, _x, _y, t in found if t == "Total" and p > 1)  # the timeline's page
    on_page = [(x, y, t) for p, x, y, t in found if p == page]
    texts = {t for _x, _y, t in on_page}
    assert {"How", "feel", "Muscle", "enzymes", "today"} <= texts  # titles and labels are text
    # the dates under the chart: day-month labels on one line, apart from each other
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    ticks = [(x, y, t) for x, y, t in on_page if t in months]
    bottom = max(y for _x, y, _t in ticks)
    row = sorted(x for x, y, _t in ticks if abs(y - bottom) < 2)
    assert len(row) >= 4
    assert all(b - a > 20 for a, b in pairwise(row))  # no two run together
    # the value axes' numbers are text too (a cached axis was a pixmap), and on the rows
    # squeezed onto the page no number runs into the one above it
    numbers = [b for b in boxes(pdf, page) if re.fullmatch(r"\d+(\.\d+)?", b[4]) and b[2] < 200]
    assert {"10", "0"} <= {b[4] for b in numbers}
    columns: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for b in numbers:
        columns.setdefault(round(b[2]), []).append(b)  # right-aligned: one column by its right
    for column in columns.values():
        column.sort(key=lambda b: b[1])
        for upper, lower in pairwise(column):
            assert lower[1] >= upper[3] - 0.5, (upper, lower)
    # the medicines' names are in their lanes, each apart from the next
    drugs = sorted({b.name for b in trend.other_drugs})
    assert len(drugs) >= 3
    lanes = sorted(
        (b for b in boxes(pdf, page) if b[4] in {d.split()[0] for d in drugs}), key=lambda b: b[1]
    )
    assert len(lanes) == len(drugs)
    for upper, lower in pairwise(lanes):
        assert lower[1] - upper[3] > (upper[3] - upper[1]) * 0.5, (upper, lower)
    # the cycle views too
    cycle_page = next(p for p, _x, _y, t in found if t == "IVIG" and p > page)
    assert any(t == "cycles" for p, _x, _y, t in found if p == cycle_page)


def boxes(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every word on ``page``."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5))
        for m in WORD.finditer(out)
    ]
