"""What may stay English in a translated window, and how a text still in English is told.

:data:`ALLOWED_WORDS` and :data:`ALLOWED_TEXTS` are the explicit allow-list (a reason for
each); :func:`data_texts` adds what the diary holds (names, notes: the user's own words) and
:func:`allowed` decides for one text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale

#: Words that stay as they are in every language (docs/translating.md: names, units).
ALLOWED_WORDS: set[str] = {
    "dmtracker",  # the app's name
    "IVIG",  # immunoglobulin infusion: the name patients know in every language
    "MMT",  # MMT-8 (manual muscle testing), a named score
    "HAQ",  # HAQ-DI, a named questionnaire
    "DI",  # (HAQ-DI)
    "TIS",  # Total Improvement Score (ACR/EULAR), a named score
    "CK",  # creatine kinase, a lab test's name
    "LDH",  # lab test
    "ALT",  # lab test
    "AST",  # lab test
    "CTCAE",  # the side-effect grading's name
    "FHIR",  # file format
    "CSV",  # file format
    "PDF",  # file format
    "JSON",  # file format
    "PNG",  # file format (chart export)
    "SVG",  # file format (chart export)
    "LOINC",  # the lab code system's name
    "MDAAT",  # named instrument (TIS measures)
    "PtGA",  # TIS measure abbreviations (ACR/EULAR names)
    "PhGA",  # (TIS)
    "mg",  # units (docs/translating.md: unit symbols stay)
    "g",
    "kg",
    "lb",
    "mL",
    "ml",
    "L",
    "dL",
    "U",
    "IU",
    "µkat",
    "µmol",
    "mmol",
    "mmHg",
    "cm",
    "m",
    "s",
    "h",
    "min",
    "MB",
    "mcg",  # micrograms (a dose unit)
    "px",  # pixels (the chart export's size)
    "C",  # (°C)
    "SpO",  # SpO₂, the oxygen saturation's symbol
    "Ctrl",  # key names, as printed on keyboards
    "Alt",
    "Shift",
    "Tab",
    "Esc",
    "F",  # (F1, F4)
    "Qt",  # the toolkit's name (About)
    "GNU",  # licence name (About)
    "GPL",  # licence name (About)
}

#: Whole texts that stay English (each with why).
ALLOWED_TEXTS: set[str] = {
    "English",  # the language menu lists each language in its own name
    "Deutsch",
    "Español",
    "A4",  # paper sizes are named so everywhere
}


def locale_words(code: str = "de_DE") -> set[str]:
    """Month and day names of the pseudo language's locale (dates written by QLocale)."""
    loc = QLocale(code)
    out: set[str] = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for m in range(1, 13):
            out |= set(_WORD.findall(loc.monthName(m, fmt)))
            out |= set(_WORD.findall(loc.standaloneMonthName(m, fmt)))
        for d in range(1, 8):
            out |= set(_WORD.findall(loc.dayName(d, fmt)))
    return out


def drug_names() -> set[str]:
    """Drug and brand names the app knows (names stay as they are)."""
    from dmtracker.domain import drug_names as names

    out: set[str] = set()
    for value in vars(names).values():
        if isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    out.add(item)
                else:
                    out |= {str(v) for v in getattr(item, "_asdict", dict)().values()}
    return {n for n in out if n}


def haq_wording() -> set[str]:
    """The HAQ-DI's items, answers and instructions: shown in their validated English original
    in every language (docs/translating.md, Questionnaires)."""
    from dmtracker.domain import haq

    texts = {haq.LEAD_IN, haq.INSTRUCTIONS, haq.HELP_QUESTION}
    texts |= set(haq.ITEMS.values()) | set(haq.ANSWER_OPTIONS.values())
    texts |= {aid for aids in haq.AIDS_BY_CATEGORY.values() for aid in aids}
    texts |= {haq.question_text(i) for i in haq.ITEMS}
    return texts


