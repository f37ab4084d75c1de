"""Total Improvement Score (TIS) for adult dermatomyositis, and ProDERM's confirmed deterioration.

Source: the 2016 ACR/EULAR criteria for minimal, moderate and major clinical response in adult
dermatomyositis and polymyositis — Aggarwal R, Rider LG, Ruperto N, et al. Ann Rheum Dis
2017;76:792–801 (PMC5577002, Table 3: points per core set measure). Confirmed deterioration follows
the ProDERM trial (Aggarwal et al., NEJM 2022; NCT02728752). The rules as the app applies them are
in ``docs/clinical.md`` §2; the ones marked **(app rule)** there are our design choices.

How a score is computed
-----------------------
* Six core set measures (CSM) are compared between a baseline and a follow-up visit. Each pair gives
  a percent improvement (worsening is negative) and points from :data:`POINTS_TABLE`.
* Every percentage is computed exactly (``fractions.Fraction`` over ``Decimal`` values parsed from
  the entered text). A band includes its upper edge and excludes its lower one, so PhGA 4.4 → 1.9
  (exactly 25 %) scores 15, not 17.5 as binary floats would give. ``percent_change`` holds the
  percentages rounded to 0.01 (half up) for display only; the band is decided on the exact value.
* A measure is scored only when both visits have it. Fewer than six pairs gives a *partial* TIS:
  ``category`` is then ``None`` (app rule: never call a partial score a category).
* Enzyme (app rule for the tie-break and a changed lab range): at baseline the enzyme with the
  highest value ÷ upper limit of normal (ULN) is chosen; a tie goes to the first in the fixed order
  CK, aldolase, LDH, AST, ALT, then to other names alphabetically. The same enzyme (name matched
  case-insensitively) is used at follow-up, and the percentage is computed on multiples of ULN,
  ``(b − f) / b × 100`` with ``b = value / ULN``, so a lab that changed its reference range still
  compares correctly.
* MMT-8 on 0–80 (unilateral) and 0–150 (bilateral) cannot be compared with each other: refused.

Inputs are ``Decimal``, ``int`` or ``str`` (a ``float`` is read through ``repr()``, i.e. the digits
it prints as); ``bool`` is refused. Bad input raises ``ValidationError`` from
:mod:`dmtracker.domain.errors` (a ``ValueError``) naming the field and the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from dmtracker.domain.core_set import (
    ENZYME_ORDER,
    CoreSetMeasures,
    EnzymeResult,
    Number,
    most_abnormal_enzyme,
    parse_number,
)
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, Text, amount, joined, term, translate

__all__ = [
    "CATEGORY_LABELS",
    "DETERIORATION_CRITERIA",
    "DETERIORATION_RULE_TEXT",
    "ENZYME_ORDER",
    "MEASURES",
    "MEASURE_LABELS",
    "MMT8_SCALES",
    "POINTS_TABLE",
    "Band",
    "CoreSetMeasures",
    "DeteriorationResult",
    "EnzymeResult",
    "Number",
    "TisResult",
    "category_for",
    "confirmed_deterioration",
    "most_abnormal_enzyme",
    "points_for",
    "total_improvement_score",
]


# --- Reference tables ---------------------------------------------------------------------------

#: The six core set measures, in display order.
MEASURES: tuple[str, ...] = (
    "physician_global",
    "patient_global",
    "mmt8",
    "haq",
    "enzyme",
    "extramuscular",
)

MEASURE_LABELS: dict[str, str] = {
    "physician_global": QT_TRANSLATE_NOOP("Vocabulary", "Physician global activity"),
    "patient_global": QT_TRANSLATE_NOOP("Vocabulary", "Patient global activity"),
    "mmt8": QT_TRANSLATE_NOOP("Vocabulary", "Manual muscle testing (MMT-8)"),
    "haq": QT_TRANSLATE_NOOP("Vocabulary", "Physical function (HAQ-DI)"),
    "enzyme": QT_TRANSLATE_NOOP("Vocabulary", "Muscle enzyme (most abnormal)"),
    "extramuscular": QT_TRANSLATE_NOOP("Vocabulary", "Extramuscular global activity"),
}

#: MMT-8 totals: 80 = unilateral (8 muscles on one side), 150 = bilateral (neck once + 7 × 2).
MMT8_SCALES: dict[int, str] = {
    80: QT_TRANSLATE_NOOP("Vocabulary", "0–80 (unilateral)"),
    150: QT_TRANSLATE_NOOP("Vocabulary", "0–150 (bilateral)"),
}

CATEGORY_LABELS: dict[str, Text] = {
    "none": translate("TIS", "No improvement (TIS below 20)"),
    "minimal": translate("TIS", "Minimal improvement (TIS 20 or more)"),
    "moderate": translate("TIS", "Moderate improvement (TIS 40 or more)"),
    "major": translate("TIS", "Major improvement (TIS 60 or more)"),
}

#: Juvenile DM (2016 ACR/EULAR juvenile criteria, Rider et al., Arthritis Rheumatol 2017;69:911;
#: Ann Rheum Dis 2017;76:782): the same conversion table, higher thresholds.
JUVENILE_CATEGORY_LABELS: dict[str, Text] = {
    "none": translate("TIS", "No improvement (juvenile TIS below 30)"),
    "minimal": translate("TIS", "Minimal improvement (juvenile TIS 30 or more)"),
    "moderate": translate("TIS", "Moderate improvement (juvenile TIS 45 or more)"),
    "major": translate("TIS", "Major improvement (juvenile TIS 70 or more)"),
}

CMAS_MAX = 52  # dmtracker.domain.cmas.TOTAL_MAX (Lovell 1999)

_CATEGORY_THRESHOLDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(60), "major"),
    (Decimal(40), "moderate"),
    (Decimal(20), "minimal"),
)
_JUVENILE_THRESHOLDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(70), "major"),
    (Decimal(45), "moderate"),
    (Decimal(30), "minimal"),
)


def category_labels(juvenile: bool = False) -> dict[str, Text]:
    """The words of each response category, for adults or (``juvenile``) for JDM."""
    return JUVENILE_CATEGORY_LABELS if juvenile else CATEGORY_LABELS


@dataclass(frozen=True)
class Band:
    """One cell of the points table: percent improvement in ``(lower, upper]`` scores ``points``.

    ``lower is None`` is the first band (everything up to ``upper``, worsening included);
    ``upper is None`` is the last band (everything above ``lower``).
    """

    lower: Decimal | None
    upper: Decimal | None
    points: Decimal

    @property
    def label(self) -> str:
        """The band as printed in the published table, e.g. ``"> 5 to 15 %"``."""
        if self.lower is None:
            return translate("TIS", "≤ {upper} %").format(upper=self.upper)
        if self.upper is None:
            return translate("TIS", "> {lower} %").format(lower=self.lower)
        return translate("TIS", "> {lower} to {upper} %").format(lower=self.lower, upper=self.upper)

    def contains(self, percent: Fraction) -> bool:
        """True when ``percent`` (exact) falls in this band."""
        above = self.lower is None or percent > Fraction(self.lower)
        below = self.upper is None or percent <= Fraction(self.upper)
        return above and below


def _bands(edges: tuple[int, ...], points: tuple[str, ...]) -> tuple[Band, ...]:
    lowers: list[int | None] = [None, *edges]
    uppers: list[int | None] = [*edges, None]
    return tuple(
        Band(
            None if lo is None else Decimal(lo),
            None if hi is None else Decimal(hi),
            Decimal(p),
        )
        for lo, hi, p in zip(lowers, uppers, points, strict=True)
    )


_EDGES = (5, 15, 25, 40)
_MMT_EDGES = (2, 10, 20, 30)

#: Points per core set measure by percent improvement [PMC5577002 Table 3].
POINTS_TABLE: dict[str, tuple[Band, ...]] = {
    "physician_global": _bands(_EDGES, ("0", "7.5", "15", "17.5", "20")),
    "patient_global": _bands(_EDGES, ("0", "2.5", "5", "7.5", "10")),
    "mmt8": _bands(_MMT_EDGES, ("0", "10", "20", "27.5", "32.5")),
    "haq": _bands(_EDGES, ("0", "5", "7.5", "7.5", "10")),
    "enzyme": _bands(_EDGES, ("0", "2.5", "5", "7.5", "7.5")),
    "extramuscular": _bands(_EDGES, ("0", "7.5", "12.5", "15", "20")),
}

#: The rule in one paragraph, shown next to the check wherever it appears (issue 16 item 7):
#: clinical.md §2 gives it from ProDERM (Aggarwal et al., NEJM 2022), and the ProDERM safety
#: paper prints the same definition (Arthritis Res Ther 2023;25:94, Fig. 1 legend: "change from
#: baseline on two consecutive visits in Physician's Global Disease Activity VAS worsening ≥ 2 cm
#: and MMT-8 worsening ≥ 20%, OR global extra-muscular activity worsening ≥ 2 cm on the MDAAT
#: VAS, OR any three of five CSM (core set measures, excluding enzymes) worsening by ≥ 30%").
#: Neither says whether a percentage is of the scale (as the app computes it, like the TIS) or
#: of the baseline value (as the IMACS definition of worsening reads): hence the text is shown.
DETERIORATION_RULE_TEXT = translate(
    "TIS",
    "Rule (ProDERM, as the app applies it): at 2 consecutive visits vs baseline, physician "
    "global ≥ 2 cm and MMT-8 ≥ 20 % worse; or extramuscular global ≥ 2 cm worse; or ≥ 3 of the "
    "5 non-enzyme core set measures ≥ 30 % worse. % of the scale, as in the TIS (the published "
    "wording does not say whether of the scale or of the baseline value).",
)

#: ProDERM's three ways to meet confirmed deterioration (each at two consecutive visits).
DETERIORATION_CRITERIA: dict[str, Text] = {
    "phga_and_mmt8": translate(
        "TIS", "physician global activity worse by 2 cm or more and MMT-8 worse by 20 % or more"
    ),
    "extramuscular": translate("TIS", "extramuscular global activity worse by 2 cm or more"),
    "three_of_five": translate(
        "TIS", "at least 3 of the 5 core set measures other than the enzyme worse by 30 % or more"
    ),
}


# --- Scoring ------------------------------------------------------------------------------------


def points_for(measure: str, percent: Fraction | Decimal | int) -> Decimal:
    """Points for ``measure`` at ``percent`` improvement (exact; worsening scores 0)."""
    if measure not in POINTS_TABLE:
        raise ValidationError(
            "measure",
            translate("Validation", "unknown core set measure {value}").format(value=repr(measure)),
        )
    exact = Fraction(percent)
    for band in POINTS_TABLE[measure]:
        if band.contains(exact):
            return band.points
    raise AssertionError("the bands cover every percentage")  # pragma: no cover


def category_for(total: Decimal, *, juvenile: bool = False) -> str:
    """The response category for a TIS: adults ≥ 20 minimal, ≥ 40 moderate, ≥ 60 major; juvenile
    DM (``juvenile``) ≥ 30 minimal, ≥ 45 moderate, ≥ 70 major; else none."""
    value = parse_number("total", total)
    if not 0 <= value <= 100:
        raise ValidationError(
            "total",
            translate("Validation", "must be between {low} and {high}, got {value}").format(
                low=0, high=100, value=value
            ),
        )
    for threshold, name in _JUVENILE_THRESHOLDS if juvenile else _CATEGORY_THRESHOLDS:
        if value >= threshold:
            return name
    return "none"


def _round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Exact ROUND_HALF_UP (ties away from zero) of a Fraction to ``places`` decimals."""
    scaled = abs(value) * 10**places
    whole = int(scaled + Fraction(1, 2))  # floor, since the value is non-negative
    result = Decimal(whole).scaleb(-places)
    return -result if value < 0 else result


