"""The arguments of ``dmtracker`` and of each sub-command (argparse only: nothing heavy)."""

from __future__ import annotations

import argparse
from datetime import date

from dmtracker import __version__


def _years(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if not 1 <= n <= 30:
        raise argparse.ArgumentTypeError(f"must be from 1 to 30, got {n}")
    return n


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date YYYY-MM-DD, got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dmtracker",
        description="A private diary for dermatomyositis. With no command, opens the app.",
    )
    p.add_argument("--version", action="version", version=f"dmtracker {__version__}")
    data_help = "data folder (default: $DMTRACKER_HOME or the platform's user data folder)"
    p.add_argument("--data-dir", metavar="DIR", help=data_help)
    p.add_argument(
        "--demo",
        action="store_true",
        help="open the demo profile (made on first use) instead of your own data",
    )
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="migrate, load demo data, open the window, exit 0 (non-zero on error)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_dir(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--data-dir", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
        return sp

    demo = with_dir(sub.add_parser("demo", help="write a realistic demo history"))
    demo.add_argument("--years", type=_years, default=1, help="years of history (1–30, default 1)")
    demo.add_argument("--seed", type=_seed, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--end", type=_iso_date, default=None, help="last day of the history (default today)"
    )
    backup = with_dir(sub.add_parser("backup", help="make a backup now"))
    backup.add_argument("--out", metavar="FILE", help="write the backup to FILE instead")
    backup.add_argument(
        "--plain", action="store_true", help="with --out: an unencrypted copy of an encrypted diary"
    )
    with_dir(sub.add_parser("check", help="check the database and show the newest backup"))
    restore = with_dir(
        sub.add_parser("restore", help="replace the diary with a backup (the current one is kept)")
    )
    restore.add_argument("backup", metavar="FILE", help="a backup file (.sqlite3)")
    with_dir(sub.add_parser("encrypt", help="encrypt the diary and its backups (a passphrase)"))
    with_dir(sub.add_parser("decrypt", help="store the diary and its backups unencrypted again"))
    export = with_dir(sub.add_parser("export", help="export everything: CSV, JSON backup, FHIR"))
    export.add_argument(
        "--format",
        required=True,
        choices=("csv", "json", "fhir"),
        help="csv: one file per record kind (a folder, or a zip if PATH ends in .zip); "
        "json: a complete backup that 'import' restores; fhir: a FHIR R4 bundle",
    )
    export.add_argument("--out", metavar="PATH", required=True, help="a new file or folder")
    export.add_argument(
        "--plain", action="store_true", help="confirm a readable export of an encrypted diary"
    )
    imp = with_dir(
        sub.add_parser("import", help="import a JSON backup or a CSV of daily check-ins")
    )
    imp.add_argument("file", metavar="FILE", help="a .json backup or a check-in .csv")
    report = with_dir(sub.add_parser("report", help="write the clinic report PDF for a period"))
    report.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        required=True,
        help="first day of the period",
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        required=True,
        help="last day of the period (not in the future)",
    )
    report.add_argument("--out", metavar="FILE.pdf", required=True, help="a new PDF file")
    report.add_argument(
        "--appendix", action="store_true", help="add the daily log (and no photos) at the end"
    )
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="default A4")
    report.add_argument("--questions", default="", help="your questions for the visit (text)")
    report.add_argument(
        "--plain", action="store_true", help="confirm a readable report of an encrypted diary"
    )
    return p
