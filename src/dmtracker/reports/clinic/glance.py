"""Page 1's first block, "At a glance": what a rheumatologist needs in the first minute (issue
16, item 6): safety (a past clot, the blood thinner, the rate cap), the TIS with its baseline and
the rule that picked it, the ProDERM deterioration check with the rule's text, muscle (MMT-8,
physician global), enzymes as multiples of the upper limit, weight, dosing weight and the next
course due.
"""

from __future__ import annotations

from decimal import Decimal

from dmtracker.domain import side_effects as se
from dmtracker.domain import tis
from dmtracker.i18n import formats, translate
from dmtracker.i18n.words import analyte_name
from dmtracker.reports.clinic.html_bits import esc, lower_first, num, said, term
from dmtracker.services.report_glance import STEP_WEEKS_SHOWN, EventLine, Glance

# The rule as the app applies it, printed beside the check (issue 16 item 7; see domain/tis.py;
# ProDERM's confirmed deterioration, clinical.md §2). Enzymes as multiples of the lab's upper
# limit (§2, §3); the 0.03 mL/kg/min cap when at risk (§4, §8).
DETERIORATION_RULE = tis.DETERIORATION_RULE_TEXT


def _d(value: object) -> str:
    return "–" if value is None else str(value)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _event(e: EventLine) -> str:
    what = []
    if e.thrombosis:
        what.append(translate("ReportGlance", "blood clot or stroke"))
    if e.red_flag:
        what.append(translate("ReportGlance", "red flag"))
    if e.serious:
        what.append(translate("ReportGlance", "serious", "a serious side effect"))
    what.append(translate("ReportGlance", "grade {grade}").format(grade=e.grade))
    action = f"; {esc(term(se.ACTIONS.get(e.action, e.action)))}" if e.action else ""
    return f"{formats.day(e.day)} {esc(term(e.term))} ({', '.join(what)}{action})"


def _safety(g: Glance) -> str:
    parts = []
    if g.events:
        events = "; ".join(_event(e) for e in g.events)
        if g.events_total > len(g.events):
            text = translate(
                "ReportGlance",
                "Red flags and serious events: {events} ({all} in all; the rest in the Tables)",
            ).format(events=events, all=g.events_total)
        else:
            text = translate("ReportGlance", "Red flags and serious events: {events}").format(
                events=events
            )
        parts.append(text)
    else:
        parts.append(translate("ReportGlance", "No red flags or serious events recorded"))
    if any(e.thrombosis for e in g.events) or g.anticoagulants:
        parts.append(
            translate("ReportGlance", "Blood thinner now: {drugs}").format(
                drugs="; ".join(esc(said(a)) for a in g.anticoagulants)
            )
            if g.anticoagulants
            else translate("ReportGlance", "No blood thinner recorded as current")
        )
    cap = translate("ReportGlance", "infusion rate at most {cap} mL/kg/min (IVIG label)").format(
        cap=num(g.cap)
    )
    parts.append(f"{_upper_first(esc(said(g.risk_text)))}: {cap}")
    text = ". ".join(parts) + "."
    return f'<span class="warn">⚠</span> {text}' if g.events or g.at_risk else text


def _tis(g: Glance) -> str:
    if g.tis_total is None:
        return translate("ReportGlance", "No TIS yet (needs a baseline and a later clinic visit).")
    partial = " " + translate("ReportGlance", "(partial: estimate)") if g.tis_partial else ""
    reason = lower_first(said(g.tis_baseline_reason).rstrip("."))
    return translate(
        "ReportGlance",
        "Total Improvement Score <b>{total}{partial}</b>, {category}, visit {visit}; baseline "
        "visit <b>{baseline}</b> ({reason}).",
    ).format(
        total=num(g.tis_total),
        partial=partial,
        category=esc(said(g.tis_category)),
        visit=formats.day(g.tis_visit),
        baseline=formats.day(g.tis_baseline),
        reason=esc(reason),
    )


def _deterioration(g: Glance) -> str:
    if g.deterioration:
        text = '<span class="warn">⚠</span> ' + esc(said(g.deterioration_text).removeprefix("⚠ "))
    elif g.tis_baseline is not None and "not checked" not in g.deterioration_text:
        text = translate(
            "ReportGlance",
            "No confirmed deterioration at any two consecutive visits after the baseline.",
        )
    else:
        text = esc(said(g.deterioration_text))
    return f'{text}<br/><span class="small muted">{esc(said(DETERIORATION_RULE))}</span>'


def _muscle(g: Glance) -> str:
    if g.visit_day is None:
        return translate("ReportGlance", "No clinic visit with MMT-8 or physician global recorded.")
    mmt = (
        translate("ReportGlance", "{value} of {scale}").format(value=g.mmt8, scale=g.mmt8_scale)
        if g.mmt8 is not None
        else "–"
    )
    phga = (
        translate("ReportGlance", "{value} of 10 cm").format(value=num(g.physician_global))
        if g.physician_global is not None
        else "–"
    )
    if g.cmas is not None and g.mmt8 is None:
        return translate(
            "ReportGlance",
            "CMAS <b>{cmas} of 52</b> (higher is better) · physician global <b>{physician}</b> "
            "(visit {day})",
        ).format(cmas=g.cmas, physician=phga, day=formats.day(g.visit_day))
    return translate(
        "ReportGlance", "MMT-8 <b>{mmt}</b> · physician global <b>{physician}</b> (visit {day})"
    ).format(mmt=mmt, physician=phga, day=formats.day(g.visit_day))