@dataclass(frozen=True)
class TisResult:
    """The outcome of :func:`total_improvement_score`.

    ``points`` and ``percent_change`` hold only the measures that were scored (keys from
    :data:`MEASURES`); ``percent_change`` is rounded to 0.01 for display (negative = worse).
    ``category`` is ``None`` for a partial score. ``enzyme_name`` is the enzyme chosen at baseline
    (``None`` without baseline enzymes); it is scored only when ``"enzyme"`` is in ``points``.
    """

    total: Decimal
    category: str | None
    points: dict[str, Decimal]
    percent_change: dict[str, Decimal]
    measures_used: int
    enzyme_name: str | None = None
    juvenile: bool = False

    @property
    def partial(self) -> bool:
        return self.measures_used < len(MEASURES)

    @property
    def missing(self) -> tuple[str, ...]:
        """The measures that could not be scored, in display order."""
        return tuple(m for m in MEASURES if m not in self.points)

    def describe(self) -> str:
        """One line for people, e.g. ``"TIS 55 (moderate improvement)"``."""
        total = amount(self.total)
        if self.category is None:
            return translate("TIS", "Partial TIS {total} ({used} of {count} measures)").format(
                total=total, used=self.measures_used, count=len(MEASURES)
            )
        words = _DESCRIBE_JUVENILE if self.juvenile else _DESCRIBE
        return words.get(self.category, words["none"]).format(total=total)


