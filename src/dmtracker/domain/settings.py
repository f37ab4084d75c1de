"""Every setting stored with the data: its key, type, allowed values and default.

Settings travel with backups, so a stored value is input like any other: ``check`` turns it
into a clean value or refuses it with a :class:`ValidationError` naming the key. Readers get
the default for a missing or bad stored value (``SettingsService.get``), so no setting can
stop the app from starting. A key that is not listed here is not a setting.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate

TODAY_DRAFT = "today/draft"
LAST_SELF_TEST = "today/last_self_test"
LOG_DOSES = "medications.log_doses"
#: Points above the mean of the 4 logged days before that mark a possible flare (domain/trends).
#: Kept here, not in trends (which needs numpy), so reading settings stays light at start-up.
DEFAULT_FLARE_THRESHOLD = 2.0
TRENDS_HIDDEN = "trends/hidden"
TRENDS_MEAN = "trends/mean"
FLARE_THRESHOLD = "trends/flare_threshold"
INBOX_FOLDER = "inbox/folder"  # the folder a phone or another device fills ("" none chosen)
MAX_FOLDER_PATH = 4096

# The second backup folder (issue 22): where each day's backup is copied ("" = off), how many
# copies are kept there, and the last attempt (kept by services.backup_copies, not typed).
COPY_FOLDER = "backups/copy_folder"
COPY_KEEP = "backups/copy_keep"
COPY_LAST_OK = "backups/copy_last_ok"
COPY_LAST_TRY = "backups/copy_last_try"
COPY_LAST_ERROR = "backups/copy_last_error"
#: A random id made once, naming this diary's folder inside the second backup folder.
DIARY_ID = "diary/id"
COPY_KEEP_RANGE = (1, 365)
DEFAULT_COPY_KEEP = 7
MAX_FOLDER = 4096
MAX_COPY_ERROR = 1000
#: Settings the app keeps about itself (not the user's choices): a backup imported again is
#: still "the same" when only these differ.
STATUS_KEYS = frozenset({COPY_LAST_OK, COPY_LAST_TRY, COPY_LAST_ERROR})

FLARE_THRESHOLD_RANGE = (0.5, 10.0)  # the Trends page's spin box
MAX_HIDDEN_SERIES = 200
MAX_SERIES_KEY = 100
# A draft keeps what is typed, even notes longer than a check-in accepts (saving says so);
# this bound only keeps a stored value small.
MAX_DRAFT_NOTES = 100_000


class Bad(Exception):
    """A value refused by a setting's check (the reason, without the key)."""


def _kind(value: Any) -> str:
    """The type of a value in words: what a message or log line may say (never the value,
    which may be a health value)."""
    if value is None:
        return translate("Validation", "nothing (null)")
    if isinstance(value, bool):
        return translate("Validation", "yes/no")
    if isinstance(value, int | float):
        return translate("Validation", "a number")
    if isinstance(value, str):
        return translate("Validation", "text")
    if isinstance(value, list):
        return translate("Validation", "a list")
    if isinstance(value, dict):
        return translate("Validation", "an object")
    return type(value).__name__


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Bad(
            translate("Validation", "must be true or false, got {value}").format(value=_kind(value))
        )
    return value


def _threshold(value: Any) -> float:
    lo, hi = FLARE_THRESHOLD_RANGE
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Bad(
            translate("Validation", "must be a number from {low} to {high}, got {value}").format(
                low=lo, high=hi, value=_kind(value)
            )
        )
    if not math.isfinite(value) or not lo <= value <= hi:
        raise Bad(
            translate("Validation", "must be a number from {low} to {high}").format(low=lo, high=hi)
        )
    return float(value)


def _folder(value: Any) -> str:
    if not isinstance(value, str):
        raise Bad(
            translate("Validation", "must be a folder path, got {value}").format(value=_kind(value))
        )
    if len(value) > MAX_FOLDER or any(ch in value for ch in "\x00\n\r"):
        raise Bad(
            translate(
                "Validation", "must be a folder path of at most {most} characters on one line"
            ).format(most=MAX_FOLDER)
        )
    return value


def _keep(value: Any) -> int:
    lo, hi = COPY_KEEP_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise Bad(
            translate(
                "Validation", "must be a whole number from {low} to {high}, got {value}"
            ).format(low=lo, high=hi, value=_kind(value) if not isinstance(value, int) else value)
        )
    return value


def _moment(value: Any) -> str | None:
    """An aware ISO date and time as text, or None (never)."""
    if value is None:
        return None
    bad = Bad(translate("Validation", "must be a date and time with its time zone or null"))
    if not isinstance(value, str) or len(value) > 40:
        raise bad
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise bad from None
    if parsed.tzinfo is None:
        raise bad
    return value


def _error_text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_COPY_ERROR:
        raise Bad(
            translate("Validation", "must be text of at most {most} characters").format(
                most=MAX_COPY_ERROR
            )
        )
    return value


def _diary_id(value: Any) -> str:
    if not isinstance(value, str) or not (
        value == "" or (len(value) == 16 and all(ch in "0123456789abcdef" for ch in value))
    ):
        raise Bad(translate("Validation", "must be 16 lowercase hexadecimal digits"))
    return value


def _self_test(value: Any) -> str:
    if not isinstance(value, str) or value not in vocab.SELF_TESTS:
        raise Bad(
            translate("Validation", "must be one of the self-tests ({options})").format(
                options=", ".join(vocab.SELF_TESTS)
            )
        )
    return value


