"""Side effects of IVIG and the treatment: terms, red flags, grades, outcomes, course links.

Facts used (``docs/clinical.md`` §5):

* Most side effects occur during or within **72 hours** after the end of an infusion course; a
  side effect that starts in that window is linked to the course before it **(app rule)**.
* ProDERM (95 patients on IVIG), drug related: headache 42 %, fever 19 %, nausea 16 %,
  vomiting 8 %, chills 7 %, musculoskeletal pain 7 %, raised blood pressure 6 %;
  thromboembolic events 8 in 6 patients (6.3 %). The common terms below cover these.
* Severity in plain words follows CTCAE v5 grades 1–4, mapped to FHIR severity
  mild / moderate / severe.
* Red flags: show "seek urgent medical care now" at once when logged, grouped by what they can
  mean (clot or stroke, aseptic meningitis, haemolysis, kidney, allergy, infection, DM itself).

The app informs; the red-flag messages say what a symptom can mean and to get help now. They
never tell a patient to change treatment.

Choices made here (documented judgement calls):

* Term matching ignores case, surrounding whitespace and repeated inner whitespace, and treats
  "38 °C" and "38°C" alike. Free text that is not a listed red-flag term is not a red flag
  (the app cannot read free text safely; the patient can tick "red flag" by hand).
* :func:`normalise_term` returns the listed spelling when the text is a listed term in another
  case ("Chest Pain" -> "chest pain"), so stored terms stay canonical.
* Red-flag terms are phrased as a patient would pick them from a list; "breathlessness" (common)
  stays a plain term while "sudden shortness of breath" (clot) and "new cough" (lung disease in
  DM) are red flags.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from dmtracker.domain.errors import ValidationError

__all__ = [
    "ACTIONS",
    "COMMON_TERMS",
    "DEFAULT_WINDOW_HOURS",
    "FHIR_OUTCOMES",
    "FHIR_SEVERITY",
    "GRADES",
    "MAX_TERM_LENGTH",
    "OUTCOMES",
    "RED_FLAG_GROUPS",
    "RED_FLAG_TERMS",
    "TERMS",
    "URGENT",
    "RedFlagGroup",
    "fhir_outcome",
    "fhir_severity",
    "is_listed",
    "is_red_flag",
    "links_to_course",
    "normalise_term",
    "red_flag_group",
]

DEFAULT_WINDOW_HOURS = 72  # clinical.md §5: link to the course when onset ≤ end + 72 h
MAX_WINDOW_HOURS = 24 * 60
MAX_TERM_LENGTH = 120
URGENT = "Seek urgent medical care now"

# Common, expected side effects (ProDERM drug-related events first), in display order.
COMMON_TERMS: tuple[str, ...] = (
    "headache",
    "fever",
    "chills",
    "nausea",
    "vomiting",
    "fatigue",
    "muscle pain",
    "rash",
    "high blood pressure",
    "fast heart rate",
    "breathlessness",
    "infusion-site reaction",
)


@dataclass(frozen=True)
class RedFlagGroup:
    """Red-flag terms that share a meaning and the message a patient reads when one is logged."""

    key: str
    title: str
    message: str
    terms: tuple[str, ...]


RED_FLAG_GROUPS: dict[str, RedFlagGroup] = {
    g.key: g
    for g in (
        RedFlagGroup(
            "clot_stroke",
            "Blood clot or stroke",
            f"{URGENT}. This can be a blood clot in a leg, lung, heart or brain (a stroke), a "
            "known risk in the days after IVIG. Call your emergency number; do not drive "
            "yourself. Say that you recently had IVIG.",
            (
                "chest pain",
                "pain on deep breathing",
                "sudden shortness of breath",
                "swollen painful arm or leg",
                "one-sided weakness or numbness",
                "trouble speaking",
                "sudden severe headache",
                "vision loss",
            ),
        ),
        RedFlagGroup(
            "meningitis",
            "Aseptic meningitis",
            f"{URGENT}. A stiff neck or eyes that hurt in the light, often with a severe headache "
            "and fever, can be aseptic meningitis: swelling of the lining of the brain, a known "
            "reaction from a few hours to 2 days after IVIG. Call your doctor or emergency "
            "number now and say that you recently had IVIG.",
            ("stiff neck", "light sensitivity"),
        ),
        RedFlagGroup(
            "haemolysis",
            "Haemolysis (red blood cells breaking down)",
            f"{URGENT}. Dark red or brown urine, or yellow skin or eyes, can mean red blood cells "
            "are breaking down (haemolysis), a known reaction in the days after IVIG. Call your "
            "doctor or emergency number now and say that you recently had IVIG.",
            ("dark urine", "yellow skin or eyes"),
        ),
        RedFlagGroup(
            "kidney",
            "Kidney problem",
            f"{URGENT}. Passing much less urine than usual, or sudden swelling or weight gain, "
            "can mean the kidneys are not working well, a known risk after IVIG. Call your "
            "doctor or emergency number now and say that you recently had IVIG.",
            ("much less urine", "sudden swelling or weight gain"),
        ),
        RedFlagGroup(
            "allergy",
            "Severe allergic reaction",
            f"{URGENT}. Swelling of the throat or mouth, wheeze or fainting can be a severe "
            "allergic reaction. If an infusion is running, tell the nurse at once; otherwise "
            "call your emergency number.",
            ("throat or mouth swelling", "wheeze", "fainting"),
        ),
        RedFlagGroup(
            "infection",
            "Serious infection",
            f"{URGENT}. A fever above 38 °C while you take medicines that damp down the immune "
            "system (such as prednisone, methotrexate, azathioprine or mycophenolate) can be a "
            "serious infection. Call your doctor, out-of-hours service or emergency number now.",
            ("fever above 38 °C",),
        ),
        RedFlagGroup(
            "dm_emergency",
            "Dermatomyositis flare",
            f"{URGENT}. New choking on food, a new cough or breathlessness, a skin ulcer, or "
            "weakness that is quickly getting worse can mean the dermatomyositis itself is "
            "affecting the throat, lungs, skin or muscles. Call your myositis team, doctor or "
            "emergency number now.",
            ("choking on food", "new cough", "skin ulcer", "rapidly worsening weakness"),
        ),
    )
}

RED_FLAG_TERMS: tuple[str, ...] = tuple(t for g in RED_FLAG_GROUPS.values() for t in g.terms)

# The controlled list in display order: common terms, then red flags grouped by meaning.
TERMS: tuple[str, ...] = COMMON_TERMS + RED_FLAG_TERMS


def _key(text: str) -> str:
    """Comparison key: casefolded, whitespace collapsed, "38 °C" and "38°C" alike."""
    return " ".join(text.split()).casefold().replace(" °", "°")


_LISTED: dict[str, str] = {_key(t): t for t in TERMS}
_GROUP_OF: dict[str, RedFlagGroup] = {_key(t): g for g in RED_FLAG_GROUPS.values() for t in g.terms}


def is_listed(term: str) -> bool:
    """True when ``term`` is on the controlled list (case and spacing ignored)."""
    return isinstance(term, str) and _key(term) in _LISTED


def red_flag_group(term: str) -> RedFlagGroup | None:
    """The red-flag group of a listed red-flag term, or None for any other text."""
    if not isinstance(term, str):
        return None
    return _GROUP_OF.get(_key(term))


def is_red_flag(term: str) -> bool:
    """True when ``term`` is a listed red-flag term (case-insensitive, whitespace ignored).

    Free text is never guessed at: "headache", "fever" or "my chest hurts" are False.
    """
    return red_flag_group(term) is not None


def normalise_term(text: str) -> str:
    """Clean a side-effect term: strip, collapse inner whitespace, at most 120 characters.

    A listed term typed in another case comes back in the list's spelling. Empty text, a
    non-string, control characters or more than 120 characters raise ``ValidationError`` naming
    ``term``.
    """
    if not isinstance(text, str):
        raise ValidationError("term", f"must be text, got {type(text).__name__}")
    clean = " ".join(text.split())
    if not clean:
        raise ValidationError("term", "must not be empty")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in clean):
        raise ValidationError("term", "contains a control character")
    if len(clean) > MAX_TERM_LENGTH:
        raise ValidationError(
            "term", f"must be at most {MAX_TERM_LENGTH} characters, got {len(clean)}"
        )
    return _LISTED.get(_key(clean), clean)


# --- Linking a side effect to an infusion course -------------------------------------------
def _aware(value: Any, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(name, f"must be a date and time, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, "must include a time zone (naive datetimes are ambiguous)")
    return value


def _hours(value: Any) -> timedelta:
    what = f"a number of hours from 0 to {MAX_WINDOW_HOURS}"
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValidationError("window_hours", f"must be {what}, got {value!r}")
    try:
        d = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError("window_hours", f"must be {what}, got {value!r}") from None
    if not d.is_finite() or not 0 <= d <= MAX_WINDOW_HOURS:
        raise ValidationError("window_hours", f"must be {what}, got {value!r}")
    micro = d * 3_600_000_000
    return timedelta(microseconds=math.floor(micro))


def links_to_course(
    onset: datetime,
    course_start: datetime,
    course_end: datetime,
    window_hours: int | Decimal | float | str = DEFAULT_WINDOW_HOURS,
) -> bool:
    """True when a side effect starting at ``onset`` belongs to the course (app rule, §5).

    ``course_start ≤ onset ≤ course_end + window_hours``, both edges included. All three must be
    timezone-aware; they may be in different zones (compared as instants). Naive datetimes and a
    ``course_end`` before ``course_start`` raise ``ValidationError`` (a ``ValueError``).
    """
    on = _aware(onset, "onset")
    start = _aware(course_start, "course_start")
    end = _aware(course_end, "course_end")
    if end < start:
        raise ValidationError("course_end", "is before course_start")
    return start <= on <= end + _hours(window_hours)


# --- Severity, outcome, action --------------------------------------------------------------
# CTCAE v5 grades 1–4 in plain words (clinical.md §5). Grade 5 (death) is not offered.
GRADES: dict[int, str] = {
    1: "Noticeable, no treatment needed",
    2: "Needed a simple remedy, or stopped me cooking, shopping or housework",
    3: "Needed a doctor or hospital, or I couldn't wash, dress, eat or use the toilet alone",
    4: "Life-threatening",
}

# FHIR R4 AdverseEvent.severity (adverse-event-severity: mild | moderate | severe).
FHIR_SEVERITY: dict[int, str] = {1: "mild", 2: "moderate", 3: "severe", 4: "severe"}


def fhir_severity(grade: int) -> str:
    """FHIR severity for a CTCAE grade: 1 mild, 2 moderate, 3–4 severe."""
    if isinstance(grade, bool) or not isinstance(grade, int) or grade not in FHIR_SEVERITY:
        raise ValidationError("grade", f"must be a whole number from 1 to 4, got {grade!r}")
    return FHIR_SEVERITY[grade]


OUTCOMES: dict[str, str] = {
    "recovered": "Recovered",
    "recovering": "Recovering",
    "not_recovered": "Not recovered",
    "recovered_with_lasting_effects": "Recovered with lasting effects",
    "unknown": "Unknown",
}

# FHIR R4 AdverseEvent.outcome (adverse-event-outcome code system).
FHIR_OUTCOMES: dict[str, str] = {
    "recovered": "resolved",
    "recovering": "recovering",
    "not_recovered": "ongoing",
    "recovered_with_lasting_effects": "resolvedWithSequelae",
    "unknown": "unknown",
}


def fhir_outcome(outcome: str) -> str:
    """FHIR AdverseEvent.outcome code for an :data:`OUTCOMES` key."""
    if outcome not in FHIR_OUTCOMES:
        raise ValidationError("outcome", f"must be one of {', '.join(OUTCOMES)}; got {outcome!r}")
    return FHIR_OUTCOMES[outcome]


# Suggestions for "what was done" (free text is also allowed).
ACTIONS: dict[str, str] = {
    "none": "None",
    "painkiller": "Took a painkiller",
    "infusion_slowed": "Infusion slowed",
    "infusion_stopped": "Infusion stopped",
    "saw_doctor": "Saw a doctor",
    "hospital": "Went to hospital",
}
