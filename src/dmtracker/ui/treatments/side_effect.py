"""Log or edit a side effect: a listed term or your own words, onset and end, grade 1–4 in plain
words, serious, action taken, outcome and the linked infusion course.

A red-flag term (or a hand-ticked red flag) shows the urgent-care message in a modal that must
be acknowledged *before* anything is saved; the record is then saved with the red-flag mark.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import records, side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import QT_TRANSLATE_NOOP
from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.errors import show_errors
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import TARGET, buddy, compact, fit, scroll_body
from dmtracker.ui.kit.values import moment_on
from dmtracker.ui.kit.widgets import chain, form_buttons, save_keys
from dmtracker.ui.safety.red_flag import confirm_red_flags
from dmtracker.ui.safety.risk_prompt import ask_thrombosis_history
from dmtracker.ui.treatments.shown import lowered, words

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def labels() -> dict[str, str]:
    """The form's field names, for its error messages."""
    course = translate("SideEffectDialog", "Linked course")
    return {
        "term": translate("SideEffectDialog", "Side effect"),
        "onset_at": translate("SideEffectDialog", "Started at"),
        "ended_at": translate("SideEffectDialog", "Ended at"),
        "grade": translate("SideEffectDialog", "Grade"),
        "serious": translate("SideEffectDialog", "Serious"),
        "red_flag": translate("SideEffectDialog", "Red flag"),
        "course_id": course,
        "link_mode": course,
        "action_taken": translate("SideEffectDialog", "Action taken"),
        "outcome": translate("SideEffectDialog", "Outcome"),
        "notes": translate("SideEffectDialog", "Notes"),
    }


AUTO, NONE = "auto", "none"


# the English text of the empty grade (shown as translate("SideEffectDialog", NO_GRADE's text))
NO_GRADE = QT_TRANSLATE_NOOP("SideEffectDialog", "– choose how bad it was –")


def grade_text(grade: int) -> str:
    return f"{grade} – {words(side_effects.GRADES[grade])}"


