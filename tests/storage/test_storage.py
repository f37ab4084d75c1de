"""Storage: migrations (fresh, upgrade with backup, refuse newer, failed upgrade untouched),
the alembic models/migrations agreement, pragmas, backups, permissions."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from dmtracker.storage import backup as bk
from dmtracker.storage import migrate as mig
from dmtracker.storage.db import create_db_engine, integrity_check
from dmtracker.storage.paths import DataPaths


def test_fresh_database_is_created_at_head(paths: DataPaths) -> None:
    paths.ensure()
    result = mig.migrate(paths)
    assert result.from_revision is None
    assert result.to_revision == mig.head_revision() == mig.current_revision(paths.db)
    assert result.backup is None
    assert integrity_check(paths.db) == []
    # running again is a no-op
    again = mig.migrate(paths)
    assert again.from_revision == again.to_revision


def test_models_and_migrations_agree(paths: DataPaths) -> None:
    """The programmatic twin of `alembic check`."""
    paths.ensure()
    mig.migrate(paths)
    engine = create_db_engine(paths.db)
    import dmtracker.storage.models  # noqa: F401

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_every_connection_has_wal_foreign_keys_and_timeout(services) -> None:
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_foreign_keys_are_enforced(services) -> None:
    with pytest.raises(sa.exc.IntegrityError), services.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO infusion_day (course_id, day, day_number, days_in_course, product,"
            " lot_number, dose_g, weight_kg, hydration_notes, setting, nurse_site, notes,"
            " created_at, updated_at) VALUES (999, '2026-01-01', 1, 2, '', '', 70, 70, '', '',"
            " '', '', '2026-01-01', '2026-01-01')"
        )


def test_newer_database_is_refused(paths: DataPaths) -> None:
    paths.ensure()
    mig.migrate(paths)
    with sqlite3.connect(paths.db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = paths.db.read_bytes()
    with pytest.raises(mig.NewerDatabaseError, match="newer version of dmtracker"):
        mig.migrate(paths)
    assert paths.db.read_bytes() == before


def test_a_file_that_is_not_ours_is_refused(paths: DataPaths) -> None:
    paths.ensure()
    with sqlite3.connect(paths.db) as conn:
        conn.execute("CREATE TABLE other (x)")
    with pytest.raises(mig.MigrationError, match="not a dmtracker database"):
        mig.migrate(paths)


EXTRA = '''
"""test revision"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("extra_test", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO extra_test (id) SELECT id FROM daily_checkin")
    {fail}


def downgrade() -> None:
    op.drop_table("extra_test")
