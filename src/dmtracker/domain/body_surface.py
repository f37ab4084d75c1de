"""Body surface area (Mosteller) and methotrexate per square metre, for children with JDM.

Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098:
BSA (m²) = √(height cm × weight kg / 3600).

Methotrexate in juvenile dermatomyositis is dosed by body surface area: commonly 15 mg/m² once
a week (SHARE recommendations for JDM, Bellutti Enders et al., Ann Rheum Dis 2017: 15–20 mg/m²
weekly, preferably under the skin). dmtracker shows the weekly dose per m² beside a juvenile
profile's methotrexate and says when it is above 20 mg/m²; a daily methotrexate entry is blocked
for everyone (:func:`dmtracker.domain.medications.methotrexate_daily_warning`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import Text, translate

USUAL_MG_PER_M2 = Decimal(15)
HIGH_MG_PER_M2 = Decimal(20)
HEIGHT_RANGE = (Decimal(40), Decimal(250))  # cm
WEIGHT_RANGE = (Decimal(2), Decimal(350))  # kg


def _number(name: str, value: Any, low: Decimal, high: Decimal, unit: str) -> Decimal:
    try:
        d = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        d = Decimal("NaN")
    if not d.is_finite() or not low <= d <= high:
        raise ValidationError(
            name,
            translate("BodySurface", "must be a number from {low} to {high} {unit}").format(
                low=low, high=high, unit=unit
            ),
        )
    return d


def body_surface_area(height_cm: Any, weight_kg: Any) -> Decimal:
    """Mosteller's body surface area in m², to 2 decimals."""
    h = _number("height_cm", height_cm, *HEIGHT_RANGE, "cm")
    w = _number("weight_kg", weight_kg, *WEIGHT_RANGE, "kg")
    bsa = (h * w / Decimal(3600)).sqrt()
    return bsa.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PerSquareMetre:
    bsa: Decimal
    mg_per_m2: Decimal
    high: bool

    def describe(self) -> Text:
        if self.high:
            return translate(
                "BodySurface",
                "{dose} mg/m² a week (body surface {bsa} m²): higher than the usual "
                "{usual}–{top} mg/m² for children. Check the dose with your clinic.",
            ).format(dose=self.mg_per_m2, bsa=self.bsa, usual=USUAL_MG_PER_M2, top=HIGH_MG_PER_M2)
        return translate(
            "BodySurface",
            "{dose} mg/m² a week (body surface {bsa} m²; commonly {usual} mg/m² in JDM)",
        ).format(dose=self.mg_per_m2, bsa=self.bsa, usual=USUAL_MG_PER_M2)


def methotrexate_per_m2(weekly_mg: Any, height_cm: Any, weight_kg: Any) -> PerSquareMetre:
    """A weekly methotrexate dose per square metre of body surface."""
    dose = _number("dose", weekly_mg, Decimal("0.1"), Decimal(100), "mg")
    bsa = body_surface_area(height_cm, weight_kg)
    per = (dose / bsa).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return PerSquareMetre(bsa, per, per > HIGH_MG_PER_M2)
