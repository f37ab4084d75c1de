"""Today: today's check-in at a glance, the next IVIG course, follow-ups due, the last week."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel, QWidget

from dmtracker.domain import vocab
from dmtracker.ui.format import excerpt, long_date, scale
from dmtracker.ui.pages.base import Page
from dmtracker.ui.table_model import Column
from dmtracker.ui.widgets import Card, RecordTable


class TodayPage(Page):
    title = "Today"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_label = QLabel()
        self.date_label.setObjectName("subtitle")
        self.layout_.addWidget(self.date_label)

        self.checkin_card = Card("Today's check-in")
        self.checkin_text = QLabel()
        self.checkin_text.setWordWrap(True)
        self.checkin_card.body.addWidget(self.checkin_text)
        self.layout_.addWidget(self.checkin_card)

        self.ivig_card = Card("IVIG")
        self.ivig_text = QLabel()
        self.ivig_text.setWordWrap(True)
        self.ivig_card.body.addWidget(self.ivig_text)
        self.layout_.addWidget(self.ivig_card)

        week = Card("The last 7 days")
        cols = [Column("Date", lambda r: r.day)]
        cols += [
            Column(
                label,
                lambda r, k=k: getattr(r, k),
                lambda r, k=k: scale(getattr(r, k)),
                numeric=True,
            )
            for k, label in vocab.DAILY_SCALES.items()
        ]
        cols.append(Column("Notes", lambda r: excerpt(r.notes)))
        self.week_table = RecordTable(cols, "Check-ins of the last 7 days")
        self.week_table.setMinimumHeight(260)
        week.body.addWidget(self.week_table)
        self.layout_.addWidget(week)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        today = s.clock.today()
        self.date_label.setText(long_date(today))
        row = s.checkins.for_day(today)
        if row is None:
            last = s.checkins.latest_before(today)
            since = f" The last check-in was on {long_date(last.day)}." if last else ""
            self.checkin_text.setText(f"Not logged yet today.{since}")
        else:
            parts = [
                f"{label}: {scale(getattr(row, k))}" for k, label in vocab.DAILY_SCALES.items()
            ]
            saved = s.clock.local(row.updated_at).strftime("%H:%M")
            self.checkin_text.setText("Logged (saved at " + saved + "). " + " · ".join(parts))

        courses = s.courses.list(newest_first=True, limit=1)
        lines = []
        if courses:
            c = courses[0]
            due = c.planned_start + timedelta(weeks=c.interval_weeks)
            days = (due - today).days
            when = "today" if days == 0 else f"in {days} days" if days > 0 else f"{-days} days ago"
            lines.append(
                f"Last course started {long_date(c.planned_start)} "
                f"({c.g_per_kg} g/kg over {c.days_planned} days)."
            )
            lines.append(f"Next course due {long_date(due)} ({when}).")
        else:
            lines.append("No IVIG course recorded yet.")
        for day, offset in s.follow_ups.due(today):
            lines.append(
                f"Follow-up due: day {offset} after infusion day {day.day_number} "
                f"on {long_date(day.day)}."
            )
        self.ivig_text.setText("\n".join(lines))
        self.week_table.set_rows(s.checkins.list(start=today - timedelta(days=6), end=today))
