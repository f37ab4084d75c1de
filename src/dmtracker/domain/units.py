"""Unit conversions, exact (Decimal)."""

from __future__ import annotations

from decimal import Decimal

LB_PER_KG = Decimal("2.20462262185")
U_PER_L_PER_UKAT_PER_L = Decimal(60)  # 1 µkat/L = 60 U/L
CM_PER_INCH = Decimal("2.54")


def lb_to_kg(lb: Decimal) -> Decimal:
    return (Decimal(lb) / LB_PER_KG).quantize(Decimal("0.01"))


def kg_to_lb(kg: Decimal) -> Decimal:
    return (Decimal(kg) * LB_PER_KG).quantize(Decimal("0.1"))


def ukat_to_u_per_l(value: Decimal) -> Decimal:
    return Decimal(value) * U_PER_L_PER_UKAT_PER_L


def u_per_l_to_ukat(value: Decimal) -> Decimal:
    return (Decimal(value) / U_PER_L_PER_UKAT_PER_L).quantize(Decimal("0.001"))


def inches_to_cm(inches: Decimal) -> Decimal:
    return (Decimal(inches) * CM_PER_INCH).quantize(Decimal("0.1"))