_DESCRIBE: dict[str, Text] = {
    "none": translate("TIS", "TIS {total} (no improvement)"),
    "minimal": translate("TIS", "TIS {total} (minimal improvement)"),
    "moderate": translate("TIS", "TIS {total} (moderate improvement)"),
    "major": translate("TIS", "TIS {total} (major improvement)"),
}
_DESCRIBE_JUVENILE: dict[str, Text] = {
    "none": translate("TIS", "Juvenile TIS {total} (no improvement)"),
    "minimal": translate("TIS", "Juvenile TIS {total} (minimal improvement)"),
    "moderate": translate("TIS", "Juvenile TIS {total} (moderate improvement)"),
    "major": translate("TIS", "Juvenile TIS {total} (major improvement)"),
}


def _check_mmt_scales(baseline: CoreSetMeasures, followup: CoreSetMeasures) -> None:
    if (baseline.mmt8 is not None and followup.cmas is not None) or (
        baseline.cmas is not None and followup.mmt8 is not None
    ):
        raise ValidationError(
            "mmt8",
            translate(
                "TIS",
                "muscle strength is measured with {baseline} at baseline but with {followup} at "
                "follow-up; the two cannot be compared. Use the same measure at both visits.",
            ).format(
                baseline="MMT-8" if baseline.mmt8 is not None else "CMAS",
                followup="MMT-8" if followup.mmt8 is not None else "CMAS",
            ),
        )
    if baseline.mmt8 is None or followup.mmt8 is None:
        return
    if baseline.mmt8_max != followup.mmt8_max:
        raise ValidationError(
            "mmt8",
            translate(
                "TIS",
                "baseline is on the {baseline} scale but follow-up is on the {followup} scale; "
                "the two cannot be compared. Enter both on the same scale.",
            ).format(
                baseline=_scale_words(baseline.mmt8_max), followup=_scale_words(followup.mmt8_max)
            ),
        )