def _hidden(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise Bad(
            translate("Validation", "must be a list of series names, got {value}").format(
                value=_kind(value)
            )
        )
    if len(value) > MAX_HIDDEN_SERIES:
        raise Bad(
            translate("Validation", "must name at most {most} series, got {count}").format(
                most=MAX_HIDDEN_SERIES, count=len(value)
            )
        )
    for item in value:
        if not isinstance(item, str) or not 0 < len(item) <= MAX_SERIES_KEY:
            raise Bad(
                translate(
                    "Validation", "must hold series names (text of 1–{most} characters)"
                ).format(most=MAX_SERIES_KEY)
            )
    return sorted(set(value))


_DRAFT_SCALES: dict[str, int] = {
    **{k: 10 for k in vocab.DAILY_SCALES},
    **{k: 3 for k in vocab.FUNCTION_ITEMS},
}


def _draft(value: Any) -> dict[str, Any] | None:
    """The Today form as typed: ``day`` (ISO date), the scales (whole numbers or null) and
    ``notes``."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise Bad(
            translate(
                "Validation", "must be an object (the check-in form as typed), got {value}"
            ).format(value=_kind(value))
        )
    unknown = sorted(k for k in value if k not in _DRAFT_SCALES and k not in ("day", "notes"))
    if unknown:
        raise Bad(
            translate("Validation", "has an entry that is not a check-in field: {value}").format(
                value=repr(unknown[0][:40])
            )
        )
    day = value.get("day")
    try:
        if not isinstance(day, str):
            raise ValueError
        day = date.fromisoformat(day).isoformat()
    except ValueError:
        raise Bad(translate("Validation", "must name its day as YYYY-MM-DD")) from None
    out: dict[str, Any] = {"day": day}
    for key, top in _DRAFT_SCALES.items():
        if key not in value:
            continue
        n = value[key]
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= top):
            raise Bad(
                translate(
                    "Validation", "{key} must be a whole number from 0 to {top} or null"
                ).format(key=key, top=top)
            )
        out[key] = n
    if "notes" in value:
        notes = value["notes"]
        if not isinstance(notes, str) or len(notes) > MAX_DRAFT_NOTES:
            raise Bad(
                translate("Validation", "notes must be text of at most {most} characters").format(
                    most=f"{MAX_DRAFT_NOTES:,}"
                )
            )
        out["notes"] = notes
    return out


def _full_folder(value: Any) -> str:
    """A folder's absolute path, or "" for none."""
    if not isinstance(value, str) or len(value) > MAX_FOLDER_PATH or "\x00" in value:
        raise Bad(
            translate("Validation", "must be a folder's path of at most {most} characters").format(
                most=MAX_FOLDER_PATH
            )
        )
    if value and not (value.startswith("/") or value[1:3] in (":\\", ":/") or value[:2] == "\\\\"):
        raise Bad(translate("Validation", "must be a full path (from the top of the disk)"))
    return value


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    check: Callable[[Any], Any]  # the clean value, or raises Bad
    about: str


SETTINGS: Mapping[str, Setting] = {
    s.key: s
    for s in (
        Setting(TODAY_DRAFT, None, _draft, "the Today form as typed, not saved yet"),
        Setting(LAST_SELF_TEST, "chair_stand_30s", _self_test, "the self-test chosen last"),
        Setting(LOG_DOSES, False, _bool, "log each dose of the regular medicines"),
        Setting(TRENDS_HIDDEN, [], _hidden, "series hidden on the Trends page"),
        Setting(TRENDS_MEAN, True, _bool, "7-day means shown on the Trends page"),
        Setting(
            FLARE_THRESHOLD,
            DEFAULT_FLARE_THRESHOLD,
            _threshold,
            "the rise in points that marks a possible flare",
        ),
        Setting(COPY_FOLDER, "", _folder, "the second backup folder (empty: off)"),
        Setting(COPY_KEEP, DEFAULT_COPY_KEEP, _keep, "how many backups the second folder keeps"),
        Setting(COPY_LAST_OK, None, _moment, "when a backup was last copied there"),
        Setting(COPY_LAST_TRY, None, _moment, "when a copy there was last tried"),
        Setting(COPY_LAST_ERROR, "", _error_text, "why the last copy there failed"),
        Setting(DIARY_ID, "", _diary_id, "this diary's id (its folder in the second folder)"),
        Setting(INBOX_FOLDER, "", _full_folder, "the inbox folder other devices put files into"),
    )
}


def check(key: Any, value: Any) -> Any:
    """The clean value of setting ``key``; :class:`ValidationError` naming the key otherwise."""
    setting = SETTINGS.get(key) if isinstance(key, str) else None
    if setting is None:
        shown = key[:100] if isinstance(key, str) else _kind(key)
        raise ValidationError(
            "key",
            translate("Validation", "{key} is not a setting of dmtracker").format(key=repr(shown)),
        )
    try:
        return setting.check(value)
    except Bad as exc:
        raise ValidationError(key, exc.args[0] if exc.args else str(exc)) from None
    except RecursionError:
        raise ValidationError(key, translate("Validation", "is nested too deeply")) from None


def default(key: str) -> Any:
    """A fresh copy of the default (lists are not shared between callers)."""
    value = SETTINGS[key].default
    return list(value) if isinstance(value, list) else value


def is_setting(key: Any) -> bool:
    return isinstance(key, str) and key in SETTINGS
