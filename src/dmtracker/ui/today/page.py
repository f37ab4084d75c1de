"""Today: the daily check-in form (keyboard first), today's self-tests and rash, IVIG status.

A typical day — four scales, one chair-stand test, two rash sites — takes about 20 keys:
``5 Tab 3 Tab 2 Tab 4 Ctrl+S`` · ``Ctrl+T Enter Space … 1 2 Enter`` · ``Ctrl+R Alt+Y 2 Alt+K 2
Ctrl+S`` (see benchmarks/bench_today.py).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dmtracker.domain import rash as rash_rules
from dmtracker.domain import settings as settings_rules
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate, vocabulary
from dmtracker.ui.kit.errors import StatusLabel, clear_invalid, show_errors
from dmtracker.ui.kit.inputs import DateInput, ScaleInput
from dmtracker.ui.kit.page import Page
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column
from dmtracker.ui.kit.widgets import Card, RecordTable
from dmtracker.ui.today.columns import Columns
from dmtracker.ui.today.entries_card import EntriesCard
from dmtracker.ui.today.follow_up_card import FollowUpCard
from dmtracker.ui.today.words import domain_text

DRAFT_KEY = settings_rules.TODAY_DRAFT


def parent_scale_words() -> dict[str, str]:
    """The daily scales as a parent answers them for a child (a juvenile profile)."""
    return {
        "patient_global": translate("TodayPage", "How active my child's disease feels"),
        "fatigue": translate("TodayPage", "My child's fatigue"),
        "pain": translate("TodayPage", "My child's pain"),
        "itch": translate("TodayPage", "My child's worst itch"),
    }


DRAFT_DELAY_MS = 800


def scale_words() -> dict[int, str]:
    """The words under 0, 5 and 10 of a daily scale."""
    return {
        0: translate("TodayPage", "none", "0 on a 0–10 scale"),
        5: translate("TodayPage", "moderate", "5 on a 0–10 scale"),
        10: translate("TodayPage", "worst imaginable", "10 on a 0–10 scale"),
    }


def draft_notice() -> str:
    return translate(
        "TodayPage",
        "Not saved yet: the form shows what you typed before the app closed. Press Ctrl+S to "
        "save it, or change the day to leave it.",
    )


def first_day_hint() -> str:
    return translate(
        "TodayPage",
        "Not logged yet. Start here: type a number from 0 to 10 for each line (Tab moves to "
        "the next), then press Ctrl+S to save. It takes under a minute.",
    )


log = logging.getLogger(__name__)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class TodayPage(Page):
    title = "Today"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.day: date | None = None
        self.loaded_id: int | None = None
        self._dialog: QDialog | None = None

        # -- which day -------------------------------------------------------------------------
        self.day_label = QLabel()
        self.day_label.setObjectName("subtitle")
        self.day_label.setWordWrap(True)
        self.layout_.addWidget(self.day_label)
        top = QHBoxLayout()
        self.date_edit = DateInput(translate("TodayPage", "Day to log"))
        self.date_edit.setToolTip(
            translate("TodayPage", "Log a past day (Ctrl+Page Up / Ctrl+Page Down)")
        )
        pick = QLabel(translate("TodayPage", "&Day:"))
        pick.setBuddy(self.date_edit)
        self.today_button = QPushButton(translate("TodayPage", "Back to t&oday"))
        top.addWidget(pick)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        self.layout_.addLayout(top)

        # -- what needs attention first: the reminder, a draft not saved, the follow-up ----------
        self.reminder = QLabel()
        self.reminder.setObjectName("banner")
        self.reminder.setWordWrap(True)
        self.reminder.setVisible(False)
        self.layout_.addWidget(self.reminder)
        self.draft_notice = QLabel(draft_notice())
        self.draft_notice.setObjectName("banner")
        self.draft_notice.setProperty("warning", True)
        self.draft_notice.setWordWrap(True)
        self.draft_notice.setVisible(False)
        self.layout_.addWidget(self.draft_notice)
        self.follow_up_card = FollowUpCard()  # shown for 3 days after each infusion day
        self.follow_up_card.setProperty("attention", True)  # framed in the highlight colour
        self.follow_up_card.saved.connect(self.changed.emit)
        self.layout_.addWidget(self.follow_up_card)

        # -- the check-in: how you are (left) and everyday tasks (right; below when narrow) ----
        self.columns = Columns()
        self.layout_.addWidget(self.columns)
        card = Card(translate("TodayPage", "How are you today?"))
        self.scales_card = card
        # a juvenile profile: who answers (the child or a parent; remembered)
        self.answered_by_row = QWidget()
        by_row = QHBoxLayout(self.answered_by_row)
        by_row.setContentsMargins(0, 0, 0, 0)
        by_label = QLabel(translate("TodayPage", "Ans&wered by:"))
        self.answered_by = QComboBox()
        self.answered_by.addItem(translate("TodayPage", "the child"), "child")
        self.answered_by.addItem(translate("TodayPage", "a parent"), "parent")
        self.answered_by.setAccessibleName(translate("TodayPage", "Answered by"))
        by_label.setBuddy(self.answered_by)
        by_row.addWidget(by_label)
        by_row.addWidget(self.answered_by)
        by_row.addStretch(1)
        self.answered_by_row.setVisible(False)
        self.answered_by.currentIndexChanged.connect(lambda _i: self._word_scales())
        self.juvenile = False
        card.body.addWidget(self.answered_by_row)
        intro = QLabel(
            translate(
                "TodayPage",
                "0 = none, 10 = worst imaginable. Type a number, or use the arrow keys.",
            )
        )
        intro.setWordWrap(True)
        card.body.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self.inputs: dict[str, ScaleInput] = {}
        self.captions: dict[str, QLabel] = {}
        for r, (key, label) in enumerate(vocab.DAILY_SCALES.items()):
            self._add_input(grid, r, key, label, 10, scale_words())
        card.body.addLayout(grid)
        card.body.addStretch(1)
        self.columns.left.addWidget(card)

        fcard = Card(translate("TodayPage", "Everyday tasks (over the last day)"))
        fgrid = QGridLayout()
        fgrid.setColumnStretch(1, 1)
        fgrid.setVerticalSpacing(4)
        for r, (key, label) in enumerate(vocab.FUNCTION_ITEMS.items()):
            levels = {n: vocabulary(w) for n, w in vocab.function_levels(key).items()}
            self._add_input(fgrid, r, key, label, 3, levels)
        fcard.body.addLayout(fgrid)
        fcard.body.addStretch(1)
        self.columns.right.addWidget(fcard)

        notes_label = QLabel(translate("TodayPage", "&Notes (Ctrl+Enter saves)"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(translate("TodayPage", "Notes"))
        self.notes.setFixedHeight(64)
        notes_label.setBuddy(self.notes)
        self.layout_.addWidget(notes_label)
        self.layout_.addWidget(self.notes)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(translate("TodayPage", "&Save check-in (Ctrl+S)"))
        writes(self.save_button)
        self.save_button.setObjectName("primary")
        self.status = StatusLabel()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        self.layout_.addLayout(save_row)

        # -- entries during the day ("how are you now?", several a day) ------------------------
        self.entries_card = EntriesCard()
        self.entries_card.changed.connect(self.changed.emit)
        self.layout_.addWidget(self.entries_card)

        # -- self-tests (left) and rash and IVIG (right) of the day ----------------------------
        self.more_columns = Columns()
        self.layout_.addWidget(self.more_columns)
        tcard = Card(translate("TodayPage", "Self-tests"))
        self.tests_table = RecordTable(
            [
                Column(translate("TodayPage", "Test"), lambda t: _test_name(t)),
                Column(
                    translate("TodayPage", "Result"),
                    lambda t: t.value,
                    lambda t: _test_value(t),
                    numeric=True,
                ),
                Column(
                    translate("TodayPage", "Side"),
                    lambda t: vocabulary(vocab.SIDES.get(t.side, t.side)),
                ),
                Column(
                    translate("TodayPage", "Where", "where the self-test was done"),
                    lambda t: vocabulary(vocab.SETTINGS.get(t.setting, t.setting)),
                ),
                Column(translate("TodayPage", "Exertion"), lambda t: t.exertion, numeric=True),
            ],
            translate("TodayPage", "Self-tests of the day"),
        )
        self.tests_table.setMinimumHeight(120)
        self.test_button = QPushButton(translate("TodayPage", "Add a self-&test (Ctrl+T)"))
        writes(self.test_button)
        tcard.body.addWidget(self.tests_table)
        tcard.body.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.more_columns.left.addWidget(tcard)

        rcard = Card(translate("TodayPage", "Rash"))
        self.rash_text = QLabel()
        self.rash_text.setWordWrap(True)
        self.rash_button = QPushButton(translate("TodayPage", "Log &rash (Ctrl+R)"))
        writes(self.rash_button)
        rcard.body.addWidget(self.rash_text)
        rcard.body.addWidget(self.rash_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.more_columns.right.addWidget(rcard)

        self.ivig_card = Card("IVIG")
        self.ivig_text = QLabel()
        self.ivig_text.setWordWrap(True)
        self.ivig_card.body.addWidget(self.ivig_text)
        self.more_columns.right.addWidget(self.ivig_card)
        self.more_columns.right.addStretch(1)
        self.layout_.addStretch(1)

        # -- keys (active while the page is shown, wherever the focus is in the window) --------
        ctx = Qt.ShortcutContext.WindowShortcut
        for seq, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+T", self.add_self_test),
            ("Ctrl+N", self.entries_card.add),
            ("Ctrl+R", self.log_rash),
            ("Ctrl+PgUp", lambda: self._shift_day(-1)),
            ("Ctrl+PgDown", lambda: self._shift_day(1)),
        ):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(ctx)
            sc.activated.connect(slot)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.add_self_test)
        self.rash_button.clicked.connect(self.log_rash)
        self.today_button.clicked.connect(lambda: self.load_day(self.svc.clock.today()))
        self.date_edit.dateChanged.connect(self._date_picked)
        last = list(self.inputs.values())[-1]
        last.submitted.connect(self.save)
        # an unsaved form survives a crash or a power cut: kept as a draft in the database
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self._loading = False
        for w in self.inputs.values():
            w.valueChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    def _add_input(
        self, grid: QGridLayout, r: int, key: str, label: str, top: int, words: dict
    ) -> None:
        label = vocabulary(label)
        widget = ScaleInput(label, top, words)
        text = QLabel(label)
        text.setWordWrap(True)
        text.setBuddy(widget)
        self.captions[key] = text
        grid.addWidget(text, r, 0)
        grid.addWidget(widget, r, 1)
        grid.setColumnMinimumWidth(0, 120)  # the labels wrap rather than push the columns apart
        self.inputs[key] = widget

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.services is None:
            return
        today = self.services.clock.today()
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(today, translate("TodayPage", "today", "the latest day"))
        self.date_edit.blockSignals(False)
        self._set_juvenile(bool(self.services.profile.current().juvenile))
        self.load_day(self.day or today)
        self.update_reminder()
        self.follow_up_card.refresh(self.services)

    def _set_juvenile(self, juvenile: bool) -> None:
        """A juvenile profile asks who answers and words the scales for a parent answering."""
        if juvenile != self.juvenile:
            self.juvenile = juvenile
            self.answered_by_row.setVisible(juvenile)
        self._word_scales()

    def parent_answers(self) -> bool:
        return self.juvenile and self.answered_by.currentData() == "parent"

    def _word_scales(self) -> None:
        """The captions as the person answering reads them: "my child" for a parent."""
        words = parent_scale_words() if self.parent_answers() else {}
        for key, label in vocab.DAILY_SCALES.items():
            self.captions[key].setText(words.get(key) or vocabulary(label))
        self.scales_card.title.setText(
            translate("TodayPage", "How is your child today?")
            if self.parent_answers()
            else translate("TodayPage", "How are you today?")
        )

    def first_input(self) -> ScaleInput:
        return self.inputs["patient_global"]

    def load_day(self, day: date) -> None:
        """Show ``day``: its saved check-in, or the last one carried forward (marked)."""
        s = self.svc
        today = s.clock.today()
        day = min(day, today)
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)
        heading = (
            translate("TodayPage", "{day} (today)")
            if day == today
            else translate("TodayPage", "{day} (a past day)")
        )
        self.day_label.setText(heading.format(day=formats.day_long(day)))
        self.today_button.setEnabled(day != today)
        row = s.checkins.for_day(day)
        carried = row is None
        source = row if row is not None else s.checkins.latest_before(day)
        self.loaded_id = row.id if row else None
        self._loading = True
        for key, widget in self.inputs.items():
            widget.set_value(getattr(source, key) if source else None, carried=carried)
        self.notes.setPlainText(row.notes if row else "")
        if self.juvenile:  # who answered last time answers again, unless changed
            last = source.answered_by if source is not None else ""
            self.answered_by.setCurrentIndex(max(0, self.answered_by.findData(last)))
        draft = s.settings.get(DRAFT_KEY)
        self._loading = False
        self.draft_notice.setVisible(False)
        if draft and draft.get("day") == day.isoformat():
            for key, widget in self.inputs.items():
                if key in draft:
                    widget.set_value(draft[key])
            self.notes.setPlainText(draft.get("notes", ""))
            self.draft_notice.setVisible(True)
            self._status(
                translate(
                    "TodayPage", "Restored what you typed before the app closed (not saved yet)."
                )
            )
        elif row is not None:
            saved = s.clock.local(row.updated_at)
            self._status(
                translate("TodayPage", "✓ Saved at {time} on {day}.").format(
                    time=formats.time(saved), day=formats.day(saved.date())
                )
            )
        elif source is not None:
            self._status(
                translate(
                    "TodayPage",
                    "Not logged yet. Values from {day} are filled in (marked ↻) as a starting "
                    "point: change them or press Ctrl+S to keep them.",
                ).format(day=formats.day_long(source.day))
            )
        else:
            self._status(first_day_hint())
        self.tests_table.set_rows(s.self_tests.list(start=day, end=day), sort_column=None)
        self.entries_card.load(s, day)
        entries = s.rash.list(start=day, end=day)
        if entries:
            site = translate("TodayPage", "{site} (redness {redness})")
            sites = translate("TodayPage", ", ", "between the sites of a list").join(
                site.format(
                    site=e.site_label or vocabulary(vocab.RASH_SITES[e.site]), redness=e.redness
                )
                for e in entries
            )
            score = rash_rules.day_score(entries)
            self.rash_text.setText(
                translate("TodayPage", "{label}: {score}. Sites: {sites}.").format(
                    label=domain_text(rash_rules.LABEL), score=score, sites=sites
                )
            )
        else:
            self.rash_text.setText(translate("TodayPage", "No rash logged for this day."))
        self._refresh_ivig(today)

    def _refresh_ivig(self, today: date) -> None:
        nxt = self.svc.courses.next_due(today)
        lines = []
        if nxt is None:
            lines.append(translate("TodayPage", "No IVIG course recorded yet."))
        else:
            days = nxt.days_until
            ago = -days
            when = (
                translate("TodayPage", "today", "when the next course is due")
                if days == 0
                else translate("TodayPage", "in %n day(s)", None, days)
                if days > 0
                else translate("TodayPage", "%n day(s) ago", None, ago)
            )
            c = nxt.last
            if c is not None:
                days_planned = c.days_planned
                lines.append(
                    translate(
                        "TodayPage",
                        "Last course started {day} ({dose} g/kg over %n day(s)).",
                        None,
                        days_planned,
                    ).format(day=formats.day_long(c.planned_start), dose=formats.number(c.g_per_kg))
                )
            due = (
                translate("TodayPage", "Next course due {day} ({when}, already planned).")
                if nxt.planned is not None
                else translate("TodayPage", "Next course due {day} ({when}).")
            )
            lines.append(due.format(day=formats.day_long(nxt.due), when=when))
        self.ivig_text.setText("\n".join(lines))

    def _date_picked(self, qd: QDate) -> None:
        if self.services is not None:
            self.load_day(date(qd.year(), qd.month(), qd.day()))

    def _shift_day(self, delta: int) -> None:
        if self.day is not None:
            self.load_day(self.day + timedelta(days=delta))

    def _status(self, text: str, error: bool = False) -> None:
        if error:
            self.status.error([], text)
        else:
            self.status.note(text)

    def update_reminder(self, due: bool = False) -> None:
        """Show the reminder banner when asked to and today is still not logged."""
        logged = self.services is not None and self.services.checkins.for_day(
            self.services.clock.today()
        )
        show = bool(due and not logged)
        self.reminder.setText(
            translate("TodayPage", "Reminder: today is not logged yet. It takes under a minute.")
        )
        self.reminder.setVisible(show)

    # -- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {"day": self.day}
        data.update({k: w.value() for k, w in self.inputs.items()})
        data["notes"] = self.notes.toPlainText()
        if self.juvenile:
            data["answered_by"] = self.answered_by.currentData()
        return data

    def save(self) -> bool:
        if self.services is None or self.day is None:
            return False
        try:
            change = self.services.checkins.save_day(self.values())
        except ValidationError as exc:
            labels = {
                k: vocabulary(v) for k, v in {**vocab.DAILY_SCALES, **vocab.FUNCTION_ITEMS}.items()
            }
            show_errors(exc, self.status, {**self.inputs, "notes": self.notes}, labels)
            return False
        clear_invalid([*self.inputs.values(), self.notes])
        for w in self.inputs.values():
            w.confirm()
        self.draft_timer.stop()
        self.services.settings.set(DRAFT_KEY, None)
        self.draft_notice.setVisible(False)
        now = self.services.clock.local(self.services.clock.now())
        self._status(
            translate("TodayPage", "✓ Saved at {time} for {day}.").format(
                time=formats.time(now), day=formats.day_long(self.day)
            )
        )
        self.update_reminder()
        self.changed.emit(change)
        return True

    # -- draft -----------------------------------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        if not self._loading and self.services is not None and self.day is not None:
            self.draft_timer.start()

    def save_draft(self) -> None:
        """Keep the form as typed (not a check-in yet) so nothing is lost if the app dies."""
        if self.services is None or self.day is None or getattr(self.services, "read_only", False):
            return  # a read-only diary keeps no draft (nothing can be saved)
        data: dict[str, Any] = {k: w.value() for k, w in self.inputs.items()}
        data.update(day=self.day.isoformat(), notes=self.notes.toPlainText())
        try:
            self.services.settings.set(DRAFT_KEY, data)
        except ValidationError as exc:  # e.g. notes beyond the draft's bound: the form is kept
            log.warning("the Today form was not kept as a draft (%s)", exc.field)

    # -- dialogs ---------------------------------------------------------------------------------
    def add_self_test(self) -> None:
        from dmtracker.ui.today.self_test_dialog import SelfTestDialog

        if self.day is None:
            return  # no day loaded yet
        dialog = SelfTestDialog(self.svc, self.day, self)
        dialog.saved.connect(self._after_dialog)
        dialog.finished.connect(lambda _r: self._back_from_dialog(self.test_button))
        dialog.open()
        self._dialog = dialog

    def log_rash(self) -> None:
        from dmtracker.ui.today.rash_dialog import RashDialog

        if self.day is None:
            return  # no day loaded yet
        dialog = RashDialog(self.svc, self.day, self)
        dialog.saved.connect(self._after_dialog)
        dialog.finished.connect(lambda _r: self._back_from_dialog(self.rash_button))
        dialog.open()
        self._dialog = dialog

    def _back_from_dialog(self, button: QPushButton) -> None:
        self.window().activateWindow()
        button.setFocus()

    def _after_dialog(self, change: Any) -> None:
        if self.day is not None:
            self.load_day(self.day)
        self.changed.emit(change)


def _test_name(t: Any) -> str:
    kind = vocab.SELF_TESTS[t.kind]
    return t.custom_name if kind.key == "custom" else domain_text(kind.label)


def _test_value(t: Any) -> str:
    unit = {"count": "", "s": " s", "m": " m", "kg": " kg"}.get(t.unit, f" {t.unit}")
    return f"{formats.number(t.value)}{unit}".strip()
