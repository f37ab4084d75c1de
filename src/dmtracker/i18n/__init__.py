"""The reader's language: which one is in use, the translated texts and the locale's formats.

dmtracker speaks English, German and Spanish (``LANGUAGES``). Texts are translated with Qt's
own machinery: ``.ts`` sources under ``resources/i18n/`` (``make translations-update`` extracts
them with ``pyside6-lupdate``), compiled to ``.qm`` (``make translations``, ``pyside6-lrelease``)
and read by a ``QTranslator``. Code everywhere calls :func:`translate` with a context and the
English source — ``translate("TodayPage", "Save check-in")`` — and fills placeholders with
``.format()`` after translating, never an f-string inside (see ``docs/translating.md``).

One language is in use at a time for the window (:func:`use`, chosen at start from
``--language``, the View ▸ Language setting or the system). A report can be written in another
language at the same time (:func:`speaking`, per thread): the clinic abroad gets its language
while the window stays in the patient's.
"""

from dmtracker.i18n.language import (
    CATALOG_DIR,
    LANGUAGES,
    PSEUDO,
    SYSTEM,
    Language,
    current,
    language,
    resolve,
    speaking,
    system_code,
    translate,
    use,
)
from dmtracker.i18n.text import localize, vocabulary

__all__ = [
    "CATALOG_DIR",
    "LANGUAGES",
    "PSEUDO",
    "SYSTEM",
    "Language",
    "current",
    "language",
    "localize",
    "resolve",
    "speaking",
    "system_code",
    "translate",
    "use",
    "vocabulary",
]
