"""The SQLite engine and sessions: WAL, foreign keys and a busy timeout on every connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, open transactions (see SQLAlchemy's
    # "Serializable isolation / Savepoints / Transactional DDL" notes for pysqlite).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def create_db_engine(db_path: Path) -> sa.Engine:
    """An engine on ``db_path``; SQLAlchemy opens each transaction (BEGIN), so a rollback
    undoes all of it."""
    engine = sa.create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def session_scope(engine: sa.Engine) -> Iterator[Session]:
    """One transaction: commits on success, rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def integrity_check(db_path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on the file; [] when it is sound, else the problems found."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"cannot read the database: {exc}"]
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"foreign key problem in {r[0]} row {r[1]} (-> {r[2]})" for r in fk]
    return problems
