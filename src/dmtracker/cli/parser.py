"""The arguments of ``dmtracker`` and of each sub-command (argparse only: nothing heavy).

The help texts are translated when the parser is built: the language is chosen first from
``--language`` alone (:func:`language_of`), then the whole command line is read."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from dmtracker import __version__
from dmtracker.i18n import translate

# --language: a code dmtracker speaks, or "system" (the system's language, also the default)
LANGUAGE_CHOICES = ("en", "de", "es", "system")


def language_of(argv: Sequence[str]) -> str | None:
    """The ``--language`` of a command line before it is parsed (None: not given, or not a
    choice — the parser refuses that afterwards, in the system's language)."""
    value: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--language="):
            value = arg.split("=", 1)[1]
        elif arg == "--language" and i + 1 < len(argv):
            value = argv[i + 1]
    return value if value in LANGUAGE_CHOICES else None


def _years(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be a whole number, got {text!r}").format(text=text)
        ) from None
    if not 1 <= n <= 30:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be from 1 to 30, got {n}").format(n=n)
        )
    return n


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be a whole number, got {text!r}").format(text=text)
        ) from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "must be a date YYYY-MM-DD, got {text!r}").format(text=text)
        ) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dmtracker",
        description=translate(
            "Cli", "A private diary for dermatomyositis. With no command, opens the app."
        ),
    )
    p.add_argument("--version", action="version", version=f"dmtracker {__version__}")
    data_help = translate(
        "Cli", "data folder (default: $DMTRACKER_HOME or the platform's user data folder)"
    )
    language_help = translate(
        "Cli",
        "the language of the app and of these messages: en (English), de (Deutsch), "
        "es (Español) or system (default: the system's language)",
    )
    profile_help = translate(
        "Cli",
        "the diary (profile) to use, by name (default: the one used last); see 'dmtracker "
        "profile list'",
    )
    p.add_argument("--data-dir", metavar="DIR", help=data_help)
    p.add_argument("--profile", metavar="NAME", help=profile_help)
    # None when not given: the app then uses its View ▸ Language setting (else the system's)
    p.add_argument("--language", metavar="CODE", choices=LANGUAGE_CHOICES, help=language_help)
    p.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the demo profile (made on first use) instead of your own data"),
    )
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "Cli", "migrate, load demo data, open the window, exit 0 (non-zero on error)"
        ),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_dir(
        sp: argparse.ArgumentParser, language: str = language_help
    ) -> argparse.ArgumentParser:
        sp.add_argument("--data-dir", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
        sp.add_argument("--profile", metavar="NAME", help=profile_help, default=argparse.SUPPRESS)
        sp.add_argument(
            "--language",
            metavar="CODE",
            choices=LANGUAGE_CHOICES,
            help=language,
            default=argparse.SUPPRESS,
        )
        return sp

    demo = with_dir(sub.add_parser("demo", help=translate("Cli", "write a realistic demo history")))
    demo.add_argument(
        "--years",
        type=_years,
        default=1,
        help=translate("Cli", "years of history (1–30, default 1)"),
    )
    demo.add_argument(
        "--seed", type=_seed, default=1, help=translate("Cli", "random seed (default 1)")
    )
    demo.add_argument(
        "--end",
        type=_iso_date,
        default=None,
        help=translate("Cli", "last day of the history (default today)"),
    )
    demo.add_argument(
        "--juvenile",
        action="store_true",
        help=translate(
            "Cli", "a child's history (juvenile dermatomyositis: CMAS, CHAQ, doses per m²)"
        ),
    )
    backup = with_dir(sub.add_parser("backup", help=translate("Cli", "make a backup now")))
    backup.add_argument(
        "--out", metavar="FILE", help=translate("Cli", "write the backup to FILE instead")
    )
    backup.add_argument(
        "--plain",
        action="store_true",
        help=translate("Cli", "with --out: an unencrypted copy of an encrypted diary"),
    )
    with_dir(
        sub.add_parser(
            "check", help=translate("Cli", "check the database and show the newest backup")
        )
    )
    restore = with_dir(
        sub.add_parser(
            "restore",
            help=translate("Cli", "replace the diary with a backup (the current one is kept)"),
        )
    )
    restore.add_argument(
        "backup", metavar="FILE", help=translate("Cli", "a backup file (.sqlite3)")
    )
    with_dir(
        sub.add_parser(
            "encrypt", help=translate("Cli", "encrypt the diary and its backups (a passphrase)")
        )
    )
    with_dir(
        sub.add_parser(
            "decrypt", help=translate("Cli", "store the diary and its backups unencrypted again")
        )
    )
    export = with_dir(
        sub.add_parser("export", help=translate("Cli", "export everything: CSV, JSON backup, FHIR"))
    )
    export.add_argument(
        "--format",
        required=True,
        choices=("csv", "json", "fhir"),
        help=translate(
            "Cli",
            "csv: one file per record kind (a folder, or a zip if PATH ends in .zip); "
            "json: a complete backup that 'import' restores; fhir: a FHIR R4 bundle",
        ),
    )
    export.add_argument(
        "--out", metavar="PATH", required=True, help=translate("Cli", "a new file or folder")
    )
    export.add_argument(
        "--plain",
        action="store_true",
        help=translate("Cli", "confirm a readable export of an encrypted diary"),
    )
    imp = with_dir(
        sub.add_parser(
            "import",
            help=translate(
                "Cli",
                "import a JSON backup, a CSV of daily check-ins, or weight and steps from "
                "phones and scales",
            ),
        )
    )
    imp.add_argument(
        "file",
        metavar="FILE",
        help=translate(
            "Cli",
            "a .json backup, a check-in .csv, an Apple Health export.zip (or export.xml), "
            "an openScale CSV export, or Google Fit's 'Daily activity metrics.csv' "
            "(Google Takeout); the format is recognised from the file",
        ),
    )
    report_language = translate(
        "Cli",
        "the language of the report (and of these messages): en, de, es or system "
        "(default: the system's language); dates and numbers are written that language's way",
    )
    report = with_dir(
        sub.add_parser("report", help=translate("Cli", "write the clinic report PDF for a period")),
        report_language,
    )
    report.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        required=True,
        help=translate("Cli", "first day of the period"),
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        required=True,
        help=translate("Cli", "last day of the period (not in the future)"),
    )
    report.add_argument(
        "--out", metavar="FILE.pdf", required=True, help=translate("Cli", "a new PDF file")
    )
    report.add_argument(
        "--appendix",
        action="store_true",
        help=translate("Cli", "add the daily log (and no photos) at the end"),
    )
    report.add_argument(
        "--paper", choices=("A4", "Letter"), default="A4", help=translate("Cli", "default A4")
    )
    report.add_argument(
        "--questions", default="", help=translate("Cli", "your questions for the visit (text)")
    )
    report.add_argument(
        "--plain",
        action="store_true",
        help=translate("Cli", "confirm a readable report of an encrypted diary"),
    )
    _profile_parser(sub, with_dir)
    return p


