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
* §8 (wave 2): TRALI (breathing trouble, low oxygen, blue lips within 6 h of an infusion), stroke
  by FAST (face drooping, arm weakness, speech trouble, time to call), sudden confusion, severe
  headache with stiff neck or light sensitivity (aseptic meningitis), fever ≥ 38.0 °C on
  immunosuppressants (infection), methotrexate toxicity (mouth ulcers, unusual bruising or
  bleeding, sore throat with fever, new cough or breathlessness).
* §8: CTCAE v5 grades in plain words (1 mild; 2 moderate, simple treatment, limits some daily
  activities; 3 severe or medically significant, hospital care indicated, limits self-care;
  4 life-threatening, urgent intervention).

The app informs; the red-flag messages say what a symptom can mean and to get help now. They
never tell a patient to change treatment.

Choices made here (documented judgement calls):

* Term matching ignores case, surrounding whitespace and repeated inner whitespace, and treats
  "38 °C" and "38°C" alike. Free text that is not a listed red-flag term is not a red flag
  (the app cannot read free text safely; the patient can tick "red flag" by hand).
* :func:`normalise_term` returns the listed spelling when the text is a listed term in another
  case ("Chest Pain" -> "chest pain"), so stored terms stay canonical.
* Red-flag terms are phrased as a patient would pick them from a list. Plain "breathlessness"
  is no longer a common term: after IVIG it can mean TRALI, a lung clot, anaphylaxis or fluid
  overload (§5 lists new breathlessness), so it is read as the red flag "new or worse
  breathlessness" (:data:`ALIASES`). Earlier spellings of a term (e.g. "fever above 38 °C",
  now "fever of 38 °C or more", §8) are aliases too: old records keep their words and their mark.
* The follow-up card's rules (:func:`follow_up_red_flags`): fever with a temperature of
  38.0 °C or more is the infection red flag; a headache of 8–10 out of 10 is "severe headache"
  (**app rule**: the top of the 0–10 scale; §8 lists severe headache among the meningitis signs).
* A red-flag entry is never saved with a silent default grade (the service asks for it); going
  to hospital proposes "serious" (:func:`proposes_serious`), the user decides.
* Thrombosis events (:func:`is_thrombosis_event`): the clot-or-stroke and stroke (FAST) red flags
  and free text naming a clot, thrombosis, DVT, embolism or stroke. Logging one prompts the user
  to record a history of thrombosis in the profile (a prompt, never a silent change).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, translate

__all__ = [
    "ACTIONS",
    "ALIASES",
    "COMMON_TERMS",
    "DEFAULT_WINDOW_HOURS",
    "FEVER_RED_FLAG_C",
    "FHIR_OUTCOMES",
    "FHIR_SEVERITY",
    "GRADES",
    "MAX_TERM_LENGTH",
    "OUTCOMES",
    "RED_FLAG_GROUPS",
    "RED_FLAG_TERMS",
    "SEVERE_HEADACHE",
    "TERMS",
    "THROMBOSIS_GROUPS",
    "URGENT",
    "RedFlagGroup",
    "fhir_outcome",
    "fhir_severity",
    "follow_up_red_flags",
    "is_listed",
    "is_red_flag",
    "is_thrombosis_event",
    "links_to_course",
    "normalise_term",
    "proposes_serious",
    "red_flag_group",
]

DEFAULT_WINDOW_HOURS = 72  # clinical.md §5: link to the course when onset ≤ end + 72 h
MAX_WINDOW_HOURS = 24 * 60
MAX_TERM_LENGTH = 120
URGENT = translate("RedFlags", "Seek urgent medical care now")

