"""The CMAS part of the clinic visit form (a juvenile profile): the 14 manoeuvres, each a choice
of its levels; the timed ones with a stopwatch (Space starts and stops it) that fills the
seconds and the score; the total shown as it changes (0–52, higher is better); or a total alone,
as a clinic letter gives it.

Scale: the 14-item CMAS of Lovell et al., Arthritis Rheum 1999;42:2213 (IMACS scoring sheet);
see :mod:`dmtracker.domain.cmas`."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import cmas
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import localize, translate
from dmtracker.ui.kit.layout import compact
from dmtracker.ui.kit.values import parse_int


def level_text(score: int, words: str) -> str:
    return translate("CmasSection", "{score} – {words}").format(score=score, words=words)


class Stopwatch(QPushButton):
    """A button that starts and stops a stopwatch (Space or Enter on it, or a click); on stop
    it calls ``stopped`` with the whole seconds held."""

    def __init__(self, item: str, stopped: Callable[[int], None]):
        super().__init__(translate("CmasSection", "Start stopwatch"))
        self.item = item
        self.stopped = stopped
        self.elapsed = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.clicked.connect(self.toggle)
        self.setMinimumHeight(36)

    def running(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        if self.running():
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.elapsed.start()
        self.timer.start()
        self._tick()

    def stop(self, seconds: int | None = None) -> None:
        """Stop; ``seconds`` (tests) replaces the time measured."""
        held = int(self.elapsed.elapsed() // 1000) if seconds is None else seconds
        self.timer.stop()
        self.setText(translate("CmasSection", "Start stopwatch"))
        self.stopped(min(held, cmas.MAX_SECONDS))

    def _tick(self) -> None:
        seconds = int(self.elapsed.elapsed() // 1000)
        self.setText(translate("CmasSection", "Stop ({seconds} s)").format(seconds=seconds))


class CmasSection(QGroupBox):
    """The CMAS inputs. ``register(key, label, widget)`` is the form's field registration (for
    error messages); ``changed`` is called when the total may have changed."""

    def __init__(self, register: Callable[[str, str, QWidget], Any]):
        super().__init__(
            translate("CmasSection", "CMAS (Childhood Myositis Assessment Scale, 0–52)")
        )
        lay = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CmasSection",
                "Higher is better. Choose the level of each manoeuvre (type its number or use "
                "the arrow keys); for a timed one, the stopwatch button (Space) starts and "
                "stops the time and fills in the seconds and the score.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.items: dict[str, QComboBox] = {}
        self.seconds: dict[str, QLineEdit] = {}
        self.watches: dict[str, Stopwatch] = {}
        row = 0
        for item in cmas.ITEMS:
            name = localize(item.name)
            label = QLabel(name)
            label.setWordWrap(True)
            combo = compact(QComboBox(), 14)  # long level words: the popup shows them whole
            combo.addItem(translate("CmasSection", "not scored"), None)
            for score, words in enumerate(item.levels):
                combo.addItem(level_text(score, localize(words)), score)
            register(f"cmas_{item.key}", name, combo)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.items[item.key] = combo
            grid.addWidget(label, row, 0)
            row += 1
            grid.addWidget(combo, row, 0)
            if item.timed:
                timed = QWidget()
                timed_row = QHBoxLayout(timed)
                timed_row.setContentsMargins(0, 0, 0, 0)
                seconds = QLineEdit()
                seconds.setMaximumWidth(90)
                seconds_label = translate("CmasSection", "{item}: seconds held").format(item=name)
                register(f"cmas_{item.key}_seconds", seconds_label, seconds)
                seconds.textEdited.connect(lambda _t, k=item.key: self._seconds_typed(k))
                watch = Stopwatch(item.key, partial(self.set_seconds, item.key))
                watch.setAccessibleName(
                    translate("CmasSection", "Stopwatch for {item}").format(item=name)
                )
                timed_row.addWidget(QLabel(translate("CmasSection", "seconds")))
                timed_row.addWidget(seconds)
                timed_row.addWidget(watch)
                timed_row.addStretch(1)
                self.seconds[item.key] = seconds
                self.watches[item.key] = watch
                row += 1  # under the levels, so the form stays narrow
                grid.addWidget(timed, row, 0)
            row += 1
        grid.setColumnStretch(0, 1)
        lay.addLayout(grid)
        total_label = translate(
            "CmasSection", "CMAS total, only if the letter gives no item scores (0–52)"
        )
        self.total = QLineEdit()
        self.total.setMaximumWidth(120)
        register("cmas_total", total_label, self.total)
        total_row = QHBoxLayout()
        caption = QLabel(translate("CmasSection", "CMAS total (&when no item scores)"))
        caption.setWordWrap(True)
        caption.setBuddy(self.total)
        total_row.addWidget(caption, 1)
        total_row.addWidget(self.total)
        lay.addLayout(total_row)
        self.total.textChanged.connect(lambda _t: self._update())
        self.total_text = QLabel()
        self.total_text.setWordWrap(True)
        self.total_text.setObjectName("h2")
        self.total_text.setAccessibleName(translate("CmasSection", "CMAS total"))
        lay.addWidget(self.total_text)
        self._update()

    # -- values -----------------------------------------------------------------------------
    def set_score(self, key: str, score: int | None) -> None:
        combo = self.items[key]
        combo.setCurrentIndex(0 if score is None else combo.findData(score))

    def score(self, key: str) -> int | None:
        data = self.items[key].currentData()
        return None if data is None else int(data)

    def set_seconds(self, key: str, seconds: int) -> None:
        self.seconds[key].setText(str(seconds))
        self.set_score(key, cmas.score_for_seconds(key, seconds))

    def _seconds_typed(self, key: str) -> None:
        seconds = parse_int(self.seconds[key].text())
        if seconds is not None and 0 <= seconds <= cmas.MAX_SECONDS:
            self.set_score(key, cmas.score_for_seconds(key, seconds))

    def item_scores(self) -> dict[str, int]:
        return {k: s for k in self.items if (s := self.score(k)) is not None}

    def computed_total(self) -> int | None:
        scores = self.item_scores()
        return sum(scores.values()) if len(scores) == len(cmas.ITEMS) else None

    def load(self, items: dict[str, int] | None, total: int | None) -> None:
        for key, score in (items or {}).items():
            if key in self.items:
                self.set_score(key, int(score))
        if total is not None and len(items or {}) != len(cmas.ITEMS):
            self.total.setText(str(total))

    def values(self) -> dict[str, Any]:
        items = self.item_scores()
        typed = self.total.text().strip()
        for key, edit in self.seconds.items():
            text = edit.text().strip()
            if text and (parse_int(text) is None or not 0 <= int(text) <= cmas.MAX_SECONDS):
                raise ValidationError(
                    f"cmas_{key}_seconds",
                    translate("CmasSection", "must be whole seconds from 0 to {top}").format(
                        top=cmas.MAX_SECONDS
                    ),
                )
        return {
            "cmas_items": items,
            "cmas_total": self.computed_total() if len(items) == len(cmas.ITEMS) else typed,
        }

    def _update(self) -> None:
        scores = self.item_scores()
        computed = self.computed_total()
        if computed is not None:
            text = translate(
                "CmasSection", "CMAS {total} of 52 (computed by the app from the 14 items)"
            ).format(total=computed)
        elif scores:
            text = translate(
                "CmasSection", "CMAS: {scored} of 14 items scored so far ({points} points)"
            ).format(scored=len(scores), points=sum(scores.values()))
        elif self.total.text().strip():
            text = translate("CmasSection", "CMAS as given in the letter: {total} of 52").format(
                total=self.total.text().strip()
            )
        else:
            text = translate("CmasSection", "CMAS: not entered")
        self.total_text.setText(text)
