"""File ▸ Person details…: the name printed on the clinic report, the birth year, sex and
height of the person the diary is for.

Before this dialog the name and the birth year could not be entered at all: a real diary's
report said "(no name entered)" and gave no age, and the offer of a child's diary (from the
birth year) could never come. Height and sex are the planner's too (they give the ideal and
adjusted dosing weight); both places write the same profile through its service.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from dmtracker.domain import vocab
from dmtracker.i18n import translate, vocabulary
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.layout import fit
from dmtracker.ui.kit.values import typed_number
from dmtracker.ui.treatments.shown import typed

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def title() -> str:
    return translate("PersonDialog", "Person details")


class PersonDialog(FormDialog):
    """The profile's person fields; Save writes them in one transaction (a refused value is
    named and nothing is written)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(services, title(), parent)
        profile = services.profile.current()
        self.juvenile = bool(profile.juvenile)
        intro = QLabel(
            translate(
                "PersonDialog",
                "About your child, for whom this diary is kept. The name is printed on the "
                "clinic report; the birth year gives the age there; height and sex give the "
                "ideal and adjusted dosing weight. Everything stays in this diary.",
            )
            if self.juvenile
            else translate(
                "PersonDialog",
                "About the person this diary is for. The name is printed on the clinic report; "
                "the birth year gives the age there; height and sex give the ideal and adjusted "
                "dosing weight. Everything stays in this diary.",
            )
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.name = self.line("display_name", translate("PersonDialog", "&Name"))
        self.name.setMaxLength(100)  # a longer one is refused with the rule's message
        self.name.setText(profile.display_name)
        self.name.setPlaceholderText(translate("PersonDialog", "as on the clinic report"))
        self.birth_year = self.line("birth_year", translate("PersonDialog", "&Birth year"), 160)
        self.birth_year.setText("" if profile.birth_year is None else str(profile.birth_year))
        self.birth_year.setPlaceholderText("1972")
        self.sex = QComboBox()
        for key, label in vocab.SEXES.items():
            self.sex.addItem(vocabulary(label), key)
        self.sex.setCurrentIndex(max(0, self.sex.findData(profile.sex or "unspecified")))
        self.field("sex", translate("PersonDialog", "S&ex"), self.sex)
        self.body_height = self.line("height_cm", translate("PersonDialog", "&Height (cm)"), 160)
        self.body_height.setText(typed(profile.height_cm))
        self.body_height.setPlaceholderText("165")
        for row, key in enumerate(("display_name", "birth_year", "sex", "height_cm")):
            text = QLabel(self.labels[key])
            text.setBuddy(self.fields[key])
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            grid.addWidget(self.fields[key], row, 1)
        self.form.addLayout(grid)
        self.form.addStretch(1)
        self.setTabOrder(self.body_height, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.name.setFocus()
        fit(self, 60)

    def values(self) -> dict[str, Any]:
        return {
            "display_name": self.name.text().strip(),
            "birth_year": self.birth_year.text().strip() or None,
            "sex": self.sex.currentData() or "unspecified",
            "height_cm": typed_number(self.body_height.text()).strip() or None,
        }

    def write(self, data: Mapping[str, Any]) -> Any:
        return self.services.profile.save(data)
