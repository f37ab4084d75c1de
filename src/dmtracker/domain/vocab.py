"""Controlled vocabularies: the choices a record field may take, with the words shown to people.

Keys are stored in the database; labels are shown. Order is display order. Every label (and a
self-test's instruction) is English, marked with ``QT_TRANSLATE_NOOP("Vocabulary", ...)``, and
shown with ``dmtracker.i18n.vocabulary(label)`` in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from dmtracker.domain.messages import QT_TRANSLATE_NOOP

SEXES: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("Vocabulary", "Female"),
    "male": QT_TRANSLATE_NOOP("Vocabulary", "Male"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    "unspecified": QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say"),
}

UNIT_SYSTEMS: dict[str, str] = {
    "metric": QT_TRANSLATE_NOOP("Vocabulary", "Metric (kg, cm)"),
    "imperial": QT_TRANSLATE_NOOP("Vocabulary", "Imperial (lb, in)"),
}

# --- Daily check-in -------------------------------------------------------------------------
# The four 0–10 numeric rating scales (0 = none / inactive, 10 = worst imaginable).
DAILY_SCALES: dict[str, str] = {
    "patient_global": QT_TRANSLATE_NOOP("Vocabulary", "How active my disease feels"),
    "fatigue": QT_TRANSLATE_NOOP("Vocabulary", "Fatigue"),
    "pain": QT_TRANSLATE_NOOP("Vocabulary", "Pain"),
    "itch": QT_TRANSLATE_NOOP("Vocabulary", "Worst itch"),
}

# Function items: each scored 0–3 (0 no difficulty, 1 some, 2 much, 3 unable / severe),
# the same four steps as the HAQ answers so patients learn one scale.
FUNCTION_LEVELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "No difficulty"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Some difficulty"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Much difficulty"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Unable"),
}
BREATHLESSNESS_LEVELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "None"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "On hurrying or stairs"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "On walking on the flat"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "At rest"),
}
FUNCTION_ITEMS: dict[str, str] = {
    "stairs": QT_TRANSLATE_NOOP("Vocabulary", "Climbing stairs"),
    "rise_chair": QT_TRANSLATE_NOOP("Vocabulary", "Rising from a chair"),
    "arms_overhead": QT_TRANSLATE_NOOP("Vocabulary", "Lifting arms above the head"),
    "head_from_pillow": QT_TRANSLATE_NOOP("Vocabulary", "Raising the head from the pillow"),
    "swallowing": QT_TRANSLATE_NOOP("Vocabulary", "Swallowing"),
    "voice": QT_TRANSLATE_NOOP("Vocabulary", "Voice (hoarse or weak)"),
    "breathlessness": QT_TRANSLATE_NOOP("Vocabulary", "Breathlessness"),
}


def function_levels(item: str) -> dict[int, str]:
    """The words for 0–3 on a function item."""
    return BREATHLESSNESS_LEVELS if item == "breathlessness" else FUNCTION_LEVELS


# --- Self-tests -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SelfTestKind:
    key: str
    label: str
    unit: str  # canonical unit: "count", "s", "m", "kg", or "" (custom: entered unit)
    higher_is_better: bool
    instruction: str
    timer_seconds: int | None  # countdown length; None = stopwatch or no timer


SELF_TESTS: dict[str, SelfTestKind] = {
    k.key: k
    for k in (
        SelfTestKind(
            "chair_stand_30s",
            QT_TRANSLATE_NOOP("Vocabulary", "30-second chair stand"),
            "count",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Sit in an armless chair, arms crossed on your chest.\n"
                "Stand up fully and sit down as many times as you can in 30 seconds.",
            ),
            30,
        ),
        SelfTestKind(
            "arm_lift_1kg",
            QT_TRANSLATE_NOOP("Vocabulary", "Arm lifts with 1 kg"),
            "count",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Sit upright holding a 1 kg weight at your side.\n"
                "Lift the arm straight forward to shoulder height and down,"
                " as often as you can in 30 s.",
            ),
            30,
        ),
        SelfTestKind(
            "timed_up_and_go",
            QT_TRANSLATE_NOOP("Vocabulary", "Timed Up and Go"),
            "s",
            False,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Sit in a chair. On 'go', stand, walk 3 metres at your usual pace,\n"
                "turn, walk back and sit down. Stop the clock when you are seated.",
            ),
            None,
        ),
        SelfTestKind(
            "six_minute_walk",
            QT_TRANSLATE_NOOP("Vocabulary", "6-minute walk"),
            "m",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Walk back and forth along a measured course for 6 minutes, as far as you can.\n"
                "Rest if you need to. Use the same course every time.",
            ),
            360,
        ),
        SelfTestKind(
            "fi3_neck",
            QT_TRANSLATE_NOOP("Vocabulary", "FI-3 neck flexion"),
            "count",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Lie on your back. Lift your head off the bed, chin to chest,"
                " at 40 beats a minute.\n"
                "Count the lifts until you cannot keep the pace (at most 30).",
            ),
            None,
        ),
        SelfTestKind(
            "fi3_hip",
            QT_TRANSLATE_NOOP("Vocabulary", "FI-3 hip flexion"),
            "count",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Lie on your back. Bend one hip and knee towards you and back,"
                " at 40 beats a minute.\n"
                "Count the lifts on this side until you cannot keep the pace (at most 60).",
            ),
            None,
        ),
        SelfTestKind(
            "fi3_shoulder",
            QT_TRANSLATE_NOOP("Vocabulary", "FI-3 shoulder flexion"),
            "count",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Sit with a 1 kg cuff on the wrist. Lift the straight arm forward to 90°"
                " and down\n"
                "at 40 beats a minute. Count the lifts until you cannot keep the pace"
                " (at most 60).",
            ),
            None,
        ),
        SelfTestKind(
            "grip",
            QT_TRANSLATE_NOOP("Vocabulary", "Grip strength"),
            "kg",
            True,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Sit with the elbow bent at 90°. Squeeze the dynamometer as hard as you can\n"
                "for 3 seconds. Record the best of three tries.",
            ),
            None,
        ),
        SelfTestKind(
            "custom",
            QT_TRANSLATE_NOOP("Vocabulary", "Custom test"),
            "",
            True,
            QT_TRANSLATE_NOOP("Vocabulary", "Your own test: name it and give its unit."),
            None,
        ),
    )
}
# Upper bounds that catch typing mistakes without refusing real results.
SELF_TEST_MAX: dict[str, int] = {
    "count": 200,
    "s": 3600,
    "m": 2000,
    "kg": 150,
    "": 100000,
}
FI3_MAX: dict[str, int] = {"fi3_neck": 30, "fi3_hip": 60, "fi3_shoulder": 60}

SIDES: dict[str, str] = {
    "left": QT_TRANSLATE_NOOP("Vocabulary", "Left"),
    "right": QT_TRANSLATE_NOOP("Vocabulary", "Right"),
    "both": QT_TRANSLATE_NOOP("Vocabulary", "Both"),
    "none": QT_TRANSLATE_NOOP("Vocabulary", "Not sided"),
}
SETTINGS: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP("Vocabulary", "Home"),
    "clinic": QT_TRANSLATE_NOOP("Vocabulary", "Clinic"),
}

# --- Rash -----------------------------------------------------------------------------------
RASH_SITES: dict[str, str] = {
    "eyelids": QT_TRANSLATE_NOOP("Vocabulary", "Eyelids (heliotrope)"),
    "malar": QT_TRANSLATE_NOOP("Vocabulary", "Cheeks (malar)"),
    "face_other": QT_TRANSLATE_NOOP("Vocabulary", "Rest of face"),
    "scalp": QT_TRANSLATE_NOOP("Vocabulary", "Scalp and hair loss"),
    "v_neck": QT_TRANSLATE_NOOP("Vocabulary", "V of neck and chest"),
    "shawl": QT_TRANSLATE_NOOP("Vocabulary", "Upper back and shoulders (shawl)"),
    "holster": QT_TRANSLATE_NOOP("Vocabulary", "Outer thighs (holster)"),
    "knuckles": QT_TRANSLATE_NOOP("Vocabulary", "Knuckles (Gottron's papules)"),
    "extensor": QT_TRANSLATE_NOOP("Vocabulary", "Elbows, knees, ankles (Gottron's sign)"),
    "nail_folds": QT_TRANSLATE_NOOP("Vocabulary", "Nail folds"),
    "mechanics_hands": QT_TRANSLATE_NOOP("Vocabulary", "Sides of fingers (mechanic's hands)"),
    "calcinosis": QT_TRANSLATE_NOOP("Vocabulary", "Calcinosis"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other site"),
}
REDNESS_LEVELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "None"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Pink, faint"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Red"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Dark red or violet"),
}
SCALING_LEVELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "None"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Some scale"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Thick scale or crust"),
}

# --- Infusions ------------------------------------------------------------------------------
INFUSION_SETTINGS: dict[str, str] = {
    "infusion_centre": QT_TRANSLATE_NOOP("Vocabulary", "Infusion centre"),
    "hospital": QT_TRANSLATE_NOOP("Vocabulary", "Hospital"),
    "home": QT_TRANSLATE_NOOP("Vocabulary", "Home (nurse visit)"),
    "clinic": QT_TRANSLATE_NOOP("Vocabulary", "Clinic"),
}
VITAL_PHASES: dict[str, str] = {
    "before": QT_TRANSLATE_NOOP("Vocabulary", "Before"),
    "during": QT_TRANSLATE_NOOP("Vocabulary", "During"),
    "after": QT_TRANSLATE_NOOP("Vocabulary", "After"),
}
RATE_UNITS: dict[str, str] = {"ml_per_kg_min": "mL/kg/min", "ml_per_h": "mL/h"}
COURSE_KINDS: dict[str, str] = {
    "induction": QT_TRANSLATE_NOOP("Vocabulary", "Induction (2 g/kg)"),
    "maintenance": QT_TRANSLATE_NOOP("Vocabulary", "Maintenance"),
}
FOLLOW_UP_DAYS = 3  # the follow-up card shows on days 1..3 after an infusion day


# --- Labs -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Analyte:
    key: str
    label: str
    loinc: str | None
    unit: str  # canonical unit
    is_muscle_enzyme: bool


ANALYTES: dict[str, Analyte] = {
    a.key: a
    for a in (
        Analyte(
            "CK", QT_TRANSLATE_NOOP("Vocabulary", "Creatine kinase (CK)"), "2157-6", "U/L", True
        ),
        Analyte("aldolase", QT_TRANSLATE_NOOP("Vocabulary", "Aldolase"), "1761-6", "U/L", True),
        Analyte(
            "LDH",
            QT_TRANSLATE_NOOP("Vocabulary", "Lactate dehydrogenase (LDH)"),
            "2532-0",
            "U/L",
            True,
        ),
        Analyte("AST", "AST", "1920-8", "U/L", True),
        Analyte("ALT", "ALT", "1742-6", "U/L", True),
    )
}
ENZYME_UNITS: dict[str, str] = {"U/L": "U/L", "ukat/L": "µkat/L"}

# --- Clinic: MMT-8 --------------------------------------------------------------------------
# Neck flexors are axial (scored once); the other seven are scored on each side.
MMT8_MUSCLES: dict[str, str] = {
    "neck_flexors": QT_TRANSLATE_NOOP("Vocabulary", "Neck flexors"),
    "deltoid": QT_TRANSLATE_NOOP("Vocabulary", "Deltoid (middle)"),
    "biceps": QT_TRANSLATE_NOOP("Vocabulary", "Biceps"),
    "wrist_extensors": QT_TRANSLATE_NOOP("Vocabulary", "Wrist extensors"),
    "gluteus_maximus": QT_TRANSLATE_NOOP("Vocabulary", "Gluteus maximus"),
    "gluteus_medius": QT_TRANSLATE_NOOP("Vocabulary", "Gluteus medius"),
    "quadriceps": QT_TRANSLATE_NOOP("Vocabulary", "Quadriceps"),
    "ankle_dorsiflexors": QT_TRANSLATE_NOOP("Vocabulary", "Ankle dorsiflexors"),
}
MMT8_SCALES = (80, 150)


def mmt8_columns() -> list[str]:
    """Column names for MMT-8 muscles: ``mmt_neck_flexors`` then ``mmt_<muscle>_right/left``."""
    cols = ["mmt_neck_flexors"]
    for muscle in list(MMT8_MUSCLES)[1:]:
        cols += [f"mmt_{muscle}_right", f"mmt_{muscle}_left"]
    return cols


QUESTIONNAIRES: dict[str, str] = {
    "haq_di": QT_TRANSLATE_NOOP("Vocabulary", "HAQ-DI (Health Assessment Questionnaire)"),
    "chaq": QT_TRANSLATE_NOOP("Vocabulary", "CHAQ (Childhood Health Assessment Questionnaire)"),
}

# Who gave the answers (a parent for a young child): check-ins and questionnaires.
ANSWERED_BY: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Vocabulary", "Not said"),
    "self": QT_TRANSLATE_NOOP("Vocabulary", "The patient"),
    "child": QT_TRANSLATE_NOOP("Vocabulary", "The child"),
    "parent": QT_TRANSLATE_NOOP("Vocabulary", "A parent"),
}
