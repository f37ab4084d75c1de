"""CMAS, CHAQ and body surface area: the juvenile dermatomyositis measures (issue 21)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dmtracker.domain import body_surface, chaq, cmas
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text


def test_the_cmas_has_14_items_and_a_maximum_of_52() -> None:
    assert len(cmas.ITEMS) == 14
    assert sum(i.maximum for i in cmas.ITEMS) == cmas.TOTAL_MAX == 52
    maxima = [i.maximum for i in cmas.ITEMS]
    assert maxima == [5, 2, 5, 3, 6, 3, 3, 4, 4, 4, 4, 4, 3, 2]  # Lovell 1999 scoring sheet
    assert [i.key for i in cmas.ITEMS if i.timed] == [
        "head_elevation",
        "straight_leg_lift",
        "arm_raise_duration",
    ]


def test_a_full_cmas_totals_its_items() -> None:
    full = cmas.score({i.key: i.maximum for i in cmas.ITEMS})
    assert full.total == 52 and full.complete and full.missing == ()
    part = cmas.score({"head_elevation": 3, "pick_up": None})
    assert part.total == 3 and not part.complete and "pick_up" in part.missing


@pytest.mark.parametrize(
    ("seconds", "head", "arm"),
    [
        (0, 0, 0),
        (1, 1, 1),
        (9, 1, 1),
        (10, 2, 2),
        (29, 2, 2),
        (30, 3, 3),
        (59, 3, 3),
        (60, 4, 4),
        (119, 4, 4),
        (120, 5, 4),
        (600, 5, 4),
    ],
)
def test_timed_items_score_from_the_seconds_held(seconds: int, head: int, arm: int) -> None:
    assert cmas.score_for_seconds("head_elevation", seconds) == head
    assert cmas.score_for_seconds("straight_leg_lift", seconds) == head
    assert cmas.score_for_seconds("arm_raise_duration", seconds) == arm


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"leg_raise": 3}, "leg_raise"),  # above the item's maximum (2)
        ({"sit_ups": -1}, "sit_ups"),
        ({"chair_rise": 2.5}, "chair_rise"),
        ({"chair_rise": True}, "chair_rise"),
        ({"jumping": 1}, "jumping"),
    ],
)
def test_a_cmas_item_outside_its_range_is_refused_by_name(answers: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        cmas.score(answers)
    assert caught.value.field == field
    assert isinstance(caught.value.reason, Text)


def test_a_cmas_total_over_52_is_refused() -> None:
    assert cmas.check_total(52) == 52
    for bad in (53, -1, 40.5):
        with pytest.raises(
            ValidationError, match="cmas_total: must be a whole number from 0 to 52"
        ):
            cmas.check_total(bad)  # type: ignore[arg-type]


def test_the_chaq_has_30_items_in_the_haq_s_8_categories() -> None:
    assert len(chaq.ITEMS) == 30
    from dmtracker.domain import haq

    assert list(chaq.CATEGORIES) == list(haq.CATEGORIES)  # the same 8 categories, same keys


def test_the_chaq_index_is_the_mean_of_the_category_highs() -> None:
    answers = {n: 0 for n in range(1, 31)}
    answers[1] = 2  # dressing: 2
    answers[5] = 1  # arising: 1
    result = chaq.score(answers)
    assert result.index == Decimal("0.375")  # (2 + 1) / 8
    assert result.categories_answered == 8


def test_not_applicable_items_do_not_count_and_aids_raise_to_two() -> None:
    answers: dict[int, int | str | None] = {n: 0 for n in range(1, 31)}
    for n in (1, 2, 3, 4):  # the whole dressing category is not applicable (a toddler)
        answers[n] = chaq.NOT_APPLICABLE
    result = chaq.score(answers, aids=["walking"])
    assert "dressing" not in result.category_scores
    assert result.category_scores["walking"] == 2
    assert result.index == Decimal("0.286")  # 2 / 7, rounded half up


def test_fewer_than_six_categories_give_no_index() -> None:
    assert chaq.score({1: 3, 5: 3, 7: 3, 10: 3, 12: 3}).index is None


@pytest.mark.parametrize("answer", [4, -1, 1.5, "2"])
def test_a_chaq_answer_of_4_is_refused(answer: object) -> None:
    with pytest.raises(ValidationError) as caught:
        chaq.score({3: answer})  # type: ignore[dict-item]
    assert caught.value.field == "chaq_3"


def test_the_chaq_scales_are_0_to_100_mm_and_shown_0_to_3() -> None:
    result = chaq.score({}, pain=40, well_being=100)
    assert (result.pain, result.well_being) == (40, 100)
    assert chaq.ChaqResult.vas_0_3(40) == Decimal("1.20")
    with pytest.raises(ValidationError, match="pain"):
        chaq.score({}, pain=101)


def test_mosteller_body_surface_area() -> None:
    assert body_surface.body_surface_area(130, 27) == Decimal("0.99")  # a 9-year-old
    assert body_surface.body_surface_area("170", "70") == Decimal("1.82")
    with pytest.raises(ValidationError, match="height_cm"):
        body_surface.body_surface_area(20, 27)


def test_methotrexate_per_square_metre_for_a_child() -> None:
    usual = body_surface.methotrexate_per_m2(15, 130, 27)
    assert usual.mg_per_m2 == Decimal("15.2") and not usual.high
    assert "commonly 15 mg/m²" in usual.describe()
    high = body_surface.methotrexate_per_m2(25, 130, 27)
    assert high.high and "Check the dose with your clinic" in high.describe()


# --- the juvenile TIS (2016 ACR/EULAR juvenile criteria) ------------------------------------

from dmtracker.domain import tis  # noqa: E402
from dmtracker.domain.core_set import CoreSetMeasures  # noqa: E402


@pytest.mark.parametrize(
    ("total", "adult", "child"),
    [
        (Decimal("19.9"), "none", "none"),
        (Decimal("20"), "minimal", "none"),
        (Decimal("30"), "minimal", "minimal"),
        (Decimal("42.5"), "moderate", "minimal"),  # the example
        (Decimal("45"), "moderate", "moderate"),
        (Decimal("60"), "major", "moderate"),
        (Decimal("69.99"), "major", "moderate"),
        (Decimal("70"), "major", "major"),
    ],
)
def test_juvenile_thresholds_are_30_45_70(total: Decimal, adult: str, child: str) -> None:
    assert tis.category_for(total) == adult
    assert tis.category_for(total, juvenile=True) == child


def _visit(**kw: object) -> CoreSetMeasures:
    base = {"physician_global": 6, "patient_global": 6, "haq": 1.5, "extramuscular": 5}
    return CoreSetMeasures(**{**base, **kw})  # type: ignore[arg-type]


def test_the_cmas_stands_in_for_the_mmt8_in_a_juvenile_tis() -> None:
    baseline = _visit(cmas=26)
    followup = _visit(cmas=39, physician_global=3)  # CMAS +13 of 52 = 25 % of the scale
    result = tis.total_improvement_score(baseline, followup, juvenile=True)
    assert result.percent_change["mmt8"] == Decimal("25.00")
    assert result.juvenile
    same_as_mmt = tis.total_improvement_score(
        _visit(mmt8=40, mmt8_max=80),
        _visit(mmt8=60, mmt8_max=80, physician_global=3),
        juvenile=True,
    )
    assert result.points["mmt8"] == same_as_mmt.points["mmt8"]  # 25 % either way
    assert result.describe().startswith("Partial TIS") or "Juvenile TIS" in result.describe()


def test_mixing_mmt8_and_cmas_between_visits_is_refused() -> None:
    with pytest.raises(ValidationError, match="MMT-8 at baseline but with CMAS at follow-up"):
        tis.total_improvement_score(_visit(mmt8=40, mmt8_max=80), _visit(cmas=30), juvenile=True)
    with pytest.raises(ValidationError, match="CMAS at baseline but with MMT-8"):
        tis.total_improvement_score(_visit(cmas=30), _visit(mmt8=40, mmt8_max=80))


def test_a_cmas_above_52_is_refused_in_the_core_set() -> None:
    with pytest.raises(ValidationError) as caught:
        _visit(cmas=53)
    assert caught.value.field == "cmas"