def _scale_words(scale: int | None) -> str:
    words = MMT8_SCALES.get(scale or 0)
    return "None" if words is None else term(words)


def _improvements(
    baseline: CoreSetMeasures, followup: CoreSetMeasures
) -> tuple[dict[str, Fraction], str | None]:
    """Exact percent improvement per measure present at both visits, and the enzyme chosen."""
    _check_mmt_scales(baseline, followup)
    out: dict[str, Fraction] = {}

    def frac(value: Any) -> Fraction:
        return Fraction(value)

    for name in ("physician_global", "patient_global"):
        b, f = getattr(baseline, name), getattr(followup, name)
        if b is not None and f is not None:
            out[name] = (frac(b) - frac(f)) / 10 * 100
    if baseline.mmt8 is not None and followup.mmt8 is not None:
        out["mmt8"] = (frac(followup.mmt8) - frac(baseline.mmt8)) / frac(baseline.mmt8_max) * 100
    elif baseline.cmas is not None and followup.cmas is not None:  # the JDM muscle measure
        out["mmt8"] = (frac(followup.cmas) - frac(baseline.cmas)) / CMAS_MAX * 100
    if baseline.haq is not None and followup.haq is not None:
        out["haq"] = (frac(baseline.haq) - frac(followup.haq)) / 3 * 100
    chosen = most_abnormal_enzyme(baseline.enzymes)
    if chosen is not None:
        later = followup.enzyme(chosen.name)
        if later is not None:
            b_ratio, f_ratio = chosen.multiple_of_uln, later.multiple_of_uln
            out["enzyme"] = (b_ratio - f_ratio) / b_ratio * 100
    if baseline.extramuscular is not None and followup.extramuscular is not None:
        out["extramuscular"] = (frac(baseline.extramuscular) - frac(followup.extramuscular)) * 10
    ordered = {m: out[m] for m in MEASURES if m in out}
    return ordered, (None if chosen is None else chosen.name.strip())


def _require(value: Any, name: str) -> CoreSetMeasures:
    if not isinstance(value, CoreSetMeasures):
        raise ValidationError(
            name,
            translate("Validation", "must be CoreSetMeasures, got {value}").format(
                value=type(value).__name__
            ),
        )
    return value


