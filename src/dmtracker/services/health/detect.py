"""Which health export a file is, from its name and its first bytes (never the whole file).

- ``apple_health``: a zip holding ``apple_health_export/`` (the Health app's export.zip), or
  an XML file whose root is ``<HealthData>`` (its export.xml);
- ``google_fit``: a CSV whose header has ``Date`` and ``Step count`` or ``Average weight (kg)``
  (Takeout's ``Daily activity metrics.csv``), or a Takeout zip holding that file;
- ``openscale``: a CSV whose header has ``dateTime`` and ``weight`` (openScale 1.x/2.x), or
  ``DATE``, ``TIME`` and ``WEIGHT`` (openScale 3).

Anything else is ``None``: the caller tries its other imports (a JSON backup, the check-in
CSV) or says the file is none of these.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from dmtracker.services.health import googlefit, openscale
from dmtracker.services.health.apple import export_member, is_apple_zip
from dmtracker.services.health.common import ZIP_ERRORS, zip_problem

APPLE_HEALTH = "apple_health"
GOOGLE_FIT = "google_fit"
OPENSCALE = "openscale"
KINDS = (APPLE_HEALTH, GOOGLE_FIT, OPENSCALE)
# what a person would call each (names, not translated)
NAMES = {APPLE_HEALTH: "Apple Health", GOOGLE_FIT: "Google Fit", OPENSCALE: "openScale"}

_HEAD = 64 * 1024


def detect(path: str | Path) -> str | None:
    """The kind of health export ``path`` is (see the module's doc), or None."""
    p = Path(path)
    try:
        if not p.is_file():
            return None
        if zipfile.is_zipfile(p):
            return _zip_kind(p)
        with p.open("rb") as f:
            head = f.read(_HEAD)
    except (OSError, *ZIP_ERRORS):
        return None
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if text.startswith("<?xml") or text.startswith("<!DOCTYPE") or text.startswith("<"):
        return APPLE_HEALTH if "<HealthData" in text else None
    return _csv_kind(text)


def _zip_kind(p: Path) -> str | None:
    if zip_problem(p) is not None:  # too many entries to list: say which kind by its name
        return APPLE_HEALTH if "export" in p.name.lower() else None
    with zipfile.ZipFile(p) as zf:
        if is_apple_zip(zf) or (export_member(zf) is not None and _apple_member(zf)):
            return APPLE_HEALTH
        if googlefit.takeout_member(zf) is not None:
            return GOOGLE_FIT
    return None


def _apple_member(zf: zipfile.ZipFile) -> bool:
    info = export_member(zf)
    if info is None:
        return False
    with zf.open(info) as f:
        return b"<HealthData" in f.read(_HEAD)


def _csv_kind(text: str) -> str | None:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        return None
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        header = next(csv.reader([first], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return None
    if googlefit.looks_like_google_fit(header):
        return GOOGLE_FIT
    if openscale.looks_like_openscale(header):
        return OPENSCALE
    return None
