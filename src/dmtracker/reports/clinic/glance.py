"""Page 1's first block, "At a glance": what a rheumatologist needs in the first minute (issue
16, item 6): safety (a past clot, the blood thinner, the rate cap), the TIS with its baseline and
the rule that picked it, the ProDERM deterioration check with the rule's text, muscle (MMT-8,
physician global), enzymes as multiples of the upper limit, weight, dosing weight and the next
course due.
"""

from __future__ import annotations

from decimal import Decimal

from dmtracker.domain import tis
from dmtracker.reports.clinic.html_bits import esc, num
from dmtracker.services.report_glance import EventLine, Glance

# The rule as the app applies it, printed beside the check (issue 16 item 7; see domain/tis.py).
DETERIORATION_RULE = tis.DETERIORATION_RULE_TEXT


def _d(value: object) -> str:
    return "–" if value is None else str(value)


def _event(e: EventLine) -> str:
    what = []
    if e.thrombosis:
        what.append("blood clot or stroke")
    if e.red_flag:
        what.append("red flag")
    if e.serious:
        what.append("serious")
    what.append(f"grade {e.grade}")
    action = f"; {esc(e.action)}" if e.action else ""
    return f"{e.day.isoformat()} {esc(e.term)} ({', '.join(what)}{action})"


def _safety(g: Glance) -> str:
    parts = []
    if g.events:
        more = (
            f" ({g.events_total} in all; the rest in the Tables)"
            if g.events_total > len(g.events)
            else ""
        )
        parts.append(
            "Red flags and serious events: " + "; ".join(_event(e) for e in g.events) + more
        )
    else:
        parts.append("No red flags or serious events recorded")
    if any(e.thrombosis for e in g.events) or g.anticoagulants:
        parts.append(
            "Blood thinner now: " + "; ".join(esc(a) for a in g.anticoagulants)
            if g.anticoagulants
            else "No blood thinner recorded as current"
        )
    cap = f"infusion rate at most {num(g.cap)} mL/kg/min (IVIG label)"
    parts.append(f"{esc(g.risk_text).capitalize()}: {cap}")
    text = ". ".join(parts) + "."
    return f'<span class="warn">⚠</span> {text}' if g.events or g.at_risk else text


def _tis(g: Glance) -> str:
    if g.tis_total is None:
        return "No TIS yet (needs a baseline and a later clinic visit)."
    partial = " (partial: estimate)" if g.tis_partial else ""
    base = g.tis_baseline.isoformat() if g.tis_baseline else "–"
    reason = g.tis_baseline_reason.rstrip(".")
    reason = reason[:1].lower() + reason[1:]
    return (
        f"Total Improvement Score <b>{num(g.tis_total)}{partial}</b>, {esc(g.tis_category)}, "
        f"visit {g.tis_visit.isoformat() if g.tis_visit else '–'}; baseline visit "
        f"<b>{base}</b> ({esc(reason)})."
    )


def _deterioration(g: Glance) -> str:
    if g.deterioration:
        text = '<span class="warn">⚠</span> ' + esc(g.deterioration_text.removeprefix("⚠ "))
    elif g.tis_baseline is not None and "not checked" not in g.deterioration_text:
        text = "No confirmed deterioration at any two consecutive visits after the baseline."
    else:
        text = esc(g.deterioration_text)
    return f'{text}<br/><span class="small muted">{esc(DETERIORATION_RULE)}</span>'


def _muscle(g: Glance) -> str:
    if g.visit_day is None:
        return "No clinic visit with MMT-8 or physician global recorded."
    mmt = f"{g.mmt8} of {g.mmt8_scale}" if g.mmt8 is not None else "–"
    phga = f"{num(g.physician_global)} of 10 cm" if g.physician_global is not None else "–"
    return f"MMT-8 <b>{mmt}</b> · physician global <b>{phga}</b> (visit {g.visit_day.isoformat()})"


def _enzymes(g: Glance) -> str:
    if not g.enzymes:
        return "No muscle enzyme results recorded."
    days = {e.day for e in g.enzymes}
    same = len(days) == 1
    items = []
    for e in g.enzymes:
        times = e.times_uln
        rel = f" = <b>{num(times)} × ULN</b>" if times is not None else " (no upper limit given)"
        high = " ▲" if times is not None and times > Decimal(1) else ""
        when = "" if same else f" ({e.day.isoformat()})"
        items.append(f"{esc(e.name)} {num(e.value)} {esc(e.unit)}{rel}{high}{when}")
    on = f" (all on {next(iter(days)).isoformat()})" if same else ""
    return " · ".join(items) + on


def _weight(g: Glance) -> str:
    parts = []
    if g.weight_kg is not None:
        bmi = f", BMI {num(g.bmi)}" if g.bmi is not None else ""
        parts.append(f"Weight <b>{num(g.weight_kg)} kg</b> ({_d(g.weight_day)}{bmi})")
    else:
        parts.append("No weight recorded")
    if g.last_course_start is not None:
        which = {"actual": "actual", "ideal": "ideal (Devine)", "adjusted": "adjusted"}.get(
            g.last_course_basis, g.last_course_basis
        )
        parts.append(
            f"last course {g.last_course_start.isoformat()}: {num(g.last_course_g_per_kg)} g/kg "
            f"dosed on the {which} weight <b>{num(g.last_course_dose_weight)} kg</b>"
        )
    if g.next_due is not None and g.next_due_days is not None:
        when = (
            "today"
            if g.next_due_days == 0
            else f"in {g.next_due_days} days"
            if g.next_due_days > 0
            else f"{-g.next_due_days} days overdue"
        )
        parts.append(f"next course due <b>{g.next_due.isoformat()}</b> ({when})")
    return " · ".join(parts) + "."


def glance_html(g: Glance | None) -> str:
    """The "At a glance" table (two columns: what, and the facts in words)."""
    if g is None:
        return ""
    rows = (
        ("Safety", _safety(g)),
        ("TIS", _tis(g)),
        ("Deterioration", _deterioration(g)),
        ("Muscle", _muscle(g)),
        ("Enzymes (latest)", _enzymes(g)),
        ("Weight and dose", _weight(g)),
    )
    body = "".join(
        f'<tr><td width="14%" valign="top"><b>{label}</b></td><td>{text}</td></tr>'
        for label, text in rows
    )
    return (
        "<h2>At a glance</h2>"
        f'<table class="box" width="100%" cellpadding="3" cellspacing="0">{body}</table>'
    )
