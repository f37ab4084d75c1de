"""Recognising drugs by name: methotrexate, hydroxychloroquine, the glucocorticoids (with their
prednisone equivalents) and the blood thinners.

Names match as whole words, case-insensitively, from a short list of generic names,
abbreviations and brands; "methotrexate sodium 2.5 mg" matches. Glucocorticoids are tried most
specific first, so "methyl-prednisolone" never reads as prednisolone (``docs/clinical.md`` §6, §8).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

__all__ = [
    "ANTICOAGULANT_NAMES",
    "GLUCOCORTICOIDS",
    "HYDROXYCHLOROQUINE_NAMES",
    "METHOTREXATE_NAMES",
    "PREDNISONE_NAMES",
    "Glucocorticoid",
    "glucocorticoid_of",
    "is_anticoagulant",
    "is_glucocorticoid",
    "is_hydroxychloroquine",
    "is_methotrexate",
    "is_prednisone",
]


# --- Drug names -----------------------------------------------------------------------------
# Methotrexate brands. Source: the list in issue 16 (itself from a rheumatologist's review)
# completed from memory of national product registers (US DailyMed, EU/EMA and national SmPC
# lists, Australia's TGA, the BNF): a brand missing here would let daily methotrexate through the
# block, so more is better; each is a methotrexate-only product. "Metotrexato" is the Spanish,
# Portuguese and Italian generic name. Check new brands against a national register before adding.
METHOTREXATE_NAMES: tuple[str, ...] = (
    "methotrexate",
    "MTX",
    "Metotrexato",
    "Metotrexat",
    "Otrexup",
    "Rasuvo",
    "RediTrex",
    "Metoject",
    "Metojectpen",
    "Trexall",
    "Jylamvo",
    "Xatmep",
    "Nordimet",
    "Maxtrex",
    "Methoblastin",
    "Zlatal",
    "Ebetrex",
    "Trexan",
    "Ledertrexate",
    "Emthexate",
    "Lantarel",
    "Metex",
    "Novatrex",
    "Imeth",
    "Bendatrexate",
    "Abitrexate",
)
# "Hidroxicloroquina": the Spanish generic name (the German "Hydroxychloroquin" matches the
# English stem); the suggestions of the medication form are offered in the reader's language.
HYDROXYCHLOROQUINE_NAMES: tuple[str, ...] = (
    "hydroxychloroquine",
    "Hidroxicloroquina",
    "HCQ",
    "Plaquenil",
    "Quensyl",
)
PREDNISONE_NAMES: tuple[str, ...] = (
    "prednisone",
    "prednisolone",
    "Deltasone",
    "Rayos",
    "Predsol",
    "Orapred",
    "Millipred",
    "Prelone",
    "Pediapred",
    "Decortin",
)


def _name_pattern(stems: Sequence[str], words: Sequence[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive match. A generic-name stem also matches any ending (its
    salt or a spelling without the final "e": "methotrexat", "hydroxychloroquine sulfate");
    a brand or abbreviation matches as a word (digits may follow: "MTX2.5")."""
    alternatives = "|".join([re.escape(s) + r"\w*" for s in stems] + [re.escape(w) for w in words])
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


_METHOTREXATE = _name_pattern(["methotrexat", "metotrexat"], METHOTREXATE_NAMES[1:])
_HYDROXYCHLOROQUINE = _name_pattern(["hydroxychloroquin"], HYDROXYCHLOROQUINE_NAMES[1:])
_PREDNISONE = _name_pattern(["prednison", "prednisolon"], PREDNISONE_NAMES[2:])


def _matches(pattern: re.Pattern[str], name: str) -> bool:
    return isinstance(name, str) and pattern.search(name) is not None


class Glucocorticoid(NamedTuple):
    """A glucocorticoid and the mg of it equal to 5 mg prednisone (clinical.md §8)."""

    key: str
    label: str
    mg_per_5_mg_prednisone: Decimal
    stems: tuple[str, ...]  # generic names: any ending matches ("prednisolone acetate")
    brands: tuple[str, ...]


