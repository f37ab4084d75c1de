"""The follow-up card's headache score as a side-effect grade (app rule, clinical.md §8)."""

from __future__ import annotations

import pytest

from dmtracker.domain.headache import headache_grade
from dmtracker.domain.side_effects import SEVERE_HEADACHE, follow_up_red_flags


@pytest.mark.parametrize(
    ("score", "grade"),
    [(None, None), (0, None), (1, 1), (3, 1), (4, 2), (7, 2), (8, None), (10, None)],
)
def test_headache_grade_by_score(score: int | None, grade: int | None) -> None:
    assert headache_grade(score) == grade


def test_every_severe_score_is_a_red_flag_and_never_graded_here() -> None:
    for score in range(SEVERE_HEADACHE, 11):
        assert headache_grade(score) is None
        assert follow_up_red_flags(score, False, None) == ["severe headache"]
    for score in range(1, SEVERE_HEADACHE):
        assert headache_grade(score) in (1, 2)
        assert follow_up_red_flags(score, False, None) == []
