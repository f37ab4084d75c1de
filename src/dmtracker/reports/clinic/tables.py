"""The table pages of the clinic report (infusions, side effects, labs, clinic visits, TIS) and
the appendix (daily log, rash photos side by side)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from decimal import Decimal

from dmtracker.domain import side_effects as se
from dmtracker.domain import tis, vocab
from dmtracker.reports.clinic.html_bits import aside, esc, hm, num, section, table
from dmtracker.reports.clinic.summaries import (
    COURSE_HEADER,
    COURSE_WIDTHS,
    RECENT_DAYS,
    course_rows,
    effects_by_kind,
    how_note,
    labs_by_year,
    listed_one_by_one,
    more_note,
    recent_start,
)
from dmtracker.services.daily import DayRow
from dmtracker.services.dto import CheckInRead, InfusionDayDetail, LabRead
from dmtracker.services.report_data import ReportData, SideEffectLine

PHOTO_WIDTH_PX = 330
LAB_NOTE = (
    '<p class="small muted">Each value with the reference range of the lab that measured it; '
    "▲ above, ▼ below the range; × ULN = times the upper limit of normal.</p>"
)


def tables_html(data: ReportData) -> str:
    return "".join(
        [
            section("Tables", "tables"),
            _infusions(data),
            _side_effects(data),
            _labs(data),
            _visits(data),
            _tis(data),
        ]
    )


def _infusions(data: ReportData) -> str:
    since = recent_start(data)
    if since is None or not data.infusions:
        title = f"<h2>Infusion days ({len(data.infusions)})</h2>"
        if not data.infusions:
            return title + '<p class="muted">None in the period.</p>'
        return title + _infusion_days(
            data.infusions, data.tz, data.glance.cap if data.glance is not None else None
        )
    courses = course_rows(data)
    recent = [d for d in data.infusions if d.day.day >= since]
    out = [
        f"<h2>IVIG courses ({len(courses)} courses, {len(data.infusions)} infusion days)</h2>",
        how_note(
            f"A long period: each course is one row here; every field the nurse recorded is "
            f"listed below for the infusion days since {since.isoformat()} (the last "
            f"{RECENT_DAYS} days)."
        ),
        table(COURSE_HEADER, courses, widths=COURSE_WIDTHS, css="font-size: 7pt;"),
        f"<h2>Infusion days since {since.isoformat()} ({len(recent)})</h2>",
    ]
    cap = data.glance.cap if data.glance is not None else None
    out.append(
        _infusion_days(recent, data.tz, cap)
        if recent
        else '<p class="muted">None in these days.</p>'
    )
    out.append(more_note(len(data.infusions) - len(recent), "infusion_days.csv"))
    return "".join(out)


def _infusion_days(
    details: Sequence[InfusionDayDetail], tz: tzinfo, cap: Decimal | None = None
) -> str:
    """Every field the nurse recorded, one row per infusion day. A rate step above ``cap`` (the
    label maximum that applies now: 0.03 mL/kg/min when at risk, clinical.md §4, §8) is marked
    "▲ above cap" in words."""
    rows = []
    for detail in details:
        d = detail.day
        conc = f" {num(d.concentration_percent)} %" if d.concentration_percent else ""
        product = f"{esc(d.product)}{conc}<br/>lot {esc(d.lot_number or '–')}"
        if d.expiry:
            product += f"<br/>exp. {d.expiry.isoformat()}"
        g_per_kg = d.dose_g / d.weight_kg if d.weight_kg else None
        dose = f"{num(d.dose_g)} g<br/>{num(g_per_kg, 2) if g_per_kg else '–'} g/kg"
        dose += f"<br/>{num(d.weight_kg)} kg"
        if g_per_kg is not None:
            dose = f"{num(d.dose_g)} g<br/>{float(g_per_kg):.2f} g/kg<br/>{num(d.weight_kg)} kg"
        steps = detail.rate_steps
        rates = "<br/>".join(
            f"{s.minute}′ {num(s.rate_ml_per_kg_min)} ({num(s.rate_ml_per_h)} mL/h)"
            + (
                f' <span class="warn">▲ above the {num(cap)} cap</span>'
                if cap is not None and s.rate_ml_per_kg_min > cap
                else ""
            )
            for s in steps
        )
        volume = f"{num(d.total_volume_ml)} mL" if d.total_volume_ml is not None else "–"
        if d.hydration_ml is not None or d.hydration_notes:
            volume += f"<br/>hydration {num(d.hydration_ml)} mL"
        premed = "<br/>".join(
            f"{esc(p.drug)} {num(p.dose)} {esc(p.unit)} {hm(p.taken_at, tz)}"
            for p in detail.premedications
        )
        vitals = "<br/>".join(
            f"{esc(v.phase)}: {v.systolic or '–'}/{v.diastolic or '–'}, HR {v.heart_rate or '–'}"
            + (f", {num(v.temperature_c)} °C" if v.temperature_c is not None else "")
            for v in detail.vitals
        )
        where = vocab.INFUSION_SETTINGS.get(d.setting, d.setting)
        place = esc(where) + (f"<br/>{esc(d.nurse_site)}" if d.nurse_site else "")
        if d.notes:
            place += f"<br/><i>{esc(d.notes)}</i>"
        rows.append(
            [
                f"{d.day.isoformat()}<br/>day {d.day_number} of {d.days_in_course}",
                product,
                dose,
                f"{hm(d.started_at, tz)}–<br/>{hm(d.stopped_at, tz)}",
                rates or "–",
                volume,
                premed or "–",
                vitals or "–",
                place,
            ]
        )
    return table(
        [
            "Date",
            "Product, lot",
            "Dose",
            "Time",
            "Rate steps (mL/kg/min)",
            "Volume",
            "Premedication",
            "Vital signs",
            "Setting, notes",
        ],
        rows,
        widths=[10, 12, 8, 10, 17, 9, 12, 12, 10],
        css="font-size: 7pt;",
    )


def _side_effects(data: ReportData) -> str:
    out = [f"<h2>Side effects ({len(data.side_effects)})</h2>"]
    if not data.side_effects:
        return out[0] + '<p class="muted">None in the period.</p>'
    since = recent_start(data)
    if since is None:
        return out[0] + _side_effect_rows(data.side_effects, data.tz)
    listed = [line for line in data.side_effects if listed_one_by_one(line, since)]
    out += [
        how_note(
            "A long period: side effects are counted by kind first; listed one by one below "
            f"are every serious one, every red flag and grade 3–4, and all since "
            f"{since.isoformat()} (the last {RECENT_DAYS} days)."
        ),
        table(
            ["Side effect", "Times", "Worst grade", "Linked to IVIG", "First – last", "Outcomes"],
            effects_by_kind(data.side_effects),
            widths=[18, 7, 25, 11, 20, 19],
            numeric=(1,),
            css="font-size: 7.5pt;",
        ),
        f"<h3>Listed one by one ({len(listed)})</h3>",
        _side_effect_rows(listed, data.tz) if listed else '<p class="muted">None.</p>',
        more_note(len(data.side_effects) - len(listed), "side_effects.csv"),
    ]
    return "".join(out)


def _side_effect_rows(lines: Sequence[SideEffectLine], tz: tzinfo) -> str:
    rows = []
    for line in lines:
        e = line.effect
        flags = []
        if e.red_flag:
            flags.append('<span class="warn">red flag</span>')
        if e.serious:
            flags.append("serious")
        ended = e.ended_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if e.ended_at else "–"
        link = (
            f"course of {line.course_start.isoformat()}"
            + (" (chosen)" if e.link_mode == "manual" else "")
            if line.course_start
            else "not linked"
        )
        rows.append(
            [
                e.onset_at.strftime("%Y-%m-%d %H:%M"),
                esc(e.term) + (f"<br/>{', '.join(flags)}" if flags else ""),
                f"{e.grade}: {esc(se.GRADES.get(e.grade, ''))}",
                link,
                esc(se.ACTIONS.get(e.action_taken, e.action_taken) or "–"),
                esc(se.OUTCOMES.get(e.outcome, e.outcome)) + f"<br/>ended {ended}",
            ]
        )
    return table(
        ["Onset", "Side effect", "Grade", "Linked to", "What was done", "Outcome"],
        rows,
        widths=[13, 17, 27, 15, 13, 15],
        css="font-size: 7.5pt;",
    )


def _labs(data: ReportData) -> str:
    """One row per collection date, one column per test: value, flag and the lab's range."""
    out = [f"<h2>Lab results ({len(data.labs)})</h2>"]
    if not data.labs:
        return out[0] + '<p class="muted">None in the period.</p>'
    order = list(vocab.ANALYTES)
    names = sorted({r.analyte for r in data.labs}, key=lambda a: _lab_order(order, a))
    label = {k: a.key for k, a in vocab.ANALYTES.items()}
    header = [esc(label.get(n, n)) for n in names]
    width = (100 - 16) // max(1, len(names))
    since = recent_start(data)
    if since is None:
        return out[0] + _lab_dates(data.labs, names, header, width) + LAB_NOTE
    recent = [r for r in data.labs if r.collected_on >= since]
    out += [
        how_note(
            "A long period: the results are summarised by year: the median (n = how many), and "
            "when some were above the lab's range, how many (▲) and the highest as × its upper "
            f"limit of normal. Every result since {since.isoformat()} (the last {RECENT_DAYS} "
            "days) is listed after."
        ),
        table(
            ["Year", *header],
            labs_by_year(data, names),
            widths=[16, *([width] * len(names))],
            css="font-size: 7.5pt;",
        ),
        f"<h3>Results since {since.isoformat()} ({len(recent)})</h3>",
    ]
    if recent:
        out.append(_lab_dates(recent, names, header, width) + LAB_NOTE)
    else:
        out.append('<p class="muted">None in these days.</p>')
    out.append(more_note(len(data.labs) - len(recent), "lab_results.csv"))
    return "".join(out)


