"""The public domain modules keep every name after their helpers moved to sibling modules."""

from __future__ import annotations

import importlib
from decimal import Decimal

import pytest

# public module -> the sibling modules it re-exports from
MOVED = {
    "medications": ("decimal_input", "drug_names"),
    "infusion": ("decimal_input", "dosing_weight"),
    "tis": ("core_set",),
}


@pytest.mark.parametrize("name", sorted(MOVED))
def test_every_public_name_resolves(name: str) -> None:
    module = importlib.import_module(f"dmtracker.domain.{name}")
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert missing == []


@pytest.mark.parametrize("name", sorted(MOVED))
def test_moved_names_are_the_same_objects(name: str) -> None:
    module = importlib.import_module(f"dmtracker.domain.{name}")
    for sibling_name in MOVED[name]:
        sibling = importlib.import_module(f"dmtracker.domain.{sibling_name}")
        shared = [n for n in sibling.__all__ if n in module.__all__]
        for n in shared:
            assert getattr(module, n) is getattr(sibling, n), f"{name}.{n}"


def test_names_that_moved_out_are_still_reachable() -> None:
    from dmtracker.domain import infusion, medications, tis

    assert medications.is_methotrexate("Methotrexate sodium 2.5 mg")
    assert medications.glucocorticoid_of("Medrol").key == "methylprednisolone"
    assert infusion.ideal_body_weight(160, "female") == Decimal("52.4")
    assert infusion.DEVINE_BASE_KG["male"] == Decimal("50")
    assert tis.most_abnormal_enzyme([tis.EnzymeResult("CK", 400, 200)]).name == "CK"
