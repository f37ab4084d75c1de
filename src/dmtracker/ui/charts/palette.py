"""Chart colours for the app's themes: light, dark and high contrast, chosen from the palette the
app applies (``ui/shell/style.py``), so a chart follows the theme the moment it changes. The series
keep the Okabe–Ito colour-blind-safe hues (lightened on dark); every series also has its own
line style or symbol, so colour never carries meaning alone. The PDF always uses ``LIGHT``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class ChartPalette:
    name: str
    background: str
    ink: str  # titles, labels, the TIS line, flare marks
    axis: str
    muted: str  # guide lines (TIS levels), crosshair
    course: tuple[int, int, int, int]  # IVIG course shading (RGBA)
    normal: tuple[int, int, int, int]  # the normal range of enzymes (RGBA)
    scales: dict[str, str] = field(default_factory=dict)
    labs: dict[str, str] = field(default_factory=dict)
    tests: str = "#0072B2"
    rash: str = "#CC79A7"
    prednisone: str = "#E69F00"
    event: str = "#404040"  # a side effect
    red: str = "#D00000"  # a red flag
    red_text: str = "#B00000"
    bars: str = "#999999"  # other medicines
    bar_edge: str = "#555555"
    outline: str = "#ffffff"  # around symbols, to lift them off lines
    width: float = 1.0  # line widths are multiplied by this
    grid_alpha: float = 0.15


OKABE_ITO = {
    "patient_global": "#0072B2",
    "fatigue": "#D55E00",
    "pain": "#009E73",
    "itch": "#CC79A7",
}
LABS = {
    "CK": "#0072B2",
    "aldolase": "#D55E00",
    "LDH": "#009E73",
    "AST": "#CC79A7",
    "ALT": "#56B4E9",
}

LIGHT = ChartPalette(
    name="light",
    background="#ffffff",
    ink="#202020",
    axis="#808080",
    muted="#606060",
    course=(0, 114, 178, 38),
    normal=(0, 158, 115, 35),
    scales=OKABE_ITO,
    labs=LABS,
)

DARK = ChartPalette(
    name="dark",
    background="#1e1f22",
    ink="#e8eaed",
    axis="#9aa0a6",
    muted="#a0a4a8",
    course=(86, 180, 233, 46),
    normal=(0, 158, 115, 60),
    scales={
        "patient_global": "#56B4E9",
        "fatigue": "#FF8F5C",
        "pain": "#2FD3A0",
        "itch": "#E8A6CF",
    },
    labs={
        "CK": "#56B4E9",
        "aldolase": "#FF8F5C",
        "LDH": "#2FD3A0",
        "AST": "#E8A6CF",
        "ALT": "#F0E442",
    },
    tests="#56B4E9",
    rash="#E8A6CF",
    prednisone="#F0B640",
    event="#c8c8c8",
    red="#FF5A5A",
    red_text="#FF8080",
    bars="#6a6d72",
    bar_edge="#b0b3b8",
    outline="#1e1f22",
    grid_alpha=0.25,
)

CONTRAST = ChartPalette(
    name="contrast",
    background="#ffffff",
    ink="#000000",
    axis="#000000",
    muted="#000000",
    course=(0, 90, 160, 60),
    normal=(0, 120, 90, 60),
    scales={
        "patient_global": "#004C80",
        "fatigue": "#A33A00",
        "pain": "#006B4E",
        "itch": "#8E3B73",
    },
    labs={
        "CK": "#004C80",
        "aldolase": "#A33A00",
        "LDH": "#006B4E",
        "AST": "#8E3B73",
        "ALT": "#000000",
    },
    tests="#004C80",
    rash="#8E3B73",
    prednisone="#8A5A00",
    event="#000000",
    red="#C00000",
    red_text="#A00000",
    bars="#bdbdbd",
    bar_edge="#000000",
    width=1.5,
    grid_alpha=0.3,
)

PALETTES = {p.name: p for p in (LIGHT, DARK, CONTRAST)}


def palette_for(qt: QPalette) -> ChartPalette:
    """The chart palette of the theme the app applied (see ``ui/style._palette``)."""
    window = qt.color(QPalette.ColorRole.Window)
    if window.lightness() < 128:
        return DARK
    black, white = QColor("#000000"), QColor("#ffffff")
    if qt.color(QPalette.ColorRole.Highlight) == black and window == white:
        return CONTRAST
    return LIGHT


def opaque(rgba: tuple[int, int, int, int], under: str) -> QColor:
    """``rgba`` drawn over ``under``, as one opaque colour (a legend sample of a shading)."""
    r, g, b, a = rgba
    u = QColor(under)
    f = a / 255
    return QColor(
        round(r * f + u.red() * (1 - f)),
        round(g * f + u.green() * (1 - f)),
        round(b * f + u.blue() * (1 - f)),
    )
