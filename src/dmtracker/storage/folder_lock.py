"""Who has a diary open: an OS file lock on its folder, held for as long as it is open.

Every process that opens a diary (the app, a CLI command, a script through the services) holds
a *shared* lock on its folder; writers among them take turns through SQLite's
own lock (``BEGIN IMMEDIATE``). What replaces or converts the whole diary (encrypt, decrypt,
restore, demo) needs the lock *exclusively* and is refused at once while any other process has
the diary open. The operating system drops the lock when a process dies (``kill -9`` included),
so a stale lock cannot keep anyone out.

The lock is ``flock(2)`` on the data folder itself (not on a file in it, which another process
could delete to slip past the lock): one open descriptor per folder and process, so a process
may hold the shared lock several times (the app and its own restore) and turn it exclusive
while no other process holds it. Where ``fcntl`` does not exist (Windows), every lock is
granted: SQLite's own locking still keeps each record safe there.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dmtracker.domain.errors import OneLineError
from dmtracker.domain.messages import translate

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# How long opening waits for another process's conversion (encrypt, restore) to finish.
SHARED_WAIT_S = 10.0


class DiaryInUseError(OneLineError):
    """Another process has the diary open (or is converting it): one line for the user, and
    a ValidationError, so every dialog that reports a refusal reports this one too."""

    def __init__(self, message: str):
        super().__init__("diary", message)


@dataclass
class _Held:
    fd: int
    shared: int = 0
    exclusive: int = 0
    mode: int = 0  # the flock mode in force: 0 none, LOCK_SH or LOCK_EX


_HELD: dict[Path, _Held] = {}
_GUARD = threading.RLock()


def _key(root: Path) -> Path:
    return Path(root).resolve()


def _open(root: Path) -> int | None:
    """A descriptor of the data folder itself: the lock is on the folder, so deleting or
    replacing a file in it cannot drop the lock while a process holds it. None where the
    folder cannot be opened."""
    try:
        return os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None


def _flock(held: _Held, mode: int, *, wait_s: float, what: str, root: Path) -> None:
    if fcntl is None or held.fd < 0 or held.mode == mode:
        held.mode = mode
        return
    if mode == 0:
        fcntl.flock(held.fd, fcntl.LOCK_UN)
        held.mode = 0
        return
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(held.fd, mode | fcntl.LOCK_NB)
            held.mode = mode
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise DiaryInUseError(what.format(root=root)) from None
            time.sleep(0.05)


def _apply(root: Path, held: _Held, *, wait_s: float, what: str) -> None:
    """Bring the OS lock in line with this process's holds (none left: close the file)."""
    if not held.shared and not held.exclusive:
        _release_if_unused(root, held)
        return
    if fcntl is not None:
        want = fcntl.LOCK_EX if held.exclusive else fcntl.LOCK_SH
        _flock(held, want, wait_s=wait_s, what=what, root=root)


def _get(root: Path) -> _Held:
    held = _HELD.get(root)
    if held is None:
        fd = _open(root)
        held = _HELD[root] = _Held(fd if fd is not None else -1)
    return held


BUSY = translate(
    "Storage",
    "the diary in {root} is being converted or restored by another dmtracker process; "
    "try again when it has finished",
)
IN_USE = translate(
    "Storage",
    "the diary in {root} is open in another dmtracker window or command; close it first, "
    "then try again",
)


class SharedLock:
    """This process has the diary open; :meth:`release` (or process exit) lets go."""

    def __init__(self, root: Path, wait_s: float = SHARED_WAIT_S):
        self.root = _key(root)
        with _GUARD:
            held = _get(self.root)
            held.shared += 1
            try:
                if fcntl is not None and held.mode != fcntl.LOCK_EX:
                    _apply(self.root, held, wait_s=wait_s, what=BUSY)
            except BaseException:
                held.shared -= 1
                _release_if_unused(self.root, held)
                raise
        self._released = False

    def release(self) -> None:
        with _GUARD:
            if self._released:
                return
            self._released = True
            held = _HELD.get(self.root)
            if held is None:
                return
            held.shared -= 1
            if not held.exclusive:
                _apply(self.root, held, wait_s=0, what=BUSY)


def _release_if_unused(root: Path, held: _Held) -> None:
    if not held.shared and not held.exclusive:
        if fcntl is not None and held.fd >= 0 and held.mode:
            fcntl.flock(held.fd, fcntl.LOCK_UN)
        if held.fd >= 0:
            os.close(held.fd)
        _HELD.pop(root, None)


