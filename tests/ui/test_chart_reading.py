"""Charts a clinician reads without help (issue 19): dates on the axis that never overlap, ranges
that end today, the wheel that scrolls the page, nothing drawn over the data, themes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from tests.conftest import TZ

PAGE_WIDTHS = (760, 1100, 1650)  # the Trends page at 1024, 1366 and 1920 pixel windows


@pytest.fixture
def page(qtbot, demo_services):
    from dmtracker.ui.trends.page import TrendsPage

    p = TrendsPage()
    qtbot.addWidget(p)
    p.resize(1100, 800)
    p.set_services(demo_services)
    p.show()
    qtbot.waitExposed(p)
    return p


def settle(qtbot: Any) -> None:
    qtbot.wait(30)


def every_view(page: Any, qtbot: Any) -> Iterator[tuple[int, int]]:
    """Show each preset range at each page width, settled; yields (width, preset index)."""
    for width in PAGE_WIDTHS:
        page.resize(width, 800)
        for i in range(len(page.range_group.buttons())):
            page.range_group.button(i).click()
            settle(qtbot)
            yield width, i


def tick_labels(axis: Any) -> list[tuple[QRectF, str]]:
    """The (rectangle, text) of every date label the axis draws, as it draws them."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in texts]


def assert_readable(labels: list[tuple[QRectF, str]]) -> None:
    assert len(labels) >= 2, labels
    rects = sorted((r for r, _t in labels), key=lambda r: r.left())
    for a, b in pairwise(rects):
        assert a.right() < b.left(), f"labels overlap: {labels}"
    for _r, text in labels:
        assert text and (not text.isdigit() or len(text) == 4), text  # "3 Nov", "Nov 2026", "2026"


def test_date_labels_at_every_preset_and_width(page, qtbot) -> None:
    chart = page.chart
    for _view in every_view(page, qtbot):
        bottom = chart.plots[-1].getAxis("bottom")
        top = chart.plots[0].getAxis("top")
        assert bottom.isVisible() and top.isVisible()
        assert_readable(tick_labels(bottom))
        assert_readable(tick_labels(top))
        # the bottom axis is inside the widget: not cut off below the last plot
        axis_bottom = chart.mapFromScene(bottom.sceneBoundingRect().bottomLeft()).y()
        assert axis_bottom <= chart.height()


def test_date_steps_follow_the_room(qtbot) -> None:
    import pyqtgraph as pg

    from dmtracker.ui.charts.date_axis import DayAxis

    axis = DayAxis("bottom", TZ)
    widget = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(widget)
    end = datetime(2026, 11, 26, tzinfo=TZ).timestamp()
    for days, width, unit in (
        (28, 1600, "day"),
        (28, 400, "day"),
        (365, 1200, "month"),
        (3650, 1200, "year"),
    ):
        widget.resize(width, 200)
        widget.setXRange(end - days * 86400, end, padding=0)
        widget.show()
        settle(qtbot)
        labels = tick_labels(axis)
        assert_readable(labels)
        assert axis.tick_step is not None and axis.tick_step.unit == unit, (days, width)
    # month names come from the locale
    from PySide6.QtCore import QLocale

    axis.date_locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    widget.setXRange(end - 365 * 86400, end + 1, padding=0)
    settle(qtbot)
    texts = [t for _r, t in tick_labels(axis)]
    assert any(t.startswith(("Dez", "Okt", "Mär", "Mai")) for t in texts), texts


def test_today_is_marked(page) -> None:
    chart = page.chart
    today_x = datetime(2026, 11, 25, tzinfo=TZ).timestamp()
    from dmtracker.ui.charts.timeline_items import DayMark

    for plot in chart.plots:  # a dashed line through every plot
        marks = [item for item in plot.items if isinstance(item, DayMark)]
        assert [m.value() for m in marks] == [today_x]
    names = [label.text for _sample, label in chart.plots[0].legend.items]
    assert "today (25 Nov)" in names  # said in the legend row, with its dashed line


