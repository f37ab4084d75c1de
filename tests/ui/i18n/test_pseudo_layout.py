"""Every window in the pseudo language (each text 40 % longer, accented) at 100 % and 200 %
text: no label or button narrower than its text, no text cut with "…" without a tooltip.
German and Spanish run about 30 % longer than English; the pseudo language is longer still,
so a window that passes here has room for both."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ui.i18n.conftest import in_language
from tests.ui.i18n.walker import LayoutChecker, walk

from dmtracker.i18n import PSEUDO

SIZES = [(1366, 900), (1024, 700)]


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_pseudo_translation_layout(
    size: tuple[int, int], scale: int, open_walk_window, catalog_dir: Path, tmp_path: Path
) -> None:
    with in_language(PSEUDO, catalog_dir):
        window = open_walk_window(size, scale)
        checker = LayoutChecker(size)
        report = walk(window, checker, tmp_path)
    # once each (the window's own widgets show on every page and tab)
    found = list({(c.cls, c.name, c.text, c.problem): c for c in checker.found}.values())
    lines = [f"  {c}" for c in found[:300]]
    if len(found) > 300:
        lines.append(f"  … and {len(found) - 300} more")
    assert not found, (
        f"{len(found)} clipped texts at {size[0]}×{size[1]}, {scale} % text "
        f"({len(report.visited)} windows visited):\n" + "\n".join(lines)
    )
