"""Column types: timezone-aware UTC datetimes and exact decimals on SQLite."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Stores an aware datetime as UTC; returns it aware (tzinfo=UTC). Naive input is refused."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored; give a timezone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class ExactDecimal(sa.types.TypeDecorator[Decimal]):
    """A decimal stored as an SQLite REAL and read back exactly.

    Values have at most 15 significant digits (the validators ensure it), so the shortest repr
    of the stored double is the decimal that was written: ``Decimal("4.4")`` comes back as
    ``Decimal("4.4")``, and SQL can still sort, compare and average the column.
    """

    impl = sa.Float
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: Any) -> float | None:
        if value is None:
            return None
        d = Decimal(value)
        if not d.is_finite() or len(d.as_tuple().digits) > 15:
            raise ValueError(f"{value!r} cannot be stored exactly")
        return float(d)

    def process_result_value(self, value: float | None, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        d = Decimal(repr(float(value)))
        return d.to_integral_value() if d == d.to_integral_value() else d.normalize()
