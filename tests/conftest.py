"""Test set-up: Qt offscreen before any Qt import; a fresh data folder per test, migrated."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DMTRACKER_HOME", None)

import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dmtracker import i18n
from dmtracker.services.clock import Clock

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _english() -> Any:
    """Every test starts in English (the source language), whatever the machine's language;
    a test in German or Spanish says so (``i18n.use("de")``) and is put back afterwards."""
    i18n.use("en")
    yield
    i18n.use("en")


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    """A moment in the tests' time zone (Berlin)."""
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def add_course(services: Any, start: str = "2026-11-23", days: int = 2, **extra: Any) -> int:
    """Plan an IVIG course of 2 g/kg at 70 kg, 10 % (``extra`` adds or overrides fields);
    returns its id."""
    data = {
        "planned_start": start,
        "days_planned": days,
        "g_per_kg": "2",
        "weight_kg": "70",
        "concentration_percent": "10",
        **extra,
    }
    return services.courses.add(data).ids[0]


def add_infusion_day(services: Any, cid: int, day: str, n: int, m: int = 2, **extra: Any) -> int:
    """Record day ``n`` of ``m`` of course ``cid`` on ``day`` (70 g at 70 kg); returns its id."""
    services.infusions.add(
        {
            "course_id": cid,
            "day": day,
            "day_number": n,
            "days_in_course": m,
            "dose_g": "70",
            "weight_kg": "70",
            **extra,
        }
    )
    return next(d for d in services.infusions.list() if d.day.isoformat() == day).id


def write_png(path: Path, w: int, h: int, rgb: bytes) -> Path:
    """A real ``w`` x ``h`` PNG of one colour (``rgb``, 3 bytes) at ``path``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + rgb * w for _ in range(h))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


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
