"""The Reports page's clinic report card: period, paper, questions, appendix, and the report
made in three steps through the task runner: the data for the charts (a worker), the charts
(GUI thread: they are pyqtgraph widgets), then the report data and the PDF (a worker, with
progress and Cancel). The PDF is written into a staged folder and moved into place only when
it is complete, then opened.

The report may be in another language than the window (a clinic abroad): the card's "Report
language" is entered with ``i18n.speaking(code)`` on each thread that makes the report's words
(the worker that writes the PDF, and the GUI thread around each step that draws the charts),
never for the window itself."""

from __future__ import annotations

import threading
from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
)

from dmtracker import i18n
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import localize, translate
from dmtracker.services.report_data import PRESETS
from dmtracker.ui.kit.flow import flow
from dmtracker.ui.kit.inputs import DateInput
from dmtracker.ui.kit.layout import compact
from dmtracker.ui.kit.progress import ProgressDialog
from dmtracker.ui.kit.tasks import (
    Control,
    StagedOutput,
    Task,
    TaskCancelled,
    TaskHandle,
    one_line,
)
from dmtracker.ui.kit.values import qdate
from dmtracker.ui.kit.widgets import Card, WrapCheckBox
from dmtracker.ui.reports.common import ReportsBase, not_written

Steps = Generator[None, None, None]  # the charts, drawn a step per next()


def _title() -> str:
    return translate("ClinicReportCard", "Clinic report")


def _not_written() -> str:
    return translate("ClinicReportCard", "Clinic report not written")


