"""Tests for the HAQ-DI (Stanford HAQ disability index; clinical.md §3)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dmtracker.domain.haq import (
    AIDS_BY_CATEGORY,
    ANSWER_OPTIONS,
    CATEGORIES,
    ITEMS,
    LEAD_IN,
    category_scores,
    haq_di,
    question_text,
)

KEYS = ["dressing", "arising", "eating", "walking", "hygiene", "reach", "grip", "activities"]


def answers_for(scores: dict[str, int]) -> dict[int, int]:
    """Answer every item of each named category with ``score``."""
    return {item: score for key, score in scores.items() for item in CATEGORIES[key].items}


def all_items(value: int | None) -> dict[int, int | None]:
    return dict.fromkeys(range(1, 21), value)


# --- the questionnaire ----------------------------------------------------------------------


def test_categories_cover_the_twenty_items_in_order() -> None:
    assert list(CATEGORIES) == KEYS
    items = [i for _, numbers in CATEGORIES.values() for i in numbers]
    assert items == list(range(1, 21))
    assert list(ITEMS) == list(range(1, 21))
    assert CATEGORIES["eating"] == ("Eating", (5, 6, 7))
    assert CATEGORIES["dressing"].label == "Dressing & grooming"


def test_official_wording() -> None:
    assert ANSWER_OPTIONS == {
        0: "Without ANY difficulty",
        1: "With SOME difficulty",
        2: "With MUCH difficulty",
        3: "UNABLE to do",
    }
    assert LEAD_IN == "Are you able to:"
    assert ITEMS[1] == "Dress yourself, including tying shoelaces and doing buttons?"
    assert question_text(1) == (
        "Are you able to: Dress yourself, including tying shoelaces and doing buttons?"
    )
    assert "milk carton" in ITEMS[7]
    assert "5-pound object" in ITEMS[13]
    assert "vacuuming" in ITEMS[20]
    assert all(text.endswith("?") for text in ITEMS.values())


def test_aids_by_category() -> None:
    assert list(AIDS_BY_CATEGORY) == KEYS
    assert AIDS_BY_CATEGORY["activities"] == ()
    assert set(AIDS_BY_CATEGORY["walking"]) == {"Cane", "Walker", "Crutches", "Wheelchair"}
    assert "Jar opener" in AIDS_BY_CATEGORY["grip"][0]
    assert "Raised toilet seat" in AIDS_BY_CATEGORY["hygiene"]
    assert all(AIDS_BY_CATEGORY[k] for k in KEYS if k != "activities")


# --- scoring --------------------------------------------------------------------------------


def test_all_zeros() -> None:
    result = haq_di(all_items(0))
    assert result == 0
    assert str(result) == "0.000"


def test_all_threes() -> None:
    result = haq_di(all_items(3))
    assert str(result) == "3.000"


def test_category_score_is_the_highest_answered_item() -> None:
    answers = all_items(0) | {5: 1, 6: 3, 7: None, 11: 2}
    scores = category_scores(answers)
    assert scores == dict.fromkeys(KEYS, 0) | {"eating": 3, "hygiene": 2}
    assert str(haq_di(answers)) == "0.625"  # 5/8


@pytest.mark.parametrize("key", KEYS)
def test_aid_raises_a_category_to_two(key: str) -> None:
    scores = category_scores(all_items(0), aids={key})
    assert scores[key] == 2
    assert sum(scores.values()) == 2
    assert str(haq_di(all_items(0), aids=[key])) == "0.250"


@pytest.mark.parametrize(("answer", "expected"), [(0, 2), (1, 2), (2, 2), (3, 3)])
def test_aid_is_a_floor_not_a_ceiling(answer: int, expected: int) -> None:
    answers = all_items(0) | {8: answer}
    assert category_scores(answers, {"walking"})["walking"] == expected


def test_aid_in_a_category_with_a_three_stays_three() -> None:
    answers = all_items(3)
    assert haq_di(answers, aids=set(KEYS)) == D("3.000")


def test_aid_without_an_answered_item_does_not_answer_the_category() -> None:
    answers = answers_for(dict.fromkeys(KEYS[:5], 1))
    scores = category_scores(answers, aids={"reach"})
    assert scores["reach"] is None
    assert haq_di(answers, aids={"reach"}) is None  # still 5 categories


def test_aids_are_case_insensitive_and_may_repeat() -> None:
    assert haq_di(all_items(0), aids=["Walking", "walking", " GRIP "]) == D("0.500")


def test_five_categories_answered_gives_none() -> None:
    answers = answers_for({"dressing": 1, "arising": 2, "eating": 0, "walking": 3, "hygiene": 1})
    assert haq_di(answers) is None
    answers[13] = None  # answering "None" does not count
    assert haq_di(answers) is None


def test_six_categories_use_six_as_divisor() -> None:
    answers = answers_for(
        {"dressing": 1, "arising": 2, "eating": 0, "walking": 3, "hygiene": 1, "reach": 2}
    )
    assert str(haq_di(answers)) == "1.500"  # 9/6, not 9/8


def test_one_answered_item_answers_its_category() -> None:
    answers = {1: 1, 3: 1, 5: 1, 8: 1, 10: 1, 13: 2}
    assert str(haq_di(answers)) == "1.167"  # 7/6


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([3, 3, 2, 2, 1, 1, 1, 0], "1.625"),  # 13/8
        ([3, 2, 2, 1, 1, 1, 0, None], "1.429"),  # 10/7 = 1.42857…
        ([1, 0, 0, 0, 0, 0, None, None], "0.167"),  # 1/6 = 0.1666…
        ([1, 1, 1, 1, 1, 0, None, None], "0.833"),  # 5/6 = 0.8333…
        ([2, 0, 0, 0, 0, 0, 0, None], "0.286"),  # 2/7 = 0.2857…
        ([2, 2, 2, 2, 2, 1, 0, None], "1.571"),  # 11/7 = 1.5714…
        ([3, 3, 3, 3, 3, 3, 2, None], "2.857"),  # 20/7 = 2.857142…
        ([0, 0, 0, 0, 0, 0, 0, 1], "0.125"),  # 1/8
    ],
)
def test_quantised_to_three_places(scores: list[int | None], expected: str) -> None:
    answers = answers_for({k: s for k, s in zip(KEYS, scores, strict=True) if s is not None})
    result = haq_di(answers)
    assert str(result) == expected
    assert result.as_tuple().exponent == -3


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({0: 1}, "item 0: unknown HAQ item number"),
        ({21: 1}, "item 21: unknown HAQ item number"),
        ({-3: 1}, "item -3: unknown HAQ item number"),
        ({"1": 1}, "item '1': unknown HAQ item number"),
        ({True: 1}, "item True: unknown HAQ item number"),
        ({3: 4}, "item 3: answer must be 0, 1, 2 or 3"),
        ({3: -1}, "item 3: answer must be 0, 1, 2 or 3"),
        ({3: "2"}, "item 3: answer must be 0, 1, 2 or 3"),
        ({3: 2.0}, "item 3: answer must be 0, 1, 2 or 3"),
        ({3: True}, "item 3: answer must be 0, 1, 2 or 3"),
    ],
)
def test_bad_answers_are_refused_naming_the_item(answers, message: str) -> None:
    # Not merged into a full answer set: {True: 1} would collapse onto item 1.
    for call in (haq_di, category_scores):
        with pytest.raises(ValueError) as info:
            call(answers)
        assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    ("aids", "message"),
    [
        (["running"], "aids: unknown category 'running'"),
        (["walking", "cane"], "aids: unknown category 'cane'"),
        ([3], "aids: unknown category 3"),
        ("walking", "aids: must be a collection of category names"),
    ],
)
def test_bad_aids_are_refused(aids, message: str) -> None:
    with pytest.raises(ValueError) as info:
        haq_di(all_items(0), aids=aids)
    assert str(info.value).startswith(message)


def test_answers_must_be_a_mapping() -> None:
    with pytest.raises(ValueError, match=r"^answers: "):
        haq_di([0] * 20)  # type: ignore[arg-type]


def test_question_text_refuses_unknown_item() -> None:
    with pytest.raises(ValueError, match=r"^item 21: "):
        question_text(21)


# --- properties -----------------------------------------------------------------------------

_answer = st.one_of(st.none(), st.integers(min_value=0, max_value=3))


@settings(max_examples=300, deadline=None)
@given(
    answers=st.dictionaries(st.integers(min_value=1, max_value=20), _answer),
    aids=st.sets(st.sampled_from(KEYS)),
)
def test_property_haq_di_is_within_range_and_is_the_mean(answers, aids) -> None:
    scores = category_scores(answers, aids)
    answered = [s for s in scores.values() if s is not None]
    result = haq_di(answers, aids)
    if len(answered) < 6:
        assert result is None
        return
    assert D(0) <= result <= D(3)
    expected = (D(sum(answered)) / D(len(answered))).quantize(D("0.001"), ROUND_HALF_UP)
    assert result == expected
    if len(answered) == 8:
        assert Fraction(result) * 8 == sum(answered)  # steps of 0.125
    for key in aids:
        assert scores[key] is None or scores[key] >= 2
