"""The clinic report's charts: the Trends timeline fitted to one page and the infusion-cycle
views, drawn offscreen at a fixed size and recorded as QPictures (vectors: the PDF replays them,
so they print sharp and their labels are text), for the app, the CLI and the benchmark."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

CHART_SIZES = {"timeline": (960, 1250), "cycle": (560, 360)}


def render_timeline_fit(
    services: Services, trend: Any, start: float, end: float, tis: Any = None
) -> Any:
    """The Trends timeline over ``start``..``end`` with every row fitted to one page, as a
    QPicture.
    ``tis`` is ``scores.report()`` when the caller has it already (it costs ~0.2 s)."""
    from dmtracker.ui.charts.export import render_picture
    from dmtracker.ui.charts.palette import LIGHT
    from dmtracker.ui.charts.timeline import TimelineChart

    width, height = CHART_SIZES["timeline"]
    chart = TimelineChart(interactive=False)
    chart.fixed_palette = LIGHT  # paper is white, whatever the app's theme
    tis = tis or services.scores.report()
    chart.set_data(
        trend,
        flares=services.series.flares(trend),
        tis=tis.series,
        tz=services.clock.tz,
        today=services.clock.today(),
    )
    chart.fit_to(width, height)
    chart.set_range(start, end)
    picture = render_picture(chart, width, height)
    chart.deleteLater()
    return picture


def render_report_charts(
    services: Services, period: Any, trend: Any = None, tis: Any = None
) -> dict[str, Any]:
    """The report's chart images for ``period`` (GUI thread: the charts are pyqtgraph widgets).
    ``trend`` is the whole history (``series.trend_data()``, also what ``report.gather`` takes);
    only the period and a margin of it is drawn. ``tis`` is ``scores.report()``, given when the
    caller also gives it to ``report.gather`` (so it is computed once per report).

    ``timeline``: the Trends chart over the period; ``cycle:<key>``: the infusion-cycle view of
    each main measure, folded over the courses that started in the period.
    """
    from dmtracker.services.report_data import cycle_measures, slice_trend
    from dmtracker.ui.charts.export import render_cycles

    trend = trend if trend is not None else services.series.trend_data()
    trend = services.report.chart_trend(period, trend)  # the period and a margin, not 10 years
    day_x = services.series.day_x
    start, end = day_x(period.start), day_x(period.end) + 86400.0
    images = {"timeline": render_timeline_fit(services, trend, start, end, tis)}
    part = slice_trend(trend, period.start, period.end, day_x)
    if part.courses:
        cycles = render_cycles(
            services, cycle_measures(part), *CHART_SIZES["cycle"], data=part, vector=True
        )
        images.update((f"cycle:{key}", image) for key, image in cycles.items())
    return images
