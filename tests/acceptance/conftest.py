"""The acceptance suite: the real app in a real window (Xvfb + openbox), driven by keys and
clicks through xdotool; each scenario then reads the database through the services.

Marked ``acceptance`` (deselected by the default ``pytest`` run); ``make test-acceptance`` runs
it. Each scenario has its own data folder and its own display; a failing one leaves a
screenshot and the app's log in ``build/acceptance/``. Without Xvfb, openbox, xdotool, xprop or
ImageMagick the scenarios are skipped, unless ``DMTRACKER_ACCEPTANCE_REQUIRED=1`` (CI), which
makes a missing tool a failure.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from real_desktop import Desktop, missing_tools

ROOT = Path(__file__).resolve().parents[2]
FAILURES = ROOT / "build" / "acceptance"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Any:
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def desktop(request: pytest.FixtureRequest) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        message = "a real desktop needs " + ", ".join(missing) + " (make system-deps)"
        if os.environ.get("DMTRACKER_ACCEPTANCE_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    d = Desktop().up()
    try:
        yield d
    finally:
        report = getattr(request.node, "report_call", None)
        if report is None or report.failed:
            name = re.sub(r"[^\w.-]+", "_", request.node.name)
            d.shot(FAILURES / f"{name}.png")
            (FAILURES / f"{name}.log").write_text(d.app_log())
        d.down()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty data folder (nothing in it yet: a first start)."""
    return tmp_path / "diary"


@pytest.fixture
def own_diary(folder: Path) -> Path:
    """A data folder holding an empty diary of the user's own (no welcome screen)."""
    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    open_services(DataPaths(folder)).close()
    return folder
