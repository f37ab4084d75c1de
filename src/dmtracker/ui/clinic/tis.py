"""The TIS tab: baseline choice, TIS over time (chart), one row per later visit, and the six
measures of the selected visit with their percent change and points. Every score is labelled as
computed by the app; a partial TIS never shows a category."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import tis
from dmtracker.i18n import formats, localize, translate
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.table_model import Column, number_column
from dmtracker.ui.kit.widgets import RecordTable, heading

if TYPE_CHECKING:  # the services (and the database layer) load after the window is shown
    from dmtracker.services.app_services import Services
    from dmtracker.services.scores import TisLine, TisReport, TisRow

from dmtracker.ui.clinic.tis_chart import TisChart
from dmtracker.ui.clinic.tis_words import category_word, measure_name, shown, tis_text


def short_names() -> dict[str, str]:
    """The measures' short names (the column headers)."""
    return {
        "physician_global": "PhGA",
        "patient_global": "PtGA",
        "mmt8": "MMT-8",
        "haq": "HAQ-DI",
        "enzyme": translate("TisPanel", "Enzyme", "short column header: muscle enzyme"),
        "extramuscular": translate(
            "TisPanel", "Extramusc.", "short column header: extramuscular activity"
        ),
    }


def intro_text() -> str:
    return translate(
        "TisPanel",
        "The Total Improvement Score (TIS, 2016 ACR/EULAR criteria) compares six core set "
        "measures at each later clinic visit with a baseline visit and gives 0–100 points: 20 or "
        "more is minimal, 40 or more moderate, 60 or more major improvement. With fewer than six "
        "measures the app shows a partial TIS and no category. All scores on this page are "
        "computed by the app from the values entered; they inform and do not replace your care "
        "team's judgement.",
    )


def juvenile_intro_text() -> str:
    return translate(
        "TisPanel",
        "Juvenile TIS (2016 ACR/EULAR juvenile criteria): ≥ 30 minimal, ≥ 45 moderate, ≥ 70 "
        "major improvement. The six core set measures are compared at each later clinic visit "
        "with a baseline visit: the physician global, the parent global (standing in for the "
        "patient global), the CMAS (or MMT-8), the CHAQ, a muscle enzyme and the "
        "extramuscular activity. All scores on this page are computed by the app from the "
        "values entered; they inform and do not replace your care team's judgement.",
    )


def points_text(row: TisRow, measure: str) -> str:
    if row.result is None:
        return "–"
    points = row.points(measure)
    return translate("TisPanel", "missing") if points is None else formats.number(points)


def measure_column(measure: str) -> Column:
    """The column of the points of ``measure`` in each row."""
    return Column(
        short_names()[measure],
        lambda r: r.points(measure),
        lambda r: points_text(r, measure),
        numeric=True,
        tooltip=translate("TisPanel", "Points for {measure}").format(measure=measure_name(measure)),
    )


def with_origin(value: str, origin: str) -> str:
    """A value with its source on the next line (empty for the total line)."""
    if not value and not origin:
        return ""
    return f"{value}\n{origin}" if origin else value


def category_short(row: TisRow) -> str:
    """One word for a full TIS; a partial TIS or a refused one never gets a category."""
    if row.result is None:
        return translate("TisPanel", "not scored (see below)")
    if row.result.category is None:
        return translate("TisPanel", "no category (partial)")
    return category_word(row.result.category)


def fit_height(table: RecordTable, max_rows: int = 12) -> None:
    """Size ``table`` to its rows (up to ``max_rows``; it scrolls beyond)."""
    table.resizeRowsToContents()
    header = table.horizontalHeader().sizeHint().height()
    rows = table.model().rowCount()
    heights = [
        table.rowHeight(r) or table.verticalHeader().defaultSectionSize() for r in range(rows)
    ]
    shown = sum(heights[:max_rows]) if heights else table.verticalHeader().defaultSectionSize()
    bar = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(header + shown + bar + 2 * table.frameWidth() + 4)


def percent_text(percent: Any) -> str:
    from dmtracker.services.scores import percent_text as text

    return localize(text(percent))


def total_line(row: TisRow) -> TisLine:
    """The last line of the detail table: the total and the category (or why there is none)."""
    from dmtracker.services.scores import TisLine

    full = translate("TisPanel", "TIS (computed by the app)")
    if row.result is None:
        return TisLine("total", full, "", "", "", "", None, None, row.error)
    label = translate("TisPanel", "Partial TIS (computed by the app)") if row.partial else full
    return TisLine("total", label, "", "", "", "", None, row.result.total, row.category_text())


