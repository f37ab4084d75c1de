"""The question asked at once after a clot or stroke sign was logged: record a history of
thrombosis in the profile? (The service only proposes it: ``Change.prompts``.)

Yes ticks "I have had a blood clot" in the profile's risk factors, which sets the 0.03 mL/kg/min
cap for later infusions (clinical.md §4, §8; IVIG boxed warning). No changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dmtracker.domain import infusion, risk
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.risk import PROMPT_THROMBOSIS_HISTORY
from dmtracker.i18n import formats, translate
from dmtracker.ui.kit.layout import fit

if TYPE_CHECKING:  # the database layer is not imported before the window is painted
    from dmtracker.services.app_services import Services
    from dmtracker.services.base import Change


def question() -> str:
    return translate(
        "ThrombosisHistoryDialog",
        "You logged a sign of a blood clot or stroke. If a doctor confirmed a clot (in a vein "
        "or an artery, including a stroke), record it in your profile: a history of thrombosis "
        "is a risk factor on the IVIG label, and the app then plans and checks later infusions "
        "at no more than {at_risk} mL/kg/min instead of {label}. Tell your infusion team too.",
    ).format(
        at_risk=formats.number(infusion.AT_RISK_MAX_RATE),
        label=formats.number(infusion.LABEL_MAX_RATE),
    )


class ThrombosisHistoryDialog(QDialog):
    """Yes: record the history. No: not now (the profile's risk factors can be ticked later)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            translate("ThrombosisHistoryDialog", "Record a history of blood clots?")
        )
        self.setModal(True)
        layout = QVBoxLayout(self)
        title = QLabel(
            translate("ThrombosisHistoryDialog", "Record a history of blood clots in your profile?")
        )
        title.setObjectName("h2")
        title.setWordWrap(True)
        body = QLabel(question())
        body.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(body)
        self.buttons = QDialogButtonBox()
        self.yes = self.buttons.addButton(
            translate("ThrombosisHistoryDialog", "&Yes, record it"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.no = self.buttons.addButton(
            translate("ThrombosisHistoryDialog", "&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.yes.setDefault(True)
        self.yes.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit(self, 60)  # the style sheet's text size is known now


def ask_thrombosis_history(
    services: Services, change: Change, parent: QWidget | None = None
) -> Change | None:
    """Ask when ``change`` prompts for it; on Yes save the risk factor and return that change."""
    if PROMPT_THROMBOSIS_HISTORY not in change.prompts:
        return None
    dialog = ThrombosisHistoryDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return services.profile.add_risk_factor(risk.THROMBOSIS_HISTORY)
    except ValidationError:
        return None
