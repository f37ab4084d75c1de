"""The table pages of the clinic report (infusions, side effects, labs, clinic visits, TIS) and
the appendix (daily log, rash photos side by side)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from decimal import Decimal

from dmtracker.domain import side_effects as se
from dmtracker.domain import tis, vocab
from dmtracker.i18n import formats, translate
from dmtracker.reports.clinic.html_bits import (
    aside,
    esc,
    h2,
    h3,
    hm,
    lower_first,
    muted,
    num,
    said,
    section,
    table,
    term,
)
from dmtracker.reports.clinic.summaries import (
    COURSE_WIDTHS,
    RECENT_DAYS,
    course_header,
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


def _lab_note() -> str:
    text = translate(
        "ReportTables",
        "Each value with the reference range of the lab that measured it; ▲ above, ▼ below "
        "the range; × ULN = times the upper limit of normal.",
    )
    return f'<p class="small muted">{text}</p>'


def _none() -> str:
    return muted(translate("ReportTables", "None in the period."))


def _none_since() -> str:
    return muted(translate("ReportTables", "None in these days."))


def tables_html(data: ReportData) -> str:
    return "".join(
        [
            section(translate("ReportTables", "Tables"), "tables"),
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
        title = h2(
            translate("ReportTables", "Infusion days ({count})").format(count=len(data.infusions))
        )
        if not data.infusions:
            return title + _none()
        return title + _infusion_days(
            data.infusions, data.tz, data.glance.cap if data.glance is not None else None
        )
    courses = course_rows(data)
    recent = [d for d in data.infusions if d.day.day >= since]
    out = [
        h2(
            translate(
                "ReportTables", "IVIG courses ({courses} courses, {days} infusion days)"
            ).format(courses=len(courses), days=len(data.infusions))
        ),
        how_note(
            translate(
                "ReportTables",
                "A long period: each course is one row here; every field the nurse recorded is "
                "listed below for the infusion days since {since} (the last {recent} days).",
            ).format(since=formats.day(since), recent=RECENT_DAYS)
        ),
        table(course_header(), courses, widths=COURSE_WIDTHS, css="font-size: 7pt;"),
        h2(
            translate("ReportTables", "Infusion days since {since} ({count})").format(
                since=formats.day(since), count=len(recent)
            )
        ),
    ]
    cap = data.glance.cap if data.glance is not None else None
    out.append(_infusion_days(recent, data.tz, cap) if recent else _none_since())
    out.append(more_note(len(data.infusions) - len(recent), "infusion_days.csv"))
    return "".join(out)


def _infusion_days(
    details: Sequence[InfusionDayDetail], tz: tzinfo, cap: Decimal | None = None
) -> str:
    """Every field the nurse recorded, one row per infusion day. A rate step above ``cap`` (the
    label maximum that applies now: 0.03 mL/kg/min when at risk, clinical.md §4, §8) is marked
    "▲ above cap" in words."""
    rows = []
    lot = translate("ReportTables", "lot {lot}")
    above_cap = translate("ReportTables", "▲ above the {cap} cap")
    hydration = translate("ReportTables", "hydration {ml} mL")
    day_of = translate("ReportTables", "day {day} of {days}")
    for detail in details:
        d = detail.day
        conc = f" {num(d.concentration_percent)} %" if d.concentration_percent else ""
        product = f"{esc(d.product)}{conc}<br/>{lot.format(lot=esc(d.lot_number or '–'))}"
        if d.expiry:
            expiry = translate("ReportTables", "exp. {day}", "the expiry date of a vial")
            product += "<br/>" + expiry.format(day=formats.day(d.expiry))
        g_per_kg = d.dose_g / d.weight_kg if d.weight_kg else None
        dose = f"{num(d.dose_g)} g<br/>{num(g_per_kg, 2) if g_per_kg else '–'} g/kg"
        dose += f"<br/>{num(d.weight_kg)} kg"
        if g_per_kg is not None:
            dose = f"{num(d.dose_g)} g<br/>{num(float(g_per_kg), 2)} g/kg<br/>{num(d.weight_kg)} kg"
        steps = detail.rate_steps
        rates = "<br/>".join(
            f"{s.minute}′ {num(s.rate_ml_per_kg_min)} ({num(s.rate_ml_per_h)} mL/h)"
            + (
                f' <span class="warn">{above_cap.format(cap=num(cap))}</span>'
                if cap is not None and s.rate_ml_per_kg_min > cap
                else ""
            )
            for s in steps
        )
        volume = f"{num(d.total_volume_ml)} mL" if d.total_volume_ml is not None else "–"
        if d.hydration_ml is not None or d.hydration_notes:
            volume += "<br/>" + hydration.format(ml=num(d.hydration_ml))
        premed = "<br/>".join(
            f"{esc(p.drug)} {num(p.dose)} {esc(p.unit)} {hm(p.taken_at, tz)}"
            for p in detail.premedications
        )
        vitals = "<br/>".join(
            f"{esc(term(v.phase))}: {v.systolic or '–'}/{v.diastolic or '–'}, "
            + translate("ReportTables", "HR {rate}", "heart rate").format(rate=v.heart_rate or "–")
            + (f", {num(v.temperature_c)} °C" if v.temperature_c is not None else "")
            for v in detail.vitals
        )
        where = term(vocab.INFUSION_SETTINGS.get(d.setting, d.setting))
        place = esc(where) + (f"<br/>{esc(d.nurse_site)}" if d.nurse_site else "")
        if d.notes:
            place += f"<br/><i>{esc(d.notes)}</i>"
        rows.append(
            [
                f"{formats.day(d.day)}<br/>"
                + day_of.format(day=d.day_number, days=d.days_in_course),
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
            translate("ReportTables", "Date"),
            translate("ReportTables", "Product, lot"),
            translate("ReportTables", "Dose"),
            translate("ReportTables", "Time", "of day"),
            translate("ReportTables", "Rate steps (mL/kg/min)"),
            translate("ReportTables", "Volume"),
            translate("ReportTables", "Premedication"),
            translate("ReportTables", "Vital signs"),
            translate("ReportTables", "Setting, notes"),
        ],
        rows,
        widths=[10, 12, 8, 10, 17, 9, 12, 12, 10],
        css="font-size: 7pt;",
    )


def _side_effects(data: ReportData) -> str:
    out = [
        h2(translate("ReportTables", "Side effects ({count})").format(count=len(data.side_effects)))
    ]
    if not data.side_effects:
        return out[0] + _none()
    since = recent_start(data)
    if since is None:
        return out[0] + _side_effect_rows(data.side_effects, data.tz)
    listed = [line for line in data.side_effects if listed_one_by_one(line, since)]
    out += [
        how_note(
            translate(
                "ReportTables",
                "A long period: side effects are counted by kind first; listed one by one "
                "below are every serious one, every red flag and grade 3–4, and all since "
                "{since} (the last {recent} days).",
            ).format(since=formats.day(since), recent=RECENT_DAYS)
        ),
        table(
            [
                translate("ReportTables", "Side effect"),
                translate("ReportTables", "Times", "how many times"),
                translate("ReportTables", "Worst grade"),
                translate("ReportTables", "Linked to IVIG"),
                translate("ReportTables", "First – last"),
                translate("ReportTables", "Outcomes"),
            ],
            effects_by_kind(data.side_effects),
            widths=[18, 7, 25, 11, 20, 19],
            numeric=(1,),
            css="font-size: 7.5pt;",
        ),
        h3(translate("ReportTables", "Listed one by one ({count})").format(count=len(listed))),
        _side_effect_rows(listed, data.tz) if listed else muted(translate("ReportTables", "None.")),
        more_note(len(data.side_effects) - len(listed), "side_effects.csv"),
    ]
    return "".join(out)


def _side_effect_rows(lines: Sequence[SideEffectLine], tz: tzinfo) -> str:
    rows = []
    red_flag = translate("ReportTables", "red flag")
    serious = translate("ReportTables", "serious", "a serious side effect")
    ended_at = translate("ReportTables", "ended {moment}")
    for line in lines:
        e = line.effect
        flags = []
        if e.red_flag:
            flags.append(f'<span class="warn">{red_flag}</span>')
        if e.serious:
            flags.append(serious)
        ended = formats.moment(e.ended_at.astimezone(tz)) if e.ended_at else "–"
        if line.course_start:
            link = (
                translate("ReportTables", "course of {day} (chosen)")
                if e.link_mode == "manual"
                else translate("ReportTables", "course of {day}")
            ).format(day=formats.day(line.course_start))
        else:
            link = translate("ReportTables", "not linked")
        rows.append(
            [
                formats.moment(e.onset_at),
                esc(term(e.term)) + (f"<br/>{', '.join(flags)}" if flags else ""),
                f"{e.grade}: {esc(term(se.GRADES.get(e.grade, '')))}",
                link,
                esc(term(se.ACTIONS.get(e.action_taken, e.action_taken)) or "–"),
                esc(term(se.OUTCOMES.get(e.outcome, e.outcome)))
                + "<br/>"
                + ended_at.format(moment=ended),
            ]
        )
    return table(
        [
            translate("ReportTables", "Onset"),
            translate("ReportTables", "Side effect"),
            translate("ReportTables", "Grade"),
            translate("ReportTables", "Linked to"),
            translate("ReportTables", "What was done"),
            translate("ReportTables", "Outcome"),
        ],
        rows,
        widths=[13, 17, 27, 15, 13, 15],
        css="font-size: 7.5pt;",
    )


def _labs(data: ReportData) -> str:
    """One row per collection date, one column per test: value, flag and the lab's range."""
    out = [h2(translate("ReportTables", "Lab results ({count})").format(count=len(data.labs)))]
    if not data.labs:
        return out[0] + _none()
    order = list(vocab.ANALYTES)
    names = sorted({r.analyte for r in data.labs}, key=lambda a: _lab_order(order, a))
    label = {k: a.key for k, a in vocab.ANALYTES.items()}
    header = [esc(label.get(n, n)) for n in names]
    width = (100 - 16) // max(1, len(names))
    since = recent_start(data)
    if since is None:
        return out[0] + _lab_dates(data.labs, names, header, width) + _lab_note()
    recent = [r for r in data.labs if r.collected_on >= since]
    out += [
        how_note(
            translate(
                "ReportTables",
                "A long period: the results are summarised by year: the median (n = how many), "
                "and when some were above the lab's range, how many (▲) and the highest as × "
                "its upper limit of normal. Every result since {since} (the last {recent} "
                "days) is listed after.",
            ).format(since=formats.day(since), recent=RECENT_DAYS)
        ),
        table(
            [translate("ReportTables", "Year"), *header],
            labs_by_year(data, names),
            widths=[16, *([width] * len(names))],
            css="font-size: 7.5pt;",
        ),
        h3(
            translate("ReportTables", "Results since {since} ({count})").format(
                since=formats.day(since), count=len(recent)
            )
        ),
    ]
    if recent:
        out.append(_lab_dates(recent, names, header, width) + _lab_note())
    else:
        out.append(_none_since())
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
            formats.day(day)
            + "".join(f"<br/>{aside(esc(n))}" for n in sorted(labs_at.get(day, ())))
        ]
        for name in names:
            r = found.get(name)
            cells.append(_lab_cell(r) if r is not None else "")
        rows.append(cells)
    return table(
        [translate("ReportTables", "Collected", "the day a blood sample was taken"), *header],
        rows,
        widths=[16, *([width] * len(names))],
        css="font-size: 7.5pt;",
    )


