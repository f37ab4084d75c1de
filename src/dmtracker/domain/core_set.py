"""The core set measures of one clinic visit, validated: the input of the TIS and of confirmed
deterioration (:mod:`dmtracker.domain.tis` re-exports everything here).

Inputs are ``Decimal``, ``int`` or ``str`` (a ``float`` is read through ``repr()``, i.e. the digits
it prints as); ``bool`` is refused. Bad input raises ``ValidationError`` naming the field and the
reason. At baseline the enzyme with the highest value ÷ upper limit of normal is chosen; a tie goes
to the first in :data:`ENZYME_ORDER`, then to other names alphabetically (app rule).

Facts used: ``docs/clinical.md`` §2 (the six measures, their scales and directions, the enzyme
chosen by value ÷ ULN) and §3 (MMT-8 on 0–80 or 0–150, HAQ-DI 0–3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate

__all__ = [
    "ENZYME_ORDER",
    "CoreSetMeasures",
    "EnzymeResult",
    "Number",
    "most_abnormal_enzyme",
    "parse_number",
]

Number = Decimal | int | str | float


#: Tie-break order for the enzyme choice (app rule); other names follow, alphabetically.
ENZYME_ORDER: tuple[str, ...] = ("CK", "aldolase", "LDH", "AST", "ALT")

# --- Input parsing ------------------------------------------------------------------------------


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_number(name: str, value: Any) -> Decimal:
    """A finite ``Decimal`` from Decimal/int/str/float, or a ValidationError naming ``name``."""
    if isinstance(value, bool):
        raise ValidationError(
            name, translate("Validation", "must be a number, got {value}").format(value=repr(value))
        )
    if isinstance(value, float):
        value = repr(value)  # the digits the float prints as; 'nan'/'inf' are refused below
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(
                name,
                translate("Validation", "must be a number, got {value}").format(value=_show(value)),
            ) from None
    else:
        raise ValidationError(
            name,
            translate("Validation", "must be a number, got {value}").format(
                value=type(value).__name__
            ),
        )
    if not number.is_finite():
        raise ValidationError(
            name,
            translate("Validation", "must be a finite number, got {value}").format(
                value=_show(value)
            ),
        )
    return number


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _optional_in_range(name: str, value: Any, low: int, high: int) -> Decimal | None:
    if _blank(value):
        return None
    number = parse_number(name, value)
    if not low <= number <= high:
        raise ValidationError(
            name,
            translate("Validation", "must be between {low} and {high}, got {value}").format(
                low=low, high=high, value=number
            ),
        )
    return number


def _positive(name: str, value: Any) -> Decimal:
    if _blank(value):
        raise ValidationError(name, translate("Validation", "is required"))
    number = parse_number(name, value)
    if number <= 0:
        raise ValidationError(
            name,
            translate("Validation", "must be greater than 0, got {value}").format(value=number),
        )
    return number


def _key(name: str) -> str:
    return name.strip().casefold()


# --- Inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnzymeResult:
    """One muscle enzyme result with the lab's own upper limit of normal (both in U/L).

    ``value`` and ``uln`` are stored as ``Decimal`` (parsed on construction); both must be > 0.
    """

    name: str
    value: Number
    uln: Number

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError(
                "enzyme name",
                translate("Validation", "must be a non-empty text, got {value}").format(
                    value=repr(self.name)
                ),
            )
        label = self.name.strip()
        object.__setattr__(self, "value", _positive(f"{label} value", self.value))
        object.__setattr__(self, "uln", _positive(f"{label} upper limit of normal", self.uln))

    @property
    def multiple_of_uln(self) -> Fraction:
        """value ÷ ULN, exact."""
        return Fraction(self.value) / Fraction(self.uln)


@dataclass(frozen=True)
class CoreSetMeasures:
    """The core set measures of one visit. Any measure may be ``None`` (not measured).

    * ``physician_global``, ``patient_global``, ``extramuscular``: 0–10 cm VAS (lower is better).
    * ``mmt8``: 0..``mmt8_max``; ``mmt8_max`` is 80 (unilateral) or 150 (bilateral) and is required
      when ``mmt8`` is given (higher is better).
    * ``haq``: HAQ-DI 0–3 (lower is better); for a child the CHAQ (also 0–3).
    * ``cmas``: juvenile DM, the CMAS 0–52 in place of ``mmt8`` (higher is better).
    * ``enzymes``: muscle enzyme results of the visit, each name at most once.

    Values are validated and stored as ``Decimal`` on construction; a blank string counts as
    ``None``.
    """

    physician_global: Number | None = None
    patient_global: Number | None = None
    mmt8: Number | None = None
    mmt8_max: int | None = None
    haq: Number | None = None
    extramuscular: Number | None = None
    enzymes: Sequence[EnzymeResult] = field(default=())
    cmas: Number | None = None  # juvenile DM: CMAS 0–52 in place of MMT-8 (higher is better)

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        for name in ("physician_global", "patient_global", "extramuscular"):
            put(name, _optional_in_range(name, getattr(self, name), 0, 10))
        put("haq", _optional_in_range("haq", self.haq, 0, 3))
        put("cmas", _optional_in_range("cmas", self.cmas, 0, 52))

        scale = self.mmt8_max
        if not _blank(scale):
            number = parse_number("mmt8_max", scale)
            if number not in (80, 150):
                raise ValidationError(
                    "mmt8_max",
                    translate(
                        "Validation", "must be 80 (unilateral) or 150 (bilateral), got {value}"
                    ).format(value=number),
                )
            scale = int(number)
            put("mmt8_max", scale)
        else:
            scale = None
            put("mmt8_max", None)
        if not _blank(self.mmt8):
            if scale is None:
                raise ValidationError(
                    "mmt8_max",
                    translate(
                        "Validation",
                        "is required when mmt8 is given: 80 (unilateral) or 150 (bilateral)",
                    ),
                )
            put("mmt8", _optional_in_range("mmt8", self.mmt8, 0, scale))
        else:
            put("mmt8", None)

        enzymes = () if self.enzymes is None else self.enzymes
        if isinstance(enzymes, str | bytes) or not isinstance(enzymes, Sequence):
            raise ValidationError(
                "enzymes", translate("Validation", "must be a list of EnzymeResult")
            )
        seen: dict[str, str] = {}
        for item in enzymes:
            if not isinstance(item, EnzymeResult):
                raise ValidationError(
                    "enzymes",
                    translate("Validation", "must contain EnzymeResult items, got {value}").format(
                        value=type(item).__name__
                    ),
                )
            key = _key(item.name)
            if key in seen:
                raise ValidationError(
                    "enzymes",
                    translate("Validation", "{name} is given more than once").format(
                        name=seen[key]
                    ),
                )
            seen[key] = item.name.strip()
        put("enzymes", tuple(enzymes))

    def enzyme(self, name: str) -> EnzymeResult | None:
        """The result for ``name`` (case-insensitive), or ``None``."""
        wanted = _key(name)
        for item in self.enzymes:
            if _key(item.name) == wanted:
                return item
        return None


def most_abnormal_enzyme(enzymes: Sequence[EnzymeResult]) -> EnzymeResult | None:
    """The enzyme with the highest value ÷ ULN; ties by :data:`ENZYME_ORDER`, then by name."""
    order = {_key(name): index for index, name in enumerate(ENZYME_ORDER)}

    def rank(item: EnzymeResult) -> tuple[Fraction, int, str]:
        key = _key(item.name)
        return (-item.multiple_of_uln, order.get(key, len(order)), key)

    return min(enzymes, key=rank, default=None)
