"""The Trends charts in German and Spanish (issue 20): the date axis writes the language's month
names and date forms (Dez. 2026, 1. Dez.; dic 2026), the value axes its decimal sign (0,5), and
the timeline names today the language's way; the report's charts speak the report's language
while the window keeps its own."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest
from tests.conftest import TZ
from tests.ui.test_chart_reading import assert_readable, settle, tick_labels

from dmtracker import i18n

GERMAN_MONTHS = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.")
GERMAN_MONTHS += ("Nov.", "Dez.")


def axis_over(qtbot: Any, start: datetime, end: datetime, width: int) -> tuple[Any, list[str]]:
    """A date axis showing ``start``..``end`` at ``width`` pixels, and its tick labels."""
    import pyqtgraph as pg

    from dmtracker.ui.charts.date_axis import DayAxis

    axis = DayAxis("bottom", TZ)
    widget = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(widget)
    widget.resize(width, 200)
    widget.setXRange(start.timestamp(), end.timestamp(), padding=0)
    widget.show()
    settle(qtbot)
    labels = tick_labels(axis)
    assert_readable(labels)
    return axis, [text for _rect, text in labels]


def test_month_ticks_over_december_use_german_month_names(qtbot) -> None:
    i18n.use("de")
    axis, texts = axis_over(
        qtbot, datetime(2026, 10, 20, tzinfo=TZ), datetime(2027, 3, 10, tzinfo=TZ), 520
    )
    assert axis.tick_step is not None and axis.tick_step.unit == "month", texts
    assert "Dez. 2026" in texts and "Jan. 2027" in texts, texts
    assert all(text.split()[0] in GERMAN_MONTHS for text in texts), texts
    assert not any(text.startswith(("Dec", "Oct", "Mar")) for text in texts), texts


def test_day_ticks_in_december_are_written_the_german_way(qtbot) -> None:
    i18n.use("de")
    axis, texts = axis_over(
        qtbot, datetime(2026, 11, 28, tzinfo=TZ), datetime(2026, 12, 20, tzinfo=TZ), 1600
    )
    assert axis.tick_step is not None and axis.tick_step.unit == "day"
    december = [text for text in texts if text.endswith("Dez.")]
    assert december and all(text.split(".")[0].isdigit() for text in december), texts
    assert "1. Dez." in texts or "7. Dez." in texts, texts


def test_spanish_month_ticks(qtbot) -> None:
    i18n.use("es")
    _axis, texts = axis_over(
        qtbot, datetime(2026, 10, 20, tzinfo=TZ), datetime(2027, 3, 10, tzinfo=TZ), 520
    )
    assert "dic 2026" in texts and "ene 2027" in texts, texts


def test_english_keeps_its_month_names(qtbot) -> None:
    _axis, texts = axis_over(
        qtbot, datetime(2026, 10, 20, tzinfo=TZ), datetime(2027, 3, 10, tzinfo=TZ), 520
    )
    assert "Dec 2026" in texts and "Jan 2027" in texts, texts


@pytest.mark.parametrize(("code", "half"), [("de", "0,5"), ("es", "0,5"), ("en", "0.5")])
def test_value_axes_write_decimals_with_the_languages_sign(qtbot, code, half) -> None:
    import pyqtgraph as pg

    from dmtracker.ui.charts.number_axis import NumberAxis

    i18n.use(code)
    axis = NumberAxis("left")
    widget = pg.PlotWidget(axisItems={"left": axis})
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.setYRange(0, 2, padding=0)
    widget.show()
    settle(qtbot)
    texts = [text for _rect, text in tick_labels(axis)]
    assert half in texts, texts


def test_timeline_in_german_names_today_and_its_months_in_german(qtbot, demo_services) -> None:
    from dmtracker.ui.trends.page import TrendsPage

    i18n.use("de")
    page = TrendsPage()
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.set_services(demo_services)
    page.show()
    qtbot.waitExposed(page)
    chart = page.chart
    names = [label.text for _sample, label in chart.plots[0].legend.items]
    assert any("25. Nov." in name for name in names), names
    start = datetime(2025, 11, 20, tzinfo=TZ).timestamp()
    chart.set_range(start, datetime(2026, 1, 12, tzinfo=TZ).timestamp())  # over December
    settle(qtbot)
    texts = [text for _rect, text in tick_labels(chart.plots[-1].getAxis("bottom"))]
    assert any("Dez." in text for text in texts), texts
    assert not any("Dec" in text for text in texts), texts


def test_report_charts_speak_the_reports_language_and_only_while_drawing() -> None:
    """A report in German from an English window: each drawing step speaks German, the window
    English between the steps (the event loop runs there)."""
    from dmtracker.ui.charts.report_charts import _speaking_steps

    seen: list[str] = []

    def steps():
        for _ in range(3):
            seen.append(i18n.current().code)
            yield

    between = [i18n.current().code for _ in _speaking_steps(steps(), "de")]
    assert seen == ["de", "de", "de"] and set(between) == {"en"}
    assert i18n.current().code == "en"
    closed = _speaking_steps(steps(), "es")
    next(closed)
    closed.close()  # stopped early (Cancel): the window keeps its language
    assert i18n.current().code == "en" and seen[-1] == "es"


def picture_text(picture: Any, tmp_path: Any) -> str:
    """The text a recorded chart (QPicture) draws, read from it replayed as SVG."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    path = tmp_path / "chart.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(960, 1250))
    generator.setViewBox(QRect(0, 0, 960, 1250))
    painter = QPainter(generator)
    painter.drawPicture(0, 0, picture)
    painter.end()
    return " | ".join(re.findall(r">([^<>]+)</text>", path.read_text()))


def test_report_charts_in_german_from_an_english_window(qtbot, demo_services, tmp_path) -> None:
    from datetime import timedelta

    from dmtracker.services.report_data import Period
    from dmtracker.ui.charts.report_charts import render_report_charts

    end = demo_services.clock.today()
    period = Period(end - timedelta(days=83), end)  # September to November
    german = render_report_charts(demo_services, period, language="de")
    assert i18n.current().code == "en"  # the window still speaks English
    text = picture_text(german["timeline"], tmp_path)
    assert "12. Okt." in text and "Oct" not in text, text
    assert "today (25. Nov.)" in text or "heute (25. Nov.)" in text, text
    english = picture_text(render_report_charts(demo_services, period)["timeline"], tmp_path)
    assert "Oct" in english and "Okt." not in english
