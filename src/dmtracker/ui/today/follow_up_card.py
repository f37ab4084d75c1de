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
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.errors import StatusLabel, clear_invalid, show_errors
from dmtracker.ui.kit.inputs import ScaleInput
from dmtracker.ui.kit.layout import TARGET, buddy
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.widgets import Card, chain
from dmtracker.ui.safety.red_flag import confirm_red_flags
from dmtracker.ui.safety.risk_prompt import ask_thrombosis_history
from dmtracker.ui.today.words import domain_text

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

WARNING_COLUMNS = 3


def labels() -> dict[str, str]:
    """The card's fields as a refusal names them."""
    follow_up = translate("FollowUpCard", "Follow-up")
    return {
        "headache": translate("FollowUpCard", "Headache"),
        "fever": translate("FollowUpCard", "Fever"),
        "temperature_c": translate("FollowUpCard", "Temperature"),
        "grade": translate("FollowUpCard", "How bad is it"),
        "nausea": translate("FollowUpCard", "Nausea"),
        "other": translate("FollowUpCard", "Anything else"),
        "infusion_day_id": follow_up,
        "day_offset": follow_up,
    }


def headache_words() -> dict[int, str]:
    return {
        0: translate("FollowUpCard", "none", "0 on a 0–10 scale"),
        5: translate("FollowUpCard", "moderate", "5 on a 0–10 scale"),
        10: translate("FollowUpCard", "worst imaginable", "10 on a 0–10 scale"),
    }


def show_warnings_text() -> str:
    return translate("FollowUpCard", "⚠ Any warning s&igns? Show the list")


def hide_warnings_text() -> str:
    return translate("FollowUpCard", "⚠ Warning s&igns: hide the list")


def examples_text() -> str:
    return translate(
        "FollowUpCard",
        "For example chest pain, new or worse breathlessness, blue lips, a swollen painful leg, "
        "a drooping face, sudden confusion, a stiff neck, dark urine, much less urine, throat "
        "swelling, mouth ulcers or unusual bruising.",
    )


