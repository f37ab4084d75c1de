"""The Childhood Myositis Assessment Scale (CMAS): 14 manoeuvres, total 0–52, higher is better.

Source: Lovell DJ, Lindsley CB, Rennebohm RM, et al. Development of validated disease activity
and damage indices for the juvenile idiopathic inflammatory myopathies. II. The Childhood
Myositis Assessment Scale (CMAS): a quantitative tool for the evaluation of muscle function.
Arthritis Rheum 1999;42:2213–2219 — the 14-item version with the scoring sheet of the IMACS
(International Myositis Assessment and Clinical Studies Group) forms, total 0–52. Healthy
four-year-olds reach about 46–47, not 52 (Quiñones et al., Arthritis Care Res 2013): the
report says so beside a young child's total.

The item names and the short descriptions of each score here are dmtracker's own plain-words
summaries of the published scoring sheet, for recording a score the clinic or a trained parent
gave; they are not a substitute for the examiner's instructions.

Timed items (head elevation, straight leg lift, arm raise duration) are scored from seconds held
(the app's stopwatch); sit-ups from the six kinds done. Every item is stored on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text, translate

TOTAL_MAX = 52


@dataclass(frozen=True)
class CmasItem:
    key: str
    name: str
    maximum: int
    # what each score means, 0 .. maximum (short plain words)
    levels: tuple[str, ...]
    timed: bool = False

    def __post_init__(self) -> None:
        assert len(self.levels) == self.maximum + 1, self.key


_TIMED_5 = (
    translate("CMAS", "Unable"),
    translate("CMAS", "1–9 seconds"),
    translate("CMAS", "10–29 seconds"),
    translate("CMAS", "30–59 seconds"),
    translate("CMAS", "60–119 seconds"),
    translate("CMAS", "2 minutes or more"),
)
_TIMED_4 = (*_TIMED_5[:4], translate("CMAS", "60 seconds or more"))
_DIFFICULTY_4 = (
    translate("CMAS", "Unable, even with help from a chair"),
    translate("CMAS", "Much difficulty; needs a chair or other support"),
    translate("CMAS", "Moderate difficulty; uses hands or legs to push"),
    translate("CMAS", "Some difficulty; slow or awkward, no help needed"),
    translate("CMAS", "No difficulty"),
)

ITEMS: tuple[CmasItem, ...] = (
    CmasItem(
        "head_elevation",
        translate("CMAS", "1. Head elevation (neck flexion, lying on the back)"),
        5,
        _TIMED_5,
        timed=True,
    ),
    CmasItem(
        "leg_raise",
        translate("CMAS", "2. Leg raise / touch object"),
        2,
        (
            translate("CMAS", "Cannot lift the leg off the table"),
            translate("CMAS", "Lifts the leg clear of the table but cannot touch the object"),
            translate("CMAS", "Lifts the leg high enough to touch the object"),
        ),
    ),
    CmasItem(
        "straight_leg_lift",
        translate("CMAS", "3. Straight leg lift (duration)"),
        5,
        _TIMED_5,
        timed=True,
    ),
    CmasItem(
        "supine_to_prone",
        translate("CMAS", "4. Turning from the back onto the tummy"),
        3,
        (
            translate("CMAS", "Unable; hardly turns onto the side"),
            translate("CMAS", "Turns onto the side but cannot free the arms fully"),
            translate("CMAS", "Turns over and frees the arms with some difficulty"),
            translate("CMAS", "Turns over easily, arms free without difficulty"),
        ),
    ),
    CmasItem(
        "sit_ups",
        translate("CMAS", "5. Sit-ups (one point for each of the six kinds done)"),
        6,
        tuple(translate("CMAS", "%n kind(s) of sit-up done", None, n) for n in range(7)),
    ),
    CmasItem(
        "supine_to_sit",
        translate("CMAS", "6. Lying on the back to sitting"),
        3,
        (
            translate("CMAS", "Unable by self"),
            translate("CMAS", "Much difficulty; very slow, barely makes it"),
            translate("CMAS", "Some difficulty; somewhat slow"),
            translate("CMAS", "No difficulty"),
        ),
    ),
    CmasItem(
        "arm_raise_straighten",
        translate("CMAS", "7. Arm raise / straighten"),
        3,
        (
            translate("CMAS", "Cannot raise the wrists"),
            translate("CMAS", "Raises the wrists to shoulder level, not above the head"),
            translate("CMAS", "Raises the wrists above the head, elbows not straight"),
            translate("CMAS", "Raises the wrists above the head with straight elbows"),
        ),
    ),
    CmasItem(
        "arm_raise_duration",
        translate("CMAS", "8. Arm raise (duration, wrists above the head)"),
        4,
        _TIMED_4,
        timed=True,
    ),
    CmasItem(
        "floor_sit",
        translate("CMAS", "9. Standing to sitting on the floor"),
        4,
        _DIFFICULTY_4,
    ),
    CmasItem(
        "all_fours",
        translate("CMAS", "10. All-fours manoeuvre"),
        4,
        (
            translate("CMAS", "Cannot get onto all fours"),
            translate("CMAS", "Barely gets onto all fours and holds it"),
            translate("CMAS", "Holds all fours, back straight and head up, cannot crawl"),
            translate("CMAS", "Crawls forward on all fours"),
            translate("CMAS", "Crawls and can lift a leg straight out behind"),
        ),
    ),
    CmasItem(
        "floor_rise",
        translate("CMAS", "11. Kneeling on the floor to standing"),
        4,
        _DIFFICULTY_4,
    ),
    CmasItem(
        "chair_rise",
        translate("CMAS", "12. Rising from a chair"),
        4,
        _DIFFICULTY_4,
    ),
    CmasItem(
        "stool_step",
        translate("CMAS", "13. Stepping onto a stool"),
        3,
        (
            translate("CMAS", "Unable"),
            translate("CMAS", "Much difficulty; needs to hold on"),
            translate("CMAS", "Some difficulty; steps up without holding on"),
            translate("CMAS", "No difficulty"),
        ),
    ),
    CmasItem(
        "pick_up",
        translate("CMAS", "14. Picking an object up from the floor"),
        2,
        (
            translate("CMAS", "Unable"),
            translate("CMAS", "Much difficulty; needs to hold on or kneel"),
            translate("CMAS", "No difficulty"),
        ),
    ),
)
BY_KEY: dict[str, CmasItem] = {item.key: item for item in ITEMS}
assert sum(i.maximum for i in ITEMS) == TOTAL_MAX

# seconds held -> score for the timed items (head, leg: 0–5; arm raise: 0–4)
_TIMED_EDGES = (1, 10, 30, 60, 120)
MAX_SECONDS = 3600


def score_for_seconds(key: str, seconds: int) -> int:
    """The score of a timed item held for ``seconds`` (0 = unable)."""
    item = BY_KEY[key]
    if not item.timed:
        raise ValueError(f"{key} is not a timed item")
    if not 0 <= seconds <= MAX_SECONDS:
        raise ValidationError(
            key, translate("CMAS", "seconds must be between 0 and {top}").format(top=MAX_SECONDS)
        )
    score = sum(1 for edge in _TIMED_EDGES if seconds >= edge)
    return min(score, item.maximum)


@dataclass(frozen=True)
class CmasResult:
    scores: Mapping[str, int]
    total: int
    complete: bool  # all 14 items scored

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(i.key for i in ITEMS if i.key not in self.scores)


def score(answers: Mapping[str, int | None]) -> CmasResult:
    """The CMAS from item scores (a missing or None item is not scored). Every item within
    0..its maximum, whole numbers; an unknown item is refused. The total is given only for a
    complete scale (the CMAS has no rule for filling in missing items)."""
    errors: list[tuple[str, str]] = []
    scores: dict[str, int] = {}
    for key, value in answers.items():
        item = BY_KEY.get(key)
        if item is None:
            errors.append((key, translate("CMAS", "is not a CMAS item")))
            continue
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append((key, translate("CMAS", "must be a whole number")))
        elif not 0 <= value <= item.maximum:
            errors.append((key, _range(item)))
        else:
            scores[key] = value
    if errors:
        raise ValidationError.from_errors(errors)
    total = sum(scores.values())
    return CmasResult(scores, total, complete=len(scores) == len(ITEMS))


def check_total(total: int) -> int:
    """A CMAS total entered as a number (from a clinic letter): 0–52."""
    if isinstance(total, bool) or not isinstance(total, int) or not 0 <= total <= TOTAL_MAX:
        raise ValidationError(
            "cmas_total",
            translate("CMAS", "must be a whole number from 0 to {top}").format(top=TOTAL_MAX),
        )
    return total


def _range(item: CmasItem) -> Text:
    return translate("CMAS", "must be from 0 to {top} for this item").format(top=item.maximum)
