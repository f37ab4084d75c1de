"""Logging to a rotating file in the data folder. Log lines never carry health values."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "dmtracker.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the current one and each started at a rollover, is 0600 whatever the
    umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(fd, 0o600)
        # the handler keeps the stream and closes it; a text mode always gives a TextIOWrapper
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the ``dmtracker`` logger to ``log_dir/dmtracker.log`` (1 MB × 5 files). Where that
    folder cannot be written (a read-only diary, a full disk), to a private folder under the
    system's temporary folder instead, and where not even that works, nowhere: logging never
    stops the app."""
    logging.raiseExceptions = False  # a log line that cannot be written is dropped, silently
    for folder in (log_dir, _fallback_dir()):
        try:
            return _log_to(folder, level)
        except OSError:
            continue
    logging.getLogger("dmtracker").addHandler(logging.NullHandler())
    return log_dir / LOG_NAME


def _fallback_dir() -> Path:
    import tempfile

    return Path(tempfile.gettempdir()) / f"dmtracker-{os.getuid() if hasattr(os, 'getuid') else 0}"


def _log_to(log_dir: Path, level: int) -> Path:
    if log_dir.is_symlink():  # a link could send the log anywhere (e.g. /etc): not followed
        raise NotADirectoryError(f"{log_dir} is a link")
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    logger = logging.getLogger("dmtracker")
    for h in list(logger.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            logger.removeHandler(h)
            h.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    path.chmod(0o600)
    return path
