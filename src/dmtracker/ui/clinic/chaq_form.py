"""The CHAQ form (a juvenile profile): the 30 items by category, each answered 0–3 or "Not
applicable", aids and help per category, pain and well-being 0–100 mm, who answered, and the
index computed by the app (:mod:`dmtracker.domain.chaq`).

The item wording is the published English CHAQ (Singh et al., Arthritis Rheum 1994;37:1761),
left in English in every language with the same note as the HAQ-DI; validated translations
(PRINTO) are not included."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import chaq, haq, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import current, formats, translate, vocabulary
from dmtracker.ui.clinic.answer_groups import AnswerGroups, AnswerKeys
from dmtracker.ui.clinic.haq_form import original
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.layout import fit, form_rows, free_area

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

NA = 4  # the button id of "Not applicable"


def no_translation_note() -> str:
    """As the HAQ-DI's: no validated translation is included, so the items are in English."""
    if current().code == "en":
        return ""
    return translate(
        "ChaqDialog",
        "No validated {language} translation of the CHAQ is included in dmtracker, so its "
        "questions are shown in the English original. Your clinic may give you its validated "
        "version.",
    ).format(language=formats.locale().nativeLanguageName())


def licence_text() -> str:
    return translate(
        "ChaqDialog",
        "Wording: the published English CHAQ (Singh G, Athreya BH, Fries JF, Goldsmith DP, "
        "Arthritis Rheum 1994;37:1761–1769), included for non-commercial personal use. The "
        "validated translations (PRINTO) are not included.",
    )


