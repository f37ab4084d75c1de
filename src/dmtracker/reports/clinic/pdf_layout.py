"""Paginated PDF from HTML: a QTextDocument laid out on A4 or Letter pages of a QPdfWriter, with
a header and a footer ("page x of y") drawn on every page. Text stays text (selectable, fonts
embedded by Qt). QtGui only, so it may run off the GUI thread.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

from dmtracker.i18n import translate

PAPERS: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
DPI = 96  # layout units: CSS pixels (charts and fonts agree with the screen)
MARGINS_MM = QMarginsF(14, 12, 14, 12)
HEADER_PX = 26
FOOTER_PX = 30
FONT_FAMILY = "DejaVu Sans"

Progress = Callable[[int, str], None]


class ReportCancelled(Exception):
    """The user cancelled the report; nothing was written."""


@dataclass(frozen=True)
class Layout:
    pdf: bytes
    pages: int
    marks: dict[str, int]  # anchor name -> first page (1-based) it appears on


def body_size(paper: str) -> tuple[float, float]:
    """Width and height (CSS pixels) of the text area of one page of ``paper``."""
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Millimeter)
    px = DPI / 25.4
    width = (size.width() - MARGINS_MM.left() - MARGINS_MM.right()) * px
    height = (size.height() - MARGINS_MM.top() - MARGINS_MM.bottom()) * px
    return width, height - HEADER_PX - FOOTER_PX


def _writer(buffer: QBuffer, paper: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _document(writer: QPdfWriter) -> QTextDocument:
    """An empty document laid out as the pages of ``writer`` are (font, resolution)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(8.5)
    _no_ligatures(font)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    return doc


def fits_one_page(html: str, paper: str) -> bool:
    """True when ``html`` (text and tables, no images) takes no more than one page of ``paper``,
    laid out as :func:`render_pdf` lays it out."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper)
    doc = _document(writer)
    doc.setHtml(html)
    doc.setTextWidth(float(writer.width()))
    fits = doc.size().height() <= writer.height() - HEADER_PX - FOOTER_PX
    del doc, writer  # the writer's buffer goes last
    buffer.close()
    return fits


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled("cancelled")


Art = QImage | QPicture  # a chart is a QPicture (vector: its text stays text), a photo a QImage


def render_pdf(
    html: str,
    images: Mapping[str, Art],
    *,
    paper: str,
    title: str,
    header: str,
    footer: str,
    marks: tuple[str, ...] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Layout:
    """Lay ``html`` out on pages and paint them; ``images`` are named ``dm:NAME`` in the HTML.
    A ``QPicture`` (a chart recorded on the GUI thread) holds its place in the layout as an
    empty image and is painted there as vectors: sharp in print, its labels real text.

    ``marks`` are block anchors (``<a name=...>``) whose page is reported back.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper: must be one of {', '.join(PAPERS)}; got {paper!r}")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper)
    writer.setTitle(title)
    writer.setCreator("dmtracker")
    width = float(writer.width())
    body_h = float(writer.height() - HEADER_PX - FOOTER_PX)

    doc = _document(writer)
    pictures = {f"dm:{n}": a for n, a in images.items() if isinstance(a, QPicture)}
    for name, image in images.items():
        if isinstance(image, QPicture):
            image = _placeholder()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"dm:{name}"), image)
    doc.setHtml(html)
    _check(cancelled)
    if progress:
        progress(60, translate("ReportLayout", "Laying out the pages"))
    doc.setPageSize(QSizeF(width, body_h))
    _laid_out(doc)
    _keep_rows_whole(doc, body_h)
    _laid_out(doc)
    pages = doc.pageCount()
    found = _mark_pages(doc, marks, body_h)
    spots = _picture_spots(doc, pictures)
    _check(cancelled)

    painter = QPainter(writer)
    try:
        layout = doc.documentLayout()
        for i in range(pages):
            if i:
                writer.newPage()
            _check(cancelled)
            painter.save()
            painter.translate(0, HEADER_PX)
            painter.setClipRect(QRectF(0, 0, width, body_h))
            painter.translate(0, -i * body_h)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            # a hair inside the page: a line or heading that starts exactly on the next page is
            # not drawn (invisibly, but into the text that search and copy find) on this one
            ctx.clip = QRectF(0, i * body_h + 0.5, width, body_h - 1.0)
            layout.draw(painter, ctx)
            for name, rect in spots:
                if int((rect.top() + 1) // body_h) == i:  # (on its page only: a sliver of
                    _draw_picture(painter, pictures[name], rect)  # it clipped on the next
                    # made an empty path that PDF readers complain of)
            painter.restore()
            page = translate("ReportLayout", "page {page} of {pages}", "the foot of a PDF page")
            _furniture(painter, width, body_h, header, footer, page.format(page=i + 1, pages=pages))
            if progress:
                done = translate("ReportLayout", "Page {page} of {pages}", "progress: writing")
                progress(60 + int(38 * (i + 1) / pages), done.format(page=i + 1, pages=pages))
    finally:
        painter.end()
    buffer.close()
    return Layout(bytes(data.data()), pages, found)


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _laid_out(doc: QTextDocument) -> None:
    """The whole document laid out now. Qt lays a document out lazily, as far as it is asked
    about; the rows moved by :func:`_keep_rows_whole` left the blocks after a table unlaid and
    the page count short: a long report lost its headings and notes between the tables ("Side
    effects (103)", "Lab results (655)"…), seen in a 10-year report read with pdftotext."""
    doc.documentLayout().blockBoundingRect(doc.lastBlock())


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top and bottom (document pixels) of the text of a table row."""
    layout = doc.documentLayout()
    top, bottom = math.inf, -math.inf
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        top = min(top, layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottom = max(bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return top, bottom


def _keep_rows_whole(doc: QTextDocument, body_h: float) -> None:
    """No table row split across two pages (Qt splits a row at the page's end, leaving a page
    that starts with the rest of a row): a row that would be is moved whole to the next page
    (padding above its text), where the table's header is repeated. Rows taller than a page
    are left to split. The row at each page's end is found by bisection (rows go down the
    page in order), so a long table costs a few look-ups per page, not one per row."""
    for table in list(_tables(doc.rootFrame())):
        row, rows = table.format().headerRowCount(), table.rows()
        if row == 0 and rows > 1 and _runs_over(doc, table, body_h):
            row = 1
        while row < rows:
            top, _bottom = _row_span(doc, table, row)
            boundary = (int(top // body_h) + 1) * body_h  # the end of the page ``row`` is on
            if _row_span(doc, table, rows - 1)[1] <= boundary:
                break  # the rest of the table ends on this page
            lo, hi = row, rows - 1
            while lo < hi:  # the first row that ends past the boundary
                mid = (lo + hi) // 2
                if _row_span(doc, table, mid)[1] > boundary:
                    hi = mid
                else:
                    lo = mid + 1
            top, bottom = _row_span(doc, table, lo)
            if top < boundary and bottom - top < body_h:
                push = boundary - top + 1  # its text to the next page's top
                edit = QTextCursor(doc)
                edit.beginEditBlock()  # one relayout for the row, not one per cell
                for col in range(table.columns()):
                    cell = table.cellAt(lo, col)
                    fmt = cell.format().toTableCellFormat()
                    fmt.setTopPadding(fmt.topPadding() + push)
                    cell.setFormat(fmt)
                edit.endEditBlock()
            row = lo + 1


def _runs_over(doc: QTextDocument, table: QTextTable, body_h: float) -> bool:
    """A short table (its header not repeated: see ``html_bits.table``) that runs over a
    page's end repeats its header after all (its last rows went on without one). Whether it
    does."""
    top = _row_span(doc, table, 0)[0]
    bottom = _row_span(doc, table, table.rows() - 1)[1]
    if bottom <= (int(top // body_h) + 1) * body_h:
        return False
    fmt = table.format()
    fmt.setHeaderRowCount(1)
    table.setFormat(fmt)
    return True


def _placeholder() -> QImage:
    """An empty image holding a picture's place (its size comes from the HTML)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def _picture_spots(
    doc: QTextDocument, pictures: Mapping[str, QPicture]
) -> list[tuple[str, QRectF]]:
    """Where each picture's image stands in the laid-out document (document pixels)."""
    spots: list[tuple[str, QRectF]] = []
    if not pictures:
        return spots
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if frag.isValid() and fmt.isImageFormat():
                image = fmt.toImageFormat()
                if image.name() in pictures:
                    at = frag.position() - block.position()
                    line = block.layout().lineForTextPosition(at)
                    box = layout.blockBoundingRect(block)
                    # PySide6 returns (x, position) here; its stubs say "object"
                    found = line.cursorToX(at)
                    x = cast(float, found[0] if isinstance(found, tuple) else found)
                    w, h = image.width(), image.height()
                    top = box.top() + line.y() + line.ascent() - h  # (on the baseline)
                    spots.append((image.name(), QRectF(box.left() + x, top, w, h)))
            it += 1
        block = block.next()
    return spots