def _lab_dates(
    labs: Sequence[LabRead], names: Sequence[str], header: Sequence[str], width: int
) -> str:
    by_day: dict = {}
    labs_at: dict = {}
    for r in labs:
        by_day.setdefault(r.collected_on, {})[r.analyte] = r
        if r.lab_name:
            labs_at.setdefault(r.collected_on, set()).add(r.lab_name)
    rows = []
    for day, found in sorted(by_day.items()):
        cells = [
            day.isoformat() + "".join(f"<br/>{aside(esc(n))}" for n in sorted(labs_at.get(day, ())))
        ]
        for name in names:
            r = found.get(name)
            cells.append(_lab_cell(r) if r is not None else "")
        rows.append(cells)
    return table(
        ["Collected", *header], rows, widths=[16, *([width] * len(names))], css="font-size: 7.5pt;"
    )


def _lab_order(order: list[str], analyte: str) -> tuple:
    return (analyte not in order, order.index(analyte) if analyte in order else 0, analyte)


def _lab_cell(r: LabRead) -> str:
    flag = ""
    if r.ref_high is not None and r.value > r.ref_high:
        flag = f" ▲ {float(r.value / r.ref_high):.1f} × ULN" if r.ref_high else " ▲"
    elif r.ref_low is not None and r.value < r.ref_low:
        flag = " ▼"
    value = f"<b>{num(r.value)}</b> {esc(r.unit)}{flag}"
    if r.entered_unit and r.entered_unit != r.unit:
        value += " " + aside(f"(entered {esc(r.entered_value)} {esc(r.entered_unit)})")
    if r.ref_low is not None or r.ref_high is not None:
        low = num(r.ref_low) if r.ref_low is not None else ""
        high = num(r.ref_high) if r.ref_high is not None else ""
        value += "<br/>" + aside(f"range {low}–{high}")
    else:
        value += "<br/>" + aside("no range given")
    return value


