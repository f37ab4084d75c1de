"""Inputs for people with weak hands: big, keyboard-first, one focus stop each."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.errors import INVALID_STYLE

# the date type, for DateInput's annotations (its method date() hides the name there)
_Date = date

DIGIT_WINDOW_MS = 900  # "1" then "0" within this time is 10


class ScaleInput(QWidget):
    """A 0..N scale: − / + buttons, the number shown large, digits typed directly.

    Keys: digits set the value (on a 0–10 scale, "1" then "0" quickly is 10), Up/Right/+ and
    Down/Left/− step, Home/End go to the ends, Delete or Backspace clear it (not answered).
    ``carried`` marks a value carried forward from an earlier day until the user touches it.
    """

    valueChanged = Signal(object)  # int | None
    submitted = Signal()  # Enter pressed

    def __init__(
        self,
        name: str,
        maximum: int = 10,
        words: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
        compact: bool = False,
    ):
        super().__init__(parent)
        self.name = name
        self.maximum = maximum
        self.words = dict(words or {})
        self._value: int | None = None
        self._carried = False
        self._pending: str = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DIGIT_WINDOW_MS)
        self._timer.timeout.connect(self._clear_pending)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("scale")
        # a plain QWidget paints no style-sheet border unless asked: without this the focus
        # frame of QWidget#scale:focus never showed (issue 18)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        less = translate("ScaleInput", "{name}: less").format(name=name)
        more = translate("ScaleInput", "{name}: more").format(name=name)
        for b, step, tip in ((self.minus, -1, less), (self.plus, 1, more)):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setObjectName("step")
            b.setAccessibleName(tip)
            b.clicked.connect(lambda _=False, step=step: self.step(step))
        self.number = QLabel()
        self.number.setObjectName("scaleNumber")
        self.number.setMinimumWidth(72)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word = QLabel()
        self.word.setObjectName("scaleWord")
        self.word.setWordWrap(True)  # wraps under a large text size on a small screen
        self.carried_label = QLabel(translate("ScaleInput", "↻ last time"))
        self.carried_label.setToolTip(
            translate("ScaleInput", "Carried forward from your last check-in: change it or save")
        )
        self.carried_label.setObjectName("carried")
        row.addWidget(self.minus)
        row.addWidget(self.number)
        row.addWidget(self.plus)
        row.addWidget(self.word, 1)
        row.addWidget(self.carried_label)
        self.compact = compact
        if compact:
            self.word.hide()
            self.number.setMinimumWidth(40)
        self._show()

    # -- value --------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def is_carried(self) -> bool:
        return self._carried

    def set_value(self, value: int | None, carried: bool = False) -> None:
        if value is not None and not 0 <= value <= self.maximum:
            raise ValueError(f"{self.name}: {value} is outside 0–{self.maximum}")
        changed = value != self._value
        self._value = value
        self._carried = carried and value is not None
        self._show()
        if changed:
            self.valueChanged.emit(value)

    def confirm(self) -> None:
        """The carried value is now the user's own."""
        if self._carried:
            self._carried = False
            self._show()

    def step(self, delta: int) -> None:
        base = self._value if self._value is not None else (0 if delta > 0 else self.maximum + 1)
        self.set_value(max(0, min(self.maximum, base + delta)))

    def _show(self) -> None:
        v = self._value
        self.number.setText("–" if v is None else f"{v}")
        not_answered = translate("ScaleInput", "not answered")
        self.word.setText(self.words.get(v, "") if v is not None else not_answered)
        self.carried_label.setVisible(self._carried and not self.compact)
        self.setProperty("carried", self._carried)
        self.number.setProperty("carried", self._carried)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        shown = (
            not_answered
            if v is None
            else translate("ScaleInput", "{value} of {top}").format(value=v, top=self.maximum)
        )
        extra = f", {self.words[v]}" if v is not None and v in self.words else ""
        carried = (
            translate("ScaleInput", ", carried forward from last time") if self._carried else ""
        )
        self.setAccessibleDescription(f"{shown}{extra}{carried}")
        self.setToolTip(
            translate("ScaleInput", "{name}: type 0–{top}, or use the arrow keys").format(
                name=self.name, top=self.maximum
            )
        )

    # -- keys ---------------------------------------------------------------------------------
    def _clear_pending(self) -> None:
        self._pending = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if text.isdigit() and len(text) == 1:
            self._typed_digit(text)
            return
        if not self._scale_key(event.key()):
            super().keyPressEvent(event)
            return
        self._pending = ""

    def _typed_digit(self, text: str) -> None:
        """A digit sets the value; quickly after a first digit it may make a two-digit one."""
        candidate = self._pending + text
        if self._pending and int(candidate) <= self.maximum:
            self._pending = ""
            self._timer.stop()
            self.set_value(int(candidate))
            return
        digit = int(text)
        if digit <= self.maximum:
            self.set_value(digit)
            self._pending = text if digit * 10 <= self.maximum and digit > 0 else ""
            if self._pending:
                self._timer.start()

    def _scale_key(self, key: int) -> bool:
        """Step, go to an end, clear, confirm or submit; False for a key the scale does not
        take."""
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Plus):
            self.step(1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Minus):
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key == Qt.Key.Key_End:
            self.set_value(self.maximum)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            self.submitted.emit()
        elif key == Qt.Key.Key_Space:
            self.confirm()
        else:
            return False
        return True


