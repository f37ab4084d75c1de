"""Inputs for people with weak hands: big, keyboard-first, one focus stop each."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

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
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for b, step, tip in ((self.minus, -1, "less"), (self.plus, 1, "more")):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setObjectName("step")
            b.setAccessibleName(f"{name}: {tip}")
            b.clicked.connect(lambda _=False, step=step: self.step(step))
        self.number = QLabel()
        self.number.setObjectName("scaleNumber")
        self.number.setMinimumWidth(72)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word = QLabel()
        self.word.setObjectName("scaleWord")
        self.carried_label = QLabel("↻ last time")
        self.carried_label.setToolTip("Carried forward from your last check-in: change it or save")
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
        self.word.setText(self.words.get(v, "") if v is not None else "not answered")
        self.carried_label.setVisible(self._carried and not self.compact)
        self.setProperty("carried", self._carried)
        self.number.setProperty("carried", self._carried)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        shown = "not answered" if v is None else f"{v} of {self.maximum}"
        extra = f", {self.words[v]}" if v is not None and v in self.words else ""
        carried = ", carried forward from last time" if self._carried else ""
        self.setAccessibleDescription(f"{shown}{extra}{carried}")
        self.setToolTip(f"{self.name}: type 0–{self.maximum}, or use the arrow keys")

    # -- keys ---------------------------------------------------------------------------------
    def _clear_pending(self) -> None:
        self._pending = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if text.isdigit() and len(text) == 1:
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
            return
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
            super().keyPressEvent(event)
            return
        self._pending = ""
