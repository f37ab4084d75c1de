"""Names of measures and units in the reader's language, for the window and the report alike."""

from __future__ import annotations

from dmtracker.domain import vocab
from dmtracker.i18n.language import translate
from dmtracker.i18n.text import vocabulary


def analyte_name(key: str) -> str:
    """A lab test as tables and legends name it: its abbreviation (CK, LDH), else its name in
    the reader's language (Aldolase); a test the user typed, as typed."""
    analyte = vocab.ANALYTES.get(key)
    if analyte is None or key.isupper():
        return key
    return vocabulary(analyte.label)


def unit_name(unit: str) -> str:
    """A measure's unit as a chart's axis says it: the words in the reader's language, a
    symbol (kg, U/L, 0–10) as it is."""
    words = {
        "count": translate("Measures", "count", "unit of a self-test: how many times"),
        "s": translate("Measures", "seconds"),
        "m": translate("Measures", "metres"),
        "score": translate("Measures", "score", "unit of the rash score: points"),
        "steps/day": translate("Measures", "steps a day"),
    }
    return words.get(unit, unit)
