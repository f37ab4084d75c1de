"""Entries during the day in the clinic report, read back with pdftotext: counted in the
summary with the highest of the period, and the highest of each day in the daily log."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import local
from tests.reports.clinic.test_clinic_report import _write, pdftext, small  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_entries_are_counted_with_the_highest_of_each_day(qapp, small, tmp_path: Path) -> None:  # noqa: F811
    s = small
    s.entries.add({"at": local(2026, 11, 24, 15, 30), "pain": 7, "notes": "bad afternoon"})
    s.entries.add({"at": local(2026, 11, 24, 20), "pain": 4, "fatigue": 8})
    s.entries.add({"at": local(2026, 11, 21, 9), "itch": 3})
    out = tmp_path / "r.pdf"
    _write(s, out, appendix=True)
    text = pdftext(out)
    first = text.split("\f")[0]
    assert "Entries during the day 3, on 2 days" in " ".join(first.split())
    assert "pain 7 (2026-11-24)" in " ".join(first.split())
    appendix = text[text.index("Appendix: daily log") :]
    assert "2: fatigue 8" in appendix and "1: worst itch 3" in " ".join(appendix.split())


def test_no_entries_no_line(qapp, small, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "r.pdf"
    _write(small, out)
    assert "Entries during the day" not in pdftext(out)
