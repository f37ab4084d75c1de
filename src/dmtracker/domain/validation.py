"""Declarative field rules: turn raw input (form text, CSV cells, numbers) into clean values.

A schema maps field names to rules. ``clean()`` checks every field given, collects every
problem, and raises one :class:`ValidationError` naming the fields and the reasons. Nothing is
ever clipped or guessed: a value is accepted as it is or refused with a message.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate

MAX_SIGNIFICANT_DIGITS = 15
EARLIEST_DATE = date(1900, 1, 1)
# The earliest time zone on Earth (Kiribati, the Line Islands): a new day begins there first.
EARLIEST_ZONE_OFFSET = timedelta(hours=14)


def latest_day_on_earth(now: datetime) -> date:
    """The calendar date where it is latest on Earth at ``now`` (UTC+14)."""
    return (now.astimezone(UTC) + EARLIEST_ZONE_OFFSET).date()


class Reject(Exception):
    """Raised by a rule with the reason (without the field name): a
    :class:`~dmtracker.domain.messages.Text`, translated where it is shown."""

    @property
    def reason(self) -> str:
        """The reason as given (a ``Text`` keeps its translation; ``str(exc)`` would not)."""
        first = self.args[0] if self.args else ""
        return first if isinstance(first, str) else str(self)


@dataclass(frozen=True)
class Context:
    """What "today" and "now" are while checking input.

    ``today`` is the patient's local date. ``day_limit`` is the latest day that is not "in the
    future": ``today`` for what is entered here; for data made elsewhere (an import) the day
    it is already in the earliest time zone, so that a backup made at UTC+14 is not refused at
    UTC-12 (see :func:`latest_day_on_earth`). Moments are absolute and always compared with
    ``now``.
    """

    today: date
    now: datetime
    day_limit: date | None = None

    @property
    def latest_day(self) -> date:
        return self.today if self.day_limit is None else max(self.today, self.day_limit)


def _show(value: Any) -> str:
    if isinstance(value, int) and not -(10**40) < value < 10**40:
        # (str() of a huge int is slow or refused)
        return translate("Validation", "a number with more than 40 digits")
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


@dataclass(frozen=True)
class Rule:
    required: bool = False
    label: str = ""

    def parse(self, value: Any, ctx: Context) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def empty(self) -> Any:
        return None


@dataclass(frozen=True)
class Int(Rule):
    lo: int = 0
    hi: int = 10

    def _refuse(self, value: Any) -> Reject:
        return Reject(
            translate(
                "Validation", "must be a whole number from {low} to {high}, got {value}"
            ).format(low=self.lo, high=self.hi, value=_show(value))
        )

    def parse(self, value: Any, ctx: Context) -> int:
        if isinstance(value, bool):
            raise self._refuse(value)
        if isinstance(value, int):
            n = value
        elif isinstance(value, float):
            if not value.is_integer():
                raise self._refuse(value)
            n = int(value)
        elif isinstance(value, Decimal | str):
            try:
                d = Decimal(str(value).strip())
            except InvalidOperation:
                raise self._refuse(value) from None
            if not d.is_finite() or d != d.to_integral_value():
                raise self._refuse(value)
            if not self.lo <= d <= self.hi:  # before int(): "9e999999999" would take forever
                raise self._refuse(value)
            n = int(d)
        else:
            raise self._refuse(value)
        if not self.lo <= n <= self.hi:
            raise self._refuse(n)
        return n


@dataclass(frozen=True)
class Dec(Rule):
    """An exact decimal; ``lo_open`` makes the lower bound exclusive (e.g. > 0)."""

    lo: Decimal | int | str = 0
    hi: Decimal | int | str = 10
    lo_open: bool = False
    places: int | None = 3

    def _refuse(self, value: Any) -> Reject:
        lo, hi = Decimal(self.lo), Decimal(self.hi)
        if self.lo_open:
            text = translate(
                "Validation", "must be a number above {low} and at most {high}, got {value}"
            )
        else:
            text = translate("Validation", "must be a number from {low} to {high}, got {value}")
        return Reject(text.format(low=lo, high=hi, value=value))

    def parse(self, value: Any, ctx: Context) -> Decimal:
        lo, hi = Decimal(self.lo), Decimal(self.hi)
        if isinstance(value, bool):
            raise self._refuse(_show(value))
        if isinstance(value, float):
            if not math.isfinite(value):
                raise self._refuse(_show(value))
            value = repr(value)
        try:
            d = value if isinstance(value, Decimal) else Decimal(str(value).strip())
        except InvalidOperation:
            raise self._refuse(_show(value)) from None
        if not d.is_finite():
            raise self._refuse(_show(value))
        if d < lo or d > hi or (self.lo_open and d == lo):
            raise self._refuse(d)
        exponent = d.normalize().as_tuple().exponent  # an int: d is finite
        places = self.places
        if places is not None and isinstance(exponent, int) and exponent < -places:
            raise Reject(
                translate(
                    "Validation", "may have at most %n decimal place(s), got {value}", None, places
                ).format(value=d)
            )
        if len(d.normalize().as_tuple().digits) > MAX_SIGNIFICANT_DIGITS:
            raise Reject(translate("Validation", "has too many digits: {value}").format(value=d))
        return d


@dataclass(frozen=True)
class Text(Rule):
    max_len: int = 200
    multiline: bool = False

    def parse(self, value: Any, ctx: Context) -> str:
        if not isinstance(value, str):
            raise Reject(
                translate("Validation", "must be text, got {value}").format(value=_show(value))
            )
        text = value.strip() if not self.multiline else value.strip("\n ").replace("\r\n", "\n")
        if not self.multiline and ("\n" in text or "\r" in text):
            raise Reject(translate("Validation", "must be a single line"))
        if "\x00" in text:
            raise Reject(translate("Validation", "contains a NUL character"))
        limit = self.max_len
        if len(text) > limit:
            raise Reject(
                translate(
                    "Validation", "must be at most %n character(s), got {length}", None, limit
                ).format(length=len(text))
            )
        if self.required and not text:
            raise Reject(translate("Validation", "is required"))
        return text

    def empty(self) -> str:
        return ""


@dataclass(frozen=True)
class Choice(Rule):
    options: Collection[Any] = ()

    def parse(self, value: Any, ctx: Context) -> Any:
        key = value.strip() if isinstance(value, str) else value
        if isinstance(key, bool) or key not in self.options:
            shown = ", ".join(str(o) for o in self.options)
            raise Reject(
                translate("Validation", "must be one of {options}; got {value}").format(
                    options=shown, value=_show(value)
                )
            )
        return key


@dataclass(frozen=True)
class IntChoice(Rule):
    options: Collection[int] = ()

    def parse(self, value: Any, ctx: Context) -> int:
        opts = sorted(self.options)
        n = Int(lo=opts[0], hi=opts[-1]).parse(value, ctx) if opts else None
        if n is None or n not in self.options:
            raise Reject(
                translate("Validation", "must be one of {options}; got {value}").format(
                    options=", ".join(map(str, opts)), value=_show(value)
                )
            )
        return n


_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


@dataclass(frozen=True)
class Bool(Rule):
    def parse(self, value: Any, ctx: Context) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise Reject(
            translate("Validation", "must be yes or no, got {value}").format(value=_show(value))
        )


@dataclass(frozen=True)
class Day(Rule):
    """A calendar date (``date`` or ISO text). ``not_future`` refuses dates after today (after
    ``Context.latest_day``) by more than ``max_days_ahead``."""

    not_future: bool = True
    max_days_ahead: int = 0

    def parse(self, value: Any, ctx: Context) -> date:
        if isinstance(value, datetime):
            raise _not_a_date(value)
        if isinstance(value, date):
            d = value
        elif isinstance(value, str):
            try:
                d = date.fromisoformat(value.strip())
            except ValueError:
                raise _not_a_date(value) from None
        else:
            raise _not_a_date(value)
        if d < EARLIEST_DATE:
            raise Reject(
                translate("Validation", "must not be before {earliest}, got {day}").format(
                    earliest=EARLIEST_DATE, day=d
                )
            )
        if self.not_future and (d - ctx.latest_day).days > self.max_days_ahead:
            latest = ctx.latest_day
            if latest == ctx.today:
                text = translate("Validation", "cannot be in the future ({day} is after today)")
            else:
                text = translate(
                    "Validation",
                    "cannot be in the future ({day} is after {latest} anywhere on Earth)",
                )
            raise Reject(text.format(day=d, latest=latest))
        return d


def _not_a_date(value: Any) -> Reject:
    return Reject(
        translate("Validation", "must be a date (YYYY-MM-DD), got {value}").format(
            value=_show(value)
        )
    )


@dataclass(frozen=True)
class Moment(Rule):
    """A timezone-aware point in time (``datetime`` or ISO 8601 text with an offset)."""

    not_future: bool = True
    slack_minutes: int = 5

    def parse(self, value: Any, ctx: Context) -> datetime:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                raise _not_a_moment(value) from None
        if not isinstance(value, datetime):
            raise _not_a_moment(value)
        if value.tzinfo is None or value.utcoffset() is None:
            raise Reject(translate("Validation", "must include a time zone"))
        if value.astimezone(UTC).date() < EARLIEST_DATE:
            raise Reject(
                translate("Validation", "must not be before {earliest}").format(
                    earliest=EARLIEST_DATE
                )
            )
        if self.not_future and (value - ctx.now).total_seconds() > self.slack_minutes * 60:
            raise Reject(translate("Validation", "cannot be in the future"))
        return value.astimezone(UTC)


def _not_a_moment(value: Any) -> Reject:
    return Reject(
        translate("Validation", "must be a date and time, got {value}").format(value=_show(value))
    )


@dataclass(frozen=True)
class ChoiceList(Rule):
    options: Collection[str] = ()

    def parse(self, value: Any, ctx: Context) -> list[str]:
        if isinstance(value, str):
            value = [v for v in (p.strip() for p in value.split(";")) if v]
        if not isinstance(value, list | tuple | set | frozenset):
            raise Reject(
                translate("Validation", "must be a list, got {value}").format(value=_show(value))
            )
        out = []
        for v in value:
            if v not in self.options:
                raise Reject(
                    translate("Validation", "has an unknown entry {value}").format(value=_show(v))
                )
            if v not in out:
                out.append(v)
        return [o for o in self.options if o in out]

    def empty(self) -> list[str]:
        return []


@dataclass(frozen=True)
class Custom(Rule):
    """A rule given as a function that returns the clean value or raises :class:`Reject`."""

    fn: Callable[[Any, Context], Any] = field(default=lambda v, c: v)
    empty_value: Any = None

    def parse(self, value: Any, ctx: Context) -> Any:
        try:
            return self.fn(value, ctx)
        except ValidationError as exc:
            raise Reject(exc.reason) from None
        except ValueError as exc:
            raise Reject(
                exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            ) from None

    def empty(self) -> Any:
        return self.empty_value


Schema = Mapping[str, Rule]


def clean(
    schema: Schema,
    data: Mapping[str, Any],
    ctx: Context,
    *,
    partial: bool = False,
    kind: str = "record",
) -> dict[str, Any]:
    """Validate ``data`` against ``schema``.

    With ``partial`` (an edit), only the fields given are checked and returned; otherwise every
    required field must be present. Blank values ("" or None) become the rule's empty value,
    or are refused when the field is required.
    """
    errors: list[tuple[str, str]] = []
    out: dict[str, Any] = {}
    for key in data:
        if key not in schema:
            errors.append(
                (key, translate("Validation", "is not a field of a {kind}").format(kind=kind))
            )
    for key, rule in schema.items():
        if key not in data:
            if rule.required and not partial:
                errors.append((key, translate("Validation", "is required")))
            continue
        value = data[key]
        if _blank(value):
            if rule.required:
                errors.append((key, translate("Validation", "is required")))
            else:
                out[key] = rule.empty()
            continue
        try:
            out[key] = rule.parse(value, ctx)
        except Reject as exc:
            errors.append((key, exc.reason))
    if errors:
        raise ValidationError.from_errors(errors)
    return out


def check(condition: bool, field_name: str, reason: str) -> None:
    """Raise a ValidationError for one field when ``condition`` is false."""
    if not condition:
        raise ValidationError(field_name, reason)