def _visits(data: ReportData) -> str:
    out = [f"<h2>Clinic visits ({len(data.visits)})</h2>"]
    if not data.visits:
        return out[0] + '<p class="muted">None in the period.</p>'
    rows = []
    for v in data.visits:
        mmt = "–"
        if v.mmt8_total is not None:
            mmt = f"{v.mmt8_total} of {v.mmt8_scale}" if v.mmt8_scale else str(v.mmt8_total)
        rows.append(
            [
                v.visit_date.isoformat(),
                esc(v.clinician or "–"),
                num(v.physician_global),
                num(v.extramuscular_global),
                mmt,
                f"{num(v.cdasi_activity)} / {num(v.cdasi_damage)}",
                esc(v.notes),
            ]
        )
    return out[0] + table(
        [
            "Date",
            "Clinician",
            "Physician global (0–10)",
            "Extra\u00admuscular (0–10)",  # a soft hyphen: it broke as "Extramuscul ar"
            "MMT-8",
            "CDASI activity / damage",
            "Notes",
        ],
        rows,
        widths=[11, 14, 12, 14, 10, 13, 26],
        css="font-size: 7.5pt;",
    )


def _tis(data: ReportData) -> str:
    out = ["<h2>Total Improvement Score (computed by the app)</h2>"]
    if not data.tis_rows:
        return out[0] + '<p class="muted">No clinic visit in the period was scored.</p>'
    shown = data.tis_rows
    if recent_start(data) is not None and len(data.tis_rows) > 1:
        latest = data.tis_latest or data.tis_rows[-1]
        shown = [latest]
        out.append(
            how_note(
                "A long period: one row per visit; the measure-by-measure breakdown is shown "
                f"for the latest scored visit ({latest.visit_date.isoformat()})."
            )
        )
        out.append(
            table(
                ["Visit", "Weeks after the baseline", "TIS", "Category", "Measures"],
                [
                    [
                        r.visit_date.isoformat(),
                        num(r.weeks_from_baseline),
                        num(r.total) if r.total is not None else "–",
                        esc(r.category_text()),
                        f"{r.measures_used} of {len(tis.MEASURES)}",
                    ]
                    for r in data.tis_rows
                ],
                widths=[16, 18, 10, 40, 16],
                numeric=(1, 2),
                css="font-size: 7.5pt;",
            )
        )
    for r in shown:
        out.append(
            f"<h3>Visit {r.visit_date.isoformat()} ({num(r.weeks_from_baseline)} weeks after "
            f"the baseline): {esc(r.summary())}</h3>"
        )
        rows = [
            [
                esc(line.label),
                f"{esc(line.baseline)} {aside(esc(line.baseline_origin))}",
                f"{esc(line.followup)} {aside(esc(line.followup_origin))}",
                esc(_percent(line.percent)),
                num(line.points) if line.points is not None else "not scored",
            ]
            for line in r.lines
        ]
        out.append(
            table(
                ["Core set measure", "Baseline", "Follow-up", "Improvement", "Points"],
                rows,
                widths=[24, 25, 25, 14, 12],
                numeric=(3, 4),
                css="font-size: 7.5pt;",
            )
        )
        if r.partial:
            out.append(
                f'<p class="est small">Partial TIS: {r.measures_used} of {len(tis.MEASURES)} '
                "measures, so no category (an estimate only).</p>"
            )
    return "".join(out)