# Common, expected side effects (ProDERM drug-related events first), in display order.
COMMON_TERMS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "headache"),
    QT_TRANSLATE_NOOP("Vocabulary", "fever"),
    QT_TRANSLATE_NOOP("Vocabulary", "chills"),
    QT_TRANSLATE_NOOP("Vocabulary", "nausea"),
    QT_TRANSLATE_NOOP("Vocabulary", "vomiting"),
    QT_TRANSLATE_NOOP("Vocabulary", "fatigue"),
    QT_TRANSLATE_NOOP("Vocabulary", "muscle pain"),
    QT_TRANSLATE_NOOP("Vocabulary", "rash"),
    QT_TRANSLATE_NOOP("Vocabulary", "high blood pressure"),
    QT_TRANSLATE_NOOP("Vocabulary", "fast heart rate"),
    QT_TRANSLATE_NOOP("Vocabulary", "infusion-site reaction"),
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
            translate("RedFlags", "Blood clot or stroke"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "This can be a blood clot in a leg, lung, heart or brain (a stroke), a "
                "known risk in the days after IVIG. Call your emergency number; do not drive "
                "yourself. Say that you recently had IVIG.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "chest pain"),
                QT_TRANSLATE_NOOP("Vocabulary", "pain on deep breathing"),
                QT_TRANSLATE_NOOP("Vocabulary", "sudden shortness of breath"),
                QT_TRANSLATE_NOOP("Vocabulary", "swollen painful arm or leg"),
                QT_TRANSLATE_NOOP("Vocabulary", "one-sided weakness or numbness"),
                QT_TRANSLATE_NOOP("Vocabulary", "trouble speaking"),
                QT_TRANSLATE_NOOP("Vocabulary", "sudden severe headache"),
                QT_TRANSLATE_NOOP("Vocabulary", "vision loss"),
            ),
        ),
        RedFlagGroup(
            "stroke_fast",
            translate("RedFlags", "Stroke (FAST: face, arms, speech, time)"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "A drooping face, a weak arm, trouble speaking or sudden confusion can be "
                "a stroke, a known risk in the days after IVIG. Think FAST: Face, Arms, Speech, "
                "Time to call. Call your emergency number now, note the time it began, and say "
                "that you "
                "recently had IVIG.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "face drooping"),
                QT_TRANSLATE_NOOP("Vocabulary", "sudden confusion"),
            ),
        ),
        RedFlagGroup(
            "trali_lung_clot",
            translate("RedFlags", "Breathing trouble: lung reaction (TRALI) or lung clot"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "Trouble breathing or blue lips within 6 hours of an infusion can be a "
                "lung reaction to the infusion (TRALI, low oxygen). New or worse breathlessness at "
                "any time after IVIG can also be a clot in the lung, a severe allergic reaction or "
                "too much fluid. If an infusion is running, tell the nurse at once; otherwise call "
                "your emergency number and say that you recently had IVIG.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "new or worse breathlessness"),
                QT_TRANSLATE_NOOP("Vocabulary", "trouble breathing within 6 hours of an infusion"),
                QT_TRANSLATE_NOOP("Vocabulary", "blue lips"),
            ),
        ),
        RedFlagGroup(
            "meningitis",
            translate("RedFlags", "Aseptic meningitis"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "A severe headache, a stiff neck or eyes that hurt in the light, often "
                "with fever, can be aseptic meningitis: swelling of the lining of the brain, a "
                "known reaction from a few hours to 2 days after IVIG. Call your doctor or "
                "emergency "
                "number now and say that you recently had IVIG.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "severe headache"),
                QT_TRANSLATE_NOOP("Vocabulary", "stiff neck"),
                QT_TRANSLATE_NOOP("Vocabulary", "light sensitivity"),
            ),
        ),
        RedFlagGroup(
            "haemolysis",
            translate("RedFlags", "Haemolysis (red blood cells breaking down)"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "Dark red or brown urine, or yellow skin or eyes, can mean red blood cells "
                "are breaking down (haemolysis), a known reaction in the days after IVIG. Call "
                "your doctor or emergency number now and say that you recently had IVIG.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "dark urine"),
                QT_TRANSLATE_NOOP("Vocabulary", "yellow skin or eyes"),
            ),
        ),
        RedFlagGroup(
            "kidney",
            translate("RedFlags", "Kidney problem"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "Passing much less urine than usual, or sudden swelling or weight gain, "
                "can mean the kidneys are not working well, a known risk after IVIG. Call your "
                "doctor or emergency number now and say that you recently had IVIG.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "much less urine"),
                QT_TRANSLATE_NOOP("Vocabulary", "sudden swelling or weight gain"),
            ),
        ),
        RedFlagGroup(
            "allergy",
            translate("RedFlags", "Severe allergic reaction"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "Swelling of the throat or mouth, wheeze or fainting can be a severe "
                "allergic reaction. If an infusion is running, tell the nurse at once; otherwise "
                "call your emergency number.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "throat or mouth swelling"),
                QT_TRANSLATE_NOOP("Vocabulary", "wheeze"),
                QT_TRANSLATE_NOOP("Vocabulary", "fainting"),
            ),
        ),
        RedFlagGroup(
            "infection",
            translate("RedFlags", "Serious infection"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "A temperature of 38.0 °C or more while you take medicines that damp "
                "down the immune system (such as prednisone, methotrexate, azathioprine or "
                "mycophenolate) can be a serious infection. Call your doctor, out-of-hours service "
                "or emergency number now.",
            ),
            (QT_TRANSLATE_NOOP("Vocabulary", "fever of 38 °C or more"),),
        ),
        RedFlagGroup(
            "methotrexate_toxicity",
            translate("RedFlags", "Methotrexate side effects on blood, mouth or lungs"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "Mouth ulcers, unusual bruising or bleeding, or a sore throat with fever "
                "can be signs that methotrexate is affecting the blood cells or the lining of the "
                "mouth; with a new cough or breathlessness, the lungs. Call your doctor or "
                "out-of-hours service today, or your emergency number if you feel very unwell, and "
                "say that you take methotrexate.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "mouth ulcers"),
                QT_TRANSLATE_NOOP("Vocabulary", "unusual bruising or bleeding"),
                QT_TRANSLATE_NOOP("Vocabulary", "sore throat with fever"),
            ),
        ),
        RedFlagGroup(
            "dm_emergency",
            translate("RedFlags", "Dermatomyositis affecting the throat, lungs, skin or muscles"),
            translate(
                "RedFlags",
                "Seek urgent medical care now. "
                "New choking on food, a new cough or breathlessness, a skin ulcer, or "
                "weakness that is quickly getting worse can mean the dermatomyositis itself is "
                "affecting the throat, lungs, skin or muscles. Call your myositis team, doctor or "
                "emergency number now.",
            ),
            (
                QT_TRANSLATE_NOOP("Vocabulary", "choking on food"),
                QT_TRANSLATE_NOOP("Vocabulary", "new cough"),
                QT_TRANSLATE_NOOP("Vocabulary", "skin ulcer"),
                QT_TRANSLATE_NOOP("Vocabulary", "rapidly worsening weakness"),
            ),
        ),
    )
}

