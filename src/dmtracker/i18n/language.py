"""Which language is in use (for the window, and per thread for a report) and its texts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dmtracker.domain.messages import english

# code -> the language's own name (how the menu lists it)
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
SYSTEM = "system"  # the setting's value for "the system's language"
# A test language: every text 40 % longer with accents (tests/ui/i18n/test_pseudo_layout.py);
# built by tools/i18n.py pseudo, never shipped.
PSEUDO = "xx"
CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES", PSEUDO: "de_DE"}


class Language:
    """One language: its code, its ``QLocale`` and its catalogues of translations."""

    def __init__(self, code: str, catalog_dir: Path | None = None) -> None:
        self.code = code
        self.locale = QLocale(_LOCALES.get(code, "en_GB"))
        self._catalogs: list[QTranslator] = []
        folder = catalog_dir or CATALOG_DIR
        # The catalogue is read into memory (Qt keeps a pointer to it: held in ``_data``), not
        # mapped from the file: a .qm rebuilt while the app runs would pull the pages away.
        self._data: list[bytes] = []
        if code != "en":
            ours = QTranslator()
            try:
                data = (folder / f"dmtracker_{code}.qm").read_bytes()
            except OSError:
                data = b""
            if data and ours.load(data):
                self._data.append(data)
                self._catalogs.append(ours)
        self._qt: list[QTranslator] = []  # Qt's own widgets' texts (buttons of message boxes)

    @property
    def name(self) -> str:
        return LANGUAGES.get(self.code, self.code)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for catalog in self._catalogs:
            try:
                found = catalog.translate(context, source, disambiguation, n)
            except RuntimeError:  # the application (which owns installed translators) is gone:
                break  # a text made while the app shuts down is said in English
            if found:
                return found if n < 0 else found.replace("%n", self.locale.toString(n))
        return english(source, n)

    def qt_catalogs(self) -> list[QTranslator]:
        """Our catalogue and Qt's (``qtbase_de.qm``), for installing into the application."""
        if not self._qt and self.code in ("de", "es"):
            base = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if base.load(f"qtbase_{self.code}", folder) or base.load(
                str(CATALOG_DIR / f"qtbase_{self.code}.qm")
            ):
                self._qt.append(base)
        return [*self._catalogs, *self._qt]


@cache
def language(code: str) -> Language:
    """The language ``code`` (English for a code we do not ship)."""
    return Language(code if code in LANGUAGES or code == PSEUDO else "en")


_state: dict[str, Language] = {}
_local = threading.local()


def system_code() -> str:
    """The first of the system's preferred languages that dmtracker speaks (else English)."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(code: str | None) -> str:
    """A setting or ``--language`` value as a language code: ``system``/None/unknown -> the
    system's language."""
    if code and (code in LANGUAGES or code == PSEUDO):
        return code
    return system_code()


def use(code: str | None) -> Language:
    """Make ``code`` the language of the window (and of everything not inside :func:`speaking`);
    Qt's own texts follow when a ``QCoreApplication`` exists."""
    new = language(resolve(code))
    old = _state.get("window")
    _state["window"] = new
    QLocale.setDefault(new.locale)
    app = QCoreApplication.instance()
    if app is not None:
        if old is not None:
            for t in old.qt_catalogs():
                QCoreApplication.removeTranslator(t)
        for t in new.qt_catalogs():
            QCoreApplication.installTranslator(t)
    return new


def current() -> Language:
    """The language texts are made in right now on this thread."""
    speaking_now: Language | None = getattr(_local, "language", None)
    return speaking_now or _state.get("window") or language("en")


@contextmanager
def speaking(code: str | Language | None) -> Iterator[Language]:
    """Inside the block, this thread's texts are in ``code`` (a report in another language than
    the window; a :class:`Language` itself for a catalogue of one's own). ``None`` keeps the
    current language."""
    before = getattr(_local, "language", None)
    if isinstance(code, Language):
        _local.language = code
    else:
        _local.language = language(resolve(code)) if code else current()
    try:
        yield _local.language
    finally:
        _local.language = before


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (English when it has no translation)."""
    return current().translate(context, source, disambiguation, n)
