"""The patient-reported rash score (an app rule, not CDASI).

For each site logged on a day: redness (0–3) + scaling (0–2) + 2 if there is an open sore,
so 0–7 per site. The day's score is the sum over the sites logged that day (13 sites: 0–91).
Itch is logged separately (worst itch, 0–10) and calcinosis counts are not scored.
Always shown as "patient-reported rash score", never as CDASI.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from dmtracker.domain.messages import QT_TRANSLATE_NOOP

LABEL = QT_TRANSLATE_NOOP("Vocabulary", "Patient-reported rash score")
SITE_MAX = 7
OPEN_SORE_POINTS = 2


class SiteEntry(Protocol):
    redness: int
    scaling: int
    open_sore: bool


def site_score(entry: SiteEntry) -> int:
    """0–7 for one site on one day."""
    return entry.redness + entry.scaling + (OPEN_SORE_POINTS if entry.open_sore else 0)


def day_score(entries: Iterable[SiteEntry]) -> int | None:
    """The sum over the sites logged that day; None when no site was logged."""
    entries = list(entries)
    if not entries:
        return None
    return sum(site_score(e) for e in entries)