RED_FLAG_TERMS: tuple[str, ...] = tuple(t for g in RED_FLAG_GROUPS.values() for t in g.terms)

# The controlled list in display order: common terms, then red flags grouped by meaning.
TERMS: tuple[str, ...] = COMMON_TERMS + RED_FLAG_TERMS


# Other spellings read as a listed term (earlier versions' terms, and plain words that after IVIG
# are a red flag: clinical.md §5 "new breathlessness"). Old records keep their own words.
ALIASES: dict[str, str] = {
    QT_TRANSLATE_NOOP("Vocabulary", "breathlessness"): "new or worse breathlessness",
    QT_TRANSLATE_NOOP("Vocabulary", "shortness of breath"): "new or worse breathlessness",
    QT_TRANSLATE_NOOP("Vocabulary", "fever above 38 °C"): "fever of 38 °C or more",
}

# Groups whose terms mean a possible clot or stroke: logging one prompts for the history.
THROMBOSIS_GROUPS: tuple[str, ...] = ("clot_stroke", "stroke_fast")
_THROMBOSIS_WORDS = re.compile(
    r"\b(?:blood clots?|clots?|thrombo\w*|dvt|embol\w*|stroke|tia)\b", re.IGNORECASE
)

FEVER_RED_FLAG_C = Decimal("38.0")  # clinical.md §8: fever ≥ 38.0 °C on immunosuppressants
SEVERE_HEADACHE = 8  # app rule: 8–10 of 10 on the follow-up card is "severe headache" (§8)


