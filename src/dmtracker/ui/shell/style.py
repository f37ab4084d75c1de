"""The app's look: large targets, a visible focus ring, readable type, themes.

Themes: "system" (follow the desktop's light or dark scheme), "light", "dark" and
"contrast" (black on white, thick black focus ring, bold text). Text size 100–200 %.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from dmtracker.ui.kit import wheel_guard

BASE_POINT_SIZE = 11
THEMES = {
    "system": "Follow the system",
    "light": "Light",
    "dark": "Dark",
    "contrast": "High contrast",
}
SCALES = (100, 125, 150, 175, 200)

STYLE = """
QWidget { font-size: %(pt)dpt; }
QLabel#h1 { font-size: %(h1)dpt; font-weight: 600; }
QLabel#h2 { font-size: %(h2)dpt; font-weight: 600; }
QLabel#subtitle { font-size: %(h2)dpt; }
QLabel#hint { color: palette(placeholder-text); }
QLabel#banner { background: palette(highlight); color: palette(highlighted-text);
                padding: 10px 16px; font-weight: 600; }
QLabel#bigClock { font-size: %(clock)dpt; font-weight: 700; }
QLabel#scaleNumber { font-size: %(h1)dpt; font-weight: 700; }
QLabel#scaleNumber[carried="true"] { font-style: italic; color: palette(placeholder-text); }
QLabel#carried { font-style: italic; }
QLabel#status[error="true"] { font-weight: 700; }
QFrame#card { border: 1px solid palette(mid); border-radius: 8px; }
QPushButton { min-height: %(target)dpx; padding: 4px 16px; }
QPushButton#primary { font-weight: 700; }
QPushButton:disabled { color: palette(placeholder-text); border: 1px dashed palette(mid);
                       border-radius: 4px; background: transparent; }
QPushButton#step { padding: 0px; font-size: %(h2)dpt; font-weight: 700;
                   min-width: %(step)dpx; max-width: %(step)dpx; min-height: %(target)dpx; }
QLineEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit { min-height: %(target)dpx; }
QCheckBox { min-height: %(target)dpx; }
QCheckBox::indicator, QAbstractItemView::indicator { width: %(box)dpx; height: %(box)dpx; }
QListView::item { min-height: %(list_item)dpx; }
QListWidget#nav { min-width: %(nav)dpx; }
QListWidget#nav::item { min-height: %(nav_item)dpx; padding-left: 12px; }
QTabBar::tab { min-height: %(target)dpx; padding: 4px 16px; }
QWidget#scale { border: 2px solid transparent; border-radius: 6px;
                min-height: %(scale_h)dpx; }
QWidget#scale:focus { border: 3px solid palette(highlight); }
%(focus)s {
    outline: none; border: 3px solid palette(highlight); border-radius: 4px; }
QTabBar::tab:focus { border: 3px solid palette(highlight); }
QFrame#card[attention="true"] { border: 3px solid palette(highlight); }
QLabel#banner[warning="true"] { background: palette(base); color: palette(text);
                                border: 3px solid palette(highlight); }
"""

CONTRAST_EXTRA = """
QWidget { font-weight: 600; }
QWidget#scale:focus, %(focus)s, QTabBar::tab:focus {
    border: 4px solid #000000; }