def _profile_parser(sub: Any, with_dir: Callable[..., argparse.ArgumentParser]) -> None:
    """``dmtracker profile list|new|rename|remove``: the diaries under the data folder."""
    profile = with_dir(
        sub.add_parser(
            "profile",
            help=translate("Cli", "list, create, rename or remove diaries (profiles)"),
        )
    )
    actions = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    with_dir(
        actions.add_parser(
            "list", help=translate("Cli", "the diaries here (the one used last is marked)")
        )
    )
    new = with_dir(actions.add_parser("new", help=translate("Cli", "create a diary")))
    new.add_argument(
        "name", metavar="NAME", help=translate("Cli", "its name (up to 40 characters)")
    )
    new.add_argument(
        "--juvenile",
        action="store_true",
        help=translate("Cli", "a child's diary (juvenile dermatomyositis, JDM)"),
    )
    rename = with_dir(actions.add_parser("rename", help=translate("Cli", "rename a diary")))
    rename.add_argument("old", metavar="OLD", help=translate("Cli", "its name now"))
    rename.add_argument("new", metavar="NEW", help=translate("Cli", "its new name"))
    remove = with_dir(
        actions.add_parser(
            "remove",
            help=translate(
                "Cli", "remove a diary (a copy of it is kept in removed-profiles/ first)"
            ),
        )
    )
    remove.add_argument("name", metavar="NAME", help=translate("Cli", "the diary to remove"))
    remove.add_argument(
        "--confirm",
        metavar="NAME",
        help=translate("Cli", "its name once more, to confirm without a terminal"),
    )