class ChaqDialog(AnswerGroups, FormDialog):
    """The CHAQ as a parent (or the child) fills it in."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = (
            translate("ChaqDialog", "Edit CHAQ answers")
            if record is not None
            else translate("ChaqDialog", "CHAQ questionnaire")
        )
        super().__init__(services, title, parent)
        self.record = record
        top = QFormLayout()
        date_label = translate("ChaqDialog", "&Date answered")
        self.date = self.date_input(
            "answered_on", date_label, record.answered_on if record else services.clock.today()
        )
        top.addRow(date_label, self.date)
        by_label = translate("ChaqDialog", "Answered &by")
        self.answered_by = QComboBox()
        for key in ("parent", "child"):
            self.answered_by.addItem(vocabulary(vocab.ANSWERED_BY[key]), key)
        self.field("answered_by", by_label, self.answered_by)
        top.addRow(by_label, self.answered_by)
        form_rows(top)
        self.form.addLayout(top)
        self.note = QLabel(no_translation_note())
        self.note.setObjectName("haqNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(self.note.text()))
        self.form.addWidget(self.note)
        licence = QLabel(licence_text())
        licence.setWordWrap(True)
        self.form.addWidget(licence)
        keys = QLabel(
            translate(
                "ChaqDialog",
                "Tab moves to the next question; the arrow keys or 0–3 choose an answer, N "
                "chooses \u201cNot applicable\u201d; Delete clears it.",
            )
        )
        keys.setWordWrap(True)
        self.form.addWidget(keys)
        instructions = original(
            QLabel(
                "<b>Please tick the one best answer for your child's usual abilities OVER THE "
                "PAST WEEK.</b>"
            )
        )
        instructions.setWordWrap(True)
        self.form.addWidget(instructions)
        self.labels["answers"] = translate("ChaqDialog", "Answers")
        self.groups: dict[int, QButtonGroup] = {}
        self.aids: dict[str, QCheckBox] = {}
        self._keys = AnswerKeys(self, "chaq_item", NA, {Qt.Key.Key_N: NA})
        number = 0
        for category, items in chaq.CATEGORIES.items():
            label = haq.CATEGORIES[category].label
            box = original(QGroupBox(label.replace("&", "&&")))
            lay = QVBoxLayout(box)
            lay.addWidget(original(QLabel("Is your child able to:")))
            for text in items:
                number += 1
                self._item(lay, number, text)
            aid = QCheckBox(translate("ChaqDialog", "Aids or help needed"))
            aid.setToolTip(
                translate("ChaqDialog", "Uses aids or devices, or needs help from another person")
            )
            aid.setAccessibleName(
                translate("ChaqDialog", "Aids or help for {category}").format(category=label)
            )
            aid.toggled.connect(lambda _on: self._update_score())
            self.aids[category] = aid
            lay.addWidget(aid)
            self.form.addWidget(box)

        scales = QFormLayout()
        self.pain = self._vas("pain_mm", translate("ChaqDialog", "&Pain in the past week"))
        scales.addRow(self.labels["pain_mm"], self.pain)
        self.well_being = self._vas(
            "well_being_mm", translate("ChaqDialog", "Over&all well-being in the past week")
        )
        scales.addRow(self.labels["well_being_mm"], self.well_being)
        scale_note = QLabel(
            translate("ChaqDialog", "0 mm = no pain / very well, 100 mm = very severe")
        )
        scale_note.setWordWrap(True)
        scales.addRow("", scale_note)
        form_rows(scales)
        self.form.addLayout(scales)
        self.score_text = QLabel()
        self.score_text.setObjectName("h2")
        self.score_text.setWordWrap(True)
        self.score_text.setAccessibleName(translate("ChaqDialog", "CHAQ score"))
        self.form.addWidget(self.score_text)
        self.notes = self.notes_input()
        notes_form = QFormLayout()
        notes_form.addRow(translate("ChaqDialog", "N&otes"), self.notes)
        form_rows(notes_form)
        self.form.addLayout(notes_form)
        # the score also shows beside the buttons, visible without scrolling (as the HAQ-DI's)
        self.score_footer = QLabel()
        self.score_footer.setWordWrap(True)
        self.outer.insertWidget(2, self.score_footer)
        if record is not None:
            self._load(record)
        else:
            self._remember_answered_by()
        self._update_score()
        fit(self, 100, 40)
        self.finish()

    def _vas(self, key: str, label: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, chaq.VAS_MAX)
        spin.setSpecialValueText(translate("ChaqDialog", "not answered"))
        spin.setSuffix(translate("ChaqDialog", " mm", "unit after the number of millimetres"))
        spin.setValue(-1)
        spin.setMinimumWidth(160)
        self.field(key, label, spin)
        return spin

    def _item(self, lay: QVBoxLayout, number: int, text: str) -> None:
        question = original(QLabel(f"{number}. {text}"))
        question.setWordWrap(True)
        lay.addWidget(question)
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(16, 0, 0, 6)
        group = QButtonGroup(self)
        options = {**chaq.ANSWERS, NA: chaq.NOT_APPLICABLE_LABEL}
        per_row = self._answers_per_row()
        for answer, words in options.items():
            radio = original(QRadioButton(words))
            radio.setAccessibleName(
                translate("ChaqDialog", "Item {number}, {question} {answer}").format(
                    number=number, question=text, answer=words
                )
            )
            radio.setProperty("chaq_item", number)
            radio.installEventFilter(self._keys)
            group.addButton(radio, answer)
            grid.addWidget(radio, answer // per_row, answer % per_row)
        group.idToggled.connect(lambda _id, _on: self._update_score())
        self.groups[number] = group
        question.setBuddy(group.button(0))
        lay.addWidget(row)

    def _answers_per_row(self) -> int:
        """All five answers on one line when they fit the screen, else fewer per line."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        words = [*chaq.ANSWERS.values(), chaq.NOT_APPLICABLE_LABEL]
        widest = max(metrics.horizontalAdvance(w) for w in words) + 60
        room = free_area(self).width() * 0.9 - 140
        return next((n for n in (5, 3, 2) if widest * n <= room), 1)

    def _remember_answered_by(self) -> None:
        last = self.services.questionnaires.list(newest_first=True, limit=1)
        if last and last[0].answered_by in ("parent", "child"):
            self.answered_by.setCurrentIndex(self.answered_by.findData(last[0].answered_by))

    def _load(self, r: Any) -> None:
        for key, answer in (r.answers or {}).items():
            if answer is not None and int(key) in self.groups:
                self.set_answer(int(key), int(answer))
        for key in r.not_applicable or []:
            self.set_answer(int(key), NA)
        for category in {*(r.aids or []), *(r.help or [])}:
            if category in self.aids:
                self.aids[category].setChecked(True)
        if r.answered_by in ("parent", "child"):
            self.answered_by.setCurrentIndex(self.answered_by.findData(r.answered_by))
        self.pain.setValue(-1 if r.pain_mm is None else r.pain_mm)
        self.well_being.setValue(-1 if r.well_being_mm is None else r.well_being_mm)
        self.notes.setPlainText(r.notes or "")

    # -- answers ----------------------------------------------------------------------------
    def answers(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for item in self.groups:
            answer = self.answer(item)
            out[str(item)] = None if answer == NA else answer
        return out

    def not_applicable(self) -> list[str]:
        return [str(i) for i in self.groups if self.answer(i) == NA]

    def aid_categories(self) -> list[str]:
        return [c for c, box in self.aids.items() if box.isChecked()]

    def chaq_result(self) -> chaq.ChaqResult:
        given: dict[int, int | str | None] = {int(k): v for k, v in self.answers().items()}
        for item in self.not_applicable():
            given[int(item)] = chaq.NOT_APPLICABLE
        return chaq.score(given, self.aid_categories())

    def _vas_value(self, spin: QSpinBox) -> int | None:
        return None if spin.value() < 0 else spin.value()

    def _update_score(self) -> None:
        result = self.chaq_result()
        if result.index is None:
            text = translate(
                "ChaqDialog",
                "CHAQ: not scored yet – it needs answers in at least {least} of the 8 "
                "categories ({answered} so far).",
            ).format(least=chaq.MIN_CATEGORIES, answered=result.categories_answered)
        else:
            text = translate(
                "ChaqDialog", "CHAQ {score} of 3 (computed by the app; {answered} of 8 categories)"
            ).format(score=formats.number(result.index, 3), answered=result.categories_answered)
        self.score_text.setText(text)
        self.score_footer.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "kind": "chaq",
            "answered_on": self.date.value(),
            "answered_by": self.answered_by.currentData(),
            "answers": self.answers(),
            "not_applicable": self.not_applicable(),
            "aids": self.aid_categories(),
            "help": [],
            "pain_mm": self._vas_value(self.pain),
            "well_being_mm": self._vas_value(self.well_being),
            "notes": self.notes.toPlainText(),
        }

    def write(self, data: Mapping[str, Any]) -> Any:
        if all(v is None for v in data["answers"].values()) and not data["not_applicable"]:
            raise ValidationError(
                "answers", translate("ChaqDialog", "answer at least one question")
            )
        if self.record is not None:
            return self.services.questionnaires.update(self.record.id, data)
        return self.services.questionnaires.add(data)