QFrame#card { border: 2px solid #000000; }
QFrame#card[attention="true"] { border: 4px solid #000000; }
QLabel#banner[warning="true"] { border: 4px solid #000000; }
"""

#: Every kind of control that takes the keyboard focus: each draws a 3 px ring in the highlight
#: colour when focused (4 px black in high contrast): WCAG 2.2 "focus appearance" asks for at
#: least 2 px at a contrast of 3:1 or more (tests/ui/test_focus_style.py measures both).
FOCUSABLE = (
    "QAbstractButton",  # push, tool, check and radio buttons
    "QLineEdit",
    "QComboBox",
    "QAbstractSpinBox",  # spin boxes, date and time fields
    "QAbstractItemView",  # lists, tables, trees
    "QPlainTextEdit",
    "QTextEdit",
    "QSlider",
)
FOCUS_SELECTOR = ", ".join(f"{name}:focus" for name in FOCUSABLE)


def stylesheet(scale_percent: int = 100, theme: str = "system") -> str:
    f = max(100, min(200, scale_percent)) / 100
    pt = round(BASE_POINT_SIZE * f)
    css = STYLE % {
        "pt": pt,
        "h1": round(pt * 1.6),
        "h2": round(pt * 1.2),
        "clock": round(pt * 4.5),
        "target": max(32, round(32 * f)),
        "nav": min(260, round(170 * f)),
        "step": round(40 * f),
        "scale_h": max(32, round(32 * f)) + 10,
        "nav_item": round(44 * f),
        "box": round(20 * f),  # tick boxes grow with the text: a large target for weak hands
        "list_item": round(28 * f),  # list rows keep room around their tick box
        "focus": FOCUS_SELECTOR,
    }
    return css + (CONTRAST_EXTRA % {"focus": FOCUS_SELECTOR} if theme == "contrast" else "")


def _palette(theme: str) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    if theme == "dark":
        colours = {
            roles.Window: "#202124",
            roles.WindowText: "#e8eaed",
            roles.Base: "#2b2c2f",
            roles.AlternateBase: "#323336",
            roles.Text: "#e8eaed",
            roles.Button: "#3a3b3e",
            roles.ButtonText: "#e8eaed",
            roles.Highlight: "#8ab4f8",
            roles.HighlightedText: "#202124",
            roles.ToolTipBase: "#3a3b3e",
            roles.ToolTipText: "#e8eaed",
            roles.PlaceholderText: "#b0b3b8",
            roles.Mid: "#5f6368",
            roles.Link: "#8ab4f8",
        }
    elif theme == "contrast":
        colours = {
            roles.Window: "#ffffff",
            roles.WindowText: "#000000",
            roles.Base: "#ffffff",
            roles.AlternateBase: "#f0f0f0",
            roles.Text: "#000000",
            roles.Button: "#ffffff",
            roles.ButtonText: "#000000",
            roles.Highlight: "#000000",
            roles.HighlightedText: "#ffff00",
            roles.ToolTipBase: "#ffffe0",
            roles.ToolTipText: "#000000",
            roles.PlaceholderText: "#333333",
            roles.Mid: "#000000",
            roles.Link: "#0000cc",
        }
    else:
        colours = {
            roles.Window: "#f3f3f3",
            roles.WindowText: "#1a1a1a",
            roles.Base: "#ffffff",
            roles.AlternateBase: "#f6f6f6",
            roles.Text: "#1a1a1a",
            roles.Button: "#f0f0f0",
            roles.ButtonText: "#1a1a1a",
            roles.Highlight: "#1f6fb2",
            roles.HighlightedText: "#ffffff",
            roles.ToolTipBase: "#ffffe0",
            roles.ToolTipText: "#1a1a1a",
            roles.PlaceholderText: "#5a5a5a",
            roles.Mid: "#b0b0b0",
            roles.Link: "#1f6fb2",
        }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    return p


def resolved_theme(theme: str) -> str:
    if theme != "system":
        return theme
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_look(
    app: QApplication, scale_percent: int = 100, theme: str = "system", guard_wheel: bool = True
) -> None:
    """Apply text size and theme to the whole application. ``guard_wheel``: also install the
    wheel guard (combos and spin boxes take the wheel only when focused); the start leaves it
    for after the first paint, as its application-wide filter sees every event."""
    app.setStyle("Fusion")
    app.setPalette(_palette(resolved_theme(theme)))
    app.setStyleSheet(stylesheet(scale_percent, theme))
    if guard_wheel:
        wheel_guard.install(app)
