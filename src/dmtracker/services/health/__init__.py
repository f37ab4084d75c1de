"""Weight and daily steps from phones and scales: Apple Health's export.zip, openScale's CSV
export and Google Fit's daily totals from Google Takeout (issue 22).

:class:`~.service.HealthImport` (``services.health``) is the door: :func:`.detect.detect` names
the format from the file, a reader (:mod:`.apple`, :mod:`.openscale`, :mod:`.googlefit`)
checks the whole file into a :class:`~.common.HealthData` or refuses it naming every problem by
line or record, and :mod:`.merge` writes it by day in one transaction (steps: the larger count
of a day; weight: a day that has one keeps it). Nothing here opens a network socket.
"""

from __future__ import annotations

from dmtracker.services.health.common import HealthData, HealthSummary
from dmtracker.services.health.detect import APPLE_HEALTH, GOOGLE_FIT, KINDS, OPENSCALE, detect
from dmtracker.services.health.service import HealthImport

__all__ = [
    "APPLE_HEALTH",
    "GOOGLE_FIT",
    "KINDS",
    "OPENSCALE",
    "HealthData",
    "HealthImport",
    "HealthSummary",
    "detect",
]
