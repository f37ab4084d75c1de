"""``dmtracker --smoke-test``: the app starts, shows every page, draws, writes a PDF and checks
its data; exit 0 when all is well. Run by the packaging tests on each built bundle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from dmtracker.services.app_services import Services
    from dmtracker.ui.shell.main_window import MainWindow


def run_smoke_test(app: QApplication, window: MainWindow, services: Services) -> int:
    """Visit every page, draw the window to an image, check the data: 0 when all is well."""
    for i in range(len(window.pages)):
        window.show_page(i)
        app.processEvents()
    image = window.grab().toImage()
    problems: list[str] = []
    if image.isNull() or image.width() < 100:
        problems.append("the window did not draw")
    elif problem := smoke_pdf(image, services.paths.root / "smoke-test.pdf"):
        problems.append(problem)
    if services.checkins.count() == 0:
        problems.append("no demo data")
    report = services.maintenance.check()
    if not report.ok:
        problems.append(f"database check failed: {report.problems[:1]}")
    window.close()
    services.close()
    for p in problems:
        print(f"smoke test: {p}", file=sys.stderr)
    print("smoke test: ok" if not problems else "smoke test: FAILED")
    return 1 if problems else 0


def smoke_pdf(image: QImage, path: Path) -> str | None:
    """Draw the window grab and a title on a one-page PDF: proves QPdfWriter, fonts and image
    drawing work (in the frozen app too). The clinic report will take its place in the smoke
    test. None when ``path`` is a PDF, else the problem."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    writer.setTitle("dmtracker smoke test")
    painter = QPainter(writer)
    if not painter.isActive():
        return f"cannot write {path}"
    area = painter.viewport()
    painter.drawText(0, 0, area.width(), 40, Qt.AlignmentFlag.AlignLeft, "dmtracker smoke test")
    fit = Qt.AspectRatioMode.KeepAspectRatio
    painter.drawImage(0, 48, image.scaled(area.width(), area.height() - 48, fit))
    painter.end()
    with open(path, "rb") as f:
        return None if f.read(5) == b"%PDF-" else f"{path} is not a PDF"