def total_improvement_score(
    baseline: CoreSetMeasures, followup: CoreSetMeasures, *, juvenile: bool = False
) -> TisResult:
    """Score ``followup`` against ``baseline`` (2016 ACR/EULAR TIS, app rules in §2).

    ``juvenile``: juvenile dermatomyositis — the same conversion table with the juvenile
    thresholds (≥ 30 minimal, ≥ 45 moderate, ≥ 70 major); the muscle measure may be the CMAS
    (0–52, its percent change of the scale scored in the MMT-8 row) and physical function the
    CHAQ (0–3, in the HAQ row).

    Raises ValidationError (a ValueError) when MMT-8 is on different scales at the two visits,
    or MMT-8 at one and CMAS at the other.
    """
    _require(baseline, "baseline")
    _require(followup, "followup")
    percents, enzyme_name = _improvements(baseline, followup)
    points = {m: points_for(m, p) for m, p in percents.items()}
    total = sum(points.values(), Decimal(0))
    used = len(points)
    return TisResult(
        total=total,
        category=category_for(total, juvenile=juvenile) if used == len(MEASURES) else None,
        points=points,
        percent_change={m: _round_half_up(p) for m, p in percents.items()},
        measures_used=used,
        enzyme_name=enzyme_name,
        juvenile=juvenile,
    )


# --- Confirmed deterioration (ProDERM) ----------------------------------------------------------


@dataclass(frozen=True)
class DeteriorationResult:
    """Confirmed deterioration: the same criterion met at two consecutive follow-up visits.

    ``visits`` are 0-based indexes into the ``visits`` sequence given; ``criterion`` is the first
    criterion (in :data:`DETERIORATION_CRITERIA` order) met at both, ``criteria`` all of them.
    ``message`` is plain English (visits counted from 1) and is a warning, not a score.
    """

    visits: tuple[int, int]
    criterion: str
    criteria: tuple[str, ...]
    message: str


_TWO_CM = Fraction(2)
_THIRTY = Fraction(30)
_TWENTY = Fraction(20)


def _criteria_met(baseline: CoreSetMeasures, visit: CoreSetMeasures) -> tuple[str, ...]:
    improvements, _ = _improvements(baseline, visit)
    worse = {m: -p for m, p in improvements.items() if m != "enzyme"}
    met: list[str] = []
    # For a 0–10 cm VAS the percentage is cm × 10, so "worse by ≥ 2 cm" is "worse by ≥ 20 %".
    if (
        worse.get("physician_global", Fraction(-1)) >= _TWO_CM * 10
        and worse.get("mmt8", Fraction(-1)) >= _TWENTY
    ):
        met.append("phga_and_mmt8")
    if worse.get("extramuscular", Fraction(-1)) >= _TWO_CM * 10:
        met.append("extramuscular")
    if sum(1 for p in worse.values() if p >= _THIRTY) >= 3:
        met.append("three_of_five")
    return tuple(met)


def confirmed_deterioration(
    baseline: CoreSetMeasures, visits: Sequence[CoreSetMeasures]
) -> DeteriorationResult | None:
    """ProDERM's confirmed deterioration over follow-up ``visits`` (in date order) vs ``baseline``.

    Met when one of the three criteria (:data:`DETERIORATION_CRITERIA`) holds at two consecutive
    visits; worsening uses the improvement formulas with the sign flipped. Returns the first such
    pair, or ``None``. A criterion that cannot be evaluated (a measure missing) is not met.
    """
    _require(baseline, "baseline")
    checked = [_require(v, f"visits[{i}]") for i, v in enumerate(visits)]
    met = [_criteria_met(baseline, visit) for visit in checked]
    for index in range(len(met) - 1):
        common = tuple(c for c in met[index] if c in met[index + 1])
        if common:
            first, second = index + 1, index + 2
            message = translate(
                "TIS",
                "Confirmed deterioration at follow-up visits {first} and {second} compared with "
                "baseline: {reasons}. This is a warning to discuss with your care team, "
                "not a score.",
            ).format(
                first=first,
                second=second,
                reasons=joined((DETERIORATION_CRITERIA[c] for c in common), "; "),
            )
            return DeteriorationResult((index, index + 1), common[0], common, message)
    return None