class FollowUpCard(Card):
    """Shown on Today while a follow-up is due; hidden otherwise. Emits ``saved(change)``."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("FollowUpCard", "After your infusion"), parent)
        self.services: Services | None = None
        self.today: date | None = None
        self.saved_on: date | None = None
        self.acknowledged: set[str] = set()
        self.setAccessibleName(translate("FollowUpCard", "Infusion follow-up"))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.form = QWidget()
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setColumnStretch(0, 1)
        headache = translate("FollowUpCard", "Headache")
        self.headache = ScaleInput(headache, 10, headache_words())
        self.fever = QCheckBox(translate("FollowUpCard", "Fev&er"))
        self.fever.setAccessibleName(translate("FollowUpCard", "Fever"))
        self.nausea = QCheckBox(translate("FollowUpCard", "Na&usea or being sick"))
        self.nausea.setAccessibleName(translate("FollowUpCard", "Nausea"))
        self.other = QLineEdit()
        self.other.setPlaceholderText(
            translate("FollowUpCard", "e.g. chills, tiredness, rash – in your own words")
        )
        self.temperature = QLineEdit()
        self.temperature.setPlaceholderText(translate("FollowUpCard", "°C, e.g. 38.2"))
        in_celsius = translate("FollowUpCard", "Temperature in °C")
        self.temperature.setAccessibleName(in_celsius)
        self.temperature.setMaximumWidth(160)
        self.temperature_label = buddy(
            translate("FollowUpCard", "Te&mperature (°C), if you measured it"),
            self.temperature,
            in_celsius,
        )
        self.temperature_hint = QLabel(
            translate(
                "FollowUpCard",
                "38.0 °C or more is a warning sign while you take medicines like prednisone or "
                "methotrexate.",
            )
        )
        self.temperature_hint.setObjectName("hint")
        self.temperature_hint.setWordWrap(True)
        for w in (self.fever, self.nausea, self.other, self.temperature):
            w.setMinimumHeight(TARGET)
        form.addWidget(
            buddy(
                translate("FollowUpCard", "Head&ache (0 none – 10 worst)"), self.headache, headache
            ),
            0,
            0,
        )
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
        form.addWidget(buddy(translate("FollowUpCard", "Anything e&lse"), self.other), 4, 0)
        form.addWidget(self.other, 5, 0)
        self.body.addWidget(self.form)
        # the urgent message for a red flag that follows from an answer (shown at once, in words)
        self.urgent = QLabel()
        self.urgent.setObjectName("status")
        self.urgent.setProperty("error", True)
        self.urgent.setWordWrap(True)
        self.urgent.setAccessibleName(translate("FollowUpCard", "Urgent message"))
        self.urgent.setVisible(False)
        self.body.addWidget(self.urgent)

        self.warnings_head = QPushButton(show_warnings_text())
        self.warnings_head.setCheckable(True)
        self.warnings_head.setAccessibleName(
            translate("FollowUpCard", "Show the warning signs to tick")
        )
        self.examples = QLabel(examples_text())
        self.examples.setWordWrap(True)
        self.examples.setObjectName("hint")
        self.body.addWidget(self.warnings_head, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.examples)
        self.warnings = QWidget()
        grid = QGridLayout(self.warnings)
        grid.setContentsMargins(0, 0, 0, 0)
        self.flags: dict[str, QCheckBox] = {}
        for i, term in enumerate(side_effects.RED_FLAG_TERMS):
            shown = vocabulary(term)
            box = QCheckBox(f"⚠ {shown}")
            box.setAccessibleName(
                translate("FollowUpCard", "Warning sign: {term}").format(term=shown)
            )
            box.setMinimumHeight(TARGET)
            box.toggled.connect(lambda on, term=term: self._flag_ticked(term, on))
            grid.addWidget(box, 1 + i // WARNING_COLUMNS, i % WARNING_COLUMNS)
            self.flags[term] = box
        note = QLabel(
            translate("FollowUpCard", "Tick any you have now: the app shows at once what to do.")
        )
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
        self.grade.addItem(translate("FollowUpCard", "– choose how bad it is –"), None)
        for g, words in side_effects.GRADES.items():
            self.grade.addItem(f"{g} – {domain_text(words)}", g)
        self.grade.setMinimumHeight(TARGET)
        self.serious = QCheckBox(
            translate("FollowUpCard", "Serious: I went to &hospital, or it could have killed me")
        )
        self.serious.setMinimumHeight(TARGET)
        grow.addWidget(
            buddy(
                translate("FollowUpCard", "How &bad is the warning sign?"),
                self.grade,
                translate("FollowUpCard", "How bad is it"),
            ),
            0,
            0,
        )
        grow.addWidget(self.grade, 1, 0)
        grow.addWidget(self.serious, 2, 0)
        self.body.addWidget(self.grade_row)
        self.grade_row.setVisible(False)

        row = QHBoxLayout()
        self.save_button = QPushButton(translate("FollowUpCard", "Save follo&w-up"))
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
        when = (
            translate("FollowUpCard", "yesterday")
            if offset == 1
            else translate("FollowUpCard", "%n day(s) ago", None, offset)
        )
        lines = [
            translate(
                "FollowUpCard",
                "Day {offset} after infusion day {number} of {count} ({day}, {when}). How are "
                "you today?",
            ).format(
                offset=offset,
                number=latest.day_number,
                count=latest.days_in_course,
                day=formats.day_long(latest.day),
                when=when,
            )
        ]
        other = translate("FollowUpCard", "day {offset} after infusion day {number}")
        others = [other.format(offset=o, number=d.day_number) for d, o in due[:-1]]
        if others:
            lines.append(
                translate("FollowUpCard", "This also answers {days}.").format(
                    days=translate("FollowUpCard", " and ", "joins the days of a list").join(others)
                )
            )
        lines.append(
            translate(
                "FollowUpCard", "Asked for 3 days after each infusion day; it takes a few seconds."
            )
        )
        self.intro.setText(" ".join(lines))
        self._set_form_visible(True)
        self.setVisible(True)

    def _show_warnings(self, on: bool) -> None:
        self.warnings.setVisible(on)
        self.warnings_head.setText(hide_warnings_text() if on else show_warnings_text())
        if on:
            next(iter(self.flags.values())).setFocus()

    def _set_form_visible(self, on: bool) -> None:
        for w in (self.form, self.warnings_head, self.examples, self.save_button):
            w.setVisible(on)
        self.warnings.setVisible(on and self.warnings_head.isChecked())
        if not on:
            self.intro.setText(
                translate("FollowUpCard", "✓ Today's follow-up is saved. Thank you.")
            )

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
        urgent = translate("FollowUpCard", "⚠ {title} ({signs}): {message}")
        comma = translate("FollowUpCard", ", ", "between the signs of a list")
        self.urgent.setText(
            "\n\n".join(
                urgent.format(
                    title=domain_text(g.title),
                    signs=comma.join(vocabulary(t) for t in derived if t in g.terms),
                    message=domain_text(g.message),
                )
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
            show_errors(exc, self.status, self.fields, labels())
            return False
        pending = [t for t in flags if t not in self.acknowledged]
        if pending:
            if not confirm_red_flags(pending, self.window()):
                self.status.error(
                    [
                        translate(
                            "FollowUpCard", "you chose to change your answer; nothing was saved"
                        )
                    ]
                )
                return False
            self.acknowledged.update(pending)
        grade = self.grade.currentData() if flags else None
        if flags and grade is None:
            self.grade_row.setVisible(True)
            self.status.error(
                [
                    translate(
                        "FollowUpCard",
                        "How bad is it: choose a grade for the warning sign (none is chosen for "
                        "you)",
                    )
                ]
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
            show_errors(exc, self.status, self.fields, labels())
            return False
        self.saved_on = self.today
        self.reset()
        self.status.ok(localize(change.message))
        self.refresh(self.services)
        self.saved.emit(change)
        recorded = ask_thrombosis_history(self.services, change, self.window())
        if recorded is not None:
            self.status.ok(
                translate("FollowUpCard", "{saved}. {recorded}").format(
                    saved=localize(change.message), recorded=localize(recorded.message)
                )
            )
            self.saved.emit(recorded)
        return True