def _lab_order(order: list[str], analyte: str) -> tuple:
    return (analyte not in order, order.index(analyte) if analyte in order else 0, analyte)


def _lab_cell(r: LabRead) -> str:
    flag = ""
    if r.ref_high is not None and r.value > r.ref_high:
        flag = f" ▲ {num(float(r.value / r.ref_high), 1)} × ULN" if r.ref_high else " ▲"
    elif r.ref_low is not None and r.value < r.ref_low:
        flag = " ▼"
    value = f"<b>{num(r.value)}</b> {esc(r.unit)}{flag}"
    if r.entered_unit and r.entered_unit != r.unit:
        entered = translate("ReportTables", "(entered {value} {unit})").format(
            value=esc(_typed_number(r.entered_value)),
            unit=esc(r.entered_unit),
        )
        value += " " + aside(entered)
    if r.ref_low is not None or r.ref_high is not None:
        low = num(r.ref_low) if r.ref_low is not None else ""
        high = num(r.ref_high) if r.ref_high is not None else ""
        value += "<br/>" + aside(
            translate("ReportTables", "range {low}–{high}").format(low=low, high=high)
        )
    else:
        value += "<br/>" + aside(translate("ReportTables", "no range given"))
    return value


def _typed_number(text: str | None) -> str:
    """A number kept as typed ("3.5") with the report language's decimal sign."""
    if text is None:
        return "–"
    try:
        return num(Decimal(text))
    except ArithmeticError:
        return text


