"""The clinic report's charts: the Trends timeline fitted to one page and the infusion-cycle
views, drawn offscreen at a fixed size and recorded as QPictures (vectors: the PDF replays them,
so they print sharp and their labels are text), for the app, the CLI and the benchmark.

Their texts, dates and numbers are in the report's language (``language``: a code such as "de",
or None for the language in use), which may differ from the window's: each step is drawn inside
``dmtracker.i18n.speaking`` and the window's language is back between the steps."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

CHART_SIZES = {"timeline": (960, 1250), "cycle": (560, 360)}
PLOTS_PER_STEP = 3  # a new plot costs ~12 ms (more under load)


def _speaking_steps(
    steps: Generator[None, None, None], language: str | None
) -> Generator[None, None, None]:
    """``steps``, each run in ``language`` (the GUI thread speaks its own between them)."""
    from dmtracker.i18n import speaking

    try:
        while True:
            with speaking(language):
                try:
                    next(steps)
                except StopIteration:
                    return
            yield
    finally:
        steps.close()  # closed early: the charts it holds are deleted


def _timeline_chart_steps(
    services: Services, trend: Any, start: float, end: float, tis: Any, out: list[Any]
) -> Iterator[None]:
    """The Trends timeline over ``start``..``end`` with every row fitted to one page, built
    and laid out but not yet drawn, put in ``out`` (the caller renders it and deletes it):
    the plots a few at a time, then the rows one at a time."""
    from dmtracker.ui.charts.palette import LIGHT
    from dmtracker.ui.charts.timeline import TimelineChart

    width, height = CHART_SIZES["timeline"]
    chart = TimelineChart(interactive=False)
    out.append(chart)
    chart.fixed_palette = LIGHT  # paper is white, whatever the app's theme
    tis = tis or services.scores.report()
    rows = chart.row_count(trend, tis.series)
    for made in range(PLOTS_PER_STEP, rows + PLOTS_PER_STEP, PLOTS_PER_STEP):
        chart.prepare(min(made, rows))  # empty plots: most of a row's cost
        yield
    yield from chart.set_data_steps(
        trend,
        flares=services.series.flares(trend),
        tis=tis.series,
        tz=services.clock.tz,
        today=services.clock.today(),
    )
    chart.fit_to(width, height)
    chart.set_range(start, end)


def _timeline_chart(
    services: Services, trend: Any, start: float, end: float, tis: Any = None
) -> Any:
    out: list[Any] = []
    for _ in _timeline_chart_steps(services, trend, start, end, tis, out):
        pass
    return out[0]


def _render_and_delete(chart: Any) -> Any:
    from dmtracker.ui.charts.export import render_picture

    try:
        return render_picture(chart, *CHART_SIZES["timeline"])
    finally:
        chart.deleteLater()


def render_timeline_fit(
    services: Services, trend: Any, start: float, end: float, tis: Any = None
) -> Any:
    """The Trends timeline over ``start``..``end`` with every row fitted to one page, as a
    QPicture.
    ``tis`` is ``scores.report()`` when the caller has it already (it costs ~0.2 s)."""
    return _render_and_delete(_timeline_chart(services, trend, start, end, tis))


def report_chart_steps(
    services: Services,
    period: Any,
    trend: Any = None,
    tis: Any = None,
    images: dict[str, Any] | None = None,
    language: str | None = None,
) -> Generator[None, None, None]:
    """The work of :func:`render_report_charts` in steps of under ~100 ms each (GUI thread):
    each ``next()`` does one step and puts what it drew into ``images``; the caller may run
    the event loop between steps (issue 17 item 8: no long stall of the GUI while a report is
    made). Closing the generator early deletes the chart it holds. The charts speak
    ``language`` (None: the language in use)."""
    return _speaking_steps(_chart_steps(services, period, trend, tis, images), language)


def _chart_steps(
    services: Services,
    period: Any,
    trend: Any = None,
    tis: Any = None,
    images: dict[str, Any] | None = None,
) -> Generator[None, None, None]:
    from dmtracker.services.report_data import cycle_measures, slice_trend
    from dmtracker.ui.charts.cycle import CycleChart
    from dmtracker.ui.charts.export import render_picture, settle
    from dmtracker.ui.charts.measures import measure_label
    from dmtracker.ui.charts.palette import LIGHT

    images = images if images is not None else {}
    trend = trend if trend is not None else services.series.trend_data()
    trend = services.report.chart_trend(period, trend)  # the period and a margin, not 10 years
    day_x = services.series.day_x
    start, end = day_x(period.start), day_x(period.end) + 86400.0
    made: list[Any] = []
    try:
        yield from _timeline_chart_steps(services, trend, start, end, tis, made)
        yield
        settle(made[0], *CHART_SIZES["timeline"])  # its layout, apart from its drawing
        yield
    except GeneratorExit:
        for chart in made:
            chart.deleteLater()
        raise
    images["timeline"] = _render_and_delete(made[0])
    part = slice_trend(trend, period.start, period.end, day_x)
    if not part.courses:
        return
    yield
    # one chart redrawn for each measure (a new plot widget costs more than a new profile)
    cycle = CycleChart(fixed_palette=LIGHT)
    try:
        yield
        for key in cycle_measures(part):
            label, unit = measure_label(part, key)
            cycle.set_profile(services.series.cycle_profile(part, key), label, unit)
            images[f"cycle:{key}"] = render_picture(cycle, *CHART_SIZES["cycle"])
            yield
    finally:
        cycle.deleteLater()


def render_report_charts(
    services: Services,
    period: Any,
    trend: Any = None,
    tis: Any = None,
    language: str | None = None,
) -> dict[str, Any]:
    """The report's chart images for ``period`` (GUI thread: the charts are pyqtgraph widgets).
    ``trend`` is the whole history (``series.trend_data()``, also what ``report.gather`` takes);
    only the period and a margin of it is drawn. ``tis`` is ``scores.report()``, given when the
    caller also gives it to ``report.gather`` (so it is computed once per report).

    ``timeline``: the Trends chart over the period; ``cycle:<key>``: the infusion-cycle view of
    each main measure, folded over the courses that started in the period. Their texts are in
    ``language`` (None: the language in use).
    """
    images: dict[str, Any] = {}
    for _ in report_chart_steps(services, period, trend, tis, images, language):
        pass
    return images