# --- dates -------------------------------------------------------------------------------------
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_ISO_BASIC = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")  # 20261205: no dashes to type
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


EXAMPLE = date(2026, 12, 5)  # the date the messages show as an example


def _pattern(fmt: str) -> re.Pattern[str] | None:
    """A Qt date format of digits (``d.M.yy``) as a pattern with groups d, m, y; None when it
    uses month or day names."""
    parts: list[str] = []
    for token in re.findall(r"d+|M+|y+|[^dMy]+", fmt):
        if token in ("d", "dd"):
            parts.append(r"(?P<d>\d{2})" if token == "dd" else r"(?P<d>\d{1,2})")
        elif token in ("M", "MM"):
            parts.append(r"(?P<m>\d{2})" if token == "MM" else r"(?P<m>\d{1,2})")
        elif token == "yyyy":
            parts.append(r"(?P<y>\d{4})")
        elif token == "yy":
            parts.append(r"(?P<y>\d{2})")
        elif token[0] in "dMy" or any(c.isalpha() for c in token):
            return None
        else:
            parts.append(re.escape(token))
    return re.compile(r"^\s*" + "".join(parts) + r"\s*$")


def _numbers_of(typed: str) -> tuple[tuple[int, int, int] | None, bool]:
    """The (year, month, day) read from ``typed`` in one of the language's forms even when
    they make no date in the calendar (31.02.2026), and whether the year was typed with two
    digits only where the language wants four."""
    short_year = False
    for fmt in [*formats.typed_date_formats(), "d.M.yy", "d/M/yy", "d-M-yy"]:
        pattern = _pattern(fmt)
        found = pattern.match(typed) if pattern else None
        if found is None:
            continue
        y = int(found["y"])
        if "yyyy" not in fmt:
            if fmt not in formats.typed_date_formats():
                short_year = True
                continue
            y += 2000
        return (y, int(found["m"]), int(found["d"])), False
    return None, short_year