def _visits(data: ReportData) -> str:
    out = [h2(translate("ReportTables", "Clinic visits ({count})").format(count=len(data.visits)))]
    if not data.visits:
        return out[0] + _none()
    rows = []
    of = translate("ReportTables", "{count} of {all}")
    for v in data.visits:
        mmt = "–"
        if v.mmt8_total is not None:
            mmt = (
                of.format(count=v.mmt8_total, all=v.mmt8_scale)
                if v.mmt8_scale
                else str(v.mmt8_total)
            )
        rows.append(
            [
                formats.day(v.visit_date),
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
            translate("ReportTables", "Date"),
            translate("ReportTables", "Clinician"),
            translate("ReportTables", "Physician global (0–10)"),
            # a soft hyphen: it broke as "Extramuscul ar"
            translate("ReportTables", "Extramuscular (0–10)").replace(
                "Extramuscular", "Extra\u00admuscular"
            ),
            "MMT-8",
            translate("ReportTables", "CDASI activity / damage"),
            translate("ReportTables", "Notes"),
        ],
        rows,
        widths=[11, 14, 12, 14, 10, 13, 26],
        css="font-size: 7.5pt;",
    )


def _tis(data: ReportData) -> str:
    out = [h2(translate("ReportTables", "Total Improvement Score (computed by the app)"))]
    if not data.tis_rows:
        return out[0] + muted(
            translate("ReportTables", "No clinic visit in the period was scored.")
        )
    shown = data.tis_rows
    of = translate("ReportTables", "{count} of {all}")
    measures = len(tis.MEASURES)
    if recent_start(data) is not None and len(data.tis_rows) > 1:
        latest = data.tis_latest or data.tis_rows[-1]
        shown = [latest]
        out.append(
            how_note(
                translate(
                    "ReportTables",
                    "A long period: one row per visit; the measure-by-measure breakdown is shown "
                    "for the latest scored visit ({day}).",
                ).format(day=formats.day(latest.visit_date))
            )
        )
        out.append(
            table(
                [
                    translate("ReportTables", "Visit"),
                    translate("ReportTables", "Weeks after the baseline"),
                    "TIS",
                    translate("ReportTables", "Category"),
                    translate("ReportTables", "Measures"),
                ],
                [
                    [
                        formats.day(r.visit_date),
                        num(r.weeks_from_baseline),
                        num(r.total) if r.total is not None else "–",
                        esc(said(r.category_text())),
                        of.format(count=r.measures_used, all=measures),
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
            h3(
                translate(
                    "ReportTables", "Visit {day} ({weeks} weeks after the baseline): {summary}"
                ).format(
                    day=formats.day(r.visit_date),
                    weeks=num(r.weeks_from_baseline),
                    summary=esc(said(r.summary())),
                )
            )
        )
        rows = [
            [
                esc(term(line.label)),
                f"{esc(said(line.baseline))} {aside(esc(said(line.baseline_origin)))}",
                f"{esc(said(line.followup))} {aside(esc(said(line.followup_origin)))}",
                esc(_percent(line.percent)),
                num(line.points)
                if line.points is not None
                else translate("ReportTables", "not scored"),
            ]
            for line in r.lines
        ]
        out.append(
            table(
                [
                    translate("ReportTables", "Core set measure"),
                    translate("ReportTables", "Baseline"),
                    translate("ReportTables", "Follow-up"),
                    translate("ReportTables", "Improvement"),
                    translate("ReportTables", "Points"),
                ],
                rows,
                widths=[24, 25, 25, 14, 12],
                numeric=(3, 4),
                css="font-size: 7.5pt;",
            )
        )
        if r.partial:
            text = translate(
                "ReportTables",
                "Partial TIS: {count} of {all} measures, so no category (an estimate only).",
            ).format(count=r.measures_used, all=measures)
            out.append(f'<p class="est small">{text}</p>')
    return "".join(out)


def _percent(value: Decimal | None) -> str:
    if value is None:
        return "–"
    text = f"{num(value)} %"
    return (
        translate("ReportTables", "{percent} (worse)").format(percent=text) if value < 0 else text
    )


# --- appendix ---------------------------------------------------------------------------------
def appendix_html(data: ReportData) -> str:
    out = [section(translate("ReportTables", "Appendix: daily log"), "appendix", new_page=True)]
    since = recent_start(data)
    days = data.daily_log
    if since is not None:
        days = [row for row in data.daily_log if row.day >= since]
        out.append(
            how_note(
                translate(
                    "ReportTables",
                    "A long period: the days since {since} (the last {recent} days) are listed.",
                ).format(since=formats.day(since), recent=RECENT_DAYS)
            )
        )
    if days:
        out.append(_daily_log(days))
        out.append(more_note(len(data.daily_log) - len(days), "checkins.csv"))
    else:
        out.append(muted(translate("ReportTables", "Nothing logged in the period.")))
    if data.photos:
        out.append(
            section(translate("ReportTables", "Appendix: rash photos"), "photos", new_page=True)
        )
        text = translate(
            "ReportTables",
            "The first and the last photo of each chosen site in the period, side by side.",
        )
        out.append(f'<p class="small">{text}</p>')
        for site in data.photos:
            out.append(h2(esc(term(site.label))))
            cells = []
            for i, item in enumerate(site.photos):
                key = f"photo:{site.site}:{i}"
                caption = formats.day(item.day) + (f": {esc(item.caption)}" if item.caption else "")
                cells.append(
                    f'<td><img src="dm:{esc(key)}" width="{PHOTO_WIDTH_PX}"/>'
                    f'<br/><span class="small">{caption}</span></td>'
                )
            out.append('<table cellpadding="3"><tr>' + "".join(cells) + "</tr></table>")
    return "".join(out)


def _value(checkin: CheckInRead | None, key: str) -> str:
    value = getattr(checkin, key) if checkin is not None else None
    return "" if value is None else str(value)


def _entries_cell(row: DayRow) -> str:
    """ "3: pain 7": the day's entries during the day and the highest value among them."""
    summary = row.entries_summary
    if summary is None:
        return ""
    peak = summary.peak
    if peak is None:
        return str(summary.count)
    scale = lower_first(term(vocab.DAILY_SCALES[peak[0]]).split(" (")[0])
    return esc(
        translate("ReportTables", "{count}: {scale} {value}").format(
            count=summary.count, scale=scale, value=peak[1]
        )
    )


def _daily_log(days: Sequence[DayRow]) -> str:
    fn_keys = list(vocab.FUNCTION_ITEMS)
    items = {
        k: lower_first(term(label).split(" (")[0]) for k, label in vocab.FUNCTION_ITEMS.items()
    }
    rows = []
    for row in days:
        c = row.checkin
        scales = [
            str(getattr(c, k)) if c and getattr(c, k) is not None else ""
            for k in vocab.DAILY_SCALES
        ]
        hard = ""
        if c is not None:
            hard = ", ".join(f"{items[k]} {getattr(c, k)}" for k in fn_keys if getattr(c, k))
        rash = "" if row.rash_score is None else str(row.rash_score)
        rows.append(
            [
                formats.day(row.day),
                *scales,
                _entries_cell(row),
                esc(hard),
                esc(said(row.tests_text)),
                rash,
                esc(row.notes),
            ]
        )
    return table(
        [
            translate("ReportTables", "Day"),
            translate("ReportTables", "Global", "the patient global, a column of the daily log"),
            translate("ReportTables", "Fatigue"),
            translate("ReportTables", "Pain"),
            translate("ReportTables", "Itch"),
            translate("ReportTables", "Entries: n, highest"),
            translate("ReportTables", "Function items above 0 (0–3)"),
            translate("ReportTables", "Self-tests"),
            translate("ReportTables", "Rash"),
            translate("ReportTables", "Notes"),
        ],
        rows,
        widths=[10, 6, 7, 5, 5, 10, 18, 17, 5, 17],
        numeric=(1, 2, 3, 4, 8),
        css="font-size: 7pt;",
    )
