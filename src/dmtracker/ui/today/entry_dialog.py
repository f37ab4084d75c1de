"""How are you now? An entry during the day: the four daily scales, the time (now unless
changed) and a note. Keys from Today: ``Ctrl+N 6 Tab 7 Ctrl+Enter`` — five keys to saved."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from dmtracker.domain import records, vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate, vocabulary
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.inputs import DateInput, ScaleInput
from dmtracker.ui.kit.layout import fit
from dmtracker.ui.kit.values import hhmm, moment_on, pydate

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services
    from dmtracker.services.dto import SymptomEntryRead


class EntryDialog(FormDialog):
    """A new entry (``entry`` None) or one to change."""

    def __init__(
        self,
        services: Services,
        day: date,
        parent: QWidget | None = None,
        entry: SymptomEntryRead | None = None,
    ):
        super().__init__(services, translate("EntryDialog", "How are you now?"), parent)
        self.entry = entry
        clock = services.clock
        intro = QLabel(
            translate(
                "EntryDialog",
                "Any of the scales, or only a note: 0 = none, 10 = worst imaginable. Tab moves "
                "to the next, Ctrl+Enter saves.",
            )
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.scales: dict[str, ScaleInput] = {}
        words = {
            0: translate("EntryDialog", "none", "0 on a 0–10 scale"),
            10: translate("EntryDialog", "worst imaginable", "10 on a 0–10 scale"),
        }
        for r, key in enumerate(records.ENTRY_SCALES):
            label = vocabulary(vocab.DAILY_SCALES[key])
            widget = ScaleInput(label, 10, words)
            if entry is not None:
                widget.set_value(getattr(entry, key))
            text = QLabel(label)
            text.setWordWrap(True)
            text.setBuddy(widget)
            grid.addWidget(text, r, 0)
            grid.addWidget(widget, r, 1)
            self.field(key, label, widget)
            self.scales[key] = widget
        self.form.addLayout(grid)
        now = clock.local(clock.now())
        at = clock.local(entry.at) if entry is not None else None
        when = QHBoxLayout()
        self.day_input = self.date_input(
            "day", translate("EntryDialog", "&Day"), at.date() if at else day
        )
        self.day_input.setMaximumDate(clock.today(), translate("EntryDialog", "today"))
        self.time = self.line("at", translate("EntryDialog", "&Time"), 120)
        self.time.setText(hhmm(entry.at if entry else now, clock.tz))
        self.time.setPlaceholderText("09:30")
        for key in ("day", "at"):
            buddy = QLabel(self.labels[key])
            buddy.setBuddy(self.fields[key])
            when.addWidget(buddy)
            when.addWidget(self.fields[key])
        when.addStretch(1)
        self.form.addLayout(when)
        notes_label = QLabel(translate("EntryDialog", "N&ote"))
        self.notes = self.notes_input(entry.notes if entry else "")
        notes_label.setBuddy(self.notes)
        self.form.addWidget(notes_label)
        self.form.addWidget(self.notes)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.accept)
        self.finish()
        fit(self, 72)

    def _day(self) -> date:
        widget = self.day_input
        assert isinstance(widget, DateInput)
        return pydate(widget.date())

    def values(self) -> dict[str, Any]:
        at = moment_on(self._day(), self.time.text(), self.services.clock.tz, "at")
        if at is None:
            raise ValidationError("at", translate("EntryDialog", "give the time, like 09:30"))
        data: dict[str, Any] = {k: w.value() for k, w in self.scales.items()}
        data.update(at=at, notes=self.notes.toPlainText())
        return data

    def write(self, data: Mapping[str, Any]) -> Any:
        if self.entry is not None:
            return self.services.entries.update(self.entry.id, data)
        return self.services.entries.add(data)


def entry_values(e: Any) -> str:
    """ "Pain 6 · Fatigue 7": the scales an entry gives, in the reader's words."""
    parts = [
        translate("EntryDialog", "{scale} {value}").format(
            scale=vocabulary(vocab.DAILY_SCALES[k]), value=getattr(e, k)
        )
        for k in records.ENTRY_SCALES
        if getattr(e, k) is not None
    ]
    return " · ".join(parts)


def entry_time(e: Any, tz: Any) -> str:
    return formats.time(e.at.astimezone(tz))
