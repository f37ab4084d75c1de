"""View ▸ Language: which language the window speaks, chosen at start and kept in the window's
settings (``view/language`` in ``ui.ini``: ``system``, ``en``, ``de`` or ``es``).

The language is set once, before the window is built (:func:`use_at_start`, called by the
composition root): ``--language CODE`` on the command line wins over the setting, the setting
over the system's language. Choosing another language in the menu stores it and takes effect
after a restart (every text of every page is made when the page is built); the message saying
so is in the language chosen, and offers to restart at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from dmtracker import i18n

LANGUAGE_KEY = "view/language"
#: what the setting may hold, in the order of the menu
CHOICES = (i18n.SYSTEM, *i18n.LANGUAGES)


def stored_language(settings: QSettings) -> str:
    """The setting (``system`` when unset or not one we know)."""
    value = str(settings.value(LANGUAGE_KEY, i18n.SYSTEM))
    return value if value in CHOICES else i18n.SYSTEM


def start_language(settings_path: Path | None, command_line: str | None = None) -> str:
    """The language to start in: ``--language`` if given, else the setting, else the system's."""
    if command_line:
        return command_line
    if settings_path is None:
        return i18n.SYSTEM
    return stored_language(QSettings(str(settings_path), QSettings.Format.IniFormat))


def use_at_start(settings_path: Path | None, command_line: str | None = None) -> str:
    """Make the start language the window's (Qt's own texts too); returns its code."""
    return i18n.use(start_language(settings_path, command_line)).code


def menu_text(code: str) -> str:
    """A language as the menu lists it: in its own language, never translated ("Deutsch");
    the system default names the language it stands for."""
    if code == i18n.SYSTEM:
        name = i18n.LANGUAGES.get(i18n.system_code(), "English")
        return i18n.translate("MainWindow", "&System default ({language})").format(language=name)
    return {"en": "&English", "de": "&Deutsch", "es": "Es&pañol"}.get(code, code)
