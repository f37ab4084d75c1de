"""Small HTML helpers for the PDF report (Qt's rich-text subset of HTML 4 and CSS)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal
from html import escape

STYLE = """
h1 { font-size: 15pt; margin-top: 0; margin-bottom: 4px; color: #0b3c5d; }
h2 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; color: #0b3c5d; }
h3 { font-size: 9pt; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 1px; margin-bottom: 3px; }
.muted { color: #555555; }
.small { font-size: 7.5pt; }
.warn { color: #a10000; font-weight: bold; }
.est { color: #7a4d00; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 0.5px solid #9aa5ad; padding: 2px 3px; }
th { background-color: #e6edf2; text-align: left; font-weight: bold; }
td.num, th.num { text-align: right; }
.box { background-color: #f3f6f8; }
"""


REPEAT_HEADER_ROWS = 12


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def aside(html: str) -> str:
    """Small grey words after a value."""
    return f"<span class='muted small'>{html}</span>"


def num(value: Decimal | float | int | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, int):
        return str(value)
    if value != value:  # NaN
        return "–"
    return f"{value:.{digits}f}"


def signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}"
    return "0.0" if text in ("+0.0", "-0.0") else text.replace("-", "−")


def hm(moment: datetime | None, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment else "–"


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int] | None = None,
    numeric: Sequence[int] = (),
    css: str = "",
) -> str:
    """A grid table; cells are HTML already escaped by the caller. ``widths`` in percent."""
    out = [f'<table class="grid" width="100%" cellspacing="0" cellpadding="2" style="{css}">']
    rows = list(rows)
    # Headers repeat on every page only for long tables: Qt may draw a repeated header over
    # the next heading when a short table ends exactly at the foot of a page.
    repeat = len(rows) > REPEAT_HEADER_ROWS
    out.append("<thead><tr>" if repeat else "<tr>")
    for i, h in enumerate(header):
        w = f' width="{widths[i]}%"' if widths else ""
        cls = ' class="num"' if i in numeric else ""
        out.append(f"<th{w}{cls}>{h}</th>")
    out.append("</tr></thead>" if repeat else "</tr>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            cls = ' class="num"' if i in numeric else ""
            out.append(f"<td{cls}>{cell}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def section(title: str, anchor: str = "", new_page: bool = False) -> str:
    brk = ' style="page-break-before: always"' if new_page else ""
    name = f'<a name="{anchor}"></a>' if anchor else ""
    return f"<h1{brk}>{name}{esc(title)}</h1>"