_DATA_COLUMN = re.compile(
    r"notes|clinician|lab_name|^name$|product|lot_number|nurse_site|taper_label|^drug$|"
    r"action_taken|display_name|custom_name|site_label|aids|analyte"
)


def data_texts(db: Path) -> set[str]:
    """What the user typed (the demo's made-up notes, names, products, lots): free-text
    columns only; stored vocabulary (a symptom's key) is not data, it is shown translated."""
    out: set[str] = set()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in con.execute(f'PRAGMA table_info("{table}")'):
                column = row[1]
                if _DATA_COLUMN.search(column):
                    query = f'SELECT DISTINCT "{column}" FROM "{table}"'
                    out |= {v for (v,) in con.execute(query) if isinstance(v, str) and v.strip()}
    finally:
        con.close()
    return out


_WORD = re.compile(r"[^\W\d_]+")
_MNEMONIC = re.compile(r"&(?=[^&\s])")


def strip_mnemonic(text: str) -> str:
    return _MNEMONIC.sub("", text).replace("&&", "&")


class Allowed:
    """The allow-list and the diary's data, asked per text: :meth:`__call__`."""

    def __init__(self, data: Iterable[str], words: Iterable[str] = ()) -> None:
        self.texts = ALLOWED_TEXTS | haq_wording() | drug_names() | set(data)
        self.words = (
            ALLOWED_WORDS | set(words) | {w for name in drug_names() for w in _WORD.findall(name)}
        )
        # longest first: a note holding a shorter note
        self.pieces = sorted((t for t in self.texts if len(t) >= 4), key=len, reverse=True)

    def __call__(self, text: str) -> bool:
        """True when ``text`` has no letters left once names, units, data and dates are out."""
        text = strip_mnemonic(text)
        if text in self.texts:
            return True
        rest = text
        for piece in self.pieces:
            if piece in rest:
                rest = rest.replace(piece, " ")
        return all(word in self.words for word in _WORD.findall(rest))


def has_letters(text: str) -> bool:
    return bool(_WORD.search(text))


# -- English sources of a catalogue ---------------------------------------------------------


class EnglishSources:
    """The English sources of a language's .ts whose translation differs from them (or is
    missing): a text on screen equal to one of them is still English. Placeholders ({name},
    %n, "(s)") match anything."""

    def __init__(self, ts: Path) -> None:
        import xml.etree.ElementTree as ET

        self.exact: set[str] = set()
        self.patterns: list[tuple[str, re.Pattern[str], str]] = []
        self.translations: set[str] = set()  # a text that is some translation is not English
        root = ET.parse(ts).getroot()
        for ctx in root.iter("context"):
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                tr = msg.find("translation")
                forms = [] if tr is None else ([tr.text or ""] + [f.text or "" for f in tr])
                done = tr is not None and tr.get("type") not in ("unfinished", "vanished")
                if done:
                    self.translations |= {strip_mnemonic(f).strip() for f in forms if f}
                if done and source in forms:
                    continue  # translated as itself (a name, "OK"): English is right
                if not _WORD.search(source):
                    continue
                self._add(strip_mnemonic(source).strip())

    def _add(self, source: str) -> None:
        if not re.search(r"\{[^{}]*\}|%n|\(s\)", source):
            self.exact.add(source)
            return
        parts = re.split(r"(\{[^{}]*\}|%n|\(s\))", source)
        regex = "".join(
            ".+?"
            if p.startswith("{")
            else r"\d+"
            if p == "%n"
            else "s?"
            if p == "(s)"
            else re.escape(p)
            for p in parts
        )
        literal = max((p for i, p in enumerate(parts) if i % 2 == 0), key=len)
        if len(literal.strip()) >= 3:
            self.patterns.append((literal, re.compile(regex, re.S), source))

    def match(self, text: str) -> str | None:
        """The source ``text`` is, or None."""
        text = strip_mnemonic(text).strip()
        if text in self.translations:
            return None
        if text in self.exact:
            return text
        for literal, pattern, source in self.patterns:
            if literal in text and pattern.fullmatch(text):
                return source
        return None
