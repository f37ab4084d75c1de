"""Small HTML helpers for the PDF report (Qt's rich-text subset of HTML 4 and CSS), and the
report's words and numbers in the language of the thread that builds it
(``dmtracker.i18n.current()``: a report may be written in another language than the window's)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal
from html import escape
from typing import Any

from dmtracker.domain.messages import Text
from dmtracker.i18n import current, formats, localize, vocabulary

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
div.tight h2 { margin-top: 4px; }
div.tight .small { font-size: 6.5pt; }
"""


REPEAT_HEADER_ROWS = 12


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def aside(html: str) -> str:
    """Small grey words after a value."""
    return f"<span class='muted small'>{html}</span>"


def said(value: Any) -> str:
    """A text made by the domain or the services (a :class:`Text`) in the report's language;
    anything else as it is."""
    return localize(value) if isinstance(value, Text) else ("" if value is None else str(value))


def term(value: Any) -> str:
    """A stored English term (a label of a choice, a body site, a side effect picked from the
    list) in the report's language; a term typed by the patient stays as typed."""
    if isinstance(value, Text):
        return localize(value)
    return vocabulary(str(value)) if value else ""


def lower_first(text: str) -> str:
    """A label put inside a sentence: its first letter small (English and Spanish; German
    nouns keep their capital)."""
    if current().code in ("de", "xx"):
        return text
    return text[:1].lower() + text[1:]


def num(value: Decimal | float | int | None, digits: int = 1) -> str:
    """A number with the report language's decimal sign (Decimals as recorded, floats with
    ``digits`` decimals)."""
    if value is None:
        return "–"
    if isinstance(value, Decimal | int):
        return formats.number(value)
    if value != value:  # NaN
        return "–"
    return formats.number(value, digits)


def signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}"
    if text.strip("+-0.") == "":
        return formats.number(0.0, digits)
    return text.replace("-", "−").replace(".", formats.decimal_sign())


def hm(moment: datetime | None, tz: tzinfo) -> str:
    return formats.time(moment.astimezone(tz)) if moment else "–"


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


def h2(title: str) -> str:
    return f"<h2>{title}</h2>"


def h3(title: str) -> str:
    return f"<h3>{title}</h3>"


def para(text: str) -> str:
    return f"<p>{text}</p>"


def muted(text: str) -> str:
    """A grey paragraph (nothing to show)."""
    return f'<p class="muted">{text}</p>'


def section(title: str, anchor: str = "", new_page: bool = False) -> str:
    brk = ' style="page-break-before: always"' if new_page else ""
    name = f'<a name="{anchor}"></a>' if anchor else ""
    return f"<h1{brk}>{name}{esc(title)}</h1>"
