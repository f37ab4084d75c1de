"""The 72-hour follow-up card on Today: for three days after each infusion day, a short check
(headache 0–10, fever, nausea, anything else, warning signs) that writes side effects.

Ticking a warning sign shows its urgent-care message at once, in a modal that must be
acknowledged; nothing is saved before every red flag on the card has been acknowledged.

Issue 16 (clinical.md §8): ticking fever asks the temperature; 38.0 °C or more, or a headache of
8–10, shows the urgent message on the card at once (and the modal before saving). Any red flag
asks how bad it is in CTCAE words (no grade is chosen for the user) and offers "serious".
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from dmtracker.domain import side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.errors import StatusLabel, clear_invalid, show_errors
from dmtracker.ui.kit.format import long_date
from dmtracker.ui.kit.inputs import ScaleInput
from dmtracker.ui.kit.layout import TARGET, buddy
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.widgets import Card, chain
from dmtracker.ui.safety.red_flag import confirm_red_flags
from dmtracker.ui.safety.risk_prompt import ask_thrombosis_history

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

LABELS = {
    "headache": "Headache",
    "fever": "Fever",
    "temperature_c": "Temperature",
    "grade": "How bad is it",
    "nausea": "Nausea",
    "other": "Anything else",
    "infusion_day_id": "Follow-up",
    "day_offset": "Follow-up",
}
HEADACHE_WORDS = {0: "none", 5: "moderate", 10: "worst imaginable"}
WARNING_COLUMNS = 3
SHOW_WARNINGS = "⚠ Any warning s&igns? Show the list"
HIDE_WARNINGS = "⚠ Warning s&igns: hide the list"
EXAMPLES = (
    "For example chest pain, new or worse breathlessness, blue lips, a swollen painful leg, a "
    "drooping face, sudden confusion, a stiff neck, dark urine, much less urine, throat "
    "swelling, mouth ulcers or unusual bruising."
)


class FollowUpCard(Card):
    """Shown on Today while a follow-up is due; hidden otherwise. Emits ``saved(change)``."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("After your infusion", parent)
        self.services: Services | None = None
        self.today: date | None = None
        self.saved_on: date | None = None
        self.acknowledged: set[str] = set()
        self.setAccessibleName("Infusion follow-up")

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.form = QWidget()
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setColumnStretch(0, 1)
        self.headache = ScaleInput("Headache", 10, HEADACHE_WORDS)
        self.fever = QCheckBox("Fev&er")
        self.fever.setAccessibleName("Fever")
        self.nausea = QCheckBox("Na&usea or being sick")
        self.nausea.setAccessibleName("Nausea")
        self.other = QLineEdit()
        self.other.setPlaceholderText("e.g. chills, tiredness, rash – in your own words")
        self.temperature = QLineEdit()
        self.temperature.setPlaceholderText("°C, e.g. 38.2")
        self.temperature.setAccessibleName("Temperature in °C")
        self.temperature.setMaximumWidth(160)
        self.temperature_label = buddy(
            "Te&mperature (°C), if you measured it", self.temperature, "Temperature in °C"
        )
        self.temperature_hint = QLabel(
            "38.0 °C or more is a warning sign while you take medicines like prednisone or "
            "methotrexate."
        )
        self.temperature_hint.setObjectName("hint")
        self.temperature_hint.setWordWrap(True)
        for w in (self.fever, self.nausea, self.other, self.temperature):
            w.setMinimumHeight(TARGET)
        form.addWidget(buddy("Head&ache (0 none – 10 worst)", self.headache, "Headache"), 0, 0)
        form.addWidget(self.headache, 1, 0, Qt.AlignmentFlag.AlignLeft)
        checks = QHBoxLayout()
        checks.addWidget(self.fever)
        checks.addWidget(self.nausea)
        checks.addStretch(1)
        form.addLayout(checks, 2, 0)
        self.temperature_row = QWidget()
        trow = QGridLayout(self.temperature_row)
        trow.setContentsMargins(0, 0, 0, 0)
        trow.addWidget(self.temperature_label, 0, 0)
        trow.addWidget(self.temperature, 0, 1)
        trow.addWidget(self.temperature_hint, 1, 0, 1, 2)
        trow.setColumnStretch(2, 1)
        form.addWidget(self.temperature_row, 3, 0)
        self.temperature_row.setVisible(False)
        form.addWidget(buddy("Anything e&lse", self.other), 4, 0)
        form.addWidget(self.other, 5, 0)
        self.body.addWidget(self.form)
        # the urgent message for a red flag that follows from an answer (shown at once, in words)
        self.urgent = QLabel()
        self.urgent.setObjectName("status")
        self.urgent.setProperty("error", True)
        self.urgent.setWordWrap(True)
        self.urgent.setAccessibleName("Urgent message")
        self.urgent.setVisible(False)
        self.body.addWidget(self.urgent)

        self.warnings_head = QPushButton(SHOW_WARNINGS)
        self.warnings_head.setCheckable(True)
        self.warnings_head.setAccessibleName("Show the warning signs to tick")
        self.examples = QLabel(EXAMPLES)
        self.examples.setWordWrap(True)
        self.examples.setObjectName("hint")
        self.body.addWidget(self.warnings_head, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.examples)
        self.warnings = QWidget()
        grid = QGridLayout(self.warnings)
        grid.setContentsMargins(0, 0, 0, 0)
        self.flags: dict[str, QCheckBox] = {}
        for i, term in enumerate(side_effects.RED_FLAG_TERMS):
            box = QCheckBox(f"⚠ {term}")
            box.setAccessibleName(f"Warning sign: {term}")
            box.setMinimumHeight(TARGET)
            box.toggled.connect(lambda on, term=term: self._flag_ticked(term, on))
            grid.addWidget(box, 1 + i // WARNING_COLUMNS, i % WARNING_COLUMNS)
            self.flags[term] = box
        note = QLabel("Tick any you have now: the app shows at once what to do.")
        note.setObjectName("hint")
        grid.addWidget(note, 0, 0, 1, WARNING_COLUMNS)
        self.body.addWidget(self.warnings)
        self.warnings.setVisible(False)
        self.warnings_head.toggled.connect(self._show_warnings)

        # how bad a red flag is: asked, never defaulted (CTCAE v5 words, clinical.md §8)
        self.grade_row = QWidget()
        grow = QGridLayout(self.grade_row)
        grow.setContentsMargins(0, 0, 0, 0)
        self.grade = QComboBox()
        self.grade.addItem("– choose how bad it is –", None)
        for g, words in side_effects.GRADES.items():
            self.grade.addItem(f"{g} – {words}", g)
        self.grade.setMinimumHeight(TARGET)
        self.serious = QCheckBox("Serious: I went to &hospital, or it could have killed me")
        self.serious.setMinimumHeight(TARGET)
        grow.addWidget(buddy("How &bad is the warning sign?", self.grade, "How bad is it"), 0, 0)
        grow.addWidget(self.grade, 1, 0)
        grow.addWidget(self.serious, 2, 0)
        self.body.addWidget(self.grade_row)
        self.grade_row.setVisible(False)

        row = QHBoxLayout()
        self.save_button = QPushButton("Save follo&w-up")
        writes(self.save_button)
        self.save_button.setObjectName("primary")
        self.status = StatusLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        row.addStretch(0)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.body.addLayout(row)
        order: list[QWidget] = [
            self.headache,
            self.fever,
            self.temperature,
            self.nausea,
            self.other,
            self.warnings_head,
            *self.flags.values(),
            self.grade,
            self.serious,
            self.save_button,
        ]
        chain(order)
        self.fields: dict[str, QWidget] = {
            "headache": self.headache,
            "temperature_c": self.temperature,
            "other": self.other,
            "grade": self.grade,
        }
        self.fever.toggled.connect(self._fever_toggled)
        self.temperature.textChanged.connect(self._answers_changed)
        self.headache.valueChanged.connect(self._answers_changed)
        self.other.textChanged.connect(self._answers_changed)
        self.save_button.clicked.connect(self.save)
        self.other.returnPressed.connect(self.save)
        self.setVisible(False)

    # -- data -----------------------------------------------------------------------------------
    def refresh(self, services: Services) -> None:
        """Show the card when a follow-up is due today (or was just saved), else hide it."""
        self.services = services
        today = services.clock.today()
        if today != self.today:
            self.saved_on = None
        self.today = today
        due = services.follow_ups.due(today)
        if not due:
            if self.saved_on == today:
                self._set_form_visible(False)
                self.setVisible(True)
            else:
                self.setVisible(False)
            return
        latest, offset = due[-1]
        when = "yesterday" if offset == 1 else f"{offset} days ago"
        lines = [
            f"Day {offset} after infusion day {latest.day_number} of {latest.days_in_course} "
            f"({long_date(latest.day)}, {when}). How are you today?"
        ]
        others = [f"day {o} after infusion day {d.day_number}" for d, o in due[:-1]]
        if others:
            lines.append("This also answers " + " and ".join(others) + ".")
        lines.append("Asked for 3 days after each infusion day; it takes a few seconds.")
        self.intro.setText(" ".join(lines))
        self._set_form_visible(True)
        self.setVisible(True)

    def _show_warnings(self, on: bool) -> None:
        self.warnings.setVisible(on)
        self.warnings_head.setText(HIDE_WARNINGS if on else SHOW_WARNINGS)
        if on:
            next(iter(self.flags.values())).setFocus()

    def _set_form_visible(self, on: bool) -> None:
        for w in (self.form, self.warnings_head, self.examples, self.save_button):
            w.setVisible(on)
        self.warnings.setVisible(on and self.warnings_head.isChecked())
        if not on:
            self.intro.setText("✓ Today's follow-up is saved. Thank you.")

    def reset(self) -> None:
        self.headache.set_value(None)
        self.fever.setChecked(False)
        self.temperature.clear()
        self.grade.setCurrentIndex(0)
        self.serious.setChecked(False)
        self.nausea.setChecked(False)
        self.other.clear()
        for box in self.flags.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.acknowledged.clear()
        self.warnings_head.setChecked(False)
        clear_invalid(self.fields.values())

    # -- red flags ------------------------------------------------------------------------------
    def _flag_ticked(self, term: str, on: bool) -> None:
        self._answers_changed()
        if not on or term in self.acknowledged:
            return
        if confirm_red_flags([term], self.window()):
            self.acknowledged.add(term)
        else:  # "change my answer": the tick is taken back, the rest of the card stays
            box = self.flags[term]
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            self._answers_changed()
            box.setFocus()

    def _fever_toggled(self, on: bool) -> None:
        self.temperature_row.setVisible(on)
        if on:
            self.temperature.setFocus()
        else:
            self.temperature.clear()
        self._answers_changed()

    def pending_flags(self) -> list[str]:
        """Every red flag the card would save now (ticked, typed, headache 8–10, ≥ 38.0 °C)."""
        if self.services is None:
            return self.ticked()
        try:
            return self.services.follow_ups.red_flags_of(self.values(), self.ticked())
        except ValidationError:
            return self.ticked()

    def _answers_changed(self, *_: Any) -> None:
        """Show the urgent message at once for a red flag that follows from an answer, and ask
        the grade whenever there is a red flag."""
        flags = self.pending_flags()
        derived = [f for f in flags if f not in self.ticked()]
        groups = []
        for term in derived:
            group = side_effects.red_flag_group(term)
            if group is not None and group not in groups:
                groups.append(group)
        self.urgent.setText(
            "\n\n".join(
                f"⚠ {g.title} ({', '.join(t for t in derived if t in g.terms)}): {g.message}"
                for g in groups
            )
        )
        self.urgent.setVisible(bool(groups))
        self.grade_row.setVisible(bool(flags))

    def ticked(self) -> list[str]:
        return [t for t, box in self.flags.items() if box.isChecked()]

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        temperature = self.temperature.text().strip().replace(",", ".")
        return {
            "headache": self.headache.value(),
            "fever": self.fever.isChecked(),
            "temperature_c": temperature if self.fever.isChecked() and temperature else None,
            "nausea": self.nausea.isChecked(),
            "other": self.other.text(),
        }

    def save(self) -> bool:
        if self.services is None or self.today is None:
            return False
        data = self.values()
        try:
            flags = self.services.follow_ups.red_flags_of(data, self.ticked())
        except ValidationError as exc:
            show_errors(exc, self.status, self.fields, LABELS)
            return False
        pending = [t for t in flags if t not in self.acknowledged]
        if pending:
            if not confirm_red_flags(pending, self.window()):
                self.status.error(["you chose to change your answer; nothing was saved"])
                return False
            self.acknowledged.update(pending)
        grade = self.grade.currentData() if flags else None
        if flags and grade is None:
            self.grade_row.setVisible(True)
            self.status.error(
                ["How bad is it: choose a grade for the warning sign (none is chosen for you)"]
            )
            self.grade.setFocus()
            return False
        try:
            change = self.services.follow_ups.answer(
                self.today,
                data,
                red_flags=self.ticked(),
                grade=grade,
                serious=self.serious.isChecked() if flags else False,
            )
        except ValidationError as exc:
            show_errors(exc, self.status, self.fields, LABELS)
            return False
        self.saved_on = self.today
        self.reset()
        self.status.ok(change.message)
        self.refresh(self.services)
        self.saved.emit(change)
        recorded = ask_thrombosis_history(self.services, change, self.window())
        if recorded is not None:
            self.status.ok(f"{change.message}. {recorded.message}")
            self.saved.emit(recorded)
        return True