def test_presets_end_today_and_the_date_boxes_follow(page, demo_services, qtbot) -> None:
    today = demo_services.clock.today()
    for i, days in enumerate((28, 84, 182, 365)):
        page.range_group.button(i).click()
        lo, hi = page.chart.x_range()
        assert (
            hi == datetime.combine(today + timedelta(days=1), datetime.min.time(), TZ).timestamp()
        )
        assert round((hi - lo) / 86400) == days
        assert page.custom_end.date().toPython() == today
        assert page.custom_start.date().toPython() == today - timedelta(days=days - 1)
    page.range_group.button(4).click()  # all: from the first day of data to today
    assert page.custom_start.date().toPython() == page.data.first_day
    assert page.custom_end.date().toPython() == max(page.data.last_day, today)
    # a zoom by keys moves the boxes too
    page.chart.setFocus()
    qtbot.keyClick(page.chart, Qt.Key.Key_Left)
    lo, _hi = page.chart.x_range()
    start = datetime.fromtimestamp(lo + 43200, TZ).date()
    qtbot.waitUntil(lambda: page.custom_start.date().toPython() == start, timeout=2000)
    assert "Ctrl+wheel zooms" in page.keys_hint.text()


def wheel(qtbot: Any, widget: Any, ctrl: bool = False) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(widget.width() / 2, widget.height() / 3)
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget.viewport(), event)
    settle(qtbot)


def test_wheel_scrolls_the_page_and_zooms_with_ctrl(page, qtbot) -> None:
    from PySide6.QtWidgets import QScrollArea

    page.resize(1100, 700)
    page.range_group.button(1).click()
    settle(qtbot)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the stacked plots are taller than the window
    page.export_button.setFocus()  # the chart has no focus
    before_range, before_scroll = page.chart.x_range(), bar.value()
    wheel(qtbot, page.chart)
    assert page.chart.x_range() == before_range
    assert bar.value() > before_scroll
    now_scroll = bar.value()
    wheel(qtbot, page.chart, ctrl=True)
    lo, hi = page.chart.x_range()
    assert hi - lo != pytest.approx(before_range[1] - before_range[0])
    assert bar.value() == now_scroll
    start = datetime.fromtimestamp(lo + 43200, TZ).date()
    qtbot.waitUntil(lambda: page.custom_start.date().toPython() == start, timeout=2000)


def data_rects(chart: Any) -> list[QRectF]:
    """The scene rectangle of every plot's data area (its view box)."""
    return [plot.vb.sceneBoundingRect() for plot in chart.plots if plot.isVisible()]


def test_nothing_on_top_of_the_data(page, qtbot) -> None:
    chart = page.chart
    for width, i in every_view(page, qtbot):
        legends = [p.legend for p in chart.plots if p.legend is not None and p.legend.items]
        assert len(legends) >= 4
        for legend in legends:
            box = legend.sceneBoundingRect().adjusted(1, 1, -1, -1)  # (sub-pixel edges)
            assert box.height() > 0
            for rect in data_rects(chart):
                assert not box.intersects(rect), (legend.items[0][1].text, width, i)
            # every entry shows: the legend is as wide as the plot at most
            assert box.width() <= chart.plots[0].vb.sceneBoundingRect().width() + 2
        # a red flag's words are never cut at the edge of its lane
        lane = chart.side_effect_plot.vb.sceneBoundingRect()
        lo, hi = chart.x_range()
        for text in chart.red_flag_texts:
            if lo < text.pos().x() < hi:
                assert lane.contains(text.sceneBoundingRect()), (width, i)


def test_side_effects_have_a_lane_and_a_grade_axis(page) -> None:
    chart = page.chart
    events = page.data.events
    item = chart.items["side_effects"]
    assert item.getViewBox() is chart.side_effect_plot.vb
    assert item.getViewBox() is not chart.treatment_plot.vb
    _x, y = item.getData()
    assert sorted(set(y.tolist())) <= [1.0, 2.0, 3.0, 4.0]
    assert list(y) == [min(4.0, max(1.0, g)) for g in events.grade]
    assert chart.side_effect_plot.getAxis("left").labelText == "grade"
    assert chart.red_flag_texts and all(t.toPlainText() == "RED FLAG" for t in chart.red_flag_texts)