'''


@pytest.fixture
def newer_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the real migrations plus one more revision on top."""

    def make(fail: bool) -> None:
        d = tmp_path / f"migrations-{fail}"
        shutil.copytree(mig.MIGRATIONS_DIR, d, ignore=shutil.ignore_patterns("__pycache__"))
        body = EXTRA.format(
            down=mig.head_revision(), fail='raise RuntimeError("boom")' if fail else "pass"
        )
        (d / "versions" / "0002_test.py").write_text(body)
        monkeypatch.setattr(mig, "MIGRATIONS_DIR", d)

    return make


def test_upgrade_backs_up_first_and_keeps_data(services, newer_schema, clock) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 4})
    services.close()
    head = mig.head_revision()
    newer_schema(fail=False)
    result = mig.migrate(services.paths, now=clock.now())
    assert result.from_revision == head and result.to_revision == "0002_test"
    assert result.backup is not None and result.backup.exists()
    assert mig.current_revision(result.backup) == head
    with sqlite3.connect(services.paths.db) as conn:
        assert conn.execute("SELECT count(*) FROM extra_test").fetchone()[0] == 1
        assert conn.execute("SELECT pain FROM daily_checkin").fetchone()[0] == 4
    assert integrity_check(services.paths.db) == []


def test_failed_upgrade_leaves_the_original_untouched(services, newer_schema, clock) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 4})
    services.close()
    before = mig.current_revision(services.paths.db)
    with sqlite3.connect(services.paths.db) as conn:
        rows_before = conn.execute("SELECT * FROM daily_checkin").fetchall()
    newer_schema(fail=True)
    with pytest.raises(mig.MigrationError, match="Your data is unchanged"):
        mig.migrate(services.paths, now=clock.now())
    assert mig.current_revision(services.paths.db) == before
    with sqlite3.connect(services.paths.db) as conn:
        assert conn.execute("SELECT * FROM daily_checkin").fetchall() == rows_before
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra_test" not in tables
    assert not list(services.paths.root.glob("*.migrating*"))


def test_backup_is_consistent_while_open(services) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 4})
    path = services.maintenance.backup_now()
    assert integrity_check(path) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT pain FROM daily_checkin").fetchone()[0] == 4
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_daily_backup_once_a_day_keeps_14(services) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for i in range(20):
        now = start + timedelta(days=i)
        assert bk.daily_backup(services.paths.db, services.paths.backups, now) is not None
        assert bk.daily_backup(services.paths.db, services.paths.backups, now) is None
    autos = [b for b in bk.list_backups(services.paths.backups) if b.kind == "auto"]
    assert len(autos) == 14
    assert autos[0].taken_at == start + timedelta(days=19)
    assert autos[-1].taken_at == start + timedelta(days=6)


def test_restore_keeps_the_current_file_aside(services, clock) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 4})
    backup = services.maintenance.backup_now()
    services.checkins.add({"day": "2026-11-21", "pain": 6})
    services.close()
    kept = bk.restore_backup(backup, services.paths.db, services.paths.backups, clock.now())
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM daily_checkin").fetchone()[0] == 2
    with sqlite3.connect(services.paths.db) as conn:
        assert conn.execute("SELECT count(*) FROM daily_checkin").fetchone()[0] == 1


def test_restore_from_a_damaged_database_keeps_its_bytes(services, clock) -> None:
    backup = services.maintenance.backup_now()
    services.close()
    data = bytearray(services.paths.db.read_bytes())
    data[0:16] = b"garbage-garbage!"
    services.paths.db.write_bytes(bytes(data))
    assert integrity_check(services.paths.db)
    kept = bk.restore_backup(backup, services.paths.db, services.paths.backups, clock.now())
    assert kept.read_bytes()[:16] == b"garbage-garbage!"
    assert integrity_check(services.paths.db) == []
    assert bk.newest_good_backup(services.paths.backups).path == backup


def test_data_folder_is_private(services) -> None:
    services.checkins.add({"day": "2026-11-20", "pain": 4})
    services.paths.ensure()
    root = services.paths.root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            assert stat.S_IMODE(Path(dirpath, d).stat().st_mode) == 0o700, d
        for f in filenames:
            assert stat.S_IMODE(Path(dirpath, f).stat().st_mode) == 0o600, f


def test_data_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dmtracker.storage.paths import resolve_data_dir

    monkeypatch.setenv("DMTRACKER_HOME", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    monkeypatch.delenv("DMTRACKER_HOME")
    assert "dmtracker" in str(resolve_data_dir(None))


def test_exact_decimal_round_trip(services) -> None:
    from decimal import Decimal

    services.clinic.add(
        {"visit_date": "2026-11-20", "physician_global": "4.4", "extramuscular_global": "1.9"}
    )
    row = services.clinic.list()[0]
    assert row.physician_global == Decimal("4.4") and str(row.physician_global) == "4.4"
    assert row.extramuscular_global - Decimal("1.9") == 0


def test_naive_datetimes_are_refused_by_storage(services) -> None:
    from dmtracker.storage.types import UTCDateTime

    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), None)


def test_schema_head_constant_matches_alembic() -> None:
    assert mig.SCHEMA_HEAD == mig.alembic_head() == mig.head_revision()


def test_opening_an_up_to_date_database_does_not_import_alembic(services) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path;"
        "from dmtracker.services.app_services import open_services;"
        "from dmtracker.storage.paths import DataPaths;"
        f"s = open_services(DataPaths(Path({str(services.paths.root)!r})));"
        "print('alembic' in sys.modules)"
    )
    services.close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