@contextmanager
def exclusive(root: Path) -> Iterator[None]:
    """The diary to this process alone while the block runs; :class:`DiaryInUseError` at once
    when another process has it open. This process's own shared holds may stay."""
    key = _key(root)
    key.mkdir(parents=True, exist_ok=True)
    with _GUARD:
        held = _get(key)
        held.exclusive += 1
        try:
            _apply(key, held, wait_s=0, what=IN_USE)
        except BaseException:
            held.exclusive -= 1
            _release_if_unused(key, held)
            raise
    try:
        yield
    finally:
        with _GUARD:
            held.exclusive -= 1
            if not held.exclusive:
                _apply(key, held, wait_s=0, what=BUSY)


# --- one process at a time gets a diary ready ----------------------------------------------------
PREPARE_LOCK_NAME = ".dmtracker-open.lock"
# How long opening waits for another process that is getting the same diary ready (an upgrade
# of a large diary copies and checks it: seconds; two minutes is far beyond that, and short
# enough that a process stopped while holding it does not keep an app waiting long).
PREPARE_WAIT_S = 120.0


@contextmanager
def preparing(root: Path, wait_s: float = PREPARE_WAIT_S) -> Iterator[None]:
    """This process alone gets the diary in ``root`` ready to open (finishes an interrupted
    conversion, removes stale copies, creates or upgrades the schema); another process opening
    it at the same moment waits here, then finds it ready. Without it, two processes opening a
    new diary both created its tables ("database is locked"), and two opening a diary of an
    older schema both upgraded it and replaced the file under each other.

    A lock file (the folder itself carries the shared and exclusive locks, and one process
    cannot hold two modes on it). Where it cannot be made (a read-only folder, which is never
    upgraded; a full disk) or ``fcntl`` does not exist, the block runs unguarded."""
    fd = _open_named(_key(root) / PREPARE_LOCK_NAME)
    if fd is None or fcntl is None:
        yield
        return
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DiaryInUseError(BUSY.format(root=root)) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing the descriptor drops its lock


# --- one app window per diary folder --------------------------------------------------------------
APP_LOCK_NAME = ".dmtracker-app.lock"
RAISE_REQUEST_NAME = ".dmtracker-raise"
_APP_FD: dict[Path, int] = {}
_APP_SINCE: dict[Path, float] = {}


def claim_app_instance(root: Path) -> bool:
    """Make this process the app of the folder ``root``: False when another running app has it
    (that app then sees :func:`request_raise`'s file and brings its window forward). The claim
    lasts until the process ends. No network socket is involved: only a lock and a file."""
    key = _key(root)
    if key in _APP_FD:
        return True
    fd = _open_named(key / APP_LOCK_NAME)
    if fd is None:  # a folder that cannot be written (read-only): the lock in the user's own
        fd = _open_own(_runtime_lock(key))  # runtime folder instead, named after the folder
    if fd is None or fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return False
    _APP_FD[key] = fd
    _APP_SINCE[key] = time.time()
    return True


def app_claimed_at(root: Path) -> float:
    """When this process claimed the folder ``root`` (``time.time()``), 0.0 if it has not: a
    raise request written since then is a second start's, not one left from an earlier app."""
    return _APP_SINCE.get(_key(root), 0.0)


def release_app_instance(root: Path) -> None:
    """Let the folder ``root`` go (File ▸ Switch diary: this app now shows another diary)."""
    _APP_SINCE.pop(_key(root), None)
    fd = _APP_FD.pop(_key(root), None)
    if fd is not None:
        os.close(fd)  # closing the descriptor drops its lock


def request_raise(root: Path) -> bool:
    """Ask the app that has ``root`` open to bring its window forward. False where the request
    cannot be written (a read-only folder): that window stays where it is."""
    path = _key(root) / RAISE_REQUEST_NAME
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(f"{os.getpid()}\n")
    except OSError:
        return False
    return True


def _runtime_lock(key: Path) -> Path:
    """The app lock of a folder that cannot be written: in ``$XDG_RUNTIME_DIR`` (the user's
    own), else the temporary folder, named after a hash of the folder's path and the user."""
    import hashlib
    import tempfile

    base = Path(os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir())
    digest = hashlib.sha256(os.fsencode(key)).hexdigest()[:24]
    return base / f"dmtracker-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}.lock"


def _open_own(path: Path) -> int | None:
    """``path`` opened for a lock if it is a file of this user's (in a shared temporary folder,
    another user's file could otherwise hold this app out)."""
    fd = _open_named(path)
    if fd is not None and hasattr(os, "getuid"):
        info = os.fstat(fd)
        if info.st_uid != os.getuid() or not stat.S_ISREG(info.st_mode):
            os.close(fd)
            return None
    return fd


def _open_named(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