def test_page_fits_1024_pixels_and_the_cycle_view_the_window(page, qtbot) -> None:
    from PySide6.QtWidgets import QScrollArea

    page.resize(760, 640)  # a 1024 × 700 window less the navigation
    settle(qtbot)
    chart = page.chart
    need = chart.ci.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
    assert need <= chart.viewport().width()
    scroll = page.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    page.resize(1100, 860)
    page.tabs.setCurrentIndex(1)
    settle(qtbot)
    assert 300 <= page.cycle_chart.height() <= 860
    assert scroll.widget().height() <= 860 + 120  # (the page itself scrolls a little at most)


@pytest.fixture
def restore_look(qapp):
    """The look applied by a test is the app's until the test ends: restore it."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def test_palette_and_text_size_follow_the_app(page, qtbot, restore_look) -> None:
    from dmtracker.ui.charts.palette import CONTRAST, DARK, LIGHT
    from dmtracker.ui.shell.style import apply_look

    chart = page.chart
    lines = {}
    for theme, expected in (("dark", DARK), ("contrast", CONTRAST), ("light", LIGHT)):
        apply_look(restore_look, 100, theme)
        qtbot.waitUntil(lambda expected=expected: chart.pal is expected, timeout=3000)
        assert chart.backgroundBrush().color().name() == expected.background
        assert page.cycle_chart.pal is expected
        axis = chart.plots[-1].getAxis("bottom")
        assert axis.textPen().color().name() == expected.ink
        lines[theme] = chart.items["patient_global"].opts["pen"]
        assert_readable(tick_labels(axis))
    assert lines["dark"].color() != lines["light"].color()
    assert lines["contrast"].widthF() > lines["light"].widthF()  # thicker in high contrast
    small = chart.small_pt
    apply_look(restore_look, 200, "light")
    qtbot.waitUntil(lambda: chart.small_pt >= 1.8 * small, timeout=3000)
    axis = chart.plots[-1].getAxis("bottom")
    assert axis.style["tickFont"].pointSizeF() >= 1.8 * small
    assert_readable(tick_labels(axis))
    legend = chart.plots[0].legend
    assert legend.items[0][1].opts["size"] == f"{chart.small_pt:g}pt"
    # the cycle view's axis titles grow too ("0–10", "days since the IVIG course started")
    cycle = page.cycle_chart.getPlotItem()
    qtbot.waitUntil(
        lambda: cycle.getAxis("bottom").labelStyle.get("font-size") == f"{chart.small_pt:g}pt",
        timeout=3000,
    )
    assert cycle.getAxis("left").labelStyle.get("font-size") == f"{chart.small_pt:g}pt"
    # rows grew with the text: titles and legends are not squeezed into the data
    settle(qtbot)
    for plot in chart.plots:
        title = plot.titleLabel.sceneBoundingRect()
        assert not title.adjusted(1, 1, -1, -1).intersects(plot.vb.sceneBoundingRect())


def test_meaning_is_never_colour_alone(page) -> None:
    chart = page.chart
    styles = {
        chart.items[k].opts["pen"].style() for k in ("patient_global", "fatigue", "pain", "itch")
    }
    assert len(styles) == 4
    symbols = {chart.items[f"lab:{k.key}"].opts["symbol"] for k in page.data.labs}
    assert len(symbols) == len(page.data.labs)
    # red flags: a separate ▲ mark and the words, not only a red symbol
    assert chart.red_flag_texts


def test_the_report_stays_light_in_a_dark_app(demo_services, qtbot, restore_look) -> None:
    from PySide6.QtGui import QImage, QPainter

    from dmtracker.ui.charts.export import render_cycle
    from dmtracker.ui.charts.report_charts import render_timeline_fit
    from dmtracker.ui.shell.style import apply_look

    apply_look(restore_look, 100, "dark")
    today = demo_services.clock.today()
    day_x = demo_services.series.day_x
    picture = render_timeline_fit(
        demo_services,
        demo_services.series.trend_data(),
        day_x(today - timedelta(days=90)),
        day_x(today) + 86400,
    )
    image = QImage(picture.boundingRect().size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.drawPicture(0, 0, picture)
    painter.end()
    assert image.pixelColor(5, 5).name() == "#ffffff"
    cycle = render_cycle(demo_services, "fatigue", 500, 300)
    assert cycle.pixelColor(5, 5).name() == "#ffffff"


def test_export_holds_every_plot_and_the_dates(page, demo_services, qtbot, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from dmtracker.ui.charts.export import render_image
    from dmtracker.ui.charts.timeline import TimelineChart

    page.range_group.button(2).click()  # 6 months
    needed = {}
    for width, height in ((1600, 1200), (900, 700)):
        chart = TimelineChart(interactive=False)  # (deleted later, as the export does)
        chart.set_data(page.data, tis=page.tis, tz=TZ, today=demo_services.clock.today())
        height = needed[width] = chart.fit_to(width, height)
        chart.set_range(*page.chart.x_range())
        render_image(chart, width, height)
        assert len(chart.plots) == len(page.chart.plots)
        for plot in chart.plots:  # none cut off below the image
            assert plot.sceneBoundingRect().bottom() <= height + 1, plot.titleLabel.text
        axis = chart.plots[-1].getAxis("bottom")
        assert axis.sceneBoundingRect().bottom() <= height + 1
        assert_readable(tick_labels(axis))
        chart.deleteLater()
    assert needed[1600] == 1200  # every plot fits 1600 × 1200 as asked
    assert needed[900] > 700  # twelve titled rows do not fit 700 pixels: the image grows
    page.export_to(str(tmp_path / "c.png"), 900, 700)
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() == 900 and image.height() >= 700
    assert image.text("Title").startswith("dmtracker timeline, ")  # dated
    page.export_to(str(tmp_path / "c.svg"), 900, 700)
    svg = (tmp_path / "c.svg").read_text()
    assert "<title>dmtracker timeline, " in svg
    # the last rows (other medicines' bars) are in the image: grey pixels near its bottom
    h = image.height()
    bottom = {image.pixelColor(x, y).name() for x in range(300, 880, 7) for y in range(h - 140, h)}
    assert "#999999" in bottom


@pytest.mark.parametrize("scale", [100, 200])
def test_controls_wrap_at_1024_pixels(page, qtbot, restore_look, scale) -> None:
    """At 1024 pixels and 200 % text the presets and the dates rows were wider than the page:
    they wrap now, so no tab scrolls sideways and every control is whole inside the view."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    from dmtracker.ui.kit.inputs import DateInput
    from dmtracker.ui.shell.style import apply_look

    apply_look(restore_look, scale, "light")
    scroll = page.findChild(QScrollArea)
    for width in (760, 1024):  # the page in a 1024-pixel window beside the navigation; alone
        page.resize(width, 700)
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            settle(qtbot)
            assert not scroll.horizontalScrollBar().isVisible(), (scale, width, tab)
            assert scroll.widget().width() <= scroll.viewport().width()
            view = QRect(QPoint(0, 0), scroll.viewport().size())
            controls = [*page.range_group.buttons(), page.custom_start, page.custom_end]
            controls += [page.custom_button, page.mean_box, page.log_box, page.export_button]
            for w in controls:
                assert isinstance(w, (QAbstractButton, DateInput))
                top_left = w.mapTo(scroll.viewport(), QPoint(0, 0))
                rect = QRect(top_left, w.size()).translated(0, scroll.verticalScrollBar().value())
                assert view.left() <= rect.left() and rect.right() <= view.right(), (w, rect)
        # the timeline is whole inside its view too (at 200 % a long legend entry and an axis
        # as wide as the longest medicine's name made it wider: cut off on the right)
        page.tabs.setCurrentIndex(0)
        settle(qtbot)

        def fits(chart: Any = page.chart) -> bool:
            need = chart.ci.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
            return need <= chart.viewport().width()

        qtbot.waitUntil(fits, timeout=3000)
        # the cycle view: whole inside the page's view once scrolled to, its title not cut
        page.tabs.setCurrentIndex(1)

        def cycle_fits(cycle: Any = page.cycle_chart) -> bool:
            title = cycle.getPlotItem().titleLabel.item.sceneBoundingRect()
            whole = title.left() >= 0 and title.right() <= cycle.viewport().width()
            return whole and cycle.height() <= scroll.viewport().height()

        qtbot.waitUntil(cycle_fits, timeout=3000)
    # the rows wrapped (at 200 % the five presets do not fit one line of a 760-pixel page)
    if scale == 200:
        page.resize(760, 700)
        settle(qtbot)
        tops = {b.y() for b in page.range_group.buttons()}
        assert len(tops) >= 2


