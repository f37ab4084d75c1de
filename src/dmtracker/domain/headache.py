"""The grade of a headache scored on the 72-hour follow-up card (0–10 of 10).

App rule (clinical.md §8, CTCAE words): a headache of 1–3 is grade 1 (mild), 4–7 grade 2
(moderate); 8–10 is "severe headache", a red flag whose grade the user always chooses
(:data:`dmtracker.domain.side_effects.SEVERE_HEADACHE`), so it has no grade here.
"""

from __future__ import annotations

from dmtracker.domain.side_effects import SEVERE_HEADACHE

MODERATE_HEADACHE = 4  # 4–7 of 10 is grade 2; 1–3 grade 1


def headache_grade(score: int | None) -> int | None:
    """The grade of a plain headache scored ``score`` of 10: 1 for 1–3, 2 for 4–7.

    None when there is no headache (0 or not answered) and when it is severe (8–10: a red
    flag, graded by the user, never by default).
    """
    if not score or score >= SEVERE_HEADACHE:
        return None
    return 1 if score < MODERATE_HEADACHE else 2