def _key(text: str) -> str:
    """Comparison key: casefolded, whitespace collapsed, "38 °C" and "38°C" alike."""
    return " ".join(text.split()).casefold().replace(" °", "°")


_LISTED: dict[str, str] = {_key(t): t for t in TERMS}
_LISTED.update({_key(old): new for old, new in ALIASES.items()})
_GROUP_OF: dict[str, RedFlagGroup] = {_key(t): g for g in RED_FLAG_GROUPS.values() for t in g.terms}
_GROUP_OF.update({_key(old): _GROUP_OF[_key(new)] for old, new in ALIASES.items()})


def is_listed(term: str) -> bool:
    """True when ``term`` is on the controlled list or an alias of it (case, spacing ignored)."""
    return isinstance(term, str) and _key(term) in _LISTED


def red_flag_group(term: str) -> RedFlagGroup | None:
    """The red-flag group of a listed red-flag term, or None for any other text."""
    if not isinstance(term, str):
        return None
    return _GROUP_OF.get(_key(term))


def is_red_flag(term: str) -> bool:
    """True when ``term`` is a listed red-flag term (case-insensitive, whitespace ignored).

    Free text is never guessed at: "headache", "fever" or "my chest hurts" are False. An alias
    counts ("breathlessness" is "new or worse breathlessness").
    """
    return red_flag_group(term) is not None


def is_thrombosis_event(term: str) -> bool:
    """True for a clot or stroke red flag, or text naming a clot, thrombosis, DVT, embolism or
    stroke ("DVT left calf", "pulmonary embolism"). Logging one prompts for the history."""
    if not isinstance(term, str):
        return False
    group = red_flag_group(term)
    if group is not None:
        return group.key in THROMBOSIS_GROUPS
    return _THROMBOSIS_WORDS.search(term) is not None


def proposes_serious(action_taken: str) -> bool:
    """True when what was done included a hospital: "serious" is then proposed (not forced)."""
    return isinstance(action_taken, str) and (
        action_taken == "hospital" or "hospital" in action_taken.casefold()
    )


def follow_up_red_flags(
    headache: int | None, fever: bool, temperature_c: Decimal | None
) -> list[str]:
    """Red flags that follow from the follow-up card's answers (clinical.md §8).

    A headache of 8–10 is "severe headache" (app rule); fever with a temperature of 38.0 °C or
    more is "fever of 38 °C or more" (infection on immunosuppressants). A fever ticked without
    a temperature, or below 38.0 °C, is plain "fever".
    """
    out: list[str] = []
    if headache is not None and headache >= SEVERE_HEADACHE:
        out.append("severe headache")
    if fever and temperature_c is not None and temperature_c >= FEVER_RED_FLAG_C:
        out.append("fever of 38 °C or more")
    return out


def normalise_term(text: str) -> str:
    """Clean a side-effect term: strip, collapse inner whitespace, at most 120 characters.

    A listed term typed in another case comes back in the list's spelling. Empty text, a
    non-string, control characters or more than 120 characters raise ``ValidationError`` naming
    ``term``.
    """
    if not isinstance(text, str):
        raise ValidationError(
            "term",
            translate("Validation", "must be text, got {value}").format(value=type(text).__name__),
        )
    clean = " ".join(text.split())
    if not clean:
        raise ValidationError("term", translate("Validation", "must not be empty"))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in clean):
        raise ValidationError("term", translate("Validation", "contains a control character"))
    if len(clean) > MAX_TERM_LENGTH:
        limit = MAX_TERM_LENGTH
        raise ValidationError(
            "term",
            translate(
                "Validation", "must be at most %n character(s), got {length}", None, limit
            ).format(length=len(clean)),
        )
    return _LISTED.get(_key(clean), clean)


