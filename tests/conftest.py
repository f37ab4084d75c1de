"""Test set-up: Qt offscreen before any Qt import; a fresh data folder per test, migrated."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DMTRACKER_HOME", None)

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dmtracker.services.clock import Clock

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    """Wednesday 25 November 2026, 11:00 in Berlin."""
    return Clock(tz=TZ, fixed=NOW)


@pytest.fixture
def paths(tmp_path: Path):
    from dmtracker.storage.paths import DataPaths

    return DataPaths(tmp_path / "data")


@pytest.fixture
def services(paths, clock):
    from dmtracker.services.app_services import open_services

    s = open_services(paths, clock)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One year of demo data, made once per run; tests copy it."""
    from dmtracker.services.app_services import open_services
    from dmtracker.services.demo import generate_demo
    from dmtracker.storage.paths import DataPaths

    p = DataPaths(tmp_path_factory.mktemp("demo") / "data")
    s = open_services(p, Clock(tz=TZ, fixed=NOW))
    summary = generate_demo(s, years=1, seed=7)
    s.close()
    return p, summary


@pytest.fixture
def demo_services(demo_template, tmp_path, clock):
    import shutil

    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    src, _summary = demo_template
    dest = DataPaths(tmp_path / "demo")
    shutil.copytree(src.root, dest.root)
    s = open_services(dest, clock)
    yield s
    s.close()
