"""How the clinic report's tables shrink for long periods.

A report of up to :data:`FULL_DAYS` days lists every row. A longer one (a year, ten years)
lists every row of its last :data:`RECENT_DAYS` days and summarises the rest: one row per IVIG
course, side effects by kind (every serious one, red flag and grade 3–4 still one by one), labs
by year, the TIS one row per visit. Each summarised table says so on the page, with how many
rows the CSV export has that the page does not.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from dmtracker.domain import side_effects as se
from dmtracker.domain import vocab
from dmtracker.i18n import current, formats, translate
from dmtracker.reports.clinic.html_bits import esc, lower_first, num, term
from dmtracker.services.report_data import ReportData, SideEffectLine

FULL_DAYS = 183  # about 6 months: every row listed
RECENT_DAYS = 91  # longer periods: every row of the last 3 months, the rest summarised


def recent_start(data: ReportData) -> date | None:
    """The first day whose rows are all listed; ``None`` when the whole period is."""
    if data.period.days <= FULL_DAYS:
        return None
    return data.period.end - timedelta(days=RECENT_DAYS - 1)


def how_note(text: str) -> str:
    return f'<p class="small"><i>{text}</i></p>'


def more_note(n: int, csv: str) -> str:
    if n <= 0:
        return ""
    text = translate("ReportTables", "%n more row(s) in the CSV export ({csv}).", None, n)
    return f'<p class="small muted">{text.format(csv=csv)}</p>'


def _short(value: float) -> str:
    """3 significant digits, whole numbers from 1000 (1391, 110, 23.5, 4.2, 0.48)."""
    text = f"{value:.0f}" if abs(value) >= 1000 else f"{value:.3g}"
    return text.replace("-", "−").replace(".", formats.decimal_sign())


def _day_number(value: date) -> str:
    """The day of the month alone, as the date starts ("16" / German "16.")."""
    return f"{value.day}." if current().code in ("de", "xx") else str(value.day)


def date_span(first: date, last: date) -> str:
    """Two days as one span: "28–30 Sept 2026", "28 Sept–2 Oct 2026"."""
    if first == last:
        return formats.day_medium(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{_day_number(first)}–{formats.day_medium(last)}"
    if first.year == last.year:
        return f"{formats.day_short(first)}–{formats.day_medium(last)}"
    return f"{formats.day_medium(first)}–{formats.day_medium(last)}"


def course_dates(days: list[date]) -> str:
    """A course's infusion days: one span when they follow each other ("28–30 Sept 2026", one
    line where the list of days took two on page 1), else the days listed."""
    if not days:
        return ""
    if all((b - a).days == 1 for a, b in itertools.pairwise(days)):
        return date_span(days[0], days[-1])
    return ", ".join(formats.day_short(d) for d in days) + f" {days[-1].year}"


def _distinct(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


# --- infusions --------------------------------------------------------------------------------
def course_header() -> list[str]:
    return [
        translate("ReportTables", "Dates (days given)"),
        translate("ReportTables", "Product, lot"),
        translate("ReportTables", "Dose"),
        translate("ReportTables", "Fastest rate (mL/kg/min)"),
        translate("ReportTables", "Premedication"),
        translate("ReportTables", "Vital signs: BP range, highest HR, °C"),
        translate("ReportTables", "Reactions (grade)"),
        translate("ReportTables", "Setting", "where an infusion was given"),
    ]


COURSE_WIDTHS = [15, 15, 12, 8, 13, 14, 14, 9]


def course_rows(data: ReportData) -> list[list[str]]:
    """One row per IVIG course of the period, from its infusion days."""
    by_course: dict[int, list] = defaultdict(list)
    for detail in data.infusions:
        by_course[detail.day.course_id].append(detail)
    rows = []
    for c in data.courses:
        days = by_course.get(c.id, [])
        if not days:
            continue
        first, last = days[0].day.day, days[-1].day.day
        products = _distinct(
            d.day.product
            + (
                f" {num(d.day.concentration_percent)} %"
                if d.day.concentration_percent and "%" not in d.day.product
                else ""
            )
            for d in days
        )
        lots = _distinct(d.day.lot_number for d in days)
        total = sum(d.day.dose_g for d in days)
        weight = days[0].day.weight_kg
        per_kg = f"{num(float(total / weight), 2)} g/kg" if weight else "–"
        rates = [s.rate_ml_per_kg_min for d in days for s in d.rate_steps]
        premeds = _distinct(p.drug for d in days for p in d.premedications)
        vitals = [v for d in days for v in d.vitals]
        temps = [v.temperature_c for v in vitals if v.temperature_c is not None]
        systolic = [v.systolic for v in vitals if v.systolic is not None]
        pulse = [v.heart_rate for v in vitals if v.heart_rate is not None]
        extremes = []
        if systolic:
            extremes.append(f"{min(systolic)}–{max(systolic)}")
        if pulse:
            extremes.append(str(max(pulse)))
        if temps:
            extremes.append(f"{num(max(temps))} °C")
        reactions = data.reactions_for(c.id)
        react = (
            "; ".join(f"{esc(term(r.effect.term))} ({r.effect.grade})" for r in reactions)
            if reactions
            else translate("ReportTables", "none", "no reactions")
        )
        settings = _distinct(
            term(vocab.INFUSION_SETTINGS.get(d.day.setting, d.day.setting)) for d in days
        )
        given = translate("ReportTables", "{dates} ({given} of {planned})").format(
            dates=date_span(first, last), given=len(days), planned=c.days_planned
        )
        lot = (
            "<br/>" + translate("ReportTables", "lot {lot}").format(lot=esc(", ".join(lots)))
            if lots
            else ""
        )
        rows.append(
            [
                given,
                esc(", ".join(products)) + lot,
                f"{per_kg}<br/>{_short(float(total))} g, {num(weight)} kg",
                num(max(rates)) if rates else "–",
                esc(", ".join(premeds)) or "–",
                " · ".join(extremes) or "–",
                react,
                esc(", ".join(settings)),
            ]
        )
    return rows


# --- side effects -----------------------------------------------------------------------------
def effects_by_kind(lines: list[SideEffectLine]) -> list[list[str]]:
    groups: dict[str, list[SideEffectLine]] = defaultdict(list)
    for line in lines:
        groups[line.effect.term].append(line)
    rows = []
    for what, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        days = [g.onset_day for g in group]
        worst = max(g.effect.grade for g in group)
        linked = sum(1 for g in group if g.course_start is not None)
        outcomes = Counter(term(se.OUTCOMES.get(g.effect.outcome, g.effect.outcome)) for g in group)
        rows.append(
            [
                esc(term(what)),
                str(len(group)),
                # the worst CTCAE v5 grade in its plain words (clinical.md §8)
                f"{worst}: {esc(term(se.GRADES.get(worst, '')))}",
                translate("ReportTables", "{count} of {all}").format(count=linked, all=len(group)),
                date_span(min(days), max(days)),
                esc("; ".join(f"{k} {n}" for k, n in outcomes.most_common())),
            ]
        )
    return rows


def listed_one_by_one(line: SideEffectLine, since: date) -> bool:
    e = line.effect
    return e.red_flag or e.serious or e.grade >= 3 or line.onset_day >= since


# --- labs -------------------------------------------------------------------------------------
def labs_by_year(data: ReportData, names: list[str]) -> list[list[str]]:
    """Per year and test: the median, how many, how many above the range and the highest."""
    cells: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in data.labs:
        cells[r.collected_on.year][r.analyte].append(r)
    rows = []
    for year in sorted(cells):
        row = [str(year)]
        for name in names:
            found = cells[year].get(name)
            if not found:
                row.append("")
                continue
            unit = found[0].unit
            median = statistics.median(float(r.value) for r in found)
            above = [r for r in found if r.ref_high is not None and r.value > r.ref_high]
            text = f"<b>{_short(median)}</b> {esc(unit)} (n {len(found)})"
            if above:
                worst = max(float(r.value / r.ref_high) for r in above if r.ref_high)
                text += "<br/>" + translate(
                    "ReportTables", "▲ {count} above, max {worst} × ULN"
                ).format(count=len(above), worst=num(worst, 1))
            row.append(text)
        rows.append(row)
    return rows


def entries_line(data: ReportData) -> str:
    """The summary's line on entries during the day: how many, on how many days, and the
    highest of each scale on any one day ("" without entries)."""
    if not data.entries:
        return ""
    total = sum(d.count for d in data.entries.values())
    days = len(data.entries)
    tops: list[str] = []
    for key, label in vocab.DAILY_SCALES.items():
        best = max(
            ((d.highest[key], d.day) for d in data.entries.values() if key in d.highest),
            default=None,
            key=lambda t: (t[0], t[1]),
        )
        if best is not None:
            tops.append(
                translate("ClinicReport", "{scale} {value} ({day})").format(
                    scale=lower_first(term(label)), value=best[0], day=formats.day(best[1])
                )
            )
    text = translate(
        "ClinicReport",
        "<b>Entries during the day</b> %n, on {days} days; the highest: {highest}. The daily "
        "log lists the highest of each day.",
        None,
        total,
    ).format(days=days, highest=", ".join(tops) or "–")
    return f"<p>{text}</p>"
