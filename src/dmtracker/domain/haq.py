"""HAQ-DI: the disability index of the Stanford Health Assessment Questionnaire.

Source: the Stanford HAQ 20-item disability scale (Fries JF, Spitz P, Kraines RG, Holman HR.
Arthritis Rheum 1980;23:137–145; Bruce B, Fries JF. Health Qual Life Outcomes 2003;1:20; Stanford
University "HAQ instructions"). The app's summary of the rules is ``docs/clinical.md`` §3.

Scoring (standard HAQ-DI with aids/devices correction):

* 20 items in 8 categories, each answered 0 "Without ANY difficulty" … 3 "UNABLE to do", over the
  past week.
* Category score = the highest answered item in the category.
* If the patient uses an aid or device, or needs help from another person, for a category, the
  category score is raised to at least 2. **Choice made here:** this applies only to a category with
  at least one answered item; an aid alone does not make a category "answered".
* HAQ-DI = sum of the category scores ÷ number of categories answered; not computed with fewer than
  6 categories answered. Rounded to 0.001 (ROUND_HALF_UP, exact arithmetic). With all 8 categories
  answered it moves in steps of 0.125 from 0 to 3.

Bad input (unknown item number, an answer outside 0..3, an unknown aid category) raises
:class:`~dmtracker.domain.errors.ValidationError` (a ``ValueError``) naming it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate

__all__ = [
    "AIDS_BY_CATEGORY",
    "ANSWER_OPTIONS",
    "CATEGORIES",
    "HELP_QUESTION",
    "INSTRUCTIONS",
    "ITEMS",
    "LEAD_IN",
    "MIN_CATEGORIES",
    "Category",
    "category_scores",
    "haq_di",
    "question_text",
]


class Category(NamedTuple):
    """A HAQ category: its label and item numbers (unpacks as ``label, items``)."""

    label: str
    items: tuple[int, ...]


#: The eight categories in questionnaire order: key -> (label, item numbers).
CATEGORIES: dict[str, Category] = {
    "dressing": Category("Dressing & grooming", (1, 2)),
    "arising": Category("Arising", (3, 4)),
    "eating": Category("Eating", (5, 6, 7)),
    "walking": Category("Walking", (8, 9)),
    "hygiene": Category("Hygiene", (10, 11, 12)),
    "reach": Category("Reach", (13, 14)),
    "grip": Category("Grip", (15, 16, 17)),
    "activities": Category("Activities", (18, 19, 20)),
}

#: Shown once above the items of each category.
LEAD_IN = "Are you able to:"

INSTRUCTIONS = "Please tick the one best answer for your usual abilities OVER THE PAST WEEK."

#: The 20 items (Stanford HAQ wording), each read after :data:`LEAD_IN`.
ITEMS: dict[int, str] = {
    1: "Dress yourself, including tying shoelaces and doing buttons?",
    2: "Shampoo your hair?",
    3: "Stand up from an armless straight chair?",
    4: "Get in and out of bed?",
    5: "Cut your meat?",
    6: "Lift a full cup or glass to your mouth?",
    7: "Open a new milk carton?",
    8: "Walk outdoors on flat ground?",
    9: "Climb up five steps?",
    10: "Wash and dry your body?",
    11: "Take a tub bath?",
    12: "Get on and off the toilet?",
    13: "Reach and get down a 5-pound object (such as a bag of sugar) from just above your head?",
    14: "Bend down to pick up clothing from the floor?",
    15: "Open car doors?",
    16: "Open jars which have been previously opened?",
    17: "Turn faucets on and off?",
    18: "Run errands and shop?",
    19: "Get in and out of a car?",
    20: "Do chores such as vacuuming or yardwork?",
}

ANSWER_OPTIONS: dict[int, str] = {
    0: "Without ANY difficulty",
    1: "With SOME difficulty",
    2: "With MUCH difficulty",
    3: "UNABLE to do",
}

#: Aids or devices that count for each category; "activities" has none (help only).
AIDS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "dressing": (
        "Devices used for dressing (button hook, zipper pull, long-handled shoe horn, etc.)",
    ),
    "arising": ("Special or built-up chair",),
    "eating": ("Built-up or special utensils",),
    "walking": ("Cane", "Walker", "Crutches", "Wheelchair"),
    "hygiene": (
        "Bathtub bar",
        "Bathtub seat",
        "Raised toilet seat",
        "Long-handled appliances in bathroom",
    ),
    "reach": ("Long-handled appliances for reach",),
    "grip": ("Jar opener (for jars previously opened)",),
    "activities": (),
}

HELP_QUESTION = "Please tick any categories for which you usually need HELP FROM ANOTHER PERSON:"

#: Fewer answered categories than this: no HAQ-DI.
MIN_CATEGORIES = 6

_AID_FLOOR = 2
_ITEM_CATEGORY: dict[int, str] = {
    item: key for key, category in CATEGORIES.items() for item in category.items
}


def question_text(item: int) -> str:
    """The full question for ``item``, e.g. ``"Are you able to: Shampoo your hair?"``."""
    _check_item(item)
    return f"{LEAD_IN} {ITEMS[item]}"


def _check_item(item: Any) -> int:
    if isinstance(item, bool) or not isinstance(item, int) or item not in ITEMS:
        raise ValidationError(
            f"item {item!r}",
            translate("Validation", "unknown HAQ item number; items are numbered 1 to 20"),
        )
    return item


def _check_answer(item: int, answer: Any) -> int | None:
    if answer is None:
        return None
    if isinstance(answer, bool) or not isinstance(answer, int) or answer not in ANSWER_OPTIONS:
        raise ValidationError(
            f"item {item}",
            translate(
                "Validation", "answer must be 0, 1, 2 or 3 (or None if unanswered), got {value}"
            ).format(value=repr(answer)),
        )
    return answer


def _check_aids(aids: Any) -> set[str]:
    if isinstance(aids, str | bytes):
        raise ValidationError(
            "aids",
            translate(
                "Validation", "must be a collection of category names, not a single text {value}"
            ).format(value=repr(aids)),
        )
    chosen: set[str] = set()
    for aid in aids:
        key = aid.strip().lower() if isinstance(aid, str) else None
        if key is None or key not in CATEGORIES:
            raise ValidationError(
                "aids",
                translate(
                    "Validation", "unknown category {value}; expected one of {options}"
                ).format(value=repr(aid), options=", ".join(CATEGORIES)),
            )
        chosen.add(key)
    return chosen


def category_scores(
    answers: Mapping[int, int | None], aids: Collection[str] = ()
) -> dict[str, int | None]:
    """Score per category (0–3), or ``None`` where no item of the category is answered.

    ``aids`` names the categories with an aid/device or help from another person; such a category
    scores at least 2 when it has an answered item.
    """
    if not isinstance(answers, Mapping):
        raise ValidationError(
            "answers",
            translate("Validation", "must be a mapping of item -> answer, got {value}").format(
                value=repr(answers)
            ),
        )
    clean = {_check_item(item): _check_answer(item, answer) for item, answer in answers.items()}
    with_aid = _check_aids(aids)
    scores: dict[str, int | None] = {}
    for key, category in CATEGORIES.items():
        answered = [a for i in category.items if (a := clean.get(i)) is not None]
        if not answered:
            scores[key] = None
            continue
        score = max(answered)
        if key in with_aid:
            score = max(score, _AID_FLOOR)
        scores[key] = score
    return scores


def _round_half_up(value: Fraction, places: int) -> Decimal:
    """Exact ROUND_HALF_UP of a non-negative Fraction to ``places`` decimals."""
    whole = int(value * 10**places + Fraction(1, 2))
    return Decimal(whole).scaleb(-places)


def haq_di(answers: Mapping[int, int | None], aids: Collection[str] = ()) -> Decimal | None:
    """The HAQ-DI (0.000–3.000), or ``None`` when fewer than 6 categories are answered."""
    answered = [s for s in category_scores(answers, aids).values() if s is not None]
    if len(answered) < MIN_CATEGORIES:
        return None
    return _round_half_up(Fraction(sum(answered), len(answered)), 3)
