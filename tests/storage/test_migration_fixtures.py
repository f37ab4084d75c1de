"""Upgrading every released schema: one fixture database per schema in ``tests/storage/fixtures/``.

Each ``schema-<revision>.sqlite3`` was made by ``tests/storage/fixtures/make_fixtures.py`` when that
schema was released, with ``schema-<revision>.json`` holding its row counts and a few values.
A copy of each is opened the way the app opens a data folder (``open_services``: integrity
check, backup, upgrade on a working copy) and the data is checked afterwards. A failing
upgrade must leave the original file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from dmtracker.services.app_services import open_services
from dmtracker.storage import migrate as mig
from dmtracker.storage.db import integrity_check
from dmtracker.storage.paths import DataPaths

FIXTURES = Path(__file__).with_name("fixtures")
SCHEMAS = sorted(FIXTURES.glob("schema-*.sqlite3"))


def fixture_copy(fixture: Path, tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    shutil.copyfile(fixture, paths.db)
    return paths


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def summary_of(fixture: Path) -> dict:
    return json.loads(fixture.with_suffix(".json").read_text())


def test_every_released_schema_has_a_fixture() -> None:
    """All revisions before the head are released and need a fixture; the head may be new."""
    have = {p.stem.removeprefix("schema-") for p in SCHEMAS}
    released = mig.known_revisions() - {mig.head_revision()}
    assert released <= have, f"make a fixture for: {sorted(released - have)}"
    assert have <= mig.known_revisions(), "a fixture for a schema this app does not know"
    assert SCHEMAS


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.stem)
def test_fixture_upgrades_with_its_data(fixture: Path, tmp_path: Path, clock) -> None:
    info = summary_of(fixture)
    assert mig.current_revision(fixture) == info["revision"]
    original = digest(fixture)
    paths = fixture_copy(fixture, tmp_path)
    s = open_services(paths, clock)
    try:
        assert mig.current_revision(paths.db) == mig.head_revision()
        if info["revision"] != mig.head_revision():
            assert s.migration is not None and s.migration.backup is not None
            assert mig.current_revision(s.migration.backup) == info["revision"]
        assert s.maintenance.check().ok
        with sqlite3.connect(paths.db) as conn:
            for table, n in info["counts"].items():
                got = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                assert got == n, f"{table}: {got} rows after the upgrade, {n} before"
        # The data reads back through the services, values intact.
        rows = s.checkins.list()
        first, last = rows[0], rows[-1]
        day, pain, fatigue, notes = info["first_checkin"]
        assert (first.day.isoformat(), first.pain, first.fatigue, first.notes) == (
            day,
            pain,
            fatigue,
            notes,
        )
        day, pain, fatigue, notes = info["last_checkin"]
        assert (last.day.isoformat(), last.pain, last.fatigue) == (day, pain, fatigue)
        infusions = {(i.day.isoformat(), i.lot_number): i.dose_g for i in s.infusions.list()}
        day, dose, lot = info["first_infusion_day"]
        assert infusions[(day, lot)] == Decimal(dose)
        labs = {(lab.collected_on.isoformat(), lab.analyte): lab.value for lab in s.labs.list()}
        day, analyte, value = info["first_lab"]
        assert labs[(day, analyte)] == Decimal(value)
        # and takes new records
        s.checkins.add({"day": "2026-11-20", "pain": 3})
        assert s.checkins.count() == info["counts"]["daily_checkin"] + 1
    finally:
        s.close()
    assert integrity_check(paths.db) == []
    assert digest(fixture) == original, "the committed fixture itself must never change"


# --- a next schema on top of the newest fixture: upgrade, and a failing upgrade ---------------
NEXT = '''
"""test revision on top of the head"""
import sqlalchemy as sa
from alembic import op

revision = "9000_next"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("daily_checkin") as batch:
        batch.add_column(sa.Column("mood", sa.Integer(), nullable=True))
    op.execute("UPDATE daily_checkin SET mood = pain")
    {fail}


def downgrade() -> None:
    with op.batch_alter_table("daily_checkin") as batch:
        batch.drop_column("mood")
'''


@pytest.fixture
def next_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def make(fail: bool) -> None:
        d = tmp_path / f"migrations-{fail}"
        shutil.copytree(mig.MIGRATIONS_DIR, d, ignore=shutil.ignore_patterns("__pycache__"))
        body = NEXT.format(
            down=mig.head_revision(),
            fail='raise RuntimeError("simulated failure half-way")' if fail else "pass",
        )
        (d / "versions" / "9000_next.py").write_text(body)
        monkeypatch.setattr(mig, "MIGRATIONS_DIR", d)

    return make


def test_newest_fixture_upgrades_to_a_next_schema(tmp_path: Path, next_schema, clock) -> None:
    fixture = SCHEMAS[-1]
    info = summary_of(fixture)
    paths = fixture_copy(fixture, tmp_path)
    next_schema(fail=False)
    result = mig.migrate(paths, now=clock.now())
    assert (result.from_revision, result.to_revision) == (info["revision"], "9000_next")
    assert result.backup is not None and digest(result.backup) != ""
    with sqlite3.connect(paths.db) as conn:
        n, same = conn.execute("SELECT count(*), sum(mood IS pain) FROM daily_checkin").fetchone()
    assert n == same == info["counts"]["daily_checkin"]
    assert integrity_check(paths.db) == []


def test_a_failed_upgrade_leaves_the_fixture_copy_untouched(
    tmp_path: Path, next_schema, clock
) -> None:
    fixture = SCHEMAS[-1]
    paths = fixture_copy(fixture, tmp_path)
    before = digest(paths.db)
    next_schema(fail=True)
    with pytest.raises(mig.MigrationError, match="Your data is unchanged"):
        mig.migrate(paths, now=clock.now())
    assert digest(paths.db) == before
    assert not list(paths.root.glob("*.migrating*"))
    backups = list(paths.backups.glob("pre-upgrade-*.sqlite3"))
    assert len(backups) == 1 and integrity_check(backups[0]) == []
    # and through the app's start: refused with the same clear message, file unchanged
    with pytest.raises(mig.MigrationError):
        open_services(paths, clock)
    assert digest(paths.db) == before
