"""The command line: ``dmtracker COMMAND`` works without Qt (``report`` draws its charts
offscreen). :func:`build_parser` reads the arguments, :data:`COMMANDS` runs a sub-command and
:func:`user_line` says an error the user can act on in one line."""

from __future__ import annotations

from dmtracker.cli.commands import COMMANDS
from dmtracker.cli.common import UserError
from dmtracker.cli.errors import user_line
from dmtracker.cli.parser import build_parser

__all__ = ["COMMANDS", "UserError", "build_parser", "user_line"]