def test_medicine_names_are_written_in_their_lanes(page, qtbot) -> None:
    """The medicines' names are in their lanes, at the left of what is shown, not on an axis as
    wide as the longest name beside every row (a strip of empty room left of every plot)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    chart = page.chart
    names = sorted({b.name for b in page.data.other_drugs})
    assert [t.toPlainText() for t, _spans in chart.drug_names] == names
    font = QFont()
    font.setPointSizeF(chart.small_pt)
    longest = max(QFontMetricsF(font).horizontalAdvance(n) for n in names)
    assert chart.left_width < longest + 40  # the axis holds numbers and a unit, not names
    plot = chart.plots[-1]
    assert all(not text for _v, text in plot.getAxis("left")._tickLevels[0])
    lo, hi = chart.x_range()
    chart.set_range(lo + (hi - lo) / 2, hi)  # a later half: the names follow the view's edge
    settle(qtbot)
    lo, _hi = chart.x_range()
    area = plot.vb.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    shown = [t for t, _spans in chart.drug_names if t.isVisible()]
    assert shown
    for text in shown:
        assert text.pos().x() >= lo
        assert area.contains(text.sceneBoundingRect()), text.toPlainText()


@pytest.mark.parametrize("explicit", [True, False])
def test_numbers_on_a_short_axis_never_overlap(qtbot, explicit) -> None:
    """A row squeezed onto the report's page drew "10 8 6 4 2 0" in 25 pixels, one number on
    the next: a number with no room is left out, the baseline's kept."""
    import pyqtgraph as pg

    from dmtracker.ui.charts.number_axis import NumberAxis

    widget = pg.PlotWidget(axisItems={"left": NumberAxis("left")})
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    axis = plot.getAxis("left")
    if explicit:
        axis.setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
    plot.setYRange(0, 10, padding=0)
    widget.resize(300, 300)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot)
    roomy = tick_labels(axis)
    widget.resize(300, 75)
    settle(qtbot)
    labels = tick_labels(axis)
    assert 2 <= len(labels) < len(roomy)
    rects = sorted((r for r, _t in labels), key=lambda r: r.top())
    for a, b in pairwise(rects):
        assert a.bottom() < b.top(), labels
    assert "0" in {t for _r, t in labels}


