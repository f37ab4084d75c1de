"""The body weight an IVIG dose is based on, and the check of the dose per kg (clinical.md §8).

The EU Octagam SmPC bases the dose of overweight patients on the physiological standard body
weight; Australia's national IVIG criteria use a dose-determining (adjusted) weight = ideal +
0.4 × (actual − ideal) when actual > ideal, with the ideal body weight by Devine (male 50 kg,
female 45.5 kg, + 2.3 kg per inch over 60 in; 1 in = 2.54 cm). The FDA label doses on actual
weight, so actual is the default; adjusted is suggested at a BMI of 30 or more. **App rules:** a
dose above 2 g/kg per course is flagged, above 2.5 g/kg it needs the user's confirmation; below
60 inches the ideal weight is the base weight; ideal and adjusted weights are rounded half-up to
0.1 kg. :mod:`dmtracker.domain.infusion` re-exports everything here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from dmtracker.domain.decimal_input import read_decimal, show
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, amount, translate

__all__ = [
    "ADJUSTED_FACTOR",
    "CM_PER_INCH",
    "DEVINE_BASE_KG",
    "DEVINE_KG_PER_INCH",
    "DOSE_CONFIRM_G_PER_KG",
    "DOSE_FLAG_G_PER_KG",
    "DOSING_BASES",
    "MAX_G_PER_KG",
    "MAX_WEIGHT_KG",
    "OBESE_BMI",
    "DosingWeights",
    "actual_weight",
    "adjusted_body_weight",
    "bmi",
    "dose_check",
    "dosing_weights",
    "ideal_body_weight",
]


# --- Facts and app rules (clinical.md §8) ---------------------------------------------------
DEVINE_BASE_KG: dict[str, Decimal] = {"male": Decimal("50"), "female": Decimal("45.5")}
DEVINE_KG_PER_INCH = Decimal("2.3")
CM_PER_INCH = Decimal("2.54")
ADJUSTED_FACTOR = Decimal("0.4")
OBESE_BMI = Decimal("30")  # adjusted weight suggested at BMI ≥ 30
DOSE_FLAG_G_PER_KG = Decimal("2")  # app rule: above the label's 2 g/kg per course is flagged
DOSE_CONFIRM_G_PER_KG = Decimal("2.5")  # app rule: above this the user must confirm
DOSING_BASES: dict[str, str] = {
    "actual": QT_TRANSLATE_NOOP("Vocabulary", "Actual weight"),
    "ideal": QT_TRANSLATE_NOOP("Vocabulary", "Ideal weight (Devine)"),
    "adjusted": QT_TRANSLATE_NOOP("Vocabulary", "Adjusted weight (ideal + 0.4 × excess)"),
}

# --- Sanity bounds that catch typing mistakes (app rule) ------------------------------------
MAX_WEIGHT_KG = Decimal("400")
MAX_G_PER_KG = Decimal("3")


def actual_weight(value: Any) -> Decimal:
    """The actual body weight in kg, above 0 and at most 400 (a sanity bound)."""
    return read_decimal(value, "weight_kg", lo=Decimal(0), hi=MAX_WEIGHT_KG, unit="kg")


# --- Dosing weight --------------------------------------------------------------------------
_KG_Q = Decimal("0.1")


def _height(value: Any) -> Decimal:
    return read_decimal(
        value, "height_cm", lo=Decimal(50), hi=Decimal(250), lo_open=False, unit="cm"
    )


def _sex(value: Any) -> str:
    if not isinstance(value, str) or value.strip().casefold() not in DEVINE_BASE_KG:
        raise ValidationError(
            "sex",
            translate(
                "Validation",
                "must be male or female for the ideal body weight (the Devine formula has no "
                "other form), got {value}",
            ).format(value=show(value)),
        )
    return value.strip().casefold()


def _ideal_exact(height_cm: Any, sex: Any) -> Decimal:
    inches = _height(height_cm) / CM_PER_INCH
    return DEVINE_BASE_KG[_sex(sex)] + DEVINE_KG_PER_INCH * max(Decimal(0), inches - 60)


def ideal_body_weight(height_cm: Decimal | int | str, sex: str) -> Decimal:
    """Ideal body weight by Devine, rounded half-up to 0.1 kg (clinical.md §8).

    Male 50 kg, female 45.5 kg, + 2.3 kg per inch of height over 60 inches (1 in = 2.54 cm):
    160 cm female is 52.4 kg. ``sex`` must be "male" or "female".
    """
    return _ideal_exact(height_cm, sex).quantize(_KG_Q, rounding=ROUND_HALF_UP)


def adjusted_body_weight(
    weight_kg: Decimal | int | str, height_cm: Decimal | int | str, sex: str
) -> Decimal:
    """Dose-determining weight: ideal + 0.4 × (actual − ideal) when actual > ideal, else actual.

    Rounded half-up to 0.1 kg (from the unrounded ideal): 130 kg, 160 cm, female is 83.4 kg.
    """
    actual = actual_weight(weight_kg)
    ideal = _ideal_exact(height_cm, sex)
    if actual <= ideal:
        return actual
    return (ideal + ADJUSTED_FACTOR * (actual - ideal)).quantize(_KG_Q, rounding=ROUND_HALF_UP)


def bmi(weight_kg: Decimal | int | str, height_cm: Decimal | int | str) -> Decimal:
    """Body mass index kg/m², rounded half-up to 0.1."""
    metres = _height(height_cm) / 100
    return (actual_weight(weight_kg) / (metres * metres)).quantize(_KG_Q, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class DosingWeights:
    """Actual, ideal and adjusted weight for a course; ``suggested`` is the basis to propose."""

    actual: Decimal
    ideal: Decimal
    adjusted: Decimal
    bmi: Decimal
    suggested: str

    def weight_for(self, basis: str) -> Decimal:
        """The weight the dose uses for ``basis`` (one of :data:`DOSING_BASES`)."""
        if basis not in DOSING_BASES:
            raise ValidationError(
                "dosing_weight_basis",
                translate("Validation", "must be one of {options}, got {value}").format(
                    options=", ".join(DOSING_BASES), value=repr(basis)
                ),
            )
        return {"actual": self.actual, "ideal": self.ideal, "adjusted": self.adjusted}[basis]


def dosing_weights(
    weight_kg: Decimal | int | str, height_cm: Decimal | int | str, sex: str
) -> DosingWeights:
    """The three weights a dose can use; "adjusted" is suggested at a BMI of 30 or more."""
    actual = actual_weight(weight_kg)
    index = bmi(actual, height_cm)
    return DosingWeights(
        actual=actual,
        ideal=ideal_body_weight(height_cm, sex),
        adjusted=adjusted_body_weight(actual, height_cm, sex),
        bmi=index,
        suggested="adjusted" if index >= OBESE_BMI else "actual",
    )


def dose_check(g_per_kg: Decimal | int | str) -> tuple[str, str] | None:
    """("flag" | "confirm", message) for a dose above 2 g/kg per course (app rule), else None.

    Above 2 g/kg the dose is flagged; above 2.5 g/kg the user must confirm it before it is saved.
    """
    dose = read_decimal(g_per_kg, "g_per_kg", lo=Decimal(0), hi=MAX_G_PER_KG, unit="g/kg")
    if dose <= DOSE_FLAG_G_PER_KG:
        return None
    numbers = {
        "dose": amount(dose),
        "label": amount(DOSE_FLAG_G_PER_KG),
        "confirm": amount(DOSE_CONFIRM_G_PER_KG),
    }
    # the label's dose is 2 g/kg per course (clinical.md §1); the citation stays here, not in the
    # words the patient reads
    if dose > DOSE_CONFIRM_G_PER_KG:
        return "confirm", translate(
            "Infusion",
            "{dose} g/kg is above the {label} g/kg per course of the label "
            "and above {confirm} g/kg: confirm it",
        ).format(**numbers)
    return "flag", translate(
        "Infusion", "{dose} g/kg is above the {label} g/kg per course of the label"
    ).format(**numbers)