class ClinicReportPart(ReportsBase):
    """The clinic report card (built by :meth:`_build_report_card`)."""

    report_builder: Any
    report_worker: TaskHandle | None  # the step running now
    report_progress: ProgressDialog | None

    def _build_report_card(self) -> None:
        self.report_builder = None
        self.report_worker = None
        self.report_progress = None
        self.report_card = Card(_title())
        note = QLabel(
            translate(
                "ClinicReportCard",
                "A PDF for your next clinic visit: a one-page summary, your charts, tables of "
                "infusions, side effects, labs and visits, and your questions. It opens when "
                "ready.",
            )
        )
        note.setWordWrap(True)
        self.report_card.body.addWidget(note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.report_preset = compact(QComboBox())
        self.report_preset.setAccessibleName(translate("ClinicReportCard", "Report period"))
        for key, label in PRESETS.items():
            self.report_preset.addItem(i18n.vocabulary(label), key)
        self.report_preset.setCurrentIndex(list(PRESETS).index("12w"))
        self.report_from = DateInput(translate("ClinicReportCard", "Report period: from"))
        self.report_to = DateInput(translate("ClinicReportCard", "Report period: to"))
        # the two dates wrap under each other when the page is narrow
        dates = flow(
            self.report_from,
            QLabel(translate("ClinicReportCard", "to", "from one date to another")),
            self.report_to,
        )
        self.report_paper = QComboBox()
        self.report_paper.setAccessibleName(translate("ClinicReportCard", "Paper size"))
        for paper in ("A4", "Letter"):  # the data stays the paper's name (the report's key)
            self.report_paper.addItem(
                translate("ClinicReportCard", "Letter", "the US paper size")
                if paper == "Letter"
                else paper,
                paper,
            )
        self.report_language = compact(QComboBox())
        self.report_language.setAccessibleName(translate("ClinicReportCard", "Report language"))
        self.report_language.addItem(translate("ClinicReportCard", "Same as the app"), None)
        for code, name in i18n.LANGUAGES.items():  # each language named in its own words
            self.report_language.addItem(name, code)
        self.report_language.setToolTip(
            translate(
                "ClinicReportCard",
                "The language of the PDF, for a clinic that reads another language. The app "
                "itself stays in its language.",
            )
        )
        self.report_questions = QPlainTextEdit()
        self.report_questions.setAccessibleName(
            translate("ClinicReportCard", "My questions for the visit")
        )
        self.report_questions.setPlaceholderText(
            translate("ClinicReportCard", "Questions you want to ask at the visit")
        )
        self.report_questions.setTabChangesFocus(True)
        self.report_questions.setFixedHeight(72)
        self.report_appendix = WrapCheckBox(
            translate("ClinicReportCard", "Add an appen&dix: the daily log and rash photos")
        )
        self.report_sites = QListWidget()
        self.report_sites.setAccessibleName(
            translate("ClinicReportCard", "Rash sites whose photos go in the appendix")
        )
        self.report_sites.setFixedHeight(96)
        for key, label in vocab.RASH_SITES.items():
            item = QListWidgetItem(i18n.vocabulary(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.report_sites.addItem(item)
        form.addRow(translate("ClinicReportCard", "Pe&riod:"), self.report_preset)
        form.addRow(translate("ClinicReportCard", "Dates:"), dates)
        form.addRow(translate("ClinicReportCard", "Pa&per:"), self.report_paper)
        form.addRow(translate("ClinicReportCard", "Report l&anguage:"), self.report_language)
        form.addRow(translate("ClinicReportCard", "&Questions:"), self.report_questions)
        form.addRow("", self.report_appendix)
        form.addRow(translate("ClinicReportCard", "Photos of:"), self.report_sites)
        self.report_card.body.addLayout(form)
        row = QHBoxLayout()
        self.report_button = QPushButton(
            translate("ClinicReportCard", "Cr&eate the clinic report…")
        )
        self.report_button.setAccessibleName(
            translate("ClinicReportCard", "Create the clinic report PDF")
        )
        row.addWidget(self.report_button)
        row.addStretch(1)
        self.report_card.body.addLayout(row)
        self.report_card.setVisible(False)
        self.layout_.addWidget(self.report_card)
        self.report_preset.currentIndexChanged.connect(self._preset_changed)
        self.report_appendix.toggled.connect(self.report_sites.setEnabled)
        self.report_button.clicked.connect(self.create_report)
        self.report_sites.setEnabled(False)

    def _preset_changed(self) -> None:
        if self.services is None:
            return
        custom = self.report_preset.currentData() == "custom"
        self.report_from.setEnabled(custom)
        self.report_to.setEnabled(custom)
        if not custom:
            try:
                period = self.services.report.period(self.report_preset.currentData())
            except ValidationError:
                return
            self.report_from.setDate(qdate(period.start))
            self.report_to.setDate(qdate(period.end))

    def _refresh_report_dates(self) -> None:
        today = qdate(self.svc.clock.today())
        self.report_from.setMaximumDate(today)
        self.report_to.setMaximumDate(today)
        self._preset_changed()

    def set_report_builder(self, builder: Any) -> None:
        """``builder`` is ``dmtracker.reports.clinic.report`` (write_clinic_report,
        ReportCancelled, suggested_report_name), given by the composition root."""
        self.report_builder = builder
        self.report_card.setVisible(True)

    def _open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- making the report ----------------------------------------------------------------------
    def create_report(self) -> None:
        """The data for the charts in a worker, the charts here, the report data and the PDF
        in a worker; opened when done. One progress dialog for the three steps."""
        if self.report_builder is None or self.services is None or self.report_worker:
            return
        try:
            period = self.services.report.period(
                self.report_preset.currentData(),
                self.report_from.value(),
                self.report_to.value(),
            )
        except ValidationError as exc:
            self._warn(_title(), f"{exc.field}: {localize(exc.reason)}")
            return
        name = self.report_builder.suggested_report_name(period.start, period.end)
        dest = self._save_target(
            translate("ClinicReportCard", "Save the clinic report"),
            name,
            translate("ClinicReportCard", "PDF (*.pdf)"),
            ".pdf",
        )
        if dest is None:
            return
        staged = self._staged(dest, _not_written())
        if staged is None:
            return
        appendix = self.report_appendix.isChecked()
        sites = tuple(
            self.report_sites.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.report_sites.count())
            if self.report_sites.item(i).checkState() == Qt.CheckState.Checked
        )
        job = {
            "period": period,
            "questions": self.report_questions.toPlainText(),
            "dest": dest,
            "paper": self.report_paper.currentData(),
            "language": self.report_language.currentData(),
            "appendix": appendix,
            "photo_sites": sites if appendix else (),
        }
        gathering = translate("ClinicReportCard", "Gathering the data…")
        self.report_progress = ProgressDialog(self, _title(), gathering)
        self.report_progress.show()
        services = self.services
        chained = []

        def work(control: Control) -> Any:
            control.progress(2, gathering)
            trend = services.series.trend_data()
            control.check()
            return trend, services.scores.report()

        def done(found: Any) -> None:
            chained.append(self._draw_then_write(job, staged, *found))

        task = Task(
            _title(),
            gathering,
            work,
            cancel="drop",
            done=done,
            failed=self._report_failed,
            cancelled=self._report_finished,
            ended=lambda: None if chained and chained[0] else staged.drop(),
        )
        self.report_worker = self.tasks.start(task, dialog=self.report_progress)

    def _draw_then_write(
        self, job: dict[str, Any], staged: StagedOutput, trend: Any, tis: Any
    ) -> bool:
        """The charts (GUI thread, one step per event-loop turn so the window never stalls
        for long), then the PDF in a worker; False when it stops here. The worker starts at
        once and waits for the charts, so the task (its progress, its Cancel) covers them."""
        services, builder = self.services, self.report_builder
        if self.report_progress is None or services is None:
            return False
        self.report_progress.set_progress(8, translate("ClinicReportCard", "Drawing the charts"))
        from dmtracker.ui.charts.report_charts import report_chart_steps  # when first used

        language = job["language"]
        charts = _Charts(language)
        with i18n.speaking(language):  # (the generator's first words may be made here)
            steps = report_chart_steps(services, job["period"], trend, tis, charts.images)
        writing = translate("ClinicReportCard", "Writing the report…")
        same = language is None or i18n.language(language) is i18n.current()

        def work(control: Control) -> Any:
            charts.wait(control)

            # the progress dialog speaks the window's language; the report its own
            def progress(percent: int, text: str) -> None:
                control.progress(percent, text if same else writing)

            with i18n.speaking(language):  # this worker thread's words: the report's language
                data = services.report.gather(
                    job["period"],
                    questions=job["questions"],
                    trend=trend,
                    tis=tis,
                    appendix=job["appendix"],
                    photo_sites=job["photo_sites"],
                )
                control.check()
                try:
                    return builder.write_clinic_report(
                        data,
                        charts.images,
                        staged.path,
                        paper=job["paper"],
                        appendix=job["appendix"],
                        overwrite=True,
                        progress=progress,
                        cancelled=lambda: control.cancelled,
                    )
                except builder.ReportCancelled as exc:
                    raise TaskCancelled() from exc

        def done(result: Any) -> None:
            self._report_finished()
            written = self._written(staged, result, _not_written())
            if written is not None:
                self.last_report = written
                self._open_file(written.path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError) and exc is not charts.error:
                self._report_failed_reason(not_written(job["dest"], exc))
            else:
                self._report_failed(exc)

        task = Task(
            _title(),
            writing,
            work,
            cancel="drop",
            done=done,
            failed=failed,
            cancelled=self._report_finished,
            ended=staged.drop,
        )
        if self.tasks.synchronous:  # the task ends inside start(): the charts come first
            charts.draw_all(steps)
        self.report_worker = self.tasks.start(task, dialog=self.report_progress)
        charts.draw_in_turns(steps, self.report_worker, self)
        return True

    def _report_finished(self) -> None:
        self.report_worker = None
        if self.report_progress is not None:
            self.report_progress.finish()
        self.report_progress = None

    def _report_failed(self, exc: BaseException) -> None:
        self._report_failed_reason(one_line(exc))

    def _report_failed_reason(self, reason: str) -> None:
        self._report_finished()
        self._warn(_not_written(), reason)


class _Charts:
    """The report's charts handed from the GUI thread (drawing them step by step) to the worker
    that writes the PDF: the images, then ``ready`` (with ``error`` when drawing failed).
    Each step draws in the report's ``language`` (None: the window's)."""

    def __init__(self, language: str | None = None) -> None:
        self.images: dict[str, Any] = {}
        self.error: BaseException | None = None
        self.ready = threading.Event()
        self.language = language

    def step(self, steps: Steps) -> bool:
        """One step; False when the charts are done (or failed: the worker says so)."""
        try:
            with i18n.speaking(self.language):  # the GUI thread, for this step only
                next(steps)
        except StopIteration:
            self.end(None)
            return False
        except Exception as exc:  # said in one line by the task; the rest is in the log
            self.end(exc)
            return False
        return True

    def draw_all(self, steps: Steps) -> None:
        while self.step(steps):
            pass

    def draw_in_turns(self, steps: Steps, handle: TaskHandle, context: QObject) -> None:
        """One step per turn of the event loop until done, or until ``handle`` (the worker
        waiting for the charts) was cancelled or has ended."""

        def step() -> None:
            if handle.control.cancelled or not handle.running:
                steps.close()  # the worker has stopped (or will at its next check)
                self.end(None)
            elif self.step(steps):
                # 1 ms, not 0: a 0 ms single shot is a posted event, run before the timers
                # and input already due, so two steps could still run back to back
                QTimer.singleShot(1, context, step)

        if not self.ready.is_set():
            QTimer.singleShot(1, context, step)

    def wait(self, control: Control) -> None:
        """In the worker: until the charts are drawn (or Cancel); their failure raised here."""
        while not self.ready.wait(0.05):
            control.check()
        if self.error is not None:
            raise self.error
        control.check()

    def end(self, error: BaseException | None) -> None:
        self.error = error
        self.ready.set()
