"""The clinic visit form, in the order of a clinic letter: date, clinician, physician global,
extramuscular global, MMT-8 (per muscle and side, total computed), CDASI, notes; for a juvenile
profile also the parent global, the CMAS (:mod:`dmtracker.ui.clinic.cmas_section`) and the DAS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import records, vocab
from dmtracker.i18n import translate, vocabulary
from dmtracker.ui.clinic.cmas_section import CmasSection
from dmtracker.ui.kit.forms import FormDialog
from dmtracker.ui.kit.layout import fit, form_rows
from dmtracker.ui.kit.values import parse_int, text_of, typed_number

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def sides() -> dict[str, str]:
    """The sides of the body an MMT-8 is tested on: key -> label."""
    return {"right": translate("VisitDialog", "Right"), "left": translate("VisitDialog", "Left")}


class VisitDialog(FormDialog):
    """A clinic visit, in the order of a clinic letter: date, clinician, physician global,
    extramuscular global, MMT-8 (per muscle and side, total computed), CDASI, notes."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = (
            translate("VisitDialog", "Edit clinic visit")
            if record is not None
            else translate("VisitDialog", "New clinic visit")
        )
        super().__init__(services, title, parent)
        self.record = record
        today = services.clock.today()
        top = QFormLayout()
        date_label = translate("VisitDialog", "Visit &date")
        self.date = self.date_input(
            "visit_date", date_label, record.visit_date if record else today
        )
        top.addRow(date_label, self.date)
        clinician_label = translate("VisitDialog", "&Clinician")
        self.clinician = self.line("clinician", clinician_label)
        top.addRow(clinician_label, self.clinician)
        physician_label = translate("VisitDialog", "&Physician global activity (0–10)")
        self.physician = self.line("physician_global", physician_label, 120)
        top.addRow(physician_label, self.physician)
        extramuscular_label = translate("VisitDialog", "E&xtramuscular global activity (0–10)")
        self.extramuscular = self.line("extramuscular_global", extramuscular_label, 120)
        top.addRow(extramuscular_label, self.extramuscular)
        self.juvenile = bool(services.profile.current().juvenile)
        self.cmas: CmasSection | None = None
        if self.juvenile:
            parent_label = translate("VisitDialog", "Pa&rent global activity (0–10)")
            self.parent_global = self.line("parent_global", parent_label, 120)
            self.parent_global.setToolTip(
                translate("VisitDialog", "Standing in for the patient global in the juvenile TIS")
            )
            top.addRow(parent_label, self.parent_global)
            parent_note = QLabel(
                translate(
                    "VisitDialog",
                    "The parent's global stands in for the patient global (juvenile TIS).",
                )
            )
            parent_note.setWordWrap(True)
            top.addRow("", parent_note)
        form_rows(top)
        self.form.addLayout(top)
        if self.juvenile:
            self.cmas = CmasSection(self.field)
            self.form.addWidget(self.cmas)

        mmt = QGroupBox(translate("VisitDialog", "MMT-8 (Kendall 0–10 per muscle)"))
        mmt_layout = QVBoxLayout(mmt)
        scale_row = QFormLayout()
        self.scale = QComboBox()
        self.scale.addItem(translate("VisitDialog", "0–150 (both sides)"), 150)
        self.scale.addItem(translate("VisitDialog", "0–80 (one side)"), 80)
        scale_label = translate("VisitDialog", "MMT-8 sca&le")
        self.field("mmt8_scale", scale_label, self.scale)
        scale_row.addRow(scale_label, self.scale)
        self.side = QComboBox()
        for key, label in sides().items():
            self.side.addItem(label, key)
        self.field("mmt8_side", translate("VisitDialog", "Side &tested (0–80)"), self.side)
        self.side_label = QLabel(translate("VisitDialog", "Side &tested"))
        self.side_label.setBuddy(self.side)
        scale_row.addRow(self.side_label, self.side)
        form_rows(scale_row)
        mmt_layout.addLayout(scale_row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        heads = (translate("VisitDialog", "Muscle"), *sides().values())
        for col, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        self.muscles: dict[str, QLineEdit] = {}
        side_names = {
            "right": translate("VisitDialog", "{muscle}, right side, 0–10"),
            "left": translate("VisitDialog", "{muscle}, left side, 0–10"),
        }
        for row, (muscle, term) in enumerate(vocab.MMT8_MUSCLES.items(), start=1):
            label = vocabulary(term)
            grid.addWidget(QLabel(label), row, 0)
            if muscle == "neck_flexors":
                edit = self.line(
                    "mmt_neck_flexors",
                    translate("VisitDialog", "{muscle} (axial, scored once), 0–10").format(
                        muscle=label
                    ),
                    90,
                )
                self.muscles["mmt_neck_flexors"] = edit
                grid.addWidget(edit, row, 1)
                grid.addWidget(QLabel(translate("VisitDialog", "(axial: scored once)")), row, 2)
                continue
            for col, side in ((1, "right"), (2, "left")):
                key = f"mmt_{muscle}_{side}"
                edit = self.line(key, side_names[side].format(muscle=label), 90)
                self.muscles[key] = edit
                grid.addWidget(edit, row, col)
        grid.setColumnStretch(3, 1)
        mmt_layout.addLayout(grid)
        total_row = QFormLayout()
        self.total = self.line(
            "mmt8_total",
            translate("VisitDialog", "MMT-8 total, only if the letter gives no &grades"),
            120,
        )
        total_row.addRow(
            translate("VisitDialog", "Total, only if the letter gives no &grades"), self.total
        )
        form_rows(total_row)
        mmt_layout.addLayout(total_row)
        self.total_text = QLabel()
        self.total_text.setWordWrap(True)
        self.total_text.setAccessibleName(translate("VisitDialog", "MMT-8 total"))
        mmt_layout.addWidget(self.total_text)
        self.form.addWidget(mmt)

        skin = QFormLayout()
        activity_label = translate("VisitDialog", "CDASI &activity (0–100)")
        self.cdasi_activity = self.line("cdasi_activity", activity_label, 120)
        skin.addRow(activity_label, self.cdasi_activity)
        damage_label = translate("VisitDialog", "CDASI da&mage (0–32)")
        self.cdasi_damage = self.line("cdasi_damage", damage_label, 120)
        skin.addRow(damage_label, self.cdasi_damage)
        if self.juvenile:
            das_skin_label = translate("VisitDialog", "DAS s&kin (0–9, optional)")
            self.das_skin = self.line("das_skin", das_skin_label, 120)
            skin.addRow(das_skin_label, self.das_skin)
            das_muscle_label = translate("VisitDialog", "DAS m&uscle (0–11, optional)")
            self.das_muscle = self.line("das_muscle", das_muscle_label, 120)
            skin.addRow(das_muscle_label, self.das_muscle)
        self.notes = self.notes_input()
        skin.addRow(translate("VisitDialog", "N&otes"), self.notes)
        form_rows(skin)
        self.form.addLayout(skin)
        self.form.addStretch(1)

        self.scale.currentIndexChanged.connect(self._scale_changed)
        self.side.currentIndexChanged.connect(self._scale_changed)
        for edit in (*self.muscles.values(), self.total):
            edit.textChanged.connect(self._update_total)
        if record is not None:
            self._load(record)
        else:
            self._default_scale()
        self._scale_changed()
        fit(self, 72, 40)
        self.finish()

    def _default_scale(self) -> None:
        last = self.services.clinic.list(newest_first=True, limit=1)
        if last and last[0].mmt8_scale == 80:
            self.scale.setCurrentIndex(1)

    def _load(self, r: Any) -> None:
        self.clinician.setText(r.clinician or "")
        self.physician.setText(text_of(r.physician_global))
        self.extramuscular.setText(text_of(r.extramuscular_global))
        if r.mmt8_scale == 80:
            self.scale.setCurrentIndex(1)
            right = [getattr(r, c) for c in self.muscles if c.endswith("_right")]
            left = [getattr(r, c) for c in self.muscles if c.endswith("_left")]
            if sum(v is not None for v in left) > sum(v is not None for v in right):
                self.side.setCurrentIndex(1)
        for key, edit in self.muscles.items():
            value = getattr(r, key)
            edit.setText("" if value is None else str(value))
        if r.mmt8_total is not None and records.mmt8_sum(self._muscle_record()) is None:
            self.total.setText(str(r.mmt8_total))
        self.cdasi_activity.setText("" if r.cdasi_activity is None else str(r.cdasi_activity))
        self.cdasi_damage.setText("" if r.cdasi_damage is None else str(r.cdasi_damage))
        self.notes.setPlainText(r.notes or "")
        if self.cmas is not None:
            self.cmas.load(r.cmas_items, r.cmas_total)
            self.parent_global.setText(text_of(r.parent_global))
            self.das_skin.setText(text_of(r.das_skin))
            self.das_muscle.setText(text_of(r.das_muscle))

    def scale_value(self) -> int:
        return int(self.scale.currentData())

    def side_value(self) -> str:
        return str(self.side.currentData())

    def _active(self, key: str) -> bool:
        if self.scale_value() == 150 or key == "mmt_neck_flexors":
            return True
        return key.endswith("_" + self.side_value())

    def _scale_changed(self) -> None:
        unilateral = self.scale_value() == 80
        self.side.setVisible(unilateral)
        self.side_label.setVisible(unilateral)
        for key, edit in self.muscles.items():
            edit.setEnabled(self._active(key))
        self._update_total()

    def _muscle_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"mmt8_scale": self.scale_value()}
        for key, edit in self.muscles.items():
            out[key] = parse_int(edit.text()) if self._active(key) else None
        return out

    def _update_total(self) -> None:
        rec = self._muscle_record()
        computed = records.mmt8_sum(rec)
        scale = self.scale_value()
        needed = [k for k in self.muscles if self._active(k)]
        entered = sum(1 for k in needed if self.muscles[k].text().strip())
        if computed is not None:
            text = translate(
                "VisitDialog",
                "Total: {total} of {scale} (computed by the app from the {n} muscles)",
            ).format(total=computed, scale=scale, n=len(needed))
        elif entered:
            text = translate(
                "VisitDialog", "Total: not yet computed – {entered} of {n} muscles entered"
            ).format(entered=entered, n=len(needed))
        elif self.total.text().strip():
            text = translate(
                "VisitDialog", "Total as given in the letter: {total} of {scale}"
            ).format(total=self.total.text().strip(), scale=scale)
        else:
            text = translate("VisitDialog", "Total: no MMT-8 entered")
        self.total_text.setText(text)

    def has_mmt(self) -> bool:
        return bool(self.total.text().strip()) or any(
            self.muscles[k].text().strip() for k in self.muscles if self._active(k)
        )

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "visit_date": self.date.value(),
            "clinician": self.clinician.text(),
            "physician_global": typed_number(self.physician.text()),
            "extramuscular_global": typed_number(self.extramuscular.text()),
            "mmt8_scale": self.scale_value() if self.has_mmt() else None,
            "mmt8_total": typed_number(self.total.text()),
            "cdasi_activity": typed_number(self.cdasi_activity.text()),
            "cdasi_damage": typed_number(self.cdasi_damage.text()),
            "notes": self.notes.toPlainText(),
        }
        for key, edit in self.muscles.items():
            data[key] = typed_number(edit.text()) if self._active(key) else None
        if self.cmas is not None:
            data.update(self.cmas.values())
            data["cmas_total"] = typed_number(str(data["cmas_total"] or ""))
            data["parent_global"] = typed_number(self.parent_global.text())
            data["das_skin"] = typed_number(self.das_skin.text())
            data["das_muscle"] = typed_number(self.das_muscle.text())
        return data

    def write(self, data: Mapping[str, Any]) -> Any:
        if self.record is not None:
            return self.services.clinic.update(self.record.id, data)
        return self.services.clinic.add(data)
