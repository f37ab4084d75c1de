"""clinical safety net: risk factors, dosing weight, follow-up temperature

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 21:05:00

Issue 16. New columns only, each with a default, so every 0001 row stays valid:

* ``patient_profile.risk_factors`` (JSON list, default ``[]``): thrombosis and kidney risk
  factors (domain/risk.py). The older ``thrombosis_risk`` / ``kidney_risk`` flags stay.
* ``infusion_course.dosing_weight_basis`` (default ``actual``), ``dosing_weight_kg`` (NULL: the
  actual weight, as every course before this schema used) and ``high_dose_confirmed``.
* ``infusion_follow_up.temperature_c`` (NULL: not asked before this schema).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import dmtracker.storage.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("patient_profile") as batch:
        batch.add_column(
            sa.Column("risk_factors", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    with op.batch_alter_table("infusion_course") as batch:
        batch.add_column(
            sa.Column(
                "dosing_weight_basis",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="actual",
            )
        )
        batch.add_column(
            sa.Column("dosing_weight_kg", dmtracker.storage.types.ExactDecimal(), nullable=True)
        )
        batch.add_column(
            sa.Column(
                "high_dose_confirmed", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("infusion_follow_up") as batch:
        batch.add_column(
            sa.Column("temperature_c", dmtracker.storage.types.ExactDecimal(), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("infusion_follow_up") as batch:
        batch.drop_column("temperature_c")
    with op.batch_alter_table("infusion_course") as batch:
        batch.drop_column("high_dose_confirmed")
        batch.drop_column("dosing_weight_kg")
        batch.drop_column("dosing_weight_basis")
    with op.batch_alter_table("patient_profile") as batch:
        batch.drop_column("risk_factors")
