"""The sub-commands that carry data in or out: export, import, and the clinic report PDF."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from dmtracker.cli.common import UserError, open_diary, paths_of
from dmtracker.i18n import localize, translate

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


@contextmanager
def plain_file_diary(args: argparse.Namespace, refusal: str) -> Iterator[Services]:
    """The diary opened to write a file anyone can read, closed after; refused in words
    ("this diary is encrypted, and ``refusal``") when it is encrypted and --plain is missing."""
    services = open_diary(args)
    try:
        if services.maintenance.is_encrypted() and not args.plain:
            raise UserError(refusal)
        yield services
    finally:
        services.close()


def cmd_export(args: argparse.Namespace) -> int:
    from dmtracker.reports.exports.exporting import export_data

    if not paths_of(args).db.exists():
        raise UserError(
            translate("Cli", "no database in {folder}").format(folder=paths_of(args).root)
        )
    refusal = translate(
        "Cli",
        "this diary is encrypted, and an export is a file anyone can read; "
        "add --plain to write it anyway (or use 'backup --out', which stays encrypted)",
    )
    with plain_file_diary(args, refusal) as services:
        result = export_data(services, args.format, Path(args.out))
    print(localize(result.message))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The clinic report PDF from the command line (charts are drawn offscreen), in the
    language of ``--language`` (else the system's), whatever the app's own setting."""
    from dmtracker import i18n

    with i18n.speaking(getattr(args, "language", None)):
        return _report(args)


def _report(args: argparse.Namespace) -> int:
    from dmtracker.domain import messages
    from dmtracker.domain.errors import ValidationError
    from dmtracker.reports.exports.files import check_destination

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            "out", messages.translate("Cli", "{file} must end in .pdf").format(file=out)
        )
    if not paths_of(args).db.exists():
        raise UserError(
            translate("Cli", "no database in {folder}").format(folder=paths_of(args).root)
        )
    check_destination(out, overwrite=False)
    refusal = translate(
        "Cli",
        "this diary is encrypted, and a report is a file anyone can read; "
        "add --plain to write it anyway",
    )
    with plain_file_diary(args, refusal) as services:
        from dmtracker.services.report_data import check_period

        period = check_period(args.start, args.end, services.clock.today())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from dmtracker.reports.clinic.report import write_clinic_report
        from dmtracker.ui.charts.report_charts import render_report_charts

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        trend, tis = services.series.trend_data(), services.scores.report()
        images = render_report_charts(services, period, trend, tis)
        data = services.report.gather(
            period, questions=args.questions, trend=trend, tis=tis, appendix=args.appendix
        )
        result = write_clinic_report(data, images, out, paper=args.paper, appendix=args.appendix)
    print(localize(result.message))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dmtracker.services.transfer import ImportRejected

    if not Path(args.file).is_file():
        raise UserError(
            translate("Cli", "{file} does not exist or is not a file").format(file=args.file)
        )
    from dmtracker.services.health import detect

    health = detect(args.file) is not None
    services = open_diary(args)
    try:
        if health:
            summary = services.health.import_file(Path(args.file))
            print(localize(summary.message))
            return 0
        result = services.transfer.import_file(Path(args.file))
    except ImportRejected as exc:
        said = localize(exc.summary())
        print(translate("Cli", "dmtracker: error: {reason}").format(reason=said), file=sys.stderr)
        for problem in exc.problems[:50]:
            print(f"  {localize(problem.describe())}", file=sys.stderr)
        more = len(exc.problems) - 50
        if more > 0:
            print("  " + translate("Cli", "… and %n more", None, more), file=sys.stderr)
        return 1
    finally:
        services.close()
    print(localize(result.message))
    return 0
