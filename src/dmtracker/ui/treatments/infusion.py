"""The infusion day record: product and lot, day n of m, dose and weight, times, the rate steps
actually used, volume, premedication, hydration, vital signs, setting, nurse/site and notes.

"Fill in as last time" copies the last infusion day (product, lot, dose, times, steps,
premedication, hydration, setting); the day, vital signs and notes are never copied.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QWidget,
)

from dmtracker.domain import infusion
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.errors import describe_errors, show_errors
from dmtracker.ui.kit.layout import fit
from dmtracker.ui.kit.values import (
    hhmm,
    moment_on,
    pydate,
    qdate,
    round_to,
)
from dmtracker.ui.kit.widgets import save_keys
from dmtracker.ui.treatments.infusion_form import (
    InfusionDayForm,
    child_columns,
    course_label,
    labels,
)
from dmtracker.ui.treatments.shown import amount, decimal, read, typed

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


class InfusionDayDialog(InfusionDayForm):
    """Record (or edit) one infusion day. Emits ``saved(change)`` after a successful save."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, day_id: int | None = None
    ):
        super().__init__(services, parent, day_id)
        save_keys(self, self.save, self.save_button, self.cancel_button)
        self.same_button.clicked.connect(self.fill_from_last)
        self.fill_plan.clicked.connect(self.fill_rates_from_plan)
        self.course.currentIndexChanged.connect(self._course_changed)
        self.day_number.valueChanged.connect(self._day_number_changed)
        for w in (self.dose, self.weight, self.volume):
            w.textChanged.connect(self._update_hints)
        self.weight.textChanged.connect(lambda _t: self.rate_steps.refresh_notes())

        self.courses = services.courses.list(newest_first=True)
        for c in self.courses:
            self.course.addItem(course_label(c), c.id)
        self.date.setMaximumDate(
            services.clock.today(), translate("InfusionDialog", "today", "the latest date allowed")
        )
        if day_id is not None:
            self.load(day_id)
        else:
            self._course_changed(self.course.currentIndex())
            self.vitals.set_rows([{"phase": "before"}, {"phase": "after"}])
        if not self.courses:
            self.status.error(
                [translate("InfusionDialog", "plan and save a course first (Plan course tab)")],
                translate("InfusionDialog", "No course yet"),
            )
            self.save_button.setEnabled(False)
        fit(self, 130, 43)
        if day_id is None and self.courses:
            self.lot.setFocus()
        else:
            self.course.setFocus()

    def plan(self) -> infusion.CoursePlan | None:
        c = self.current_course()
        if c is None:
            return None
        try:
            # the dose on the course's dosing weight (actual, ideal or adjusted; §8)
            return infusion.plan_course(
                c.dosing_weight_kg or c.weight_kg,
                c.g_per_kg,
                c.days_planned,
                c.concentration_percent,
            )
        except ValidationError:
            return None

    def _update_hints(self, *_: Any) -> None:
        dose, weight = decimal(self.dose.text()), decimal(self.weight.text())
        if dose is not None and weight and weight > 0:
            per_kg = round_to(dose / weight, "0.001")
            self.per_kg.setText(f"= {amount(per_kg, 'g/kg')}")
        else:
            self.per_kg.setText("")
        p = self.plan()
        self.volume_hint.setText(
            translate("InfusionDialog", "planned: {grams} = {millilitres} a day").format(
                grams=amount(p.per_day_g, "g"), millilitres=amount(p.per_day_ml, "mL")
            )
            if p
            else ""
        )

    # -- filling --------------------------------------------------------------------------------
    def _course_changed(self, _i: int) -> None:
        if self._loading or self.day_id is not None:
            self._update_hints()
            return
        c = self.current_course()
        if c is None:
            return
        self._loading = True
        self.days_in_course.setValue(c.days_planned)
        done = {d.day_number for d in self.services.infusions.for_course(c.id)}
        free = [n for n in range(1, c.days_planned + 1) if n not in done]
        self.day_number.setValue(free[0] if free else c.days_planned)
        self._loading = False
        self._day_number_changed(self.day_number.value())
        p = self.plan()
        self.product.setText(c.product)
        self.concentration.setText(typed(c.concentration_percent))
        self.weight.setText(typed(c.weight_kg))
        if p is not None:
            self.dose.setText(typed(p.per_day_g))
            self.volume.setText(typed(p.per_day_ml))
        self.fill_rates_from_plan()
        self._update_hints()

    def _day_number_changed(self, n: int) -> None:
        if self._loading or self.day_id is not None:
            return
        c = self.current_course()
        if c is not None:
            day = c.planned_start + timedelta(days=n - 1)
            self.date.setDate(qdate(min(day, self.services.clock.today())))

    def fill_rates_from_plan(self) -> None:
        weight, volume = decimal(self.weight.text()), decimal(self.volume.text())
        if weight is None or volume is None:
            p = self.plan()
            if p is None:
                self.status.error(
                    [
                        translate(
                            "InfusionDialog", "enter the weight used and the total volume first"
                        )
                    ],
                    translate("InfusionDialog", "No plan"),
                )
                return
            c = self.current_course()
            # the rate is always per actual kg, even when the dose used another weight (§8)
            weight, volume = (c.weight_kg if c else p.weight_kg), p.per_day_ml
        try:
            ladder = infusion.rate_ladder(weight, volume, max_rate=self.cap())
        except ValidationError as exc:
            self.status.error(
                describe_errors(exc, labels()), translate("InfusionDialog", "No plan")
            )
            return
        self.rate_steps.set_rows(
            {
                "minute": str(s.minute_start),
                "rate": typed(s.ml_per_kg_min),
                "unit": "ml_per_kg_min",
            }
            for s in ladder.steps
        )

    def fill_from_last(self) -> None:
        last = self.services.infusions.last()
        if last is None or (self.day_id is not None and last.id == self.day_id):
            self.status.error(
                [translate("InfusionDialog", "no earlier infusion day is recorded")],
                translate("InfusionDialog", "Nothing to copy"),
            )
            return
        detail = self.services.infusions.detail(last.id)
        self._fill(detail, copy=True)
        self.status.ok(
            translate(
                "InfusionDialog",
                "Filled in from {date} (day {number} of {days}). Check the lot number and times.",
            ).format(date=formats.day(last.day), number=last.day_number, days=last.days_in_course)
        )

    def _fill(self, detail: Any, copy: bool) -> None:
        d = detail.day
        tz = self.tz
        self.product.setText(d.product)
        self.concentration.setText(typed(d.concentration_percent))
        self.lot.setText(d.lot_number)
        self.expiry.setText(formats.day(d.expiry) if d.expiry else "")
        self.dose.setText(typed(d.dose_g))
        self.weight.setText(typed(d.weight_kg))
        self.start_time.setText(hhmm(d.started_at, tz))
        self.stop_time.setText(hhmm(d.stopped_at, tz))
        self.volume.setText(typed(d.total_volume_ml))
        self.hydration.setText(typed(d.hydration_ml))
        self.hydration_notes.setText(d.hydration_notes)
        self.setting.setCurrentIndex(max(0, self.setting.findData(d.setting)))
        self.nurse.setText(d.nurse_site)
        self.rate_steps.set_rows(
            {
                "minute": str(s.minute),
                "rate": typed(
                    s.rate_ml_per_h if s.entered_unit == "ml_per_h" else s.rate_ml_per_kg_min
                ),
                "unit": s.entered_unit,
            }
            for s in detail.rate_steps
        )
        self.premeds.set_rows(
            {
                "drug": p.drug,
                "dose": typed(p.dose),
                "unit": p.unit,
                "time": hhmm(p.taken_at, tz),
            }
            for p in detail.premedications
        )
        if not copy:
            self.notes.setPlainText(d.notes)
            self.vitals.set_rows(
                {
                    "phase": v.phase,
                    "time": hhmm(v.measured_at, tz),
                    **{
                        k: typed(getattr(v, k))
                        for k in ("systolic", "diastolic", "heart_rate", "temperature_c", "spo2")
                    },
                }
                for v in detail.vitals
            )
        self._update_hints()

    def load(self, day_id: int) -> None:
        detail = self.services.infusions.detail(day_id)
        d = detail.day
        self._loading = True
        self.course.setCurrentIndex(max(0, self.course.findData(d.course_id)))
        self.days_in_course.setValue(d.days_in_course)
        self.day_number.setValue(d.day_number)
        self.date.setDate(qdate(d.day))
        self._loading = False
        self._fill(detail, copy=False)

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(data for the service, display row numbers of the child items sent)."""
        tz = self.tz
        errors: list[tuple[str, str]] = []
        try:
            day: date = self.date.value()
        except ValidationError as exc:
            errors.extend(exc.errors)
            day = pydate(self.date.date())

        def when(text: str, name: str) -> Any:
            try:
                return moment_on(day, text, tz, name)
            except ValidationError as exc:
                errors.extend(exc.errors)
                return None

        data: dict[str, Any] = {
            "course_id": self.course.currentData(),
            "day": day,
            "day_number": self.day_number.value(),
            "days_in_course": self.days_in_course.value(),
            "product": self.product.text(),
            "concentration_percent": read(self.concentration.text()),
            "lot_number": self.lot.text(),
            "expiry": _typed_date(self.expiry.text()),
            "dose_g": read(self.dose.text()),
            "weight_kg": read(self.weight.text()),
            "started_at": when(self.start_time.text(), "started_at"),
            "stopped_at": when(self.stop_time.text(), "stopped_at"),
            "total_volume_ml": read(self.volume.text()),
            "hydration_ml": read(self.hydration.text()),
            "hydration_notes": self.hydration_notes.text(),
            "setting": self.setting.currentData(),
            "nurse_site": self.nurse.text(),
            "notes": self.notes.toPlainText(),
        }
        shown: dict[str, list[int]] = {"rate_steps": [], "premedications": [], "vitals": []}
        steps = []
        for n, v in self.rate_steps.filled():
            key = "rate_ml_per_h" if v["unit"] == "ml_per_h" else "rate_ml_per_kg_min"
            steps.append({"minute": v["minute"], key: read(v["rate"]), "entered_unit": v["unit"]})
            shown["rate_steps"].append(n)
        premeds: list[dict[str, Any]] = []
        for n, v in self.premeds.filled():
            i = len(premeds)
            premeds.append(
                {
                    "drug": v["drug"],
                    "dose": read(v["dose"]),
                    "unit": v["unit"],
                    "taken_at": when(v["time"], f"premedications[{i}].taken_at"),
                }
            )
            shown["premedications"].append(n)
        vitals: list[dict[str, Any]] = []
        for n, v in self.vitals.filled():
            i = len(vitals)
            vitals.append(
                {
                    "phase": v["phase"],
                    "measured_at": when(v["time"], f"vitals[{i}].measured_at"),
                    **{
                        k: read(v[k])
                        for k in ("systolic", "diastolic", "heart_rate", "temperature_c", "spo2")
                    },
                }
            )
            shown["vitals"].append(n)
        data.update(rate_steps=steps, premedications=premeds, vitals=vitals)
        if errors:
            raise _FormError(ValidationError.from_errors(errors), shown)
        return data, shown

    def _rows_map(self, shown: dict[str, list[int]]) -> dict[str, tuple[str, list[int], dict]]:
        columns = child_columns()
        return {k: (columns[k][0], shown.get(k, []), columns[k][1]) for k in shown}

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        try:
            data, shown = self.values()
            if self.day_id is None:
                change = self.services.infusions.add(data)
            else:
                change = self.services.infusions.update(self.day_id, data)
        except _FormError as err:
            self._show_error(err.exc, err.shown)
            return False
        except ValidationError as exc:
            self._show_error(exc, shown)
            return False
        self.saved.emit(change)
        self.accept()
        return True

    def _show_error(self, exc: ValidationError, shown: dict[str, list[int]]) -> None:
        widgets: dict[str, QWidget] = {}
        editors = {"rate_steps": self.rate_steps, "premedications": self.premeds}
        editors["vitals"] = self.vitals
        for key, editor in editors.items():
            widgets.update(editor.error_fields(key, shown.get(key, []), exc))
        widgets.update(self.fields)
        show_errors(exc, self.status, widgets, labels(), self._rows_map(shown))


def _typed_date(text: str) -> str:
    """A typed date as ISO for the domain (the language's own form or ISO); anything else as
    typed, for the domain to refuse in words."""
    day = formats.parse_date(text) if text.strip() else None
    return day.isoformat() if day is not None else text


class _FormError(Exception):
    """Input the form itself could not read (a time like 9:3x), with the child row numbers."""

    def __init__(self, exc: ValidationError, shown: dict[str, list[int]]):
        super().__init__(str(exc))
        self.exc = exc
        self.shown = shown
