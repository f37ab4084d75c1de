"""CHAQ: the Childhood Health Assessment Questionnaire's disability index (0–3), its pain and
well-being scales.

Source: Singh G, Athreya BH, Fries JF, Goldsmith DP. Measurement of health status in children
with juvenile rheumatoid arthritis. Arthritis Rheum 1994;37:1761–1769 — the CHAQ adapts the
Stanford HAQ-DI for children: 30 items in the HAQ's 8 categories, each answered 0 "without any
difficulty" … 3 "unable to do", or "not applicable" (a task the child is too young for), over
the past week; a parent answers for a young child, a child from about 8 years may answer
alone. Used in JDM as the core-set measure of physical function (IMACS and PRINTO; Huber et al.,
Arthritis Rheum 2001 validated it in JDM).

Scoring, as in the HAQ-DI (:mod:`dmtracker.domain.haq`): a category's score is its highest
answered item; aids or help from another person raise an answered category to at least 2;
"not applicable" items do not count; the index is the mean over the categories with an answer,
not computed with fewer than 6. Pain and well-being are 0–100 mm visual analogue scales (the
CHAQ prints them 0–3: × 0.03, shown beside).

Licence: the English item wording below is the published 1994 wording, shortened in places;
it is included for recording answers in a personal, non-commercial diary. Validated
translations (PRINTO's cross-cultural adaptations, Ruperto et al., Clin Exp Rheumatol 2001) are
not included: in other languages the items are shown in English with a note (as the HAQ-DI).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate

NOT_APPLICABLE = "na"
MIN_CATEGORIES = 6
ANSWERS: dict[int, str] = {
    0: "Without ANY difficulty",
    1: "With SOME difficulty",
    2: "With MUCH difficulty",
    3: "UNABLE to do",
}
NOT_APPLICABLE_LABEL = "Not applicable"

# category key (as the HAQ-DI's, dmtracker.domain.haq) -> its items (wording of the published
# English CHAQ; not translated: see above)
CATEGORIES: dict[str, tuple[str, ...]] = {
    "dressing": (
        "Dress, including tying shoelaces and doing buttons?",
        "Shampoo his/her hair?",
        "Remove socks?",
        "Cut fingernails?",
    ),
    "arising": (
        "Stand up from a low chair or floor?",
        "Get in and out of bed or stand up in crib?",
    ),
    "eating": (
        "Cut his/her own meat?",
        "Lift up a cup or glass to mouth?",
        "Open a new cereal box?",
    ),
    "walking": (
        "Walk outdoors on flat ground?",
        "Climb up five steps?",
    ),
    "hygiene": (
        "Wash and dry entire body?",
        "Take a tub bath (get in and out of tub)?",
        "Get on and off the toilet or potty chair?",
        "Brush teeth?",
        "Comb/brush hair?",
    ),
    "reach": (
        "Reach and get down a heavy object such as a large game or books from just above "
        "his/her head?",
        "Bend down to pick up clothing or a piece of paper from the floor?",
        "Pull on a sweater over his/her head?",
        "Turn neck to look back over shoulder?",
    ),
    "grip": (
        "Write or scribble with pen or pencil?",
        "Open car doors?",
        "Open jars which have been previously opened?",
        "Turn faucets on and off?",
        "Push open a door when he/she has to turn a door knob?",
    ),
    "activities": (
        "Run errands and shop?",
        "Get in and out of a car or toy car or school bus?",
        "Ride bike or tricycle?",
        "Do household chores (e.g. wash dishes, take out trash, vacuuming, yardwork, make "
        "bed, clean room)?",
        "Run and play?",
    ),
}
ITEMS: tuple[tuple[str, str], ...] = tuple(
    (category, text) for category, texts in CATEGORIES.items() for text in texts
)
assert len(ITEMS) == 30
VAS_MAX = 100


def _item_number(key: Any) -> int:
    if isinstance(key, bool) or not isinstance(key, int) or not 1 <= key <= len(ITEMS):
        raise ValidationError(
            "chaq",
            translate("CHAQ", "item {item} does not exist (the CHAQ has items 1 to 30)").format(
                item=key
            ),
        )
    return key


@dataclass(frozen=True)
class ChaqResult:
    index: Decimal | None  # 0–3, None with fewer than 6 categories answered
    category_scores: Mapping[str, int]
    categories_answered: int
    pain: int | None
    well_being: int | None

    @staticmethod
    def vas_0_3(mm: int | None) -> Decimal | None:
        """A 0–100 mm scale on the CHAQ's printed 0–3 line."""
        return None if mm is None else (Decimal(mm) * Decimal("0.03")).quantize(Decimal("0.01"))


def _answer(item: int, value: Any) -> int | str | None:
    if value is None:
        return None
    if value == NOT_APPLICABLE:
        return NOT_APPLICABLE
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
        raise ValidationError(
            f"chaq_{item}",
            translate("CHAQ", "the answer must be 0 to 3 or not applicable, got {value}").format(
                value=repr(value)
            ),
        )
    return int(value)


def _vas(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= VAS_MAX:
        raise ValidationError(
            name, translate("CHAQ", "must be a whole number from 0 to {top} mm").format(top=VAS_MAX)
        )
    return value


def score(
    answers: Mapping[int, int | str | None],
    aids: Collection[str] = (),
    *,
    pain: int | None = None,
    well_being: int | None = None,
) -> ChaqResult:
    """The CHAQ from answers by item number (1–30), the categories where aids or help are used,
    and the two 0–100 mm scales."""
    checked = {_item_number(k): _answer(k, v) for k, v in answers.items()}
    unknown = [a for a in aids if a not in CATEGORIES]
    if unknown:
        raise ValidationError(
            "aids", translate("CHAQ", "{name} is not a CHAQ category").format(name=unknown[0])
        )
    scores: dict[str, int] = {}
    for number, value in checked.items():
        if isinstance(value, int):
            category = ITEMS[number - 1][0]
            scores[category] = max(scores.get(category, 0), value)
    for category in aids:
        if category in scores:
            scores[category] = max(scores[category], 2)
    index = None
    if len(scores) >= MIN_CATEGORIES:
        mean = Fraction(sum(scores.values()), len(scores))
        index = (Decimal(mean.numerator) / Decimal(mean.denominator)).quantize(
            Decimal("0.001"), rounding=ROUND_HALF_UP
        )
    return ChaqResult(
        index, scores, len(scores), _vas("pain", pain), _vas("well_being", well_being)
    )
