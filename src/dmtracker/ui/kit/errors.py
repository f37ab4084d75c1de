"""How a form says what is wrong: one message naming every field at fault (text, not colour:
"⚠ Not saved – Lot number: is required"), each field at fault outlined with its reason as
tooltip and accessible description, and the cursor put in the first of them.

Every form does it with :func:`show_errors` and undoes it with :func:`clear_errors`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from dmtracker.domain.errors import OneLineError, ValidationError
from dmtracker.domain.messages import Text
from dmtracker.i18n import localize, translate

# the field itself, not what it holds (a date field's text and button, a scale's buttons): one
# outline around the whole input
INVALID_STYLE = '[invalid="true"] { border: 3px solid #B00020; border-radius: 4px; }'
_BOX_STYLE = "QLabel#formError { border: 2px solid #B00020; border-radius: 6px; padding: 8px; }"
_INDEXED = re.compile(r"^(\w+)\[(\d+)\]\.?(.*)$")
_KEPT_TIP = "dmtracker_tip"  # a field's own tooltip, kept while it shows its problem

RowNames = Mapping[str, tuple[str, Sequence[int], Mapping[str, str]]]


def describe_errors(
    exc: ValidationError, labels: Mapping[str, str], rows: RowNames | None = None
) -> list[str]:
    """Each problem as '<label>: <reason>' (the reason in the reader's language).

    ``rows`` maps a list field (``rate_steps``) to (its name, the displayed row number of each
    item sent, its column labels), so ``rate_steps[1].minute`` reads "Rate step 3, from minute".
    """
    out = []
    for name, reason in exc.errors:
        said = localize(reason)
        m = _INDEXED.match(name)
        if m and rows and m.group(1) in rows:
            what, shown, cols = rows[m.group(1)]
            i = int(m.group(2))
            n = shown[i] if i < len(shown) else i + 1
            col = cols.get(m.group(3), labels.get(m.group(3), m.group(3)))
            where = (
                translate("FormKit", "{item} {n}, {column}").format(item=what, n=n, column=col)
                if col
                else translate("FormKit", "{item} {n}").format(item=what, n=n)
            )
            out.append(translate("FormKit", "{field}: {reason}").format(field=where, reason=said))
        else:
            label = labels.get(name, name.replace("_", " ")).replace("&", "")
            out.append(translate("FormKit", "{field}: {reason}").format(field=label, reason=said))
    return out


def error_text(exc: BaseException) -> str:
    """An exception's message for the reader, translated where it was made translatable (a
    :class:`~dmtracker.domain.messages.Text`, a ValidationError's reason)."""
    if isinstance(exc, OneLineError):
        return localize(exc.reason)
    if isinstance(exc, ValidationError):
        return translate("FormKit", "{field}: {reason}").format(
            field=exc.field, reason=localize(exc.reason)
        )
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return localize(exc.args[0])
    return str(exc)


class StatusLabel(QLabel):
    """What a form says after Save: '⚠ Not saved – Lot number: …' or '✓ Saved …' (text, not
    colour). A line under the form; ``boxed``: a framed box above the fields that lists each
    problem on a line of its own (the clinic forms)."""

    def __init__(self, parent: QWidget | None = None, boxed: bool = False):
        super().__init__(parent)
        self.boxed = boxed
        self.setWordWrap(True)
        if boxed:
            self.setObjectName("formError")
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.setStyleSheet(_BOX_STYLE)
            self.setAccessibleName(translate("FormKit", "Problems with the form"))
        else:
            self.setObjectName("status")
            self.setAccessibleName(translate("FormKit", "Form status"))
        self.setVisible(False)

    def error(self, lines: Iterable[str], prefix: str | None = None) -> None:
        """The problems ``lines`` after ``prefix`` (default "Not saved")."""
        items = list(lines)
        prefix = not_saved() if prefix is None else prefix
        if self.boxed:
            head = translate("FormKit", "{prefix}. Please check:").format(prefix=prefix)
            self.setText(head + "\n" + "\n".join(f"⚠ {i}" for i in items))
        else:
            self.setText(f"⚠ {prefix} – " + "; ".join(items) if items else f"⚠ {prefix}")
        self._mark(True)
        self.setVisible(True)

    def ok(self, text: str) -> None:
        self.setText(f"✓ {text}" if text else "")
        self._mark(False)
        self.setVisible(bool(text))

    def note(self, text: str) -> None:
        """A plain line (neither a problem nor a save), e.g. "Not logged yet."."""
        self.setText(text)
        self._mark(False)
        self.setVisible(bool(text))

    def clear_status(self) -> None:
        self.setText("")
        self._mark(False)
        self.setVisible(False)

    def shown(self) -> str:
        """The text shown (empty when hidden)."""
        return self.text() if self.isVisible() else ""

    def _mark(self, error: bool) -> None:
        if self.boxed:
            return  # the box is only ever an error, its frame says so
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)


def not_saved() -> str:
    """The usual prefix of a refusal: "Not saved"."""
    return translate("FormKit", "Not saved")


def field_for(name: str, widgets: Mapping[str, QWidget]) -> QWidget | None:
    """The input of an error's field: ``rate_steps[1].minute`` falls back to ``rate_steps``."""
    return widgets.get(name) or widgets.get(name.split("[", 1)[0])


def mark_invalid(widget: QWidget, reason: str) -> None:
    """Outline ``widget`` and give it the reason as tooltip and accessible description."""
    if not widget.property("invalid"):
        widget.setProperty(_KEPT_TIP, widget.toolTip())
    widget.setProperty("invalid", True)
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget's outline
    widget.setStyleSheet(INVALID_STYLE)
    said = localize(reason)
    widget.setToolTip(f"⚠ {said}")
    widget.setAccessibleDescription(translate("FormKit", "Problem: {reason}").format(reason=said))


def clear_invalid(widgets: Iterable[QWidget]) -> None:
    """Undo :func:`mark_invalid` (a field's own tooltip comes back)."""
    for widget in widgets:
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            widget.setToolTip(widget.property(_KEPT_TIP) or "")
            widget.setAccessibleDescription("")


def focus_field(
    exc: ValidationError, widgets: Mapping[str, QWidget], scroll: QScrollArea | None = None
) -> QWidget | None:
    """Put the cursor in the first field named by the error (scrolled into view); returns it."""
    for name, _reason in exc.errors:
        w = field_for(name, widgets)
        if w is not None and w.isEnabled():
            w.setFocus()
            if scroll is not None:
                scroll.ensureWidgetVisible(w)
            return w
    return None


def show_errors(
    exc: ValidationError,
    status: StatusLabel,
    widgets: Mapping[str, QWidget],
    labels: Mapping[str, str],
    rows: RowNames | None = None,
    prefix: str | None = None,
    scroll: QScrollArea | None = None,
) -> QWidget | None:
    """The one way a form shows a refusal: the message in ``status``, every field at fault
    marked, the cursor in the first (returned; None when no field of the form is named).
    ``prefix`` defaults to "Not saved"."""
    status.error(describe_errors(exc, labels, rows), prefix)
    for name, reason in exc.errors:
        w = field_for(name, widgets)
        if w is not None:
            mark_invalid(w, reason)
    return focus_field(exc, widgets, scroll)


def clear_errors(status: StatusLabel, widgets: Mapping[str, QWidget]) -> None:
    """Take the message and the marks of :func:`show_errors` away (before the next try)."""
    status.clear_status()
    clear_invalid(widgets.values())
