"""The SQLite engine and sessions: WAL, foreign keys and a busy timeout on every connection."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from dmtracker.domain.messages import translate

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"

# --- encryption at rest (SQLCipher 4 through the ``sqlcipher3`` package) ------------------------
# A data folder is plain or encrypted. The passphrase of an encrypted folder is registered here
# for the life of the process (never written anywhere); every connection to a file in that
# folder, the database, its backups and working copies, then sets ``PRAGMA key`` first. A file
# that starts with SQLite's plain header is always opened plain.
_PASSPHRASES: dict[Path, str] = {}


def set_passphrase(root: Path, passphrase: str | None) -> None:
    """Register (or with None forget) the passphrase of the data folder ``root``."""
    root = Path(root).resolve()
    if passphrase is None:
        _PASSPHRASES.pop(root, None)
    else:
        if not passphrase:
            raise ValueError("the passphrase must not be empty")
        _PASSPHRASES[root] = passphrase


def passphrase_for(path: Path) -> str | None:
    """The registered passphrase of the data folder that holds ``path`` (None: plain)."""
    p = Path(path).resolve()
    for root, passphrase in _PASSPHRASES.items():
        if p == root or root in p.parents:
            return passphrase
    return None


def is_plain_file(path: Path) -> bool:
    """True for a file that starts with SQLite's plain header."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def is_encrypted_file(path: Path) -> bool:
    """A non-empty file without the plain header: encrypted (or damaged beyond its header)."""
    p = Path(path)
    return p.is_file() and p.stat().st_size > 0 and not is_plain_file(p)


def key_of(path: Path) -> str | None:
    """The key to open ``path`` with: None for a plain file, else its folder's passphrase (new
    files in an encrypted folder are created encrypted)."""
    if is_plain_file(path):
        return None
    return passphrase_for(path)


def cipher_module() -> Any:
    """``sqlcipher3.dbapi2``, imported on first use (plain folders never load it)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def db_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The DB-API errors that mean "cannot read this database", for ``except db_errors():``;
    ``more`` are caught with them (``except db_errors(OSError):``, which type checkers read)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    found = (sqlite3.DatabaseError, cipher.DatabaseError) if cipher else (sqlite3.DatabaseError,)
    return (*more, *found)


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(dbapi_conn: Any, key: str) -> None:
    """Set the SQLCipher key on a new connection (before anything else is read)."""
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
    dbapi_conn.execute(f"PRAGMA key = {_quote(key)}")


_AUTO = object()


def connect(path: Path, *, readonly: bool = False, key: Any = _AUTO) -> Any:
    """A DB-API connection to ``path``: the stdlib ``sqlite3`` for a plain file, SQLCipher with
    the key for an encrypted one. ``key`` overrides the automatic choice (None: plain)."""
    key = key_of(path) if key is _AUTO else key
    if key is None:
        target = read_only_uri(path) if readonly else str(path)
        return sqlite3.connect(target, uri=readonly)
    # SQLCipher: a read-only connection would leave -wal/-shm files behind that it cannot
    # remove; read-write with query_only reads the same and tidies up when it closes.
    conn = cipher_module().connect(str(path))
    apply_key(conn, key)
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    return conn


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading only. In a folder that cannot be written (a
    read-only disk) SQLite cannot make the WAL index it wants: then, unless a WAL with pages
    in it is there (left by a crash, and read through its index), the file is opened
    ``immutable`` (nothing else can change it either)."""
    from dmtracker.storage.space import writable

    wal = Path(f"{path}-wal")
    immutable = not writable(Path(path).parent) and not (wal.exists() and wal.stat().st_size)
    return f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")


_WRITER_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
_READER_PRAGMAS = ("PRAGMA query_only=ON",)


def _pragmas(dbapi_conn: sqlite3.Connection, extra: tuple[str, ...]) -> None:
    # Let SQLAlchemy, not the sqlite3 module, open transactions (see SQLAlchemy's
    # "Serializable isolation / Savepoints / Transactional DDL" notes for pysqlite).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in ("PRAGMA foreign_keys=ON", f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}", *extra):
        cur.execute(pragma)
    cur.close()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    _pragmas(dbapi_conn, _WRITER_PRAGMAS)


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """A diary opened read-only (its folder cannot be written): nothing may change the file."""
    _pragmas(dbapi_conn, _READER_PRAGMAS)


WRITE_OPTION = "dmtracker_write"


def _on_begin(conn: sa.Connection) -> None:
    # A write transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE): a second
    # writer then waits up to the busy timeout for it. A deferred BEGIN that reads first and
    # writes later cannot wait (SQLite fails it at once with "database is locked", as waiting
    # could deadlock). Reads keep the deferred BEGIN and stay concurrent (WAL).
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_db_engine(db_path: Path, *, read_only: bool = False) -> sa.Engine:
    """An engine on ``db_path``; SQLAlchemy opens each transaction (BEGIN), so a rollback
    undoes all of it. A file of an encrypted data folder is opened through SQLCipher with
    ``PRAGMA key`` set on every connection before the other pragmas. ``read_only``: a diary
    in a folder that cannot be written, for viewing and exporting."""
    key = key_of(db_path)
    extra: dict[str, Any] = {"module": cipher_module()} if key is not None else {}
    url = f"sqlite:///{db_path}"
    connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    if read_only and key is None:
        url = f"sqlite:///{read_only_uri(db_path)}&uri=true"
    engine = sa.create_engine(url, connect_args=connect_args, **extra)
    engine.dmtracker_folder = Path(db_path).parent  # type: ignore[attr-defined]
    if key is not None:
        sa.event.listen(engine, "connect", lambda conn, _record: apply_key(conn, key))
    sa.event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: sa.Engine) -> sa.Engine:
    """The engine whose transactions begin with the write lock taken (same pool and events),
    made once per engine (every write goes through here)."""
    made = getattr(engine, "dmtracker_writer", None)
    if made is None:
        made = engine.execution_options(**{WRITE_OPTION: True})
        engine.dmtracker_writer = made  # type: ignore[attr-defined]
    return made


@contextmanager
def session_scope(engine: sa.Engine) -> Iterator[Session]:
    """One write transaction (BEGIN IMMEDIATE): commits on success, rolls back on any error."""
    with Session(writer(engine), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except sa.exc.OperationalError as exc:
            session.rollback()
            raise _user_error(engine, exc) from exc
        except BaseException:
            session.rollback()
            raise


def _user_error(engine: sa.Engine, exc: sa.exc.OperationalError) -> BaseException:
    """A full disk, a read-only folder or a diary kept locked too long, as one line for the
    user (a ValidationError); anything else as it was."""
    from dmtracker.domain.errors import ValidationError
    from dmtracker.storage.space import as_user_error

    folder = getattr(engine, "dmtracker_folder", Path("."))
    if "database is locked" in str(exc.orig or exc):
        return ValidationError(
            "diary",
            translate(
                "Storage",
                "is busy: another dmtracker process kept it locked for over "
                "{seconds} s; nothing was changed, try again",
            ).format(seconds=BUSY_TIMEOUT_MS // 1000),
        )
    return as_user_error(exc, folder)


def integrity_check(db_path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on the file; [] when it is sound, else the problems found."""
    try:
        conn = connect(db_path, readonly=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except db_errors() as exc:
        return [translate("Storage", "cannot read the database: {error}").format(error=str(exc))]
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [
        translate("Storage", "foreign key problem in {table} row {row} (-> {target})").format(
            table=r[0], row=r[1], target=r[2]
        )
        for r in fk
    ]
    return problems
