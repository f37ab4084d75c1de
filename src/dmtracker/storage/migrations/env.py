"""Alembic environment: run from dmtracker.storage.migrate (programmatically) or `alembic`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import dmtracker.storage.models  # noqa: F401  (registers the tables)
from dmtracker.storage.db import create_db_engine

config = context.config
target_metadata = SQLModel.metadata


def _run(connection: Connection) -> None:
    # Table rebuilds (batch mode) must not trip foreign keys half-way; checked again after.
    # PRAGMAs must run outside a transaction (the sqlite3 or sqlcipher3 connection)
    raw: Any = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()
    problems = raw.execute("PRAGMA foreign_key_check").fetchall()
    raw.execute("PRAGMA foreign_keys=ON")
    if problems:
        raise RuntimeError(f"migration left foreign key problems: {problems[:5]}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or ""
    engine = create_db_engine(Path(url.removeprefix("sqlite:///")))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("dmtracker migrations run online only")
run_migrations_online()
