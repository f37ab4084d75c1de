"""Logging to a rotating file in the data folder. Log lines never carry health values."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "dmtracker.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the ``dmtracker`` logger to ``log_dir/dmtracker.log`` (1 MB × 5 files)."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    logger = logging.getLogger("dmtracker")
    for h in list(logger.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            logger.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    path.chmod(0o600)
    return path
