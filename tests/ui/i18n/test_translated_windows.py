"""Every window in German and Spanish, and in the pseudo language: no text left in English.

The walker (``walker.py``) opens the main window on a copy of the demo diary, visits every page
and tab and opens every dialog a person can reach, and collects each text on screen. In German
and Spanish a text equal to an English source of the catalogue whose translation differs is
still English; in the pseudo language (``tools/i18n.py pseudo``: every translated text padded
with "·") any text with letters and no "·" never went through ``translate()``. The allow-list
(names, units, drug names, the HAQ-DI's validated wording, the diary's own data) is in
``english.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ui.i18n.conftest import in_language
from tests.ui.i18n.english import Allowed, EnglishSources, data_texts, has_letters, locale_words
from tests.ui.i18n.walker import Seen, TextCollector, walk

from dmtracker import i18n
from dmtracker.i18n import PSEUDO

PAD = "·"  # the pseudo language's padding (tools/i18n.py _lengthen)


def unique(seen: list[Seen]) -> list[Seen]:
    """Each text once per widget kind and name (the window's navigation shows on every page)."""
    out: dict[tuple[str, str, str, str], Seen] = {}
    for s in seen:
        out.setdefault((s.text, s.cls, s.name, s.kind), s)
    return list(out.values())


def listing(title: str, texts: list[Seen]) -> str:
    """Every text (all of them: the list is the work left), where it was seen first."""
    return "\n".join([f"{len(texts)} {title}:"] + [f"  {s}" for s in texts])


def walk_texts(open_walk_window, tmp_path: Path) -> tuple[list[Seen], Path]:
    window = open_walk_window()
    collector = TextCollector()
    walk(window, collector, tmp_path)
    return unique(collector.seen), window.services.paths.db


def _built(code: str) -> pytest.MarkDecorator:
    qm = i18n.CATALOG_DIR / f"dmtracker_{code}.qm"
    why = f"{qm.name} is not built (make translations): nothing to check yet"
    return pytest.mark.skipif(not qm.exists(), reason=why)


@pytest.mark.parametrize("code", [pytest.param(c, marks=_built(c)) for c in ("de", "es")])
def test_every_window_is_translated(code: str, open_walk_window, tmp_path: Path) -> None:
    english = EnglishSources(i18n.CATALOG_DIR / f"dmtracker_{code}.ts")
    i18n.use(code)
    seen, db = walk_texts(open_walk_window, tmp_path)
    allowed = Allowed(data_texts(db))
    left = [
        s for s in seen if s.kind != "qt button" and english.match(s.text) and not allowed(s.text)
    ]
    assert not left, listing(f"texts still in English in {code}", left)


def test_pseudo_translation_finds_no_untranslated_text(
    open_walk_window, catalog_dir: Path, tmp_path: Path
) -> None:
    """The strongest check: in the pseudo language every text that went through translate()
    carries the padding; one without it (and not a name, a unit, a date or the diary's data)
    is a string nobody wrapped."""
    with in_language(PSEUDO, catalog_dir):
        seen, db = walk_texts(open_walk_window, tmp_path)
    allowed = Allowed(data_texts(db), locale_words("de_DE"))
    left = [
        s
        for s in seen
        if s.kind != "qt button"
        and has_letters(s.text)
        and PAD not in s.text
        and not allowed(s.text)
    ]
    assert not left, listing("texts without the pseudo translation (not wrapped?)", left)