def parse_typed_date(text: str) -> tuple[date | None, str]:
    """A date typed whole: ``YYYY-MM-DD`` (or ``YYYYMMDD``) in every language, or the
    language's own form (07.12.2026 or 7.12.26 in German, 07/12/2026 in Spanish:
    ``dmtracker.i18n.formats.parse_date``).

    Returns (the date, "") or (None, the reason in words). Nothing is guessed or completed.
    """
    typed = text.strip()
    example = formats.day(EXAMPLE)
    if not typed:
        return None, translate("DateInput", "is empty: type a date like {example}").format(
            example=example
        )
    m = _ISO.match(typed) or _ISO_BASIC.match(typed)
    if m:
        numbers = (int(m[1]), int(m[2]), int(m[3]))
    else:
        taken = formats.parse_date(typed)
        if taken is not None:
            return taken, ""
        found, short_year = _numbers_of(typed)
        if found is not None:
            numbers = found
        else:
            if short_year:
                return None, translate(
                    "DateInput", "“{typed}”: please type the year in full (four digits)"
                ).format(typed=typed)
            return None, translate(
                "DateInput", "“{typed}” is not a whole date: type it as {pattern}, e.g. {example}"
            ).format(typed=typed, pattern=formats.date_placeholder(), example=example)
    try:
        return date(*numbers), ""
    except ValueError:
        return None, translate("DateInput", "“{typed}” is not a date in the calendar").format(
            typed=typed
        )


def _py(value: QDate | date) -> date:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day())
    return value


class _CalendarPopup(QCalendarWidget):
    """The calendar for the mouse (or Alt+Down / F4): Enter or a click picks, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(formats.first_weekday())  # Monday in all three languages
        self.setLocale(formats.locale())  # the month and day names of the reader's language
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, value: QDate) -> None:
        self.picked.emit(value)
        self.close()


class _DateText(QLineEdit):
    """The text of a DateInput: reached from the keyboard, all of it is selected, so typing
    replaces the date rather than adding to it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()