def _enzymes(g: Glance) -> str:
    if not g.enzymes:
        return translate("ReportGlance", "No muscle enzyme results recorded.")
    days = {e.day for e in g.enzymes}
    same = len(days) == 1
    items = []
    for e in g.enzymes:
        times = e.times_uln
        rel = (
            f" = <b>{num(times)} × ULN</b>"
            if times is not None
            else " " + translate("ReportGlance", "(no upper limit given)")
        )
        high = " ▲" if times is not None and times > Decimal(1) else ""
        when = "" if same else f" ({formats.day(e.day)})"
        items.append(f"{esc(analyte_name(e.name))} {num(e.value)} {esc(e.unit)}{rel}{high}{when}")
    on = (
        " " + translate("ReportGlance", "(all on {day})").format(day=formats.day(next(iter(days))))
        if same
        else ""
    )
    return " · ".join(items) + on


def _weight(g: Glance) -> str:
    parts = []
    if g.weight_kg is not None:
        bmi = f", BMI {num(g.bmi)}" if g.bmi is not None else ""
        parts.append(
            translate("ReportGlance", "Weight <b>{weight} kg</b> ({day}{bmi})").format(
                weight=num(g.weight_kg),
                day=formats.day(g.weight_day) if g.weight_day else _d(g.weight_day),
                bmi=bmi,
            )
        )
    else:
        parts.append(translate("ReportGlance", "No weight recorded"))
    if g.last_course_start is not None:
        which = _basis(g.last_course_basis)
        parts.append(
            translate(
                "ReportGlance",
                "last course {day}: {g_per_kg} g/kg dosed on the {basis} weight <b>{weight} kg</b>",
            ).format(
                day=formats.day(g.last_course_start),
                g_per_kg=num(g.last_course_g_per_kg),
                basis=which,
                weight=num(g.last_course_dose_weight),
            )
        )
    if g.next_due is not None and g.next_due_days is not None:
        due = g.next_due_days
        overdue = -due
        when = (
            translate("ReportGlance", "today")
            if due == 0
            else translate("ReportGlance", "in %n day(s)", None, due)
            if due > 0
            else translate("ReportGlance", "%n day(s) overdue", None, overdue)
        )
        if g.next_planned_g_per_kg is not None and g.next_planned_dose_weight is not None:
            # the planned course's dosing weight, as chosen in the planner (clinical.md §8)
            parts.append(
                translate(
                    "ReportGlance",
                    "next course planned <b>{day}</b> ({when}): {g_per_kg} g/kg on the {basis} "
                    "weight <b>{weight} kg</b> = {total} g",
                ).format(
                    day=formats.day(g.next_due),
                    when=when,
                    g_per_kg=num(g.next_planned_g_per_kg),
                    basis=_basis(g.next_planned_basis),
                    weight=num(g.next_planned_dose_weight),
                    total=num(g.next_planned_total_g),
                )
            )
        else:
            parts.append(
                translate("ReportGlance", "next course due <b>{day}</b> ({when})").format(
                    day=formats.day(g.next_due), when=when
                )
            )
    return " · ".join(parts) + "."


def _basis(key: str) -> str:
    """The weight a dose was based on, in words (one of infusion.DOSING_BASES)."""
    return {
        "actual": translate("ReportGlance", "actual", "the dosing weight: the body weight"),
        "ideal": translate("ReportGlance", "ideal (Devine)", "the dosing weight"),
        "adjusted": translate(
            "ReportGlance", "adjusted", "the dosing weight: the adjusted body weight"
        ),
    }.get(key) or said(key)


def _steps(g: Glance) -> str:
    """Average steps a day, week by week (the latest weeks of the period)."""
    weeks = g.steps_weeks[-STEP_WEEKS_SHOWN:]
    items = [
        translate("ReportGlance", "week of {day}: <b>{steps}</b> (%n day(s))", None, days).format(
            day=formats.day(monday), steps=formats.number(steps)
        )
        for monday, steps, days in weeks
    ]
    intro = translate("ReportGlance", "Average steps a day, by week (from a phone or watch):")
    more = (
        " " + translate("ReportGlance", "(the last %n weeks of the period)", None, STEP_WEEKS_SHOWN)
        if len(g.steps_weeks) > STEP_WEEKS_SHOWN
        else ""
    )
    return f"{intro} {' · '.join(items)}{more}."


def glance_html(g: Glance | None) -> str:
    """The "At a glance" table (two columns: what, and the facts in words)."""
    if g is None:
        return ""
    rows: tuple[tuple[str, str], ...] = (
        (translate("ReportGlance", "Safety"), _safety(g)),
        ("TIS", _tis(g)),
        (translate("ReportGlance", "Deterioration"), _deterioration(g)),
        (translate("ReportGlance", "Muscle"), _muscle(g)),
        (translate("ReportGlance", "Enzymes (latest)"), _enzymes(g)),
        (translate("ReportGlance", "Weight and dose"), _weight(g)),
    )
    if g.steps_weeks:
        rows += ((translate("ReportGlance", "Steps"), _steps(g)),)
    body = "".join(
        f'<tr><td width="17%" valign="top"><b>{label}</b></td><td>{text}</td></tr>'
        for label, text in rows
    )
    title = translate("ReportGlance", "At a glance")
    return (
        f"<h2>{title}</h2>"
        f'<table class="box" width="100%" cellpadding="3" cellspacing="0">{body}</table>'
    )
