"""Each sub-command's name and the function that runs it (returns the exit code)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from dmtracker.cli import diary, documents, profiles

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": diary.cmd_demo,
    "backup": diary.cmd_backup,
    "check": diary.cmd_check,
    "restore": diary.cmd_restore,
    "export": documents.cmd_export,
    "import": documents.cmd_import,
    "report": documents.cmd_report,
    "encrypt": diary.cmd_encrypt,
    "decrypt": diary.cmd_decrypt,
    "profile": profiles.cmd_profile,
}