# Anti-inflammatory equivalents, clinical.md §8. Most specific first (methylprednisolone before
# prednisolone). Brands: common ones from national product lists (from memory; see the MTX note).
GLUCOCORTICOIDS: tuple[Glucocorticoid, ...] = (
    Glucocorticoid(
        "methylprednisolone",
        "methylprednisolone",
        Decimal(4),
        ("methylprednisolon", "methyl-prednisolon", "methyl prednisolon"),
        ("Medrol", "Solu-Medrol", "Depo-Medrol", "Urbason", "Metypred", "Medrone"),
    ),
    Glucocorticoid(
        "prednisone",
        "prednisone",
        Decimal(5),
        ("prednison", "prednisolon"),
        (*PREDNISONE_NAMES[2:], "Dacortin", "Solu-Decortin", "Deltacortril", "Lodotra"),
    ),
    Glucocorticoid(
        "triamcinolone",
        "triamcinolone",
        Decimal(4),
        ("triamcinolon",),
        ("Kenalog", "Kenacort", "Aristocort", "Volon"),
    ),
    Glucocorticoid(
        "dexamethasone",
        "dexamethasone",
        Decimal("0.75"),
        ("dexamethason",),
        ("Decadron", "Fortecortin", "Hemady", "Neofordex"),
    ),
    Glucocorticoid(
        "hydrocortisone",
        "hydrocortisone",
        Decimal(20),
        ("hydrocortison", "cortisol"),
        ("Cortef", "Solu-Cortef", "Hydrocortone", "Plenadren", "Alkindi", "Efcortesol"),
    ),
)
_GLUCOCORTICOID_PATTERNS: tuple[tuple[Glucocorticoid, re.Pattern[str]], ...] = tuple(
    (g, _name_pattern(list(g.stems), list(g.brands))) for g in GLUCOCORTICOIDS
)


def glucocorticoid_of(name: str) -> Glucocorticoid | None:
    """The glucocorticoid a drug name is (generic or brand, whole words), most specific first."""
    if not isinstance(name, str):
        return None
    for g, pattern in _GLUCOCORTICOID_PATTERNS:
        if pattern.search(name) is not None:
            return g
    return None


# Blood thinners (anticoagulants), generic names and common brands: the clinic report lists them
# beside a past clot (issue 16). Antiplatelets (aspirin, clopidogrel) are not anticoagulants.
ANTICOAGULANT_NAMES: tuple[str, ...] = (
    "apixaban",
    "rivaroxaban",
    "edoxaban",
    "dabigatran",
    "warfarin",
    "acenocoumarol",
    "phenprocoumon",
    "heparin",
    "enoxaparin",
    "dalteparin",
    "tinzaparin",
    "fondaparinux",
    "Eliquis",
    "Xarelto",
    "Lixiana",
    "Savaysa",
    "Pradaxa",
    "Coumadin",
    "Marevan",
    "Sintrom",
    "Marcumar",
    "Clexane",
    "Lovenox",
    "Fragmin",
    "Innohep",
    "Arixtra",
)
_ANTICOAGULANT = _name_pattern(list(ANTICOAGULANT_NAMES[:12]), ANTICOAGULANT_NAMES[12:])


def is_anticoagulant(name: str) -> bool:
    """True for a blood thinner (anticoagulant) by generic name or brand, whole words."""
    return _matches(_ANTICOAGULANT, name)


def is_glucocorticoid(name: str) -> bool:
    """True for any glucocorticoid with a prednisone equivalent (clinical.md §8)."""
    return glucocorticoid_of(name) is not None


def is_methotrexate(name: str) -> bool:
    """True when the drug name is methotrexate (generic, MTX or a brand), case-insensitive."""
    return _matches(_METHOTREXATE, name)


def is_hydroxychloroquine(name: str) -> bool:
    """True for hydroxychloroquine, HCQ, Plaquenil (whole words, case-insensitive)."""
    return _matches(_HYDROXYCHLOROQUINE, name)


def is_prednisone(name: str) -> bool:
    """True for prednisone or prednisolone (equal potency) and their brands.

    Methylprednisolone (also written "methyl-prednisolone"), dexamethasone and hydrocortisone
    are other steroids with other potencies: False here (see :func:`prednisone_equivalent_mg`).
    """
    g = glucocorticoid_of(name)
    return g is not None and g.key == "prednisone" and _matches(_PREDNISONE, name)