def course_words(c: Any) -> str:
    days = c.days_planned
    return translate("SideEffectDialog", "course from {date} (%n day(s))", None, days).format(
        date=formats.day(c.planned_start)
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class SideEffectDialog(QDialog):
    """Emits ``saved(change)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self, services: Services, parent: QWidget | None = None, effect_id: int | None = None
    ):
        super().__init__(parent)
        self.services = services
        self.effect_id = effect_id
        self.existing = services.side_effects.get(effect_id) if effect_id else None
        self.tz = services.clock.tz
        self.setWindowTitle(
            translate("SideEffectDialog", "Edit side effect")
            if effect_id
            else translate("SideEffectDialog", "Log a side effect")
        )
        outer = QVBoxLayout(self)
        layout = scroll_body(outer).form
        self._make_term()
        self._make_times()
        self._make_grading()
        layout.addLayout(self._grid())
        layout.addStretch(1)
        self._make_buttons(outer)
        self.fields: dict[str, QWidget] = {
            "term": self.term,
            "onset_at": self.onset,
            "ended_at": self.end,
            "grade": self.grade,
            "serious": self.serious,
            "red_flag": self.red_flag,
            "course_id": self.link,
            "link_mode": self.link,
            "action_taken": self.action,
            "outcome": self.outcome,
            "notes": self.notes,
        }
        chain(
            [
                self.term,
                self.onset,
                self.onset_time,
                self.ended,
                self.end,
                self.end_time,
                self.grade,
                self.serious,
                self.red_flag,
                self.action,
                self.outcome,
                self.link,
                self.notes,
                self.cancel_button,
                self.save_button,
            ]
        )
        save_keys(self, self.save, self.save_button, self.cancel_button)
        self.ended.toggled.connect(self.end.setEnabled)
        self.ended.toggled.connect(self.end_time.setEnabled)
        self.action.editTextChanged.connect(self._action_changed)
        self.term.editTextChanged.connect(self._term_changed)
        self.onset.dateChanged.connect(self._update_link_hint)
        self.onset_time.textChanged.connect(self._update_link_hint)
        self.link.currentIndexChanged.connect(self._update_link_hint)
        if self.existing is not None:
            self.load(self.existing)
        self._term_changed(self.term.currentText())
        self._update_link_hint()
        fit(self, 102, 37)
        self.term.setFocus()

    # -- building -------------------------------------------------------------------------------
    def _make_term(self) -> None:
        """The side effect: a listed term or the patient's own words, and what it means."""
        self.term = QComboBox()
        self.term.setEditable(True)
        self.term.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        shown = [words(t) for t in side_effects.TERMS]
        # a listed term is shown in the reader's language and stored in English
        self._terms = dict(zip(shown, side_effects.TERMS, strict=True))
        self.term.addItems(shown)
        self.term.setCurrentIndex(-1)
        self.term.setEditText("")
        typed = self.term.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(
            translate("SideEffectDialog", "pick from the list or type your own words")
        )
        completer = QCompleter(shown, self.term)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.term.setCompleter(completer)
        self.term_hint = QLabel()
        self.term_hint.setWordWrap(True)
        self.term_hint.setAccessibleName(translate("SideEffectDialog", "About this side effect"))

    def _make_times(self) -> None:
        """When it started and (once ticked) ended: a date and a time each, now by default."""
        now = self.services.clock.now().astimezone(self.tz)
        self.onset = DateInput(
            translate("SideEffectDialog", "Started on"), now.date(), key="onset_at"
        )
        self.onset_time = QLineEdit(formats.time(now))
        self.onset_time.setAccessibleName(translate("SideEffectDialog", "Started at: time"))
        self.ended = QCheckBox(translate("SideEffectDialog", "&Has ended"))
        self.end = DateInput(translate("SideEffectDialog", "Ended on"), now.date(), key="ended_at")
        self.end_time = QLineEdit(formats.time(now))
        self.end_time.setAccessibleName(translate("SideEffectDialog", "Ended at: time"))
        for w in (self.onset, self.end):
            w.setMaximumDate(
                now.date(), translate("SideEffectDialog", "today", "the latest date allowed")
            )
        for t in (self.onset_time, self.end_time):
            t.setPlaceholderText(translate("SideEffectDialog", "HH:MM", "how a time is typed"))
            t.setMaximumWidth(t.fontMetrics().horizontalAdvance("00:00") + 40)
        self.end.setEnabled(False)
        self.end_time.setEnabled(False)

    def _make_grading(self) -> None:
        """How bad it was, what was done, how it ended, and the course it belongs to."""
        self.grade = QComboBox()
        # no grade is chosen for the user: a red flag must be graded (issue 16; CTCAE v5 words,
        # clinical.md §8)
        self.grade.addItem(translate("SideEffectDialog", "– choose how bad it was –"), None)
        for grade in side_effects.GRADES:
            self.grade.addItem(grade_text(grade), grade)
        self.serious = QCheckBox(translate("SideEffectDialog", "Se&rious (put me in hospital)"))
        self.serious.setToolTip(
            translate(
                "SideEffectDialog",
                "It put me in hospital, could have killed me, or left lasting harm",
            )
        )
        self.serious_hint = QLabel()
        self.serious_hint.setObjectName("hint")
        self.serious_hint.setWordWrap(True)
        self.serious_hint.setAccessibleName(translate("SideEffectDialog", "About serious"))
        self.red_flag = QCheckBox(translate("SideEffectDialog", "Red &flag – needs urgent care"))
        self.action = QComboBox()
        self.action.setEditable(True)
        actions = [words(a) for a in side_effects.ACTIONS.values()]
        self._actions = dict(zip(actions, side_effects.ACTIONS.values(), strict=True))
        self.action.addItems(["", *actions])
        self.outcome = QComboBox()
        for key, label in side_effects.OUTCOMES.items():
            self.outcome.addItem(words(label), key)
        self.outcome.setCurrentIndex(self.outcome.findData("unknown"))
        self.link = QComboBox()
        self.link.addItem(
            translate(
                "SideEffectDialog", "Automatic: the course it started during or within 72 h after"
            ),
            AUTO,
        )
        self.link.addItem(translate("SideEffectDialog", "Not linked to a course"), NONE)
        for c in self.services.courses.list(newest_first=True):
            self.link.addItem(_capital(course_words(c)), c.id)
        self.link_hint = QLabel()
        self.link_hint.setObjectName("hint")
        self.link_hint.setWordWrap(True)
        self.link_hint.setAccessibleName(translate("SideEffectDialog", "Automatic link"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

    def _grid(self) -> QGridLayout:
        """The inputs in a grid of label and input rows."""
        g = QGridLayout()
        g.setColumnStretch(1, 1)
        g.setVerticalSpacing(10)
        for combo in (self.term, self.grade, self.action, self.outcome, self.link):
            compact(combo, 24)
        for w in (
            self.term,
            self.onset,
            self.ended,
            self.end,
            self.grade,
            self.serious,
            self.red_flag,
            self.action,
            self.outcome,
            self.link,
        ):
            w.setMinimumHeight(TARGET)
        onset_row = QHBoxLayout()
        onset_row.addWidget(self.onset)
        onset_row.addWidget(self.onset_time)
        onset_row.addStretch(1)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ended)
        end_row.addWidget(self.end)
        end_row.addWidget(self.end_time)
        end_row.addStretch(1)
        self.end.setAccessibleName(translate("SideEffectDialog", "Ended on"))
        rows: tuple[tuple[Any, ...], ...] = (
            (buddy(translate("SideEffectDialog", "Side &effect"), self.term), self.term),
            (None, self.term_hint),
            (
                buddy(
                    translate("SideEffectDialog", "Started a&t"),
                    self.onset,
                    translate("SideEffectDialog", "Started on"),
                ),
                onset_row,
            ),
            (QLabel(translate("SideEffectDialog", "Ended")), end_row),
            (buddy(translate("SideEffectDialog", "&Grade"), self.grade), self.grade),
            (None, self.serious),
            (None, self.serious_hint),
            (None, self.red_flag),
            (buddy(translate("SideEffectDialog", "&Action taken"), self.action), self.action),
            (buddy(translate("SideEffectDialog", "O&utcome"), self.outcome), self.outcome),
            (buddy(translate("SideEffectDialog", "&Linked course"), self.link), self.link),
            (None, self.link_hint),
            (buddy(translate("SideEffectDialog", "&Notes"), self.notes), self.notes),
        )
        for r, (label, item) in enumerate(rows):
            if label is not None:
                top = item is self.notes
                g.addWidget(label, r, 0, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag(0))
            if isinstance(item, QHBoxLayout):
                g.addLayout(item, r, 1)
            else:
                g.addWidget(item, r, 1)
        return g

    def _make_buttons(self, outer: QVBoxLayout) -> None:
        self.status, self.cancel_button, self.save_button = form_buttons(outer)

    # -- display --------------------------------------------------------------------------------
    def load(self, e: Any) -> None:
        self.term.setEditText(words(e.term))
        self._set_moment(self.onset, self.onset_time, e.onset_at)
        self.ended.setChecked(e.ended_at is not None)
        if e.ended_at is not None:
            self._set_moment(self.end, self.end_time, e.ended_at)
        self.grade.setCurrentIndex(max(0, self.grade.findData(e.grade)))
        self.serious.setChecked(e.serious)
        self.red_flag.setChecked(e.red_flag)
        self.action.setEditText(words(e.action_taken) if e.action_taken else "")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(e.outcome)))
        if e.link_mode == "auto":
            self.link.setCurrentIndex(0)
        elif e.course_id is None:
            self.link.setCurrentIndex(1)
        else:
            self.link.setCurrentIndex(max(0, self.link.findData(e.course_id)))
        self.notes.setPlainText(e.notes)

    def stored_term(self, text: str | None = None) -> str:
        """The side effect as stored: a listed term in English, else the words typed."""
        text = self.term.currentText() if text is None else text
        return self._terms.get(text.strip(), text)

    def stored_action(self) -> str:
        text = self.action.currentText()
        return self._actions.get(text.strip(), text)

    def _term_changed(self, text: str) -> None:
        text = self.stored_term(text)
        group = side_effects.red_flag_group(text)  # None unless a listed red flag
        if group is not None:
            self.term_hint.setText(
                "⚠ "
                + translate(
                    "SideEffectDialog",
                    "Red flag ({title}): {urgent}. The message shows before saving; choose the "
                    "grade; the record is marked.",
                ).format(
                    title=lowered(words(group.title)), urgent=lowered(words(side_effects.URGENT))
                )
            )
            self.red_flag.setChecked(True)
            self.red_flag.setEnabled(False)
        else:
            if not self.red_flag.isEnabled():
                self.red_flag.setChecked(bool(self.existing and self.existing.red_flag))
            self.red_flag.setEnabled(True)
            if text.strip() and not side_effects.is_listed(text):
                self.term_hint.setText(
                    translate("SideEffectDialog", "Your own words (not on the list).")
                )
            else:
                self.term_hint.setText("")

    def _action_changed(self, text: str) -> None:
        """Going to hospital proposes "serious" (the user can untick it)."""
        if side_effects.proposes_serious(self._actions.get(text.strip(), text)):
            if not self.serious.isChecked():
                self.serious.setChecked(True)
                self.serious_hint.setText(
                    translate(
                        "SideEffectDialog",
                        "“Serious” is ticked because you went to hospital; untick it if it was "
                        "not.",
                    )
                )
        elif self.serious_hint.text():
            self.serious_hint.setText("")

    def _update_link_hint(self, *_: Any) -> None:
        if self.link.currentData() != AUTO:
            self.link_hint.setText(
                translate("SideEffectDialog", "You chose the link; it stays as chosen.")
            )
            return
        try:
            course = self.services.side_effects.suggest_course(
                self._moment(self.onset, self.onset_time)
            )
        except ValidationError:
            course = None
        self.link_hint.setText(
            translate("SideEffectDialog", "Automatic link now: {course}.").format(
                course=course_words(course)
            )
            if course
            else translate(
                "SideEffectDialog",
                "Automatic link now: none (no course ran in the 72 hours before it started).",
            )
        )

    # -- saving ---------------------------------------------------------------------------------
    def _set_moment(self, day: DateInput, time_text: QLineEdit, moment: datetime) -> None:
        local = moment.astimezone(self.tz)
        day.setDate(local.date())
        time_text.setText(formats.time(local))

    def _moment(self, day: DateInput, time_text: QLineEdit) -> datetime:
        """The date and time typed, in the patient's zone; a ValidationError naming the field."""
        moment = moment_on(day.value(), time_text.text(), self.tz, day.key)
        if moment is None:
            raise ValidationError(
                day.key, translate("SideEffectDialog", "give the time as HH:MM, e.g. 09:30")
            )
        return moment

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "term": self.stored_term(),
            "onset_at": self._moment(self.onset, self.onset_time),
            "ended_at": self._moment(self.end, self.end_time) if self.ended.isChecked() else None,
            "grade": self.grade.currentData(),
            "serious": self.serious.isChecked(),
            "red_flag": self.red_flag.isChecked(),
            "action_taken": self.stored_action(),
            "outcome": self.outcome.currentData(),
            "notes": self.notes.toPlainText(),
        }
        link = self.link.currentData()
        if link == AUTO:
            data["link_mode"] = "auto"
        else:
            data["link_mode"] = "manual"
            data["course_id"] = None if link == NONE else link
        return data

    def _needs_message(self, clean: dict[str, Any]) -> bool:
        # a red flag shows "seek urgent medical care now" at once (clinical.md §5, §8)
        if not (clean.get("red_flag") or side_effects.is_red_flag(clean["term"])):
            return False
        e = self.existing
        return not (e is not None and e.red_flag and e.term == clean["term"])

    def save(self) -> bool:
        try:
            data = self.values()
            clean = records.validate("side_effect", data, self.services.clock.context())
            records.check_record("side_effect", clean)
        except ValidationError as exc:
            self._error(exc)
            return False
        red = bool(clean.get("red_flag")) or side_effects.is_red_flag(clean["term"])
        if red and clean.get("grade") is None:
            self._error(
                ValidationError(
                    "grade",
                    translate(
                        "SideEffectDialog",
                        "choose how bad it was: a red flag is never saved with a default grade",
                    ),
                )
            )
            return False
        if self._needs_message(clean):
            listed = side_effects.is_red_flag(clean["term"])
            if not confirm_red_flags([clean["term"]], self, marked=not listed):
                self.status.error(
                    [
                        translate(
                            "SideEffectDialog", "you chose to change your answer; nothing was saved"
                        )
                    ]
                )
                return False
            data["red_flag"] = True
        try:
            if self.effect_id is None:
                change = self.services.side_effects.add(data)
            else:
                change = self.services.side_effects.update(self.effect_id, data)
        except ValidationError as exc:
            self._error(exc)
            return False
        self.saved.emit(change)
        self.accept()
        recorded = ask_thrombosis_history(self.services, change, self.parentWidget())
        if recorded is not None:
            self.saved.emit(recorded)
        return True

    def _error(self, exc: ValidationError) -> None:
        show_errors(exc, self.status, self.fields, labels())