def _percent(value: Decimal | None) -> str:
    if value is None:
        return "–"
    text = f"{num(value)} %"
    return f"{text} (worse)" if value < 0 else text


# --- appendix ---------------------------------------------------------------------------------
def appendix_html(data: ReportData) -> str:
    out = [section("Appendix: daily log", "appendix", new_page=True)]
    since = recent_start(data)
    days = data.daily_log
    if since is not None:
        days = [row for row in data.daily_log if row.day >= since]
        out.append(
            how_note(
                f"A long period: the days since {since.isoformat()} (the last {RECENT_DAYS} "
                "days) are listed."
            )
        )
    if days:
        out.append(_daily_log(days))
        out.append(more_note(len(data.daily_log) - len(days), "checkins.csv"))
    else:
        out.append('<p class="muted">Nothing logged in the period.</p>')
    if data.photos:
        out.append(section("Appendix: rash photos", "photos", new_page=True))
        out.append(
            '<p class="small">The first and the last photo of each chosen site in the period, '
            "side by side.</p>"
        )
        for site in data.photos:
            out.append(f"<h2>{esc(site.label)}</h2>")
            cells = []
            for i, item in enumerate(site.photos):
                key = f"photo:{site.site}:{i}"
                caption = item.day.isoformat() + (f": {esc(item.caption)}" if item.caption else "")
                cells.append(
                    f'<td><img src="dm:{esc(key)}" width="{PHOTO_WIDTH_PX}"/>'
                    f'<br/><span class="small">{caption}</span></td>'
                )
            out.append('<table cellpadding="3"><tr>' + "".join(cells) + "</tr></table>")
    return "".join(out)


def _value(checkin: CheckInRead | None, key: str) -> str:
    value = getattr(checkin, key) if checkin is not None else None
    return "" if value is None else str(value)


def _daily_log(days: Sequence[DayRow]) -> str:
    fn_keys = list(vocab.FUNCTION_ITEMS)
    rows = []
    for row in days:
        c = row.checkin
        scales = [
            str(getattr(c, k)) if c and getattr(c, k) is not None else ""
            for k in vocab.DAILY_SCALES
        ]
        hard = ""
        if c is not None:
            hard = ", ".join(
                f"{vocab.FUNCTION_ITEMS[k].split(' (')[0].lower()} {getattr(c, k)}"
                for k in fn_keys
                if getattr(c, k)
            )
        rash = "" if row.rash_score is None else str(row.rash_score)
        rows.append(
            [row.day.isoformat(), *scales, esc(hard), esc(row.tests_text), rash, esc(row.notes)]
        )
    return table(
        [
            "Day",
            "Global",
            "Fatigue",
            "Pain",
            "Itch",
            "Function items above 0 (0–3)",
            "Self-tests",
            "Rash",
            "Notes",
        ],
        rows,
        widths=[10, 6, 7, 5, 5, 22, 19, 5, 21],
        numeric=(1, 2, 3, 4, 7),
        css="font-size: 7pt;",
    )