# --- Linking a side effect to an infusion course -------------------------------------------
def _aware(value: Any, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(
            name,
            translate("Validation", "must be a date and time, got {value}").format(
                value=type(value).__name__
            ),
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            name,
            translate("Validation", "must include a time zone (naive datetimes are ambiguous)"),
        )
    return value


def _hours(value: Any) -> timedelta:
    refused = ValidationError(
        "window_hours",
        translate("Validation", "must be a number of hours from 0 to {high}, got {value}").format(
            high=MAX_WINDOW_HOURS, value=repr(value)
        ),
    )
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise refused
    try:
        d = Decimal(str(value).strip())
    except InvalidOperation:
        raise refused from None
    if not d.is_finite() or not 0 <= d <= MAX_WINDOW_HOURS:
        raise refused
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
        raise ValidationError("course_end", translate("Validation", "is before course_start"))
    return start <= on <= end + _hours(window_hours)


# --- Severity, outcome, action --------------------------------------------------------------
# CTCAE v5 grades 1–4 in plain words (clinical.md §8, NCI CTCAE v5.0 grade definitions).
# Grade 3 is hospital care or limited self-care, not "saw a doctor" (a GP visit is grade 2 at
# most). Grade 5 (death) is not offered.
# Texts (shown with dmtracker.i18n.localize).
GRADES: dict[int, str] = {
    1: translate("SideEffects", "Mild: noticeable, no treatment needed"),
    2: translate(
        "SideEffects",
        "Moderate: needed a simple treatment, or limited everyday tasks like cooking or shopping",
    ),
    3: translate(
        "SideEffects",
        "Severe or medically significant: hospital care needed, or I couldn't wash, dress, "
        "eat or use the toilet on my own",
    ),
    4: translate("SideEffects", "Life-threatening: needed urgent treatment"),
}

# FHIR R4 AdverseEvent.severity (adverse-event-severity: mild | moderate | severe).
FHIR_SEVERITY: dict[int, str] = {1: "mild", 2: "moderate", 3: "severe", 4: "severe"}


def fhir_severity(grade: int) -> str:
    """FHIR severity for a CTCAE grade: 1 mild, 2 moderate, 3–4 severe."""
    if isinstance(grade, bool) or not isinstance(grade, int) or grade not in FHIR_SEVERITY:
        raise ValidationError(
            "grade",
            translate(
                "Validation", "must be a whole number from {low} to {high}, got {value}"
            ).format(low=1, high=4, value=repr(grade)),
        )
    return FHIR_SEVERITY[grade]


OUTCOMES: dict[str, str] = {
    "recovered": QT_TRANSLATE_NOOP("Vocabulary", "Recovered"),
    "recovering": QT_TRANSLATE_NOOP("Vocabulary", "Recovering"),
    "not_recovered": QT_TRANSLATE_NOOP("Vocabulary", "Not recovered"),
    "recovered_with_lasting_effects": QT_TRANSLATE_NOOP(
        "Vocabulary", "Recovered with lasting effects"
    ),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
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
        raise ValidationError(
            "outcome",
            translate("Validation", "must be one of {options}; got {value}").format(
                options=", ".join(OUTCOMES), value=repr(outcome)
            ),
        )
    return FHIR_OUTCOMES[outcome]


# Suggestions for "what was done" (free text is also allowed).
ACTIONS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Vocabulary", "None"),
    "painkiller": QT_TRANSLATE_NOOP("Vocabulary", "Took a painkiller"),
    "infusion_slowed": QT_TRANSLATE_NOOP("Vocabulary", "Infusion slowed"),
    "infusion_stopped": QT_TRANSLATE_NOOP("Vocabulary", "Infusion stopped"),
    "saw_doctor": QT_TRANSLATE_NOOP("Vocabulary", "Saw a doctor"),
    "hospital": QT_TRANSLATE_NOOP("Vocabulary", "Went to hospital"),
}
