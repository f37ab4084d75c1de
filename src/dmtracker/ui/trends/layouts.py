"""The Trends page's layouts: rows of controls that wrap onto a further line when the page is
narrow (``FlowRow`` and ``group``, from the kit), and tab pages whose height counts only while
shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dmtracker.ui.kit.flow import FlowRow, group

__all__ = ["FlowRow", "TabPane", "group"]


class TabPane(QWidget):
    """A tab's page whose height counts only while it is shown: a tab widget asks every page
    for its height (the hidden timeline's made the cycle view three screens tall)."""

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(width) if self.isVisible() else -1
