"""The IVIG course planner: dose and volume for the course and each day, the rate ladder with
the label caps and the time each day takes, and saving the course with its next due date.

Numbers come from ``dmtracker.domain.infusion`` (exact decimals from the typed text): 70 kg,
2 g/kg, 2 days, 10 % gives 140 g = 1400 mL, 70 g = 700 mL a day; 0.04 mL/kg/min at 70 kg is
168 mL/h.

Issue 16 (clinical.md §8): the planner shows actual, ideal (Devine) and adjusted weight and lets
the user pick the one the dose uses (actual by default, adjusted suggested at BMI ≥ 30); the rate
stays per actual kg. A dose above 2 g/kg is flagged, above 2.5 g/kg it needs a tick to confirm.
The thrombosis and kidney risk factors are tick boxes (any one: the 0.03 mL/kg/min cap).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from dmtracker.domain import infusion
from dmtracker.domain.errors import ValidationError
from dmtracker.ui.kit.errors import clear_invalid, describe_errors, show_errors
from dmtracker.ui.kit.format import long_date, num
from dmtracker.ui.kit.values import duration_text, pydate, rounded, text_of
from dmtracker.ui.treatments.planner_form import DEFAULT_PRODUCT, LABELS, CoursePlannerForm

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


class CoursePlanner(CoursePlannerForm):
    """Plan a course and its rate ladder; save it as a course. Emits ``saved(change)``."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for w in (
            self.weight,
            self.g_per_kg,
            self.concentration,
            self.start_rate,
            self.step,
            self.max_rate,
        ):
            w.textChanged.connect(self.recalculate)
        for spin in (self.days, self.step_minutes, self.interval):
            spin.valueChanged.connect(self.recalculate)
        self.start.dateChanged.connect(self.recalculate)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.risk.changed.connect(self._risk_changed)
        self.basis.currentIndexChanged.connect(self.recalculate)
        self.confirm_dose.toggled.connect(self.recalculate)
        self.body_height.editingFinished.connect(self._body_changed)
        self.sex.currentIndexChanged.connect(self._body_changed)
        self.save_button.clicked.connect(self.save)
        sc = QShortcut(QKeySequence("Ctrl+S"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.save)
        self.fields: dict[str, QWidget] = {
            "weight_kg": self.weight,
            "g_per_kg": self.g_per_kg,
            "days": self.days,
            "days_planned": self.days,
            "concentration_percent": self.concentration,
            "start_rate": self.start_rate,
            "step": self.step,
            "step_minutes": self.step_minutes,
            "max_rate": self.max_rate,
            "planned_start": self.start,
            "product": self.product,
            "interval_weeks": self.interval,
            "height_cm": self.body_height,
            "sex": self.sex,
            "dosing_weight_basis": self.basis,
            "high_dose_confirmed": self.confirm_dose,
        }
        self.weights: infusion.DosingWeights | None = None

    # -- data -----------------------------------------------------------------------------------
    def set_services(self, services: Services) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        s = self.services
        if s is None:
            return
        self._loading = True
        today = s.clock.today()
        latest = s.weights.latest(today)
        if latest is not None:
            if not self.weight.text().strip():
                self.weight.setText(text_of(latest.weight_kg))
            self.weight_hint.setText(
                f"latest weight: {num(latest.weight_kg, 'kg')} on {latest.day.isoformat()}"
            )
        else:
            self.weight_hint.setText("no weight recorded yet")
        profile = s.profile.current()
        self.risk.set_values(
            list(profile.risk_factors or []), profile.thrombosis_risk, profile.kidney_risk
        )
        self.body_height.setText(
            text_of(profile.height_cm) if profile.height_cm is not None else ""
        )
        self.sex.setCurrentIndex(max(0, self.sex.findData(profile.sex)))
        self.interval.setValue(profile.ivig_interval_weeks)
        if not self._start_given:
            self._propose_start(today)
        self._set_default_max()
        self._loading = False
        self.recalculate()

    def _propose_start(self, today: date) -> None:
        """The first day to offer: the next course due (after one already planned), or today.
        Proposed once: after a save the first day stays put, so a second Ctrl+S is refused as
        the same course instead of planning another one (issue 18)."""
        self._start_given = True
        nxt = self.svc.courses.next_due(today)
        if nxt is None:
            self.start.setDate(today)
            return
        base = nxt.planned or nxt.last
        if nxt.planned is not None:
            start = infusion.next_course_due(nxt.planned.planned_start, nxt.planned.interval_weeks)
        else:
            start = nxt.due if nxt.days_until > 0 else today
        self.start.setDate(start)
        if base is not None:
            self.product.setText(base.product or DEFAULT_PRODUCT)

    def at_risk(self) -> bool:
        return self.risk.status().at_risk

    def cap(self) -> Decimal:
        return infusion.AT_RISK_MAX_RATE if self.at_risk() else infusion.LABEL_MAX_RATE

    def _set_default_max(self) -> None:
        """Put the applicable label cap in the maximum unless the user typed something else."""
        if self.max_rate.text().strip() in ("", *(text_of(c) for c in self._caps())):
            self.max_rate.setText(text_of(self.cap()))

    @staticmethod
    def _caps() -> tuple[Decimal, Decimal]:
        return infusion.LABEL_MAX_RATE, infusion.AT_RISK_MAX_RATE

    def _kind_changed(self, _i: int) -> None:
        defaults = {
            "induction": infusion.DEFAULT_G_PER_KG,
            "maintenance": infusion.MAINTENANCE_G_PER_KG,
        }
        if self.g_per_kg.text().strip() in {text_of(v) for v in defaults.values()} | {""}:
            self.g_per_kg.setText(text_of(defaults[self.kind.currentData()]))

    def _risk_changed(self, *_: Any) -> None:
        self._set_default_max()
        self.recalculate()
        if self._loading or self.services is None:
            return
        try:
            change = self.services.profile.save(self.risk.profile_values())
        except ValidationError as exc:
            show_errors(exc, self.status, {}, LABELS)
            return
        self.status.ok("Saved to your profile: " + self._risk_words())
        self.saved.emit(change)

    def _risk_words(self) -> str:
        s = self.risk.status()
        risks = [w for w, on in (("thrombosis", s.thrombosis), ("kidney problems", s.kidney)) if on]
        return "at risk of " + " and ".join(risks) if risks else "no thrombosis or kidney risk"

    def _body_changed(self, *_: Any) -> None:
        """Height and sex go to the profile (they give the ideal and adjusted weight)."""
        self.recalculate()
        if self._loading or self.services is None:
            return
        data: dict[str, Any] = {"height_cm": self.body_height.text().strip() or None}
        if self.sex.currentData():
            data["sex"] = self.sex.currentData()
        try:
            change = self.services.profile.save(data)
        except ValidationError as exc:
            show_errors(exc, self.status, self.fields, LABELS)
            return
        clear_invalid(self.fields.values())
        self.saved.emit(change)

    def _show_weights(self) -> None:
        """Actual, ideal and adjusted weight, and the suggestion at BMI ≥ 30 (clinical.md §8)."""
        self.weights = None
        sex = self.sex.currentData()
        try:
            if sex:
                self.weights = infusion.dosing_weights(
                    self.weight.text(), self.body_height.text(), sex
                )
        except ValidationError:
            self.weights = None
        w = self.weights
        if w is None:
            self.weights_text.setText(
                "Give weight, height and sex (female or male) to see the ideal and adjusted "
                "weight; until then the dose uses the actual weight."
            )
            return
        hint = (
            f"BMI {w.bmi}: the adjusted weight is suggested (EU Octagam SmPC: dose overweight "
            "patients on a standard body weight)."
            if w.suggested == "adjusted"
            else f"BMI {w.bmi}."
        )
        self.weights_text.setText(
            f"Actual {num(w.actual, 'kg')} · ideal {num(w.ideal, 'kg')} · adjusted "
            f"{num(w.adjusted, 'kg')}. {hint} The rate is always per actual kg."
        )

    def dose_weight(self) -> Any:
        """The weight the dose uses: the basis chosen, or the actual weight as typed."""
        basis = self.basis.currentData()
        if basis != "actual" and self.weights is not None:
            return self.weights.weight_for(basis)
        return self.weight.text()

    def _show_dose_check(self) -> None:
        try:
            check = infusion.dose_check(self.g_per_kg.text())
        except ValidationError:
            check = None
        self.confirm_dose.setVisible(check is not None and check[0] == "confirm")
        if check is None:
            self.dose_flag.setVisible(False)
            return
        self.dose_flag.setText(f"⚠ Flagged: {check[1]}.")
        self.dose_flag.setVisible(True)

    # -- arithmetic -----------------------------------------------------------------------------
    def recalculate(self, *_: Any) -> None:
        if self._loading:
            return
        errors: list[tuple[str, str]] = []
        self.plan = None
        self.ladder = None
        self._show_weights()
        self._show_dose_check()
        basis = self.basis.currentData()
        if basis != "actual" and self.weights is None:
            errors.append(
                (
                    "dosing_weight_basis",
                    "the ideal or adjusted weight needs weight, height and sex (female or male)",
                )
            )
        try:
            self.plan = infusion.plan_course(
                self.dose_weight(),
                self.g_per_kg.text(),
                self.days.value(),
                self.concentration.text(),
            )
        except ValidationError as exc:
            errors += exc.errors
        if self.plan is not None:
            p = self.plan
            which = {"actual": "actual weight", "ideal": "ideal weight"}.get(
                basis, "adjusted weight"
            )
            self.total_text.setText(
                f"Whole course: {num(p.total_g, 'g')} = {num(p.total_ml, 'mL')} "
                f"({num(p.g_per_kg, 'g/kg')} × {num(p.weight_kg, 'kg')} {which})"
            )
            self.per_day_text.setText(
                f"Each day ({p.days} {'day' if p.days == 1 else 'days'}): "
                f"{num(p.per_day_g, 'g')} = {num(p.per_day_ml, 'mL')}"
            )
            try:
                self.ladder = infusion.rate_ladder(
                    self.weight.text(),  # rates always per actual kg (§8)
                    p.per_day_ml,
                    self.start_rate.text(),
                    self.step.text(),
                    self.max_rate.text(),
                    self.step_minutes.value(),
                    self.at_risk(),
                )
            except ValidationError as exc:
                errors += exc.errors
        else:
            self.total_text.setText("Whole course: –")
            self.per_day_text.setText("Each day: –")
        self._show_rates()
        self._show_due()
        if errors:
            self.status.error(
                describe_errors(ValidationError.from_errors(errors), LABELS), "Check the numbers"
            )
        elif self.status.property("error"):
            self.status.clear_status()

    def _show_rates(self) -> None:
        weight = self.ladder.weight_kg if self.ladder else None
        for widget, hint in self.rate_hints.items():
            text = ""
            if weight is not None and isinstance(widget, QLineEdit):
                try:
                    per_h = rounded(infusion.ml_per_hour(weight, widget.text()))
                    text = (
                        f"= {per_h} mL/h more each time"
                        if widget is self.step
                        else f"= {per_h} mL/h at {num(weight, 'kg')}"
                    )
                except ValidationError:
                    text = ""
            hint.setText(text)
        cap = self.cap()
        who = (
            "for patients at risk of thrombosis or kidney problems"
            if self.at_risk()
            else "in dermatomyositis"
        )
        if weight is not None:
            self.cap_text.setText(
                f"Label maximum {who}: {num(cap, 'mL/kg/min')} = "
                f"{rounded(infusion.ml_per_hour(weight, cap))} mL/h at {num(weight, 'kg')}."
            )
        else:
            self.cap_text.setText(f"Label maximum {who}: {num(cap, 'mL/kg/min')}.")
        if self.ladder is None:
            self.ladder_table.set_rows([], sort_column=None)
            self.flags_text.setText("")
            self.flags_text.setVisible(False)
            self.duration_text.setText("Estimated time each day: –")
            return
        self.ladder_table.set_rows(list(self.ladder.steps), sort_column=None)
        if self.ladder.flags:
            self.flags_text.setText(
                "\n".join(
                    f"⚠ Flagged: {f} (allowed, but check it with your infusion team)."
                    for f in self.ladder.flags
                )
            )
            self.flags_text.setProperty("error", True)
        else:
            self.flags_text.setText("")
            self.flags_text.setProperty("error", False)
        self.flags_text.setVisible(bool(self.ladder.flags))
        self.flags_text.style().unpolish(self.flags_text)
        self.flags_text.style().polish(self.flags_text)
        self.duration_text.setText(
            f"Estimated time each day: about {duration_text(self.ladder.total_minutes)} "
            f"for {num(self.ladder.volume_ml, 'mL')}, if every raise is tolerated."
        )

    def _show_due(self) -> None:
        if self.services is None:
            return
        start = pydate(self.start.date())
        try:
            due = infusion.next_course_due(start, self.interval.value())
            self.due_text.setText(
                f"With this course, the next one is due on {long_date(due)} "
                f"(every {self.interval.value()} weeks)."
            )
        except ValidationError:
            self.due_text.setText("")
        nxt = self.services.courses.next_due(self.services.clock.today())
        if nxt is None:
            self.last_text.setText("No course saved yet.")
        else:
            when = (
                "today"
                if nxt.days_until == 0
                else f"in {nxt.days_until} days"
                if nxt.days_until > 0
                else f"{-nxt.days_until} days ago"
            )
            last = (
                f"Last course: from {long_date(nxt.last.planned_start)} "
                f"({num(nxt.last.total_g, 'g')} over {nxt.last.days_planned} days). "
                if nxt.last is not None
                else "No course has started yet. "
            )
            planned = ", already planned" if nxt.planned is not None else ""
            self.last_text.setText(f"{last}Next course due {long_date(nxt.due)} ({when}{planned}).")

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "planned_start": self.start.value(),
            "days_planned": self.days.value(),
            "kind": self.kind.currentData(),
            "g_per_kg": self.g_per_kg.text(),
            "weight_kg": self.weight.text(),
            "dosing_weight_basis": self.basis.currentData(),
            "high_dose_confirmed": self.confirm_dose.isVisible() and self.confirm_dose.isChecked(),
            "product": self.product.text(),
            "concentration_percent": self.concentration.text(),
            "interval_weeks": self.interval.value(),
        }

    def save(self) -> bool:
        if self.services is None:
            return False
        try:
            change = self.services.courses.add(self.values())
        except ValidationError as exc:
            show_errors(exc, self.status, self.fields, LABELS)
            return False
        clear_invalid(self.fields.values())
        course = self.services.courses.get(change.ids[0])
        basis = (
            ""
            if course.dosing_weight_basis == "actual"
            else f" on the {course.dosing_weight_basis} weight {num(course.dosing_weight_kg, 'kg')}"
        )
        flagged = f" Flagged: {change.flags[0]}." if change.flags else ""
        self.status.ok(
            f"Saved: course from {long_date(course.planned_start)}, "
            f"{num(course.total_g, 'g')} over {course.days_planned} days{basis}.{flagged}"
        )
        self._show_due()
        self.saved.emit(change)
        return True
