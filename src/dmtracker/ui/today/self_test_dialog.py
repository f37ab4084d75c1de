"""A guided self-test: pick the test, read the instruction, Space starts the countdown or
stopwatch, then type the result (or accept the time) and press Enter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import settings as settings_rules
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate, vocabulary
from dmtracker.ui.kit.errors import StatusLabel, show_errors
from dmtracker.ui.kit.inputs import ScaleInput
from dmtracker.ui.kit.layout import fit, scroll_body
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.today.words import domain_text

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

LAST_TEST_KEY = settings_rules.LAST_SELF_TEST


def unit_words() -> dict[str, str]:
    """What the result of a test counts, beside its field."""
    return {
        "count": translate("SelfTestDialog", "times", "a count of repetitions"),
        "s": translate("SelfTestDialog", "seconds"),
        "m": translate("SelfTestDialog", "metres"),
        "kg": "kg",
    }


class SelfTestDialog(QDialog):
    saved = Signal(object)

    def __init__(self, services: Services, day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.day = day
        self.setWindowTitle(
            translate("SelfTestDialog", "Self-test for {day}").format(day=formats.day(day))
        )
        self.running = False
        self.elapsed = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)

        outer = QVBoxLayout(self)
        layout = scroll_body(outer, margins=0).form  # scrolls with very large text
        pick = QLabel(translate("SelfTestDialog", "&Which test?"))
        self.tests = QListWidget()
        self.tests.setAccessibleName(translate("SelfTestDialog", "Which test"))
        for kind in vocab.SELF_TESTS.values():
            self.tests.addItem(domain_text(kind.label))
        rows = self.tests.fontMetrics().height() + 6
        self.tests.setMinimumHeight(rows * 5)
        self.tests.setMaximumHeight(rows * 9)
        pick.setBuddy(self.tests)
        layout.addWidget(pick)
        layout.addWidget(self.tests)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.instruction.setObjectName("instruction")
        layout.addWidget(self.instruction)

        self.clock_label = QLabel()
        self.clock_label.setObjectName("bigClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_label.setAccessibleName(translate("SelfTestDialog", "Timer"))
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)  # a long instruction wraps, never widens the dialog
        self.start_button = QPushButton(translate("SelfTestDialog", "Start the timer (Space)"))
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignCenter)

        form = self.form = QFormLayout()
        self.custom_name = QLineEdit()
        self.custom_name.setAccessibleName(translate("SelfTestDialog", "Name of your test"))
        self.custom_unit = QLineEdit()
        self.custom_unit.setAccessibleName(translate("SelfTestDialog", "Unit of your test"))
        form.addRow(translate("SelfTestDialog", "Test &name:"), self.custom_name)
        form.addRow(translate("SelfTestDialog", "U&nit:"), self.custom_unit)
        value_row = QHBoxLayout()
        self.value = QLineEdit()
        self.value.setAccessibleName(translate("SelfTestDialog", "Result"))
        self.unit_label = QLabel()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit_label)
        self.value_label = QLabel(translate("SelfTestDialog", "&Result:"))
        self.value_label.setBuddy(self.value)
        form.addRow(self.value_label, value_row)
        self.side = QComboBox()
        self.side.setAccessibleName(translate("SelfTestDialog", "Side"))
        for key, label in vocab.SIDES.items():
            self.side.addItem(vocabulary(label), key)
        self.side.setCurrentIndex(list(vocab.SIDES).index("none"))
        form.addRow(translate("SelfTestDialog", "S&ide:"), self.side)
        self.setting = QComboBox()
        self.setting.setAccessibleName(translate("SelfTestDialog", "Where", "the test was done"))
        for key, label in vocab.SETTINGS.items():
            self.setting.addItem(vocabulary(label), key)
        form.addRow(translate("SelfTestDialog", "&Where:"), self.setting)
        self.aids = QLineEdit()
        self.aids.setAccessibleName(translate("SelfTestDialog", "Aids used"))
        self.aids.setPlaceholderText(translate("SelfTestDialog", "e.g. used the armrests, a cane"))
        form.addRow(translate("SelfTestDialog", "&Aids:"), self.aids)
        self.exertion = ScaleInput(
            translate("SelfTestDialog", "How hard was it (exertion)"),
            10,
            {
                0: translate("SelfTestDialog", "nothing", "0 on the exertion scale"),
                10: translate("SelfTestDialog", "maximal", "10 on the exertion scale"),
            },
        )
        exertion_label = QLabel(translate("SelfTestDialog", "&Exertion:"))
        exertion_label.setBuddy(self.exertion)
        form.addRow(exertion_label, self.exertion)
        layout.addLayout(form)
        self.error = StatusLabel()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("SelfTestDialog", "Save (Enter)"))
        writes(self.save_button)
        self.cancel_button = QPushButton(translate("SelfTestDialog", "Cancel (Esc)"))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter is handled by the fields, never a button
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        space.activated.connect(self.toggle_timer)
        self.start_button.clicked.connect(self.toggle_timer)
        self.tests.currentRowChanged.connect(self._test_changed)
        self.tests.itemActivated.connect(lambda _item: self._focus_result())
        self.value.returnPressed.connect(self.save)
        self.exertion.submitted.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        last = services.settings.get(LAST_TEST_KEY)
        keys = list(vocab.SELF_TESTS)
        self.tests.setCurrentRow(keys.index(last) if last in keys else 0)
        self.tests.setFocus()
        fit(self, 78)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        rows = self.tests.fontMetrics().height() + 6  # the style sheet's font is known now
        self.tests.setMinimumHeight(rows * 5)
        fit(self, 78)

    # -- state -------------------------------------------------------------------------------------
    def kind(self) -> vocab.SelfTestKind:
        return list(vocab.SELF_TESTS.values())[max(0, self.tests.currentRow())]

    def _test_changed(self, _row: int) -> None:
        kind = self.kind()
        self.stop_timer()
        self.instruction.setText(domain_text(kind.instruction))
        custom = kind.key == "custom"
        for w in (self.custom_name, self.custom_unit):
            self.form.setRowVisible(w, custom)
        self.unit_label.setText(unit_words().get(kind.unit, ""))
        if kind.timer_seconds:
            self.clock_label.setText(_mmss(kind.timer_seconds))
            self.hint.setText(
                translate(
                    "SelfTestDialog", "Press Space to start the countdown, then type your count."
                )
            )
        else:
            self.clock_label.setText(f"{formats.number(0, 1)} s" if kind.unit == "s" else "")
            self.hint.setText(
                translate(
                    "SelfTestDialog",
                    "Press Space to start the stopwatch and Space again to stop it.",
                )
                if kind.unit == "s"
                else translate("SelfTestDialog", "Type your result when you are done.")
            )
        self.start_button.setVisible(bool(kind.timer_seconds) or kind.unit == "s")
        self.side.setCurrentIndex(
            list(vocab.SIDES).index("right" if kind.key in ("grip", "arm_lift_1kg") else "none")
        )

    def _focus_result(self) -> None:
        (self.custom_name if self.kind().key == "custom" else self.value).setFocus()

    # -- timer -------------------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        kind = self.kind()
        if not (kind.timer_seconds or kind.unit == "s"):
            return
        if self.running:
            self.finish()
        else:
            self.running = True
            self.elapsed.start()
            self.ticker.start()
            self.start_button.setText(translate("SelfTestDialog", "Stop (Space)"))
            self.hint.setText(
                translate("SelfTestDialog", "Go!")
                if kind.timer_seconds
                else translate("SelfTestDialog", "Running… Space stops it.")
            )

    def seconds(self) -> float:
        return self.elapsed.elapsed() / 1000 if self.running else 0.0

    def _tick(self) -> None:
        kind = self.kind()
        if kind.timer_seconds:
            left = kind.timer_seconds - self.seconds()
            if left <= 0:
                self.finish()
                return
            self.clock_label.setText(_mmss(left))
        else:
            self.clock_label.setText(f"{formats.number(self.seconds(), 1)} s")

    def finish(self) -> None:
        """End of the countdown (or the stopwatch stopped): sound, big message, result field."""
        kind = self.kind()
        spent = self.seconds()
        self.stop_timer()
        QApplication.beep()
        if kind.timer_seconds:
            self.clock_label.setText(translate("SelfTestDialog", "Time!"))
            self.hint.setText(
                translate("SelfTestDialog", "Time is up. Type your result and press Enter.")
            )
        else:
            self.value.setText(formats.number(spent, 1))
            self.clock_label.setText(f"{formats.number(spent, 1)} s")
            self.hint.setText(
                translate(
                    "SelfTestDialog", "Stopped. Press Enter to keep this time, or type another."
                )
            )
        self._focus_result()
        self.value.selectAll()

    def stop_timer(self) -> None:
        self.running = False
        self.ticker.stop()
        self.start_button.setText(translate("SelfTestDialog", "Start the timer (Space)"))

    # -- save --------------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        kind = self.kind()
        data: dict[str, Any] = {
            "day": self.day,
            "kind": kind.key,
            "value": self.value.text().strip().replace(",", "."),  # a decimal comma in any language
            "side": self.side.currentData(),
            "setting": self.setting.currentData(),
            "aids": self.aids.text(),
            "exertion": self.exertion.value(),
            "performed_at": self.services.clock.now()
            if self.day == self.services.clock.today()
            else None,
        }
        if kind.key == "custom":
            data["custom_name"] = self.custom_name.text()
            data["unit"] = self.custom_unit.text()
        return data

    def save(self) -> None:
        try:
            change = self.services.self_tests.add(self.data())
        except ValidationError as exc:
            names = {
                "value": translate("SelfTestDialog", "Result"),
                "custom_name": translate("SelfTestDialog", "Test name"),
                "unit": translate("SelfTestDialog", "Unit"),
            }
            fields = {"value": self.value, "custom_name": self.custom_name}
            fields["unit"] = self.custom_unit
            if show_errors(exc, self.error, fields, names) is None:
                self.value.setFocus()
            return
        self.services.settings.set(LAST_TEST_KEY, self.kind().key)
        self.saved.emit(change)
        self.accept()

    def reject(self) -> None:
        self.stop_timer()
        super().reject()


def _mmss(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"