class DateInput(QWidget):
    """The one date field of the app: what is typed is taken whole, or refused in words.

    Type ``YYYY-MM-DD`` (or the language's own form, 07.12.2026 in German). Tab leaves the field
    (there are no sections to walk). A date that is incomplete, not in the calendar or outside
    the allowed range is never altered: the text stays as typed, a message under the field says
    what is wrong, and ``value()`` raises a ValidationError naming the field, so a form saves
    nothing. Up / Down move a day; Alt+Down or F4 (or the ▾ button) open a calendar.
    ``date()`` is the last date taken (QDate, as QDateEdit gave); ``dateChanged`` fires when a
    whole, allowed date has been typed or picked.
    """

    dateChanged = Signal(QDate)

    def __init__(
        self,
        name: str,
        value: date | QDate | None = None,
        key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.name = name.replace("&", "").rstrip(":")
        self.key = key or self.name
        self._min = EARLIEST
        self._max = LATEST
        self._max_words = ""
        self._min_words = ""
        self._date: date = _py(value) if value is not None else date.today()
        self.edit = _DateText(formats.day(self._date))
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(formats.date_placeholder())
        self.edit.setAccessibleName(self.name)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAccessibleName(
            translate("DateInput", "{name}: calendar").format(name=self.name)
        )
        self.button.setToolTip(translate("DateInput", "Calendar (Alt+Down or F4)"))
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.message)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.ensurePolished()
        widest = max(formats.day(date(2026, 12, 31)), formats.date_placeholder(), key=len)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(widest) + 28)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._popup: _CalendarPopup | None = None
        self._forwarding = False
        self._describe()

    # -- size: a fixed height that still holds every line of a wrapped message ----------------
    def _wrapped_height(self, hint: QSize) -> QSize:
        layout = self.layout()
        if self.message.isVisible() and self.width() > 0 and layout is not None:
            hint.setHeight(max(hint.height(), layout.heightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:
        """The height the message needs at the width the field has (the layouts do not ask a
        fixed-height widget's height-for-width: a wrapped message lost its second and third
        lines at 200 % text in a narrow form)."""
        return self._wrapped_height(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._wrapped_height(super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.message.isVisible() and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width: the message may wrap into more or fewer lines

    # -- QDateEdit's calls, kept so the forms read the same -----------------------------------
    def date(self) -> QDate:
        """The last date taken (a typed text that is not a whole date does not change it)."""
        return QDate(self._date.year, self._date.month, self._date.day)

    def setDate(self, value: QDate | _Date) -> None:
        d = _py(value)
        self.edit.setText(formats.day(d))
        self._show_problem("")
        self._take(d)

    def maximumDate(self) -> QDate:
        return QDate(self._max.year, self._max.month, self._max.day)

    def minimumDate(self) -> QDate:
        return QDate(self._min.year, self._min.month, self._min.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys sent to the field itself go to its text (a key the text does not take comes
        back here and goes on to the parent)."""
        if self._forwarding:
            super().keyPressEvent(event)
            return
        self._forwarding = True
        try:
            QApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False

    def setMaximumDate(self, value: QDate | _Date, words: str = "") -> None:
        self._max = _py(value)
        self._max_words = words

    def setMinimumDate(self, value: QDate | _Date, words: str = "") -> None:
        self._min = _py(value)
        self._min_words = words

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def text(self) -> str:
        return self.edit.text()

    # -- reading --------------------------------------------------------------------------------
    def problem(self) -> str:
        """Why the text shown cannot be taken ("" when it can)."""
        d, reason = parse_typed_date(self.edit.text())
        if d is None:
            return reason
        if d > self._max:
            words = self._max_words or translate(
                "DateInput", "the latest date allowed ({date})"
            ).format(date=formats.day(self._max))
            return translate("DateInput", "{date} is after {limit}").format(
                date=formats.day(d), limit=words
            )
        if d < self._min:
            words = self._min_words or translate(
                "DateInput", "the earliest date allowed ({date})"
            ).format(date=formats.day(self._min))
            return translate("DateInput", "{date} is before {limit}").format(
                date=formats.day(d), limit=words
            )
        return ""

    def value(self) -> _Date:
        """The date shown, exactly; a ValidationError naming the field when it is not one."""
        reason = self.problem()
        if reason:
            self._show_problem(reason)
            raise ValidationError(self.key, reason)
        d, _ = parse_typed_date(self.edit.text())
        assert d is not None
        return d

    # -- typing ---------------------------------------------------------------------------------
    def _take(self, d: _Date) -> None:
        changed = d != self._date
        self._date = d
        self._describe()
        if changed:
            self.dateChanged.emit(self.date())

    def _typed(self, _text: str) -> None:
        self._show_problem("")
        d, _reason = parse_typed_date(self.edit.text())
        if d is not None and not self.problem():
            self._take(d)

    def _finished(self) -> None:
        reason = self.problem()
        self._show_problem(reason)
        if not reason:
            d, _ = parse_typed_date(self.edit.text())
            if d is not None:
                self.edit.setText(formats.day(d))  # the language's own form, as it is saved
                self._take(d)

    def _show_problem(self, reason: str) -> None:
        self.message.setText(
            translate("DateInput", "⚠ {name}: {reason}").format(name=self.name, reason=reason)
            if reason
            else ""
        )
        if self.message.isVisibleTo(self) != bool(reason):
            self.message.setVisible(bool(reason))
            self.updateGeometry()  # the height holds the message's lines, or gives them back
        self.edit.setProperty("invalid", bool(reason))
        self.edit.setStyleSheet(INVALID_STYLE if reason else "")
        self._describe(reason)

    def _describe(self, reason: str = "") -> None:
        shown = formats.day_long(self._date)
        problem = translate("FormKit", "Problem: {reason}").format(reason=reason)
        self.edit.setAccessibleDescription(problem if reason else shown)

    def step(self, days: int) -> None:
        d, _ = parse_typed_date(self.edit.text())
        base = d or self._date
        new = min(self._max, max(self._min, base + timedelta(days=days)))
        self.setDate(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            alt = bool(mods & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if not mods and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    # -- the calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        popup = self._popup
        popup.setDateRange(
            QDate(self._min.year, self._min.month, self._min.day),
            QDate(self._max.year, self._max.month, self._max.day),
        )
        d, _ = parse_typed_date(self.edit.text())
        popup.setSelectedDate(self.date() if d is None else QDate(d.year, d.month, d.day))
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.setFocus()

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        self.edit.setFocus()
