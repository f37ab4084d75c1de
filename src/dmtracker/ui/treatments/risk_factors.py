"""The thrombosis and kidney risk factors as tick boxes in plain words (IVIG boxed warning,
clinical.md §8). Any one ticked sets "at risk" and the 0.03 mL/kg/min cap; the summary line says
so in words (colour is never the only sign).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from dmtracker.domain import risk
from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.layout import TARGET
from dmtracker.ui.kit.widgets import WrapCheckBox
from dmtracker.ui.treatments.shown import words

OTHER_THROMBOSIS = "thrombosis_other"
OTHER_KIDNEY = "kidney_other"


class RiskFactorsBox(QWidget):
    """Tick boxes for :data:`dmtracker.domain.risk.RISK_FACTORS` and two "another reason" boxes.

    Emits ``changed()`` when the user ticks or unticks one (not when :meth:`set_values` loads).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for group, title in (
            (
                risk.THROMBOSIS,
                translate(
                    "RiskFactorsDialog",
                    "Blood clot (thrombosis) risk – tick any that apply to you:",
                ),
            ),
            (risk.KIDNEY, translate("RiskFactorsDialog", "Kidney risk:")),
        ):
            head = QLabel(title)
            head.setObjectName("h3")
            head.setWordWrap(True)
            layout.addWidget(head)
            for key, factor in risk.RISK_FACTORS.items():
                if factor.groups[0] != group:
                    continue  # a factor in both groups is listed once, under the first
                label = words(factor.label)
                if len(factor.groups) > 1:
                    label = translate(
                        "RiskFactorsDialog", "{factor} (a clot and a kidney risk)"
                    ).format(factor=label)
                self._add(layout, key, label)
            other = OTHER_THROMBOSIS if group == risk.THROMBOSIS else OTHER_KIDNEY
            self._add(
                layout, other, translate("RiskFactorsDialog", "Another reason my doctor gave")
            )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("RiskFactorsDialog", "Thrombosis and kidney risk"))
        layout.addWidget(self.summary)
        self._update_summary()

    def _add(self, layout: QVBoxLayout, key: str, text: str) -> None:
        box = WrapCheckBox(text)
        box.setAccessibleName(text)
        box.setMinimumHeight(TARGET)
        box.toggled.connect(self._toggled)
        layout.addWidget(box)
        self.boxes[key] = box

    def focus_order(self) -> list[QWidget]:
        return list(self.boxes.values())

    def _toggled(self, _on: bool) -> None:
        self._update_summary()
        self.changed.emit()

    def set_values(self, factors: list[str], thrombosis_other: bool, kidney_other: bool) -> None:
        ticked = {*factors}
        for key, box in self.boxes.items():
            box.blockSignals(True)
            if key == OTHER_THROMBOSIS:
                box.setChecked(thrombosis_other)
            elif key == OTHER_KIDNEY:
                box.setChecked(kidney_other)
            else:
                box.setChecked(key in ticked)
            box.blockSignals(False)
        self._update_summary()

    def factors(self) -> list[str]:
        return [k for k in risk.RISK_FACTORS if self.boxes[k].isChecked()]

    def status(self) -> risk.RiskStatus:
        return risk.risk_status(
            self.factors(),
            self.boxes[OTHER_THROMBOSIS].isChecked(),
            self.boxes[OTHER_KIDNEY].isChecked(),
        )

    def profile_values(self) -> dict[str, object]:
        return {
            "risk_factors": self.factors(),
            "thrombosis_risk": self.boxes[OTHER_THROMBOSIS].isChecked(),
            "kidney_risk": self.boxes[OTHER_KIDNEY].isChecked(),
        }

    def _update_summary(self) -> None:
        s = self.status()
        cap = formats.number(s.cap)
        if s.at_risk:
            if s.thrombosis and s.kidney:
                text = translate(
                    "RiskFactorsDialog",
                    "At risk of thrombosis and kidney problems: the label's maximum is {cap} "
                    "mL/kg/min (the slowest rate that works is advised).",
                )
            elif s.thrombosis:
                text = translate(
                    "RiskFactorsDialog",
                    "At risk of thrombosis: the label's maximum is {cap} mL/kg/min (the slowest "
                    "rate that works is advised).",
                )
            else:
                text = translate(
                    "RiskFactorsDialog",
                    "At risk of kidney problems: the label's maximum is {cap} mL/kg/min (the "
                    "slowest rate that works is advised).",
                )
            self.summary.setText("⚠ " + text.format(cap=cap))
        else:
            self.summary.setText(
                translate(
                    "RiskFactorsDialog",
                    "No risk factor ticked: the label's maximum is {cap} mL/kg/min.",
                ).format(cap=cap)
            )
