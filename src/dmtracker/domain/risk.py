"""Thrombosis and kidney risk factors for IVIG, and the rate cap they set.

Facts used (``docs/clinical.md`` §4 and §8, the boxed warning of the US labels of 10 % IVIG
products and the Octagam 10 % label):

* Thrombosis risk factors: advanced age, prolonged immobilisation, hypercoagulable conditions,
  history of venous or arterial thrombosis, oestrogens, indwelling central vascular catheters,
  hyperviscosity, cardiovascular risk factors.
* Kidney risk: pre-existing renal insufficiency, diabetes, age > 65, volume depletion, sepsis,
  paraproteinaemia, nephrotoxic drugs.
* At risk: the minimum practicable rate, **not above 0.03 mL/kg/min** (Octagam 10 % label).

Choices made here (documented judgement calls):

* "Advanced age" and "age > 65" are one box, "65 or older" (the issue's wording, age ≥ 65): the
  labels give no exact age for thrombosis, and one box avoids asking the same thing twice.
* Any one ticked factor sets "at risk" **(app rule: the label says "patients at risk" without a
  count)**. The profile's older hand-ticked flags (``thrombosis_risk``, ``kidney_risk``) stay as
  "another reason my doctor gave".
* The words are plain; the clinical name follows in brackets for the clinician reading along.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.infusion import AT_RISK_MAX_RATE, LABEL_MAX_RATE
from dmtracker.domain.messages import QT_TRANSLATE_NOOP, joined, term, translate

__all__ = [
    "KIDNEY",
    "PROMPT_THROMBOSIS_HISTORY",
    "RISK_FACTORS",
    "THROMBOSIS",
    "THROMBOSIS_HISTORY",
    "RiskFactor",
    "RiskStatus",
    "clean_factors",
    "risk_status",
]

#: The question the UI asks at once when a clot or stroke was logged: record the history?
#: (a services ``Change.prompts`` entry; here so that the UI can know it without importing the
#: database layer before the window is painted).
PROMPT_THROMBOSIS_HISTORY = "thrombosis_history"

THROMBOSIS = "thrombosis"
KIDNEY = "kidney"
THROMBOSIS_HISTORY = "thrombosis_history"


@dataclass(frozen=True)
class RiskFactor:
    key: str
    label: str  # plain words, first person, as the patient ticks it (a Vocabulary term)
    groups: tuple[str, ...]  # THROMBOSIS and/or KIDNEY

    @property
    def clinical(self) -> str:
        """The clinical name (for the clinic report): the words in the label's last brackets,
        else the label itself."""
        return CLINICAL_NAMES.get(self.key, self.label)


CLINICAL_NAMES: dict[str, str] = {
    "thrombosis_history": QT_TRANSLATE_NOOP("Vocabulary", "history of thrombosis"),
    "age_65": QT_TRANSLATE_NOOP("Vocabulary", "age 65 or over"),
    "oestrogens": QT_TRANSLATE_NOOP("Vocabulary", "oestrogens"),
    "immobilisation": QT_TRANSLATE_NOOP("Vocabulary", "long immobilisation"),
    "hypercoagulable": QT_TRANSLATE_NOOP("Vocabulary", "hypercoagulable condition"),
    "central_catheter": QT_TRANSLATE_NOOP("Vocabulary", "central venous catheter"),
    "hyperviscosity": QT_TRANSLATE_NOOP("Vocabulary", "hyperviscosity"),
    "cardiovascular": QT_TRANSLATE_NOOP("Vocabulary", "cardiovascular risk factors"),
    "kidney_disease": QT_TRANSLATE_NOOP("Vocabulary", "renal insufficiency"),
    "diabetes": QT_TRANSLATE_NOOP("Vocabulary", "diabetes"),
    "volume_depletion": QT_TRANSLATE_NOOP("Vocabulary", "volume depletion"),
    "sepsis": QT_TRANSLATE_NOOP("Vocabulary", "sepsis"),
    "paraproteinaemia": QT_TRANSLATE_NOOP("Vocabulary", "paraproteinaemia"),
    "nephrotoxic_drugs": QT_TRANSLATE_NOOP("Vocabulary", "nephrotoxic drugs"),
}


RISK_FACTORS: dict[str, RiskFactor] = {
    f.key: f
    for f in (
        RiskFactor(
            THROMBOSIS_HISTORY,
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "I have had a blood clot in a vein or an artery "
                "(DVT, lung clot, stroke, heart attack)",
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "age_65", QT_TRANSLATE_NOOP("Vocabulary", "I am 65 or older"), (THROMBOSIS, KIDNEY)
        ),
        RiskFactor(
            "oestrogens",
            QT_TRANSLATE_NOOP(
                "Vocabulary", "I take oestrogen (the combined pill, HRT) (oestrogens)"
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "immobilisation",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "I am in bed or a chair most of the day for long periods (long immobilisation)",
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "hypercoagulable",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "A doctor told me my blood clots too easily (hypercoagulable condition)",
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "central_catheter",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "I have a central line or port in a large vein (central venous catheter)",
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "hyperviscosity",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "A doctor told me my blood is too thick (hyperviscosity)",
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "cardiovascular",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "Heart or circulation risks: high blood pressure, high cholesterol, smoking, heart "
                "disease (cardiovascular risk factors)",
            ),
            (THROMBOSIS,),
        ),
        RiskFactor(
            "kidney_disease",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "My kidneys do not work fully (kidney disease, renal insufficiency)",
            ),
            (KIDNEY,),
        ),
        RiskFactor("diabetes", QT_TRANSLATE_NOOP("Vocabulary", "I have diabetes"), (KIDNEY,)),
        RiskFactor(
            "volume_depletion",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "I am low on fluids: vomiting, diarrhoea, not drinking enough (volume depletion)",
            ),
            (KIDNEY,),
        ),
        RiskFactor(
            "sepsis",
            QT_TRANSLATE_NOOP("Vocabulary", "I have a serious infection of the blood (sepsis)"),
            (KIDNEY,),
        ),
        RiskFactor(
            "paraproteinaemia",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "A doctor found an abnormal protein in my blood, e.g. myeloma (paraproteinaemia)",
            ),
            (KIDNEY,),
        ),
        RiskFactor(
            "nephrotoxic_drugs",
            QT_TRANSLATE_NOOP(
                "Vocabulary",
                "I take medicines that can harm the kidneys, e.g. regular anti-inflammatory "
                "painkillers (nephrotoxic drugs)",
            ),
            (KIDNEY,),
        ),
    )
}


def clean_factors(keys: Iterable[str]) -> list[str]:
    """The keys in :data:`RISK_FACTORS` order, each once; an unknown key raises naming
    ``risk_factors``."""
    if isinstance(keys, str) or not isinstance(keys, Iterable):
        raise ValidationError(
            "risk_factors", translate("Validation", "must be a list of risk factors")
        )
    given = list(keys)
    unknown = [k for k in given if k not in RISK_FACTORS]
    if unknown:
        raise ValidationError(
            "risk_factors",
            translate("Validation", "has an unknown risk factor {value}").format(
                value=repr(unknown[0])
            ),
        )
    return [k for k in RISK_FACTORS if k in given]


@dataclass(frozen=True)
class RiskStatus:
    """Whether the 0.03 mL/kg/min cap applies, and why (plain words)."""

    thrombosis: bool
    kidney: bool
    reasons: tuple[str, ...]
    cap: Decimal
    clinical: tuple[str, ...] = ()  # the same reasons in clinical words (for the report)

    @property
    def at_risk(self) -> bool:
        return self.thrombosis or self.kidney

    def summary(self) -> str:
        if not self.at_risk:
            return translate("Risk", "No thrombosis or kidney risk factor recorded")
        if self.thrombosis and self.kidney:
            text = translate("Risk", "At risk of thrombosis and kidney problems: {reasons}")
        elif self.thrombosis:
            text = translate("Risk", "At risk of thrombosis: {reasons}")
        else:
            text = translate("Risk", "At risk of kidney problems: {reasons}")
        return text.format(reasons=joined((term(r) for r in self.reasons), "; "))


def risk_status(
    factors: Iterable[str], thrombosis_other: bool = False, kidney_other: bool = False
) -> RiskStatus:
    """At risk when any factor is ticked; the cap is then 0.03 mL/kg/min, else 0.04 (§4, §8)."""
    keys = clean_factors(factors)
    thrombosis = thrombosis_other or any(THROMBOSIS in RISK_FACTORS[k].groups for k in keys)
    kidney = kidney_other or any(KIDNEY in RISK_FACTORS[k].groups for k in keys)
    reasons = [RISK_FACTORS[k].label for k in keys]
    if thrombosis_other:
        reasons.append(
            QT_TRANSLATE_NOOP("Vocabulary", "another thrombosis risk my doctor told me about")
        )
    if kidney_other:
        reasons.append(
            QT_TRANSLATE_NOOP("Vocabulary", "another kidney risk my doctor told me about")
        )
    clinical = [RISK_FACTORS[k].clinical for k in keys]
    if thrombosis_other:
        clinical.append(QT_TRANSLATE_NOOP("Vocabulary", "other thrombosis risk (doctor)"))
    if kidney_other:
        clinical.append(QT_TRANSLATE_NOOP("Vocabulary", "other kidney risk (doctor)"))
    cap = AT_RISK_MAX_RATE if thrombosis or kidney else LABEL_MAX_RATE
    return RiskStatus(thrombosis, kidney, tuple(reasons), cap, tuple(clinical))
