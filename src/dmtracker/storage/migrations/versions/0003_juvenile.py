"""juvenile DM (CMAS, CHAQ, DAS, parent global, who answered, calcinosis); capture (entries
during the day, daily steps, unique ids of inbox records)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 03:00:00

Issue 21. New columns only, each with a default, so every 0002 row stays valid:

* ``patient_profile.juvenile`` (default false): the juvenile TIS thresholds, CMAS and CHAQ.
* ``clinic_assessment.cmas_total``, ``cmas_items`` (JSON, default ``{}``), ``parent_global``,
  ``das_skin``, ``das_muscle`` (NULL: not measured).
* ``questionnaire_response.answered_by`` (default ""), ``pain_mm``, ``well_being_mm`` and
  ``not_applicable`` (JSON, default ``[]``): the CHAQ's parts; ``answered_by`` for every kind.
* ``daily_checkin.answered_by`` (default ""): a parent answering for a child.
* ``rash_assessment.calcinosis_size_mm``, ``calcinosis_infected``, ``calcinosis_pain``: the
  calcinosis log beside the count (0001), ulceration (``open_sore``) and photos of a site.

Issue 22. Two new tables and one new column:

* ``symptom_entry``: timestamped entries beside the day's check-in (scales, a note), with the
  device they came from and a unique id (an inbox file imported twice changes nothing).
* ``daily_steps``: one step count per day (phones, watches), with its source.
* ``side_effect.uid`` (NULL for those entered here): the unique id of one from an inbox file.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import dmtracker.storage.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")


def _decimal(name: str) -> sa.Column[object]:
    return sa.Column(name, dmtracker.storage.types.ExactDecimal(), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("patient_profile") as batch:
        batch.add_column(
            sa.Column("juvenile", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("clinic_assessment") as batch:
        batch.add_column(sa.Column("cmas_total", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("cmas_items", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch.add_column(_decimal("parent_global"))
        batch.add_column(sa.Column("das_skin", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("das_muscle", sa.Integer(), nullable=True))
    with op.batch_alter_table("questionnaire_response") as batch:
        batch.add_column(_text("answered_by"))
        batch.add_column(sa.Column("pain_mm", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("well_being_mm", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("not_applicable", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    with op.batch_alter_table("daily_checkin") as batch:
        batch.add_column(_text("answered_by"))
    with op.batch_alter_table("rash_assessment") as batch:
        batch.add_column(_decimal("calcinosis_size_mm"))
        batch.add_column(sa.Column("calcinosis_infected", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("calcinosis_pain", sa.Integer(), nullable=True))

    op.create_table(
        "symptom_entry",
        *_tracked(),
        sa.Column("at", dmtracker.storage.types.UTCDateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("patient_global", sa.Integer(), nullable=True),
        sa.Column("fatigue", sa.Integer(), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("itch", sa.Integer(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    op.create_index(op.f("ix_symptom_entry_at"), "symptom_entry", ["at"])
    op.create_index(op.f("ix_symptom_entry_day"), "symptom_entry", ["day"])
    op.create_index(op.f("ix_symptom_entry_deleted_at"), "symptom_entry", ["deleted_at"])
    op.create_table(
        "daily_steps",
        *_tracked(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("steps", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("day"),
    )
    op.create_index(op.f("ix_daily_steps_deleted_at"), "daily_steps", ["deleted_at"])
    with op.batch_alter_table("side_effect") as batch:
        batch.add_column(sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch.create_unique_constraint("uq_side_effect_uid", ["uid"])


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", dmtracker.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", dmtracker.storage.types.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", dmtracker.storage.types.UTCDateTime(), nullable=True),
    ]


def downgrade() -> None:
    with op.batch_alter_table("side_effect") as batch:
        batch.drop_constraint("uq_side_effect_uid", type_="unique")
        batch.drop_column("uid")
    op.drop_table("daily_steps")
    op.drop_table("symptom_entry")
    with op.batch_alter_table("rash_assessment") as batch:
        for name in ("calcinosis_pain", "calcinosis_infected", "calcinosis_size_mm"):
            batch.drop_column(name)
    with op.batch_alter_table("daily_checkin") as batch:
        batch.drop_column("answered_by")
    with op.batch_alter_table("questionnaire_response") as batch:
        for name in ("not_applicable", "well_being_mm", "pain_mm", "answered_by"):
            batch.drop_column(name)
    with op.batch_alter_table("clinic_assessment") as batch:
        for name in ("das_muscle", "das_skin", "parent_global", "cmas_items", "cmas_total"):
            batch.drop_column(name)
    with op.batch_alter_table("patient_profile") as batch:
        batch.drop_column("juvenile")