def _draw_picture(painter: QPainter, picture: QPicture, rect: QRectF) -> None:
    bounds = picture.boundingRect()
    if bounds.isEmpty():
        return
    painter.save()
    painter.setClipping(False)  # (its own clip is replayed; the page's made empty paths)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / bounds.width(), rect.height() / bounds.height())
    painter.drawPicture(-bounds.left(), -bounds.top(), picture)
    painter.restore()


def _no_ligatures(font: QFont) -> None:
    """ "fl" stays two letters, so copied text and search find "flare"."""
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)


def _mark_pages(doc: QTextDocument, marks: tuple[str, ...], body_h: float) -> dict[str, int]:
    out: dict[str, int] = {}
    if not marks:
        return out
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        fmt_names: list[str] = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                fmt_names += frag.charFormat().anchorNames()
            it += 1
        for name in fmt_names:
            if name in marks and name not in out:
                top = layout.blockBoundingRect(block).top()
                out[name] = int(top // body_h) + 1
        block = block.next()
    return out


def _furniture(
    painter: QPainter, width: float, body_h: float, header: str, footer: str, page_text: str
) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(7.5)
    _no_ligatures(font)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#555555")))
    top = QRectF(0, 0, width, HEADER_PX - 8)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header)
    painter.setPen(QPen(QColor("#999999"), 0.6))
    painter.drawLine(0, HEADER_PX - 6, int(width), HEADER_PX - 6)
    y = HEADER_PX + body_h + 6
    painter.drawLine(0, int(y), int(width), int(y))
    painter.setPen(QPen(QColor("#555555")))
    bottom = QRectF(0, y + 2, width, FOOTER_PX - 8)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(bottom, left, footer)
    painter.drawText(bottom, right, page_text)
