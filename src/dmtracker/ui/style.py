"""The app's look: large targets, a visible focus ring, readable type."""

from __future__ import annotations

BASE_POINT_SIZE = 11

STYLE = """
QWidget { font-size: %(pt)dpt; }
QLabel#h1 { font-size: %(h1)dpt; font-weight: 600; }
QLabel#h2 { font-size: %(h2)dpt; font-weight: 600; }
QLabel#subtitle { font-size: %(h2)dpt; }
QLabel#banner { background: palette(highlight); color: palette(highlighted-text);
                padding: 10px 16px; font-weight: 600; }
QFrame#card { border: 1px solid palette(mid); border-radius: 8px; }
QPushButton { min-height: 32px; padding: 4px 16px; }
QLineEdit, QComboBox, QSpinBox, QDateEdit { min-height: 32px; }
QListWidget#nav { min-width: 190px; }
QListWidget#nav::item { min-height: 44px; padding-left: 12px; }
QTabBar::tab { min-height: 32px; padding: 4px 16px; }
QPushButton:focus, QLineEdit:focus, QListWidget:focus, QTableView:focus, QTabBar::tab:focus,
QComboBox:focus, QSpinBox:focus {
    outline: none; border: 3px solid palette(highlight); border-radius: 4px; }
"""


def stylesheet(scale_percent: int = 100) -> str:
    f = scale_percent / 100
    pt = round(BASE_POINT_SIZE * f)
    return STYLE % {"pt": pt, "h1": round(pt * 1.6), "h2": round(pt * 1.2)}
