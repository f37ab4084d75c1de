"""What a page says while the diary has nothing for it yet: what to do first, in words.

Each page adds one under its title (:func:`add_empty_state`) and shows it from its ``refresh``
(``self.empty.show_if(nothing_yet)``). The text starts with what is missing and then says
"Start here:" and the first step, with its key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from dmtracker.i18n import translate
from dmtracker.ui.kit.page import Page


def first_step(section: str) -> str:
    """The first step on a page of an empty diary, by the first word of the page's (English)
    title: History, Treatments, Clinic, Trends or Reports."""
    if section == "History":
        return translate(
            "EmptyState",
            "Nothing logged yet. Start here: log your first day on Today (Ctrl+1); every "
            "day you log is listed here, newest first.",
        )
    if section == "Treatments":
        return translate(
            "EmptyState",
            "No IVIG course, infusion or side effect recorded yet. Start here: plan "
            "your next course on Plan course (Alt+P), then record each infusion day on "
            "Infusions; log a side effect (Alt+E) whenever one comes.",
        )
    if section == "Clinic":
        return translate(
            "EmptyState",
            "No clinic results yet. Start here: after a visit, add it with New visit… "
            "(Alt+N); lab results go on Labs and the HAQ-DI questionnaire on HAQ-DI.",
        )
    if section == "Trends":
        return translate(
            "EmptyState",
            "Nothing to chart yet. Start here: log a few days on Today (Ctrl+1); the charts "
            "fill in as you go.",
        )
    return translate(
        "EmptyState",
        "Your diary is still empty. Start here: log a few days on Today (Ctrl+1), then "
        "make a report for your clinic here. Backups are made every day on their own.",
    )


class EmptyState(QLabel):
    def __init__(self, text: str):
        super().__init__(text)
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAccessibleName(translate("EmptyState", "What to do first"))
        self.setVisible(False)

    def show_if(self, empty: bool) -> None:
        self.setVisible(empty)


def add_empty_state(page: Page, text: str | None = None) -> EmptyState:
    """An empty state under the page's title (hidden until ``show_if(True)``)."""
    label = EmptyState(text or first_step(type(page).title.split()[0]))
    page.layout_.insertWidget(page.layout_.indexOf(page.heading) + 1, label)
    return label
