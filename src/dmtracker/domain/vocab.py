"""Controlled vocabularies: the choices a record field may take, with the words shown to people.

Keys are stored in the database; labels are shown. Order is display order.
"""

from __future__ import annotations

from dataclasses import dataclass

SEXES: dict[str, str] = {
    "female": "Female",
    "male": "Male",
    "other": "Other",
    "unspecified": "Prefer not to say",
}

UNIT_SYSTEMS: dict[str, str] = {"metric": "Metric (kg, cm)", "imperial": "Imperial (lb, in)"}

# --- Daily check-in -------------------------------------------------------------------------
# The four 0–10 numeric rating scales (0 = none / inactive, 10 = worst imaginable).
DAILY_SCALES: dict[str, str] = {
    "patient_global": "How active my disease feels",
    "fatigue": "Fatigue",
    "pain": "Pain",
    "itch": "Worst itch",
}

# Function items: each scored 0–3 (0 no difficulty, 1 some, 2 much, 3 unable / severe),
# the same four steps as the HAQ answers so patients learn one scale.
FUNCTION_LEVELS: dict[int, str] = {
    0: "No difficulty",
    1: "Some difficulty",
    2: "Much difficulty",
    3: "Unable",
}
BREATHLESSNESS_LEVELS: dict[int, str] = {
    0: "None",
    1: "On hurrying or stairs",
    2: "On walking on the flat",
    3: "At rest",
}
FUNCTION_ITEMS: dict[str, str] = {
    "stairs": "Climbing stairs",
    "rise_chair": "Rising from a chair",
    "arms_overhead": "Lifting arms above the head",
    "head_from_pillow": "Raising the head from the pillow",
    "swallowing": "Swallowing",
    "voice": "Voice (hoarse or weak)",
    "breathlessness": "Breathlessness",
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
            "30-second chair stand",
            "count",
            True,
            "Sit in an armless chair, arms crossed on your chest.\n"
            "Stand up fully and sit down as many times as you can in 30 seconds.",
            30,
        ),
        SelfTestKind(
            "arm_lift_1kg",
            "Arm lifts with 1 kg",
            "count",
            True,
            "Sit upright holding a 1 kg weight at your side.\n"
            "Lift the arm straight forward to shoulder height and down,"
            " as often as you can in 30 s.",
            30,
        ),
        SelfTestKind(
            "timed_up_and_go",
            "Timed Up and Go",
            "s",
            False,
            "Sit in a chair. On 'go', stand, walk 3 metres at your usual pace,\n"
            "turn, walk back and sit down. Stop the clock when you are seated.",
            None,
        ),
        SelfTestKind(
            "six_minute_walk",
            "6-minute walk",
            "m",
            True,
            "Walk back and forth along a measured course for 6 minutes, as far as you can.\n"
            "Rest if you need to. Use the same course every time.",
            360,
        ),
        SelfTestKind(
            "fi3_neck",
            "FI-3 neck flexion",
            "count",
            True,
            "Lie on your back. Lift your head off the bed, chin to chest, at 40 beats a minute.\n"
            "Count the lifts until you cannot keep the pace (at most 30).",
            None,
        ),
        SelfTestKind(
            "fi3_hip",
            "FI-3 hip flexion",
            "count",
            True,
            "Lie on your back. Bend one hip and knee towards you and back, at 40 beats a minute.\n"
            "Count the lifts on this side until you cannot keep the pace (at most 60).",
            None,
        ),
        SelfTestKind(
            "fi3_shoulder",
            "FI-3 shoulder flexion",
            "count",
            True,
            "Sit with a 1 kg cuff on the wrist. Lift the straight arm forward to 90° and down\n"
            "at 40 beats a minute. Count the lifts until you cannot keep the pace (at most 60).",
            None,
        ),
        SelfTestKind(
            "grip",
            "Grip strength",
            "kg",
            True,
            "Sit with the elbow bent at 90°. Squeeze the dynamometer as hard as you can\n"
            "for 3 seconds. Record the best of three tries.",
            None,
        ),
        SelfTestKind(
            "custom", "Custom test", "", True, "Your own test: name it and give its unit.", None
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

SIDES: dict[str, str] = {"left": "Left", "right": "Right", "both": "Both", "none": "Not sided"}
SETTINGS: dict[str, str] = {"home": "Home", "clinic": "Clinic"}

# --- Rash -----------------------------------------------------------------------------------
RASH_SITES: dict[str, str] = {
    "eyelids": "Eyelids (heliotrope)",
    "malar": "Cheeks (malar)",
    "face_other": "Rest of face",
    "scalp": "Scalp and hair loss",
    "v_neck": "V of neck and chest",
    "shawl": "Upper back and shoulders (shawl)",
    "holster": "Outer thighs (holster)",
    "knuckles": "Knuckles (Gottron's papules)",
    "extensor": "Elbows, knees, ankles (Gottron's sign)",
    "nail_folds": "Nail folds",
    "mechanics_hands": "Sides of fingers (mechanic's hands)",
    "calcinosis": "Calcinosis",
    "other": "Other site",
}
REDNESS_LEVELS: dict[int, str] = {0: "None", 1: "Pink, faint", 2: "Red", 3: "Dark red or violet"}
SCALING_LEVELS: dict[int, str] = {0: "None", 1: "Some scale", 2: "Thick scale or crust"}

# --- Infusions ------------------------------------------------------------------------------
INFUSION_SETTINGS: dict[str, str] = {
    "infusion_centre": "Infusion centre",
    "hospital": "Hospital",
    "home": "Home (nurse visit)",
    "clinic": "Clinic",
}
VITAL_PHASES: dict[str, str] = {"before": "Before", "during": "During", "after": "After"}
RATE_UNITS: dict[str, str] = {"ml_per_kg_min": "mL/kg/min", "ml_per_h": "mL/h"}
COURSE_KINDS: dict[str, str] = {"induction": "Induction (2 g/kg)", "maintenance": "Maintenance"}
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
        Analyte("CK", "Creatine kinase (CK)", "2157-6", "U/L", True),
        Analyte("aldolase", "Aldolase", "1761-6", "U/L", True),
        Analyte("LDH", "Lactate dehydrogenase (LDH)", "2532-0", "U/L", True),
        Analyte("AST", "AST", "1920-8", "U/L", True),
        Analyte("ALT", "ALT", "1742-6", "U/L", True),
    )
}
ENZYME_UNITS: dict[str, str] = {"U/L": "U/L", "ukat/L": "µkat/L"}

# --- Clinic: MMT-8 --------------------------------------------------------------------------
# Neck flexors are axial (scored once); the other seven are scored on each side.
MMT8_MUSCLES: dict[str, str] = {
    "neck_flexors": "Neck flexors",
    "deltoid": "Deltoid (middle)",
    "biceps": "Biceps",
    "wrist_extensors": "Wrist extensors",
    "gluteus_maximus": "Gluteus maximus",
    "gluteus_medius": "Gluteus medius",
    "quadriceps": "Quadriceps",
    "ankle_dorsiflexors": "Ankle dorsiflexors",
}
MMT8_SCALES = (80, 150)


def mmt8_columns() -> list[str]:
    """Column names for MMT-8 muscles: ``mmt_neck_flexors`` then ``mmt_<muscle>_right/left``."""
    cols = ["mmt_neck_flexors"]
    for muscle in list(MMT8_MUSCLES)[1:]:
        cols += [f"mmt_{muscle}_right", f"mmt_{muscle}_left"]
    return cols


QUESTIONNAIRES: dict[str, str] = {"haq_di": "HAQ-DI (Health Assessment Questionnaire)"}
