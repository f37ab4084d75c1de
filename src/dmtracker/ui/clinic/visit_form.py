"""The clinic visit form, in the order of a clinic letter: date, clinician, physician global,
extramuscular global, MMT-8 (per muscle and side, total computed), CDASI, notes."""

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
from dmtracker.ui.kit.forms import COMPUTED, FormDialog
from dmtracker.ui.kit.layout import fit, form_rows
from dmtracker.ui.kit.values import parse_int, text_of, typed_number

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services

SIDES = {"right": "Right", "left": "Left"}


class VisitDialog(FormDialog):
    """A clinic visit, in the order of a clinic letter: date, clinician, physician global,
    extramuscular global, MMT-8 (per muscle and side, total computed), CDASI, notes."""

    def __init__(self, services: Services, record: Any = None, parent: QWidget | None = None):
        title = "Edit clinic visit" if record is not None else "New clinic visit"
        super().__init__(services, title, parent)
        self.record = record
        today = services.clock.today()
        top = QFormLayout()
        self.date = self.date_input(
            "visit_date", "Visit &date", record.visit_date if record else today
        )
        top.addRow("Visit &date", self.date)
        self.clinician = self.line("clinician", "&Clinician")
        top.addRow("&Clinician", self.clinician)
        self.physician = self.line("physician_global", "&Physician global activity (0–10)", 120)
        top.addRow("&Physician global activity (0–10)", self.physician)
        self.extramuscular = self.line(
            "extramuscular_global", "E&xtramuscular global activity (0–10)", 120
        )
        top.addRow("E&xtramuscular global activity (0–10)", self.extramuscular)
        form_rows(top)
        self.form.addLayout(top)

        mmt = QGroupBox("MMT-8 (Kendall 0–10 per muscle)")
        mmt_layout = QVBoxLayout(mmt)
        scale_row = QFormLayout()
        self.scale = QComboBox()
        self.scale.addItem("0–150 (both sides)", 150)
        self.scale.addItem("0–80 (one side)", 80)
        self.field("mmt8_scale", "MMT-8 sca&le", self.scale)
        scale_row.addRow("MMT-8 sca&le", self.scale)
        self.side = QComboBox()
        for key, label in SIDES.items():
            self.side.addItem(label, key)
        self.field("mmt8_side", "Side &tested (0–80)", self.side)
        self.side_label = QLabel("Side &tested")
        self.side_label.setBuddy(self.side)
        scale_row.addRow(self.side_label, self.side)
        form_rows(scale_row)
        mmt_layout.addLayout(scale_row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, text in enumerate(("Muscle", "Right", "Left")):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        self.muscles: dict[str, QLineEdit] = {}
        for row, (muscle, label) in enumerate(vocab.MMT8_MUSCLES.items(), start=1):
            grid.addWidget(QLabel(label), row, 0)
            if muscle == "neck_flexors":
                edit = self.line("mmt_neck_flexors", f"{label} (axial, scored once), 0–10", 90)
                self.muscles["mmt_neck_flexors"] = edit
                grid.addWidget(edit, row, 1)
                grid.addWidget(QLabel("(axial: scored once)"), row, 2)
                continue
            for col, side in ((1, "right"), (2, "left")):
                key = f"mmt_{muscle}_{side}"
                edit = self.line(key, f"{label}, {side} side, 0–10", 90)
                self.muscles[key] = edit
                grid.addWidget(edit, row, col)
        grid.setColumnStretch(3, 1)
        mmt_layout.addLayout(grid)
        total_row = QFormLayout()
        self.total = self.line(
            "mmt8_total", "MMT-8 total, only if the letter gives no &grades", 120
        )
        total_row.addRow("Total, only if the letter gives no &grades", self.total)
        form_rows(total_row)
        mmt_layout.addLayout(total_row)
        self.total_text = QLabel()
        self.total_text.setWordWrap(True)
        self.total_text.setAccessibleName("MMT-8 total")
        mmt_layout.addWidget(self.total_text)
        self.form.addWidget(mmt)

        skin = QFormLayout()
        self.cdasi_activity = self.line("cdasi_activity", "CDASI &activity (0–100)", 120)
        skin.addRow("CDASI &activity (0–100)", self.cdasi_activity)
        self.cdasi_damage = self.line("cdasi_damage", "CDASI da&mage (0–32)", 120)
        skin.addRow("CDASI da&mage (0–32)", self.cdasi_damage)
        self.notes = self.notes_input()
        skin.addRow("N&otes", self.notes)
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
            text = f"Total: {computed} of {scale} ({COMPUTED} from the {len(needed)} muscles)"
        elif entered:
            text = f"Total: not yet computed – {entered} of {len(needed)} muscles entered"
        elif self.total.text().strip():
            text = f"Total as given in the letter: {self.total.text().strip()} of {scale}"
        else:
            text = "Total: no MMT-8 entered"
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
        return data

    def write(self, data: Mapping[str, Any]) -> Any:
        if self.record is not None:
            return self.services.clinic.update(self.record.id, data)
        return self.services.clinic.add(data)