def test_a_recorded_chart_is_drawn_whole_the_first_time(qtbot, demo_services) -> None:
    """The report records each cycle view once: its value axis is widened for its numbers
    before that (pyqtgraph widens it only while painting: the numbers of the report's cycle
    views ran under the axis title)."""
    from PySide6.QtGui import QImage, QPainter

    from dmtracker.ui.charts.cycle import CycleChart
    from dmtracker.ui.charts.export import render_picture
    from dmtracker.ui.charts.measures import measure_label
    from dmtracker.ui.charts.palette import LIGHT

    data = demo_services.series.trend_data()
    chart = CycleChart(fixed_palette=LIGHT)  # drawn off screen, as the report's

    def drawn(key: str) -> QImage:
        label, unit = measure_label(data, key)
        chart.set_profile(demo_services.series.cycle_profile(data, key), label, unit)
        picture = render_picture(chart, 560, 360)
        image = QImage(560, 360, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        picture.play(painter)
        painter.end()
        return image

    try:
        drawn("patient_global")  # one-digit numbers first: the axis is narrow
        # then the self-test with the widest numbers (metres walked)
        wide = max(data.self_tests, key=lambda s: float(np.nanmax(s.y)) if s.y.size else 0.0)
        first = drawn(wide.key)
        again = drawn(wide.key)
    finally:
        chart.deleteLater()
    same = first == again  # (pytest would describe the images: a crash in Qt)
    assert same, "the first recording differs from the second"


def test_presets_by_their_alt_letters(page, qtbot) -> None:
    """Alt+W shows 4 weeks (it only moved the focus while "Show range" took W too)."""
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    for key, days in ((Qt.Key.Key_W, 28), (Qt.Key.Key_K, 84), (Qt.Key.Key_O, 182)):
        qtbot.keyClick(QApplication.focusWidget() or page, key, Qt.KeyboardModifier.AltModifier)

        def shown(days: int = days) -> bool:
            lo, hi = page.chart.x_range()
            return round((hi - lo) / 86400) == days

        qtbot.waitUntil(shown, timeout=2000)
