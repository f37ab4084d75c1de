"""The HAQ-DI form: the twenty questions by category (each answered with a key), aids and help,
and the score computed by the app."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import haq
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import current, formats, translate
from dmtracker.ui.clinic.answer_groups import AnswerGroups, AnswerKeys
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.layout import fit, form_rows, free_area

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

#: The two pages of the Stanford HAQ: items of four categories, then aids and help for them.
HAQ_PARTS: tuple[tuple[str, ...], ...] = (
    ("dressing", "arising", "eating", "walking"),
    ("hygiene", "reach", "grip", "activities"),
)


ORIGINAL = "original_wording"  # a widget property: this text is the HAQ-DI's English original


W = TypeVar("W", bound=QWidget)


def original(widget: W) -> W:
    """Mark ``widget`` as showing the questionnaire's validated English wording (left in
    English in every language; the translation tests allow it)."""
    widget.setProperty(ORIGINAL, True)
    return widget


def no_translation_note() -> str:
    """The note above the questions in a language other than English: no validated
    translation of the HAQ-DI is in dmtracker, so its items are shown in English ("" in
    English)."""
    if current().code == "en":
        return ""
    return translate(
        "HaqDialog",
        "No validated {language} translation of the HAQ-DI is included in dmtracker, so its "
        "questions are shown in the English original. Your clinic may give you its validated "
        "version.",
    ).format(language=formats.locale().nativeLanguageName())


def aid_text(category: str) -> str:
    aids = haq.AIDS_BY_CATEGORY[category]
    return ", ".join(a[0].lower() + a[1:] if i else a for i, a in enumerate(aids))


class HaqDialog(AnswerGroups, FormDialog):
    """The HAQ-DI as the patient fills it in: 20 items with the official answer wording, aids
    or devices and help from another person per category, scored at once by the app."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = (
            translate("HaqDialog", "Edit HAQ-DI answers")
            if record is not None
            else translate("HaqDialog", "HAQ-DI questionnaire")
        )
        super().__init__(services, title, parent)
        self.record = record
        top = QFormLayout()
        date_label = translate("HaqDialog", "&Date answered")
        self.date = self.date_input(
            "answered_on",
            date_label,
            record.answered_on if record else services.clock.today(),
        )
        top.addRow(date_label, self.date)
        form_rows(top)
        self.form.addLayout(top)
        self.note = QLabel(no_translation_note())
        self.note.setObjectName("haqNote")
        self.note.setStyleSheet(  # framed: it says why the questions are in English
            "QLabel#haqNote { border: 1px solid palette(mid); border-radius: 6px; padding: 8px; }"
        )
        self.note.setWordWrap(True)
        self.note.setVisible(bool(self.note.text()))
        self.form.addWidget(self.note)
        instructions = original(QLabel(f"<b>{haq.INSTRUCTIONS}</b>"))
        instructions.setWordWrap(True)
        self.form.addWidget(instructions)
        keys = QLabel(
            translate(
                "HaqDialog",
                "Tab moves to the next question; the arrow keys or 0–3 choose an answer; "
                "Delete clears it. The aids and help come after the questions.",
            )
        )
        keys.setWordWrap(True)
        self.form.addWidget(keys)
        self.groups: dict[int, QButtonGroup] = {}
        self.aids: dict[str, QCheckBox] = {}
        self.help: dict[str, QCheckBox] = {}
        self._answer_keys = AnswerKeys(self, "haq_item", max(haq.ANSWER_OPTIONS))
        self.ensurePolished()
        mark = max(16, round(self.fontMetrics().height() * 0.8))
        self.setStyleSheet(
            f"QRadioButton {{ min-height: 32px; }} "
            f"QRadioButton::indicator {{ width: {mark}px; height: {mark}px; }}"
        )
        # errors about the answers go to the message only
        self.labels["answers"] = translate("HaqDialog", "Answers")
        for part in HAQ_PARTS:  # the 20 questions first: Tab never stops on an aid between them
            for category in part:
                self._category(category)
        for part in HAQ_PARTS:
            self._aids_and_help(part)
        self.score_text = QLabel()
        self.score_text.setObjectName("h2")
        self.score_text.setWordWrap(True)
        self.score_text.setAccessibleName(translate("HaqDialog", "HAQ-DI score"))
        self.form.addWidget(self.score_text)
        self.notes = self.notes_input()
        notes_form = QFormLayout()
        notes_form.addRow(translate("HaqDialog", "N&otes"), self.notes)
        form_rows(notes_form)
        self.form.addLayout(notes_form)
        # The score also shows beside the buttons, so it is visible without scrolling.
        self.score_footer = QLabel()
        self.score_footer.setWordWrap(True)
        self.outer.insertWidget(2, self.score_footer)
        if record is not None:
            self._load(record)
        self._update_score()
        fit(self, 100, 40)
        self.finish()

    def _answers_per_row(self) -> int:
        """All four answers on one line when they fit the screen, else two or one per line."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(w) for w in haq.ANSWER_OPTIONS.values()) + 60
        room = free_area(self).width() * 0.9 - 140
        return next((n for n in (4, 2) if widest * n <= room), 1)

    def _category(self, category: str) -> None:
        label, items = haq.CATEGORIES[category]
        box = original(QGroupBox(label.replace("&", "&&")))
        lay = QVBoxLayout(box)
        lead = original(QLabel(haq.LEAD_IN))
        lay.addWidget(lead)
        for item in items:
            question = original(QLabel(f"{item}. {haq.ITEMS[item]}"))
            question.setWordWrap(True)
            lay.addWidget(question)
            row = QWidget()
            row_layout = QGridLayout(row)
            row_layout.setContentsMargins(16, 0, 0, 6)
            group = QButtonGroup(self)
            group.setExclusive(True)
            per_row = self._answers_per_row()
            for answer, words in haq.ANSWER_OPTIONS.items():
                radio = original(QRadioButton(words))
                radio.setAccessibleName(
                    translate("HaqDialog", "Item {number}, {question} {answer}").format(
                        number=item, question=haq.ITEMS[item], answer=words
                    )
                )
                radio.setProperty("haq_item", item)
                radio.installEventFilter(self._answer_keys)
                group.addButton(radio, answer)
                row_layout.addWidget(radio, answer // per_row, answer % per_row)
            row_layout.setColumnStretch(per_row, 1)
            group.idToggled.connect(lambda _id, _on: self._update_score())
            self.groups[item] = group
            question.setBuddy(group.button(0))
            lay.addWidget(row)
        self.form.addWidget(box)

    def _aids_and_help(self, part: tuple[str, ...]) -> None:
        box = QGroupBox(translate("HaqDialog", "Aids or devices, and help from another person"))
        lay = QVBoxLayout(box)
        # (the questionnaire's own wording, as the items)
        intro = original(QLabel("Please tick any AIDS OR DEVICES that you usually use for:"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        for category in part:
            if not haq.AIDS_BY_CATEGORY[category]:
                continue
            label = haq.CATEGORIES[category].label
            check = original(QCheckBox(label.replace("&", "&&")))
            check.setAccessibleName(
                translate("HaqDialog", "Aid or device for {category}: {devices}").format(
                    category=label, devices=aid_text(category)
                )
            )
            check.toggled.connect(lambda _on: self._update_score())
            self.aids[category] = check
            lay.addWidget(check)
            devices = original(QLabel(aid_text(category)))
            devices.setWordWrap(True)
            devices.setContentsMargins(32, 0, 0, 4)
            lay.addWidget(devices)
        help_label = original(QLabel(haq.HELP_QUESTION))
        help_label.setWordWrap(True)
        lay.addWidget(help_label)
        for category in part:
            label = haq.CATEGORIES[category].label
            check = original(QCheckBox(label.replace("&", "&&")))
            check.setAccessibleName(
                translate("HaqDialog", "Help from another person for {category}").format(
                    category=label
                )
            )
            check.toggled.connect(lambda _on: self._update_score())
            self.help[category] = check
            lay.addWidget(check)
        self.form.addWidget(box)

    def _load(self, r: Any) -> None:
        for key, answer in (r.answers or {}).items():
            if answer is not None:
                self.set_answer(int(key), int(answer))
        for category in r.aids or []:
            if category in self.aids:
                self.aids[category].setChecked(True)
        for category in r.help or []:
            if category in self.help:
                self.help[category].setChecked(True)
        self.notes.setPlainText(r.notes or "")

    # -- answers ----------------------------------------------------------------------------
    def answers(self) -> dict[str, int | None]:
        return {str(item): self.answer(item) for item in haq.ITEMS}

    def aid_categories(self) -> list[str]:
        return [c for c, box in self.aids.items() if box.isChecked()]

    def help_categories(self) -> list[str]:
        return [c for c, box in self.help.items() if box.isChecked()]

    def score(self) -> Decimal | None:
        answers = {int(k): v for k, v in self.answers().items()}
        return haq.haq_di(answers, set(self.aid_categories()) | set(self.help_categories()))

    def _update_score(self) -> None:
        answers = {int(k): v for k, v in self.answers().items()}
        scores = haq.category_scores(answers)
        answered = sum(1 for s in scores.values() if s is not None)
        items = sum(1 for v in answers.values() if v is not None)
        score = self.score()
        if score is None:
            text = translate(
                "HaqDialog",
                "HAQ-DI: not scored yet – it needs answers in at least {least} of the 8 "
                "categories ({answered} so far; {items} of 20 items answered).",
            ).format(least=haq.MIN_CATEGORIES, answered=answered, items=items)
        else:
            text = translate(
                "HaqDialog",
                "HAQ-DI {score} (computed by the app; {answered} of 8 categories, {items} of 20 "
                "items answered)",
            ).format(score=formats.number(score, 3), answered=answered, items=items)
        self.score_text.setText(text)
        self.score_footer.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "kind": "haq_di",
            "answered_on": self.date.value(),
            "answers": self.answers(),
            "aids": self.aid_categories(),
            "help": self.help_categories(),
            "notes": self.notes.toPlainText(),
        }

    def write(self, data: Mapping[str, Any]) -> Any:
        if all(v is None for v in data["answers"].values()):
            raise ValidationError("answers", translate("HaqDialog", "answer at least one question"))
        if self.record is not None:
            return self.services.questionnaires.update(self.record.id, data)
        return self.services.questionnaires.add(data)
