"""Trend series, cycle folding and flares through the services; the Trends page with its
charts on the demo profile; chart export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from tests.conftest import TZ


def test_series_have_gaps_not_zeros_and_local_dates(services) -> None:
    services.checkins.save_day({"day": "2026-11-20", "pain": 4})
    services.checkins.save_day({"day": "2026-11-23", "pain": 0})
    data = services.series.trend_data()
    pain = data.scale("pain")
    assert data.days[0] == date(2026, 11, 20) and data.days[-1] == date(2026, 11, 25)
    assert pain.y[0] == 4 and np.isnan(pain.y[1]) and np.isnan(pain.y[2]) and pain.y[3] == 0
    # x is local midnight of each day (Europe/Berlin), not UTC midnight
    assert pain.x[0] == datetime(2026, 11, 20, tzinfo=TZ).timestamp()
    assert services.series.x_day(pain.x[3]) == date(2026, 11, 23)


def test_series_of_tests_rash_labs_and_treatments(services) -> None:
    s = services
    s.self_tests.add({"day": "2026-11-20", "kind": "chair_stand_30s", "value": 11})
    s.self_tests.add(
        {
            "day": "2026-11-22",
            "kind": "custom",
            "custom_name": "Stairs",
            "unit": "s",
            "value": "14.5",
        }
    )
    s.rash.add({"day": "2026-11-20", "site": "eyelids", "redness": 2, "scaling": 1})
    s.rash.add({"day": "2026-11-20", "site": "knuckles", "redness": 1, "open_sore": True})
    s.labs.add(
        {
            "collected_on": "2026-11-20",
            "analyte": "CK",
            "value": "600",
            "ref_low": "30",
            "ref_high": "200",
        }
    )
    s.medications.add({"name": "Prednisone"})
    s.regimens.add(
        {
            "medication_id": 1,
            "dose": "20",
            "unit": "mg",
            "schedule": "daily",
            "start_date": "2026-11-01",
            "end_date": "2026-11-14",
        }
    )
    s.regimens.add(
        {
            "medication_id": 1,
            "dose": "15",
            "unit": "mg",
            "schedule": "daily",
            "start_date": "2026-11-15",
        }
    )
    data = s.series.trend_data()
    assert [t.key for t in data.self_tests] == ["chair_stand_30s", "custom:Stairs"]
    assert data.self_tests[1].unit == "s" and data.self_tests[1].y.tolist() == [14.5]
    assert data.rash.y.tolist() == [3 + 1 + 2]
    assert data.labs[0].key == "CK" and data.labs[0].y.tolist() == [3.0]
    assert data.labs_raw["CK"][1].tolist() == [600.0]
    assert data.prednisone.y.tolist() == [20, 20, 15, 15]


def test_cycle_profile_through_the_service(demo_services) -> None:
    data = demo_services.series.trend_data()
    p = demo_services.series.cycle_profile(data, "patient_global")
    assert len(p.cycles) == len(data.courses)
    assert p.median.size == 28
    # the demo wears off in the last week of each cycle
    assert np.nanmean(p.median[22:]) > np.nanmean(p.median[5:15])
    chair = demo_services.series.cycle_profile(data, "chair_stand_30s")
    assert chair.counts.sum() > 0


def test_flares_are_listed_with_dates(demo_services) -> None:
    data = demo_services.series.trend_data()
    low = demo_services.series.flares(data, 1.5)
    high = demo_services.series.flares(data, 3.0)
    assert len(high) < len(low)
    assert all(f.rise >= 3.0 for f in high)
    assert all(isinstance(f.day, date) for f in low)


@pytest.fixture
def page(qtbot, demo_services):
    from dmtracker.ui.trends.page import TrendsPage

    p = TrendsPage()
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.set_services(demo_services)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_page_draws_the_demo(page, demo_services) -> None:
    chart = page.chart
    assert chart is not None and len(chart.plots) >= 8
    curve = chart.items["patient_global"]
    x, _y = curve.getData()
    assert x.size == len(page.data.days)
    assert page.flare_table.model().rowCount() == len(page.flares) > 0
    assert page.measure.count() == 4 + 1 + len(page.data.self_tests)


def test_presets_change_the_range(page, qtbot) -> None:
    chart = page.chart
    page.range_group.button(0).click()  # 4 weeks
    lo, hi = chart.x_range()
    assert 27 <= (hi - lo) / 86400 <= 30
    page.range_group.button(3).click()  # 1 year
    lo, hi = chart.x_range()
    assert 360 <= (hi - lo) / 86400 <= 370
    page.custom_start.setDate(page.custom_start.date().fromString("2026-03-01", "yyyy-MM-dd"))
    page.custom_end.setDate(page.custom_end.date().fromString("2026-03-31", "yyyy-MM-dd"))
    page.custom_button.click()
    lo, hi = chart.x_range()
    assert round((hi - lo) / 86400) == 31


def test_keyboard_pan_zoom_and_day_marker(page, qtbot) -> None:
    chart = page.chart
    page.range_group.button(1).click()  # 12 weeks
    lo, hi = chart.x_range()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    lo2, hi2 = chart.x_range()
    assert lo2 < lo and hi2 - lo2 == pytest.approx(hi - lo)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    lo3, hi3 = chart.x_range()
    assert hi3 - lo3 < hi2 - lo2
    qtbot.keyClick(chart, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "How active my disease feels" in page.readout.text()


def test_hidden_series_stay_hidden(page, demo_services, qtbot) -> None:
    page.chart.items["fatigue"].setVisible(False)
    assert "fatigue" in demo_services.settings.get("trends/hidden")
    page.refresh()
    assert not page.chart.items["fatigue"].isVisible()
    assert not page.chart.items["fatigue:daily"].isVisible()
    page.chart.items["fatigue"].setVisible(True)
    assert "fatigue" not in demo_services.settings.get("trends/hidden")
    # a plot hidden as a whole (an empty row, a redraw) is no choice of the user's
    plot = page.chart.items["pain"].parentItem()
    while plot is not None and plot not in page.chart.plots:
        plot = plot.parentItem()
    assert plot is not None
    plot.setVisible(False)
    assert "pain" not in (demo_services.settings.get("trends/hidden") or [])
    plot.setVisible(True)


def test_mean_toggle_and_log_scale(page) -> None:
    page.mean_box.setChecked(False)
    assert "fatigue:daily" not in page.chart.items
    page.mean_box.setChecked(True)
    assert "fatigue:daily" in page.chart.items
    page.log_box.setChecked(True)
    assert page.chart.lab_plot.ctrl.logYCheck.isChecked()


def test_threshold_is_a_setting(page, demo_services) -> None:
    before = page.flare_table.model().rowCount()
    page.threshold.setValue(4.0)
    assert page.flare_table.model().rowCount() < before
    assert demo_services.settings.get("trends/flare_threshold") == 4.0


def test_export_png_and_svg(page, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    page.export_to(str(tmp_path / "c.png"), 800, 600)
    image = QImage(str(tmp_path / "c.png"))
    # the width asked; the height too, or taller when every plot with its title and the
    # dates cannot fit it (twelve rows do not fit 600 pixels)
    assert image.width() == 800 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, 800, 23) for y in range(0, 600, 19)}
    assert len(colours) > 5  # drawn off screen with its updates off: still drawn, not blank
    page.export_to(str(tmp_path / "c.svg"), 900, 700)
    svg = (tmp_path / "c.svg").read_text()
    assert svg.startswith("<?xml") and "<svg" in svg and 'width="' in svg
    assert "patient-entered data" in svg


def test_render_for_the_report(demo_services, qtbot) -> None:
    from dmtracker.ui.charts.export import render_cycle, render_timeline

    image = render_timeline(demo_services, 1000, 1400)
    assert (image.width(), image.height()) == (1000, 1400)
    colours = {image.pixel(x, y) for x in range(0, 1000, 37) for y in range(0, 1400, 41)}
    assert len(colours) > 5  # something was drawn, not a blank page
    cycle = render_cycle(demo_services, "fatigue", 700, 400)
    assert (cycle.width(), cycle.height()) == (700, 400)


def test_page_fits_beside_the_navigation_and_dates_follow_presets(page, demo_services) -> None:
    # 1280-pixel window less the navigation: no tab or row may push the page sideways
    assert page.minimumSizeHint().width() <= 1000
    for i in range(page.tabs.count()):
        assert page.tabs.widget(i).minimumSizeHint().width() <= 1000, page.tabs.tabText(i)
    page.range_group.button(0).click()  # 4 weeks
    end = demo_services.clock.today()
    assert page.custom_end.date().toPython() == end
    assert (end - page.custom_start.date().toPython()).days in (27, 28)
    page.range_group.button(4).click()  # all
    assert page.custom_start.date().toPython() == page.data.first_day


def test_piecewise_dashed_line_looks_like_one_stroke(qtbot) -> None:
    """The timeline strokes long dashed lines in pieces (for speed); drawn side by side with
    pyqtgraph's own single stroke, the pixels must match: the dash pattern runs on across pieces."""
    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter

    from dmtracker.ui.charts.timeline_items import PiecewiseCurve

    rng = np.random.default_rng(7)
    x = np.arange(400, dtype=float)
    y = np.cumsum(rng.normal(size=400))
    y[150:153] = np.nan  # a gap: the pattern restarts there in both
    pen = pg.mkPen("#D55E00", width=2.5, style=Qt.PenStyle.DashLine)

    def draw(curve: pg.PlotCurveItem) -> np.ndarray:
        curve.setData(x, y, pen=pen, connect="finite")
        widget = pg.PlotWidget()
        qtbot.addWidget(widget)
        widget.resize(900, 300)
        widget.setBackground("w")
        widget.addItem(curve)
        widget.setRange(xRange=(0, 400), yRange=(np.nanmin(y), np.nanmax(y)), padding=0)
        widget.hideAxis("left")
        widget.hideAxis("bottom")
        image = QImage(900, 300, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        widget.render(painter)
        painter.end()
        return pg.imageToArray(image, copy=True).astype(int)

    assert PiecewiseCurve()._piecewise() is False  # no data yet: nothing to cut
    piecewise, plain = draw(PiecewiseCurve()), draw(pg.PlotCurveItem())
    inked = (plain < 200).any(axis=-1)
    assert inked.sum() > 2000  # the line was drawn at all
    differs = (np.abs(piecewise - plain) > 60).any(axis=-1)
    assert differs.sum() <= 0.03 * inked.sum(), differs.sum()


def test_date_boxes_take_typed_dates_exactly(page, qtbot) -> None:
    """The boxes are the app's DateInput: a typed date is taken whole (Enter shows it), one that
    is not a date is said under its box and the chart is left as it was; F4 opens the calendar."""
    from dmtracker.ui.kit.inputs import DateInput

    chart = page.chart
    assert isinstance(page.custom_start, DateInput) and isinstance(page.custom_end, DateInput)
    start, end = page.custom_start.edit, page.custom_end.edit
    for edit, text in ((start, "2026-02-01"), (end, "2026-02-28")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(end, Qt.Key.Key_Return)
    lo, hi = chart.x_range()
    assert datetime.fromtimestamp(lo, TZ).date() == date(2026, 2, 1)
    assert round((hi - lo) / 86400) == 28
    # a day that is not in the calendar: nothing moves, the box says why
    start.selectAll()
    qtbot.keyClicks(start, "2026-02-30")
    page.custom_button.click()
    assert chart.x_range() == (lo, hi)
    assert page.custom_start.message.isVisibleTo(page) and page.custom_start.problem()
    assert start.text() == "2026-02-30"  # kept as typed, not changed into another day
    qtbot.keyClick(start, Qt.Key.Key_F4)
    assert page.custom_start._popup is not None and page.custom_start._popup.isVisible()
    page.custom_start._popup.hide()


def test_steps_have_a_row_and_an_axis_of_their_own(qtbot, services, tmp_path: Path) -> None:
    """Issue 22: daily steps from a phone are drawn in their own row, in steps a day."""
    from dmtracker.ui.trends.page import TrendsPage

    services.checkins.save_day({"day": "2026-11-20", "pain": 3})
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text("Date,Step count\n2026-11-20,4321\n2026-11-21,987\n", encoding="utf-8")
    services.health.import_file(fit)
    p = TrendsPage()
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.set_services(services)
    p.show()
    qtbot.waitExposed(p)
    chart = p.chart
    _x, y = chart.items["steps"].getData()
    assert list(y) == [4321, 987]
    row = next(plot for plot in chart.plots if "Steps" in plot.titleLabel.text)
    assert row.getAxis("left").labelText == "steps a day"
    measures = [(p.measure.itemData(i), p.measure.itemText(i)) for i in range(p.measure.count())]
    assert measures[-1] == ("steps", "Steps")  # the cycle view can fold them too
