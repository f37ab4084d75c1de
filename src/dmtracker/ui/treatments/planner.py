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
from dmtracker.i18n import formats, localize, translate
from dmtracker.ui.kit.errors import clear_invalid, describe_errors, show_errors
from dmtracker.ui.kit.values import duration_text, pydate, round_to
from dmtracker.ui.treatments.planner_form import DEFAULT_PRODUCT, CoursePlannerForm, labels
from dmtracker.ui.treatments.shown import amount, read, typed

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
                self.weight.setText(typed(latest.weight_kg))
            self.weight_hint.setText(
                translate("PlannerForm", "latest weight: {weight} on {date}").format(
                    weight=amount(latest.weight_kg, "kg"), date=formats.day(latest.day)
                )
            )
        else:
            self.weight_hint.setText(translate("PlannerForm", "no weight recorded yet"))
        profile = s.profile.current()
        self.juvenile_note.setVisible(bool(profile.juvenile))
        self.risk.set_values(
            list(profile.risk_factors or []), profile.thrombosis_risk, profile.kidney_risk
        )
        self.body_height.setText(typed(profile.height_cm))
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
        if self.max_rate.text().strip() in ("", *(typed(c) for c in self._caps())):
            self.max_rate.setText(typed(self.cap()))

    @staticmethod
    def _caps() -> tuple[Decimal, Decimal]:
        return infusion.LABEL_MAX_RATE, infusion.AT_RISK_MAX_RATE

    def _kind_changed(self, _i: int) -> None:
        defaults = {
            "induction": infusion.DEFAULT_G_PER_KG,
            "maintenance": infusion.MAINTENANCE_G_PER_KG,
        }
        if self.g_per_kg.text().strip() in {typed(v) for v in defaults.values()} | {""}:
            self.g_per_kg.setText(typed(defaults[self.kind.currentData()]))

    def _risk_changed(self, *_: Any) -> None:
        self._set_default_max()
        self.recalculate()
        if self._loading or self.services is None:
            return
        try:
            change = self.services.profile.save(self.risk.profile_values())
        except ValidationError as exc:
            show_errors(exc, self.status, {}, labels())
            return
        self.status.ok(
            translate("PlannerForm", "Saved to your profile: {risks}").format(
                risks=self._risk_words()
            )
        )
        self.saved.emit(change)

    def _risk_words(self) -> str:
        s = self.risk.status()
        if s.thrombosis and s.kidney:
            return translate("PlannerForm", "at risk of thrombosis and kidney problems")
        if s.thrombosis:
            return translate("PlannerForm", "at risk of thrombosis")
        if s.kidney:
            return translate("PlannerForm", "at risk of kidney problems")
        return translate("PlannerForm", "no thrombosis or kidney risk")

    def _body_changed(self, *_: Any) -> None:
        """Height and sex go to the profile (they give the ideal and adjusted weight)."""
        self.recalculate()
        if self._loading or self.services is None:
            return
        data: dict[str, Any] = {"height_cm": read(self.body_height.text()) or None}
        if self.sex.currentData():
            data["sex"] = self.sex.currentData()
        try:
            change = self.services.profile.save(data)
        except ValidationError as exc:
            show_errors(exc, self.status, self.fields, labels())
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
                    read(self.weight.text()), read(self.body_height.text()), sex
                )
        except ValidationError:
            self.weights = None
        w = self.weights
        if w is None:
            self.weights_text.setText(
                translate(
                    "PlannerForm",
                    "Give weight, height and sex (female or male) to see the ideal and adjusted "
                    "weight; until then the dose uses the actual weight.",
                )
            )
            return
        bmi = formats.number(w.bmi)
        hint = (
            translate(
                "PlannerForm",
                "BMI {bmi}: the adjusted weight is suggested (EU Octagam SmPC: dose overweight "
                "patients on a standard body weight).",
            ).format(bmi=bmi)
            if w.suggested == "adjusted"
            else translate("PlannerForm", "BMI {bmi}.").format(bmi=bmi)
        )
        self.weights_text.setText(
            translate(
                "PlannerForm",
                "Actual {actual} · ideal {ideal} · adjusted {adjusted}. {hint} The rate is always "
                "per actual kg.",
            ).format(
                actual=amount(w.actual, "kg"),
                ideal=amount(w.ideal, "kg"),
                adjusted=amount(w.adjusted, "kg"),
                hint=hint,
            )
        )

    def dose_weight(self) -> Any:
        """The weight the dose uses: the basis chosen, or the actual weight as typed."""
        basis = self.basis.currentData()
        if basis != "actual" and self.weights is not None:
            return self.weights.weight_for(basis)
        return read(self.weight.text())

    def _show_dose_check(self) -> None:
        try:
            check = infusion.dose_check(read(self.g_per_kg.text()))
        except ValidationError:
            check = None
        self.confirm_dose.setVisible(check is not None and check[0] == "confirm")
        if check is None:
            self.dose_flag.setVisible(False)
            return
        self.dose_flag.setText(
            "⚠ " + translate("PlannerForm", "Flagged: {reason}.").format(reason=localize(check[1]))
        )
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
                    translate(
                        "PlannerForm",
                        "the ideal or adjusted weight needs weight, height and sex "
                        "(female or male)",
                    ),
                )
            )
        try:
            self.plan = infusion.plan_course(
                self.dose_weight(),
                read(self.g_per_kg.text()),
                self.days.value(),
                read(self.concentration.text()),
            )
        except ValidationError as exc:
            errors += exc.errors
        if self.plan is not None:
            p = self.plan
            which = {
                "actual": translate("PlannerForm", "actual weight"),
                "ideal": translate("PlannerForm", "ideal weight"),
            }.get(basis, translate("PlannerForm", "adjusted weight"))
            self.total_text.setText(
                translate(
                    "PlannerForm",
                    "Whole course: {grams} = {millilitres} ({per_kg} × {weight} {which})",
                ).format(
                    grams=amount(p.total_g, "g"),
                    millilitres=amount(p.total_ml, "mL"),
                    per_kg=amount(p.g_per_kg, "g/kg"),
                    weight=amount(p.weight_kg, "kg"),
                    which=which,
                )
            )
            days = p.days
            self.per_day_text.setText(
                translate(
                    "PlannerForm", "Each day (%n day(s)): {grams} = {millilitres}", None, days
                ).format(grams=amount(p.per_day_g, "g"), millilitres=amount(p.per_day_ml, "mL"))
            )
            try:
                self.ladder = infusion.rate_ladder(
                    read(self.weight.text()),  # rates always per actual kg (§8)
                    p.per_day_ml,
                    read(self.start_rate.text()),
                    read(self.step.text()),
                    read(self.max_rate.text()),
                    self.step_minutes.value(),
                    self.at_risk(),
                )
            except ValidationError as exc:
                errors += exc.errors
        else:
            self.total_text.setText(translate("PlannerForm", "Whole course: –"))
            self.per_day_text.setText(translate("PlannerForm", "Each day: –"))
        self._show_rates()
        self._show_due()
        if errors:
            self.status.error(
                describe_errors(ValidationError.from_errors(errors), labels()),
                translate("PlannerForm", "Check the numbers"),
            )
        elif self.status.property("error"):
            self.status.clear_status()

    def _show_rates(self) -> None:
        weight = self.ladder.weight_kg if self.ladder else None
        for widget, hint in self.rate_hints.items():
            text = ""
            if weight is not None and isinstance(widget, QLineEdit):
                try:
                    per_h = amount(
                        round_to(infusion.ml_per_hour(weight, read(widget.text()))), "mL/h"
                    )
                    text = (
                        translate("PlannerForm", "= {rate} more each time").format(rate=per_h)
                        if widget is self.step
                        else translate("PlannerForm", "= {rate} at {weight}").format(
                            rate=per_h, weight=amount(weight, "kg")
                        )
                    )
                except ValidationError:
                    text = ""
            hint.setText(text)
        cap = self.cap()
        who = (
            translate("PlannerForm", "for patients at risk of thrombosis or kidney problems")
            if self.at_risk()
            else translate("PlannerForm", "in dermatomyositis")
        )
        if weight is not None:
            self.cap_text.setText(
                translate("PlannerForm", "Label maximum {who}: {cap} = {rate} at {weight}.").format(
                    who=who,
                    cap=amount(cap, "mL/kg/min"),
                    rate=amount(round_to(infusion.ml_per_hour(weight, cap)), "mL/h"),
                    weight=amount(weight, "kg"),
                )
            )
        else:
            self.cap_text.setText(
                translate("PlannerForm", "Label maximum {who}: {cap}.").format(
                    who=who, cap=amount(cap, "mL/kg/min")
                )
            )
        if self.ladder is None:
            self.ladder_table.set_rows([], sort_column=None)
            self.flags_text.setText("")
            self.flags_text.setVisible(False)
            self.duration_text.setText(translate("PlannerForm", "Estimated time each day: –"))
            return
        self.ladder_table.set_rows(list(self.ladder.steps), sort_column=None)
        if self.ladder.flags:
            self.flags_text.setText(
                "\n".join(
                    "⚠ "
                    + translate(
                        "PlannerForm",
                        "Flagged: {reason} (allowed, but check it with your infusion team).",
                    ).format(reason=localize(f))
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
            translate(
                "PlannerForm",
                "Estimated time each day: about {duration} for {volume}, if every raise is "
                "tolerated.",
            ).format(
                duration=duration_text(self.ladder.total_minutes),
                volume=amount(self.ladder.volume_ml, "mL"),
            )
        )

    def _show_due(self) -> None:
        if self.services is None:
            return
        start = pydate(self.start.date())
        try:
            due = infusion.next_course_due(start, self.interval.value())
            weeks = self.interval.value()
            self.due_text.setText(
                translate(
                    "PlannerForm",
                    "With this course, the next one is due on {date} (every %n week(s)).",
                    None,
                    weeks,
                ).format(date=formats.day_long(due))
            )
        except ValidationError:
            self.due_text.setText("")
        nxt = self.services.courses.next_due(self.services.clock.today())
        if nxt is None:
            self.last_text.setText(translate("PlannerForm", "No course saved yet."))
        else:
            ahead, ago = nxt.days_until, -nxt.days_until
            when = (
                translate("PlannerForm", "today")
                if ahead == 0
                else translate("PlannerForm", "in %n day(s)", None, ahead)
                if ahead > 0
                else translate("PlannerForm", "%n day(s) ago", None, ago)
            )
            if nxt.last is not None:
                days = nxt.last.days_planned
                last = translate(
                    "PlannerForm", "Last course: from {date} ({grams} over %n day(s)).", None, days
                ).format(
                    date=formats.day_long(nxt.last.planned_start),
                    grams=amount(nxt.last.total_g, "g"),
                )
            else:
                last = translate("PlannerForm", "No course has started yet.")
            due_words = formats.day_long(nxt.due)
            nxt_text = (
                translate("PlannerForm", "Next course due {date} ({when}, already planned).")
                if nxt.planned is not None
                else translate("PlannerForm", "Next course due {date} ({when}).")
            ).format(date=due_words, when=when)
            self.last_text.setText(f"{last} {nxt_text}")

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "planned_start": self.start.value(),
            "days_planned": self.days.value(),
            "kind": self.kind.currentData(),
            "g_per_kg": read(self.g_per_kg.text()),
            "weight_kg": read(self.weight.text()),
            "dosing_weight_basis": self.basis.currentData(),
            "high_dose_confirmed": self.confirm_dose.isVisible() and self.confirm_dose.isChecked(),
            "product": self.product.text(),
            "concentration_percent": read(self.concentration.text()),
            "interval_weeks": self.interval.value(),
        }

    def save(self) -> bool:
        if self.services is None:
            return False
        try:
            change = self.services.courses.add(self.values())
        except ValidationError as exc:
            show_errors(exc, self.status, self.fields, labels())
            return False
        clear_invalid(self.fields.values())
        course = self.services.courses.get(change.ids[0])
        days = course.days_planned
        start, grams = formats.day_long(course.planned_start), amount(course.total_g, "g")
        weight = amount(course.dosing_weight_kg, "kg")
        if course.dosing_weight_basis == "ideal":
            text = translate(
                "PlannerForm",
                "Saved: course from {date}, {grams} over %n day(s) on the ideal weight {weight}.",
                None,
                days,
            )
        elif course.dosing_weight_basis == "adjusted":
            text = translate(
                "PlannerForm",
                "Saved: course from {date}, {grams} over %n day(s) on the adjusted weight "
                "{weight}.",
                None,
                days,
            )
        else:
            text = translate(
                "PlannerForm", "Saved: course from {date}, {grams} over %n day(s).", None, days
            )
        saved = text.format(date=start, grams=grams, weight=weight)
        if change.flags:
            saved += " " + translate("PlannerForm", "Flagged: {reason}.").format(
                reason=localize(change.flags[0])
            )
        self.status.ok(saved)
        self._show_due()
        self.saved.emit(change)
        return True