class TisPanel(QWidget):
    """Everything on the TIS tab. ``baseline_changed`` carries the Change of the saved choice."""

    baseline_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.report: TisReport | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 8)
        lay.setSpacing(10)
        self.intro = intro = QLabel(intro_text())
        intro.setWordWrap(True)
        lay.addWidget(intro)

        row = QHBoxLayout()
        base_label = QLabel(translate("TisPanel", "&Baseline visit:"))
        self.baseline = QComboBox()
        self.baseline.setAccessibleName(translate("TisPanel", "Baseline visit"))
        self.baseline.setMinimumWidth(260)
        base_label.setBuddy(self.baseline)
        self.default_button = QPushButton(translate("TisPanel", "Use the &default baseline"))
        writes(self.default_button)
        self.default_button.clicked.connect(self.use_default)
        row.addWidget(base_label)
        row.addWidget(self.baseline, 1)
        lay.addLayout(row)
        button_row = QHBoxLayout()
        button_row.addWidget(self.default_button)
        button_row.addStretch(1)
        lay.addLayout(button_row)
        self.baseline_text = QLabel()
        self.baseline_text.setWordWrap(True)
        self.baseline_text.setAccessibleName(translate("TisPanel", "About the baseline"))
        lay.addWidget(self.baseline_text)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("tisWarning")
        self.warning.setAccessibleName(translate("TisPanel", "Deterioration check"))
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.warning)

        self.chart = TisChart()
        self.chart.point_clicked.connect(self.select_index)
        lay.addWidget(self.chart)

        cols = [
            Column(translate("TisPanel", "Visit"), lambda r: r.visit_date),
            number_column(
                translate("TisPanel", "Weeks"),
                "weeks_from_baseline",
                tooltip=translate("TisPanel", "Weeks after the baseline visit"),
            ),
            Column(
                translate("TisPanel", "TIS (computed by the app)"),
                lambda r: r.total,
                tis_text,
                numeric=True,
                tooltip=translate(
                    "TisPanel", "Total Improvement Score, 0–100, computed by the app"
                ),
            ),
            Column(
                translate("TisPanel", "Category"),
                category_short,
                tooltip=translate("TisPanel", "≥ 20 minimal, ≥ 40 moderate, ≥ 60 major"),
            ),
        ]
        cols += [measure_column(measure) for measure in tis.MEASURES]
        self.table = RecordTable(
            cols, translate("TisPanel", "TIS of each visit after the baseline")
        )
        points_note = QLabel(
            translate(
                "TisPanel",
                "One row per visit after the baseline. The last six columns are the points of "
                "each measure (PhGA physician global, PtGA patient global, MMT-8, HAQ-DI, enzyme, "
                "extramuscular); they add up to the TIS.",
            )
        )
        points_note.setWordWrap(True)
        lay.addWidget(points_note)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        lay.addWidget(self.table)

        self.detail_heading = heading("", 2)
        lay.addWidget(self.detail_heading)
        self.detail_summary = QLabel()
        self.detail_summary.setWordWrap(True)
        self.detail_summary.setAccessibleName(translate("TisPanel", "TIS of the selected visit"))
        lay.addWidget(self.detail_summary)
        self.detail = RecordTable(
            [
                Column(
                    translate("TisPanel", "Measure"), lambda r: r.label, lambda r: shown(r.label)
                ),
                Column(
                    translate("TisPanel", "Baseline (and where it came from)"),
                    lambda r: r.baseline,
                    lambda r: with_origin(shown(r.baseline), shown(r.baseline_origin)),
                ),
                Column(
                    translate("TisPanel", "Follow-up (and where it came from)"),
                    lambda r: r.followup,
                    lambda r: with_origin(shown(r.followup), shown(r.followup_origin)),
                ),
                Column(
                    translate("TisPanel", "Improvement"),
                    lambda r: r.percent,
                    lambda r: "" if r.measure == "total" else percent_text(r.percent),
                    numeric=True,
                    tooltip=translate(
                        "TisPanel", "Percent improvement from baseline (negative = worse), rounded"
                    ),
                ),
                Column(
                    translate("TisPanel", "Points"),
                    lambda r: r.points,
                    lambda r: (
                        formats.number(r.points)
                        if r.points is not None
                        else translate("TisPanel", "not scored")
                    ),
                    numeric=True,
                ),
                Column(
                    translate("TisPanel", "Band"),
                    lambda r: r.band,
                    lambda r: shown(r.band),
                    tooltip=translate("TisPanel", "The improvement that scores these points"),
                ),
            ],
            translate("TisPanel", "The six measures of the selected visit"),
        )
        self.detail.setSortingEnabled(False)  # the measures keep the published order
        self.detail.setWordWrap(False)  # each value is on its line, its source on the next
        self.detail.proxy.sort(-1)
        lay.addWidget(self.detail)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        lay.addWidget(self.sources)
        self.baseline.currentIndexChanged.connect(self._baseline_picked)

    # -- data -------------------------------------------------------------------------------
    def set_services(self, services: Services) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        if self.services is None:
            return
        report = self.services.scores.report()
        self.report = report
        juvenile = self.services.scores.juvenile()
        self.intro.setText(juvenile_intro_text() if juvenile else intro_text())
        self.baseline.blockSignals(True)
        self.baseline.clear()
        for v in report.visits:
            text = localize(v.describe())
            if v.visit_id == report.default_baseline_id:
                text = translate("TisPanel", "{visit} – default").format(visit=text)
            self.baseline.addItem(text, v.visit_id)
        if report.baseline is not None:
            self.baseline.setCurrentIndex(self.baseline.findData(report.baseline.visit_id))
        self.baseline.blockSignals(False)
        self.baseline.setEnabled(bool(report.visits))
        self.default_button.setEnabled(report.baseline_chosen)
        if report.baseline is None:
            self.baseline_text.setText(
                translate(
                    "TisPanel", "No clinic visits yet: add visits on the Visits tab to see the TIS."
                )
            )
        else:
            b = report.baseline
            missing = [measure_name(m) for m in tis.MEASURES if m not in b.available]
            text = translate(
                "TisPanel", "Baseline: the visit of {date} ({count} of 6 measures)."
            ).format(date=formats.day(b.visit_date), count=b.count)
            text += f" {localize(report.baseline_reason)}"
            if missing:
                text += " " + translate("TisPanel", "Missing at baseline: {measures}.").format(
                    measures=", ".join(missing)
                )
            self.baseline_text.setText(text)
        warn = report.deterioration is not None
        # the rule's text beside the check (issue 16: the protocol's wording is not settled;
        # ProDERM's confirmed deterioration, clinical.md §2)
        self.warning.setText(
            f"{localize(report.deterioration_text)}\n\n{localize(tis.DETERIORATION_RULE_TEXT)}"
        )
        self.warning.setStyleSheet(
            "QLabel#tisWarning { border: 3px solid #B00020; border-radius: 6px; padding: 8px; "
            "font-weight: 700; }"
            if warn
            else "QLabel#tisWarning { border: 1px solid palette(mid); border-radius: 6px; "
            "padding: 8px; }"
        )
        self.table.set_rows(list(report.rows), sort_column=0, order=Qt.SortOrder.AscendingOrder)
        fit_height(self.table)
        self.sources.setText(
            translate("TisPanel", "Where the values come from: {sources}").format(
                sources=localize(report.sources_note)
            )
        )
        if self.isVisible() or self.chart.plot is not None:
            self.chart.set_report(report)
        if report.rows:
            self.select_index(len(report.rows) - 1)
        else:
            self.show_detail()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.chart.plot is None and self.report is not None:
            self.chart.set_report(self.report)

    def select_index(self, index: int) -> None:
        """Select the ``index``-th row of the report (date order) in the table."""
        if self.report is None or not 0 <= index < len(self.report.rows):
            return
        wanted = self.report.rows[index].visit_id
        model = self.table.model()
        for r in range(model.rowCount()):
            src = self.table.proxy.mapToSource(model.index(r, 0))
            if self.table.model_.row_at(src.row()).visit_id == wanted:
                self.table.selectRow(r)
                self.table.setCurrentIndex(model.index(r, 0))
                break
        self.show_detail()

    def selected_row(self) -> TisRow | None:
        return self.table.selected_item()

    def show_detail(self) -> None:
        row = self.selected_row()
        if row is None or self.report is None or self.report.baseline is None:
            self.detail_heading.setText(translate("TisPanel", "Measures of a visit"))
            self.detail_summary.setText(
                translate("TisPanel", "Select a visit above to see how its TIS was computed.")
            )
            self.detail.set_rows([], sort_column=None)
            fit_height(self.detail)
            return
        base = formats.day(self.report.baseline.visit_date)
        self.detail_heading.setText(
            translate(
                "TisPanel", "Visit of {date} compared with the baseline of {baseline}"
            ).format(date=formats.day(row.visit_date), baseline=base)
        )
        text = localize(row.summary())
        if row.result is not None and row.result.missing:
            names = ", ".join(measure_name(m) for m in row.result.missing)
            text += translate(
                "TisPanel", ". Not scored (missing at baseline or at this visit): {measures}."
            ).format(measures=names)
        notes = [*self.report.baseline.notes, *row.visit.notes]
        if notes:
            text += " " + translate("TisPanel", "Not used: {notes}.").format(
                notes="; ".join(localize(n) for n in notes)
            )
        self.detail_summary.setText(text)
        self.detail.set_rows([*row.lines, total_line(row)], sort_column=None)
        fit_height(self.detail)

    # -- baseline ---------------------------------------------------------------------------
    def _baseline_picked(self, index: int) -> None:
        if self.services is None or index < 0:
            return
        visit_id = self.baseline.itemData(index)
        report = self.report
        if (
            report is not None
            and report.baseline is not None
            and visit_id == report.baseline.visit_id
            and report.baseline_chosen
        ):
            return
        change = self.services.scores.set_baseline(int(visit_id))
        self.refresh()
        self.baseline_changed.emit(change)

    def use_default(self) -> None:
        if self.services is None:
            return
        change = self.services.scores.set_baseline(None)
        self.refresh()
        self.baseline_changed.emit(change)
        self.baseline.setFocus()
