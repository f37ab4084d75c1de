"""``dmtracker import FILE`` recognises the health formats (issue 22): Apple Health's
export.zip, an openScale CSV export and Google Fit's daily metrics; a bad file is refused with
its line, nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from tests.services.test_health_import import GOOGLE_FIT_CSV, OPENSCALE_CLASSIC

from dmtracker.app import main
from dmtracker.services.app_services import open_services
from dmtracker.services.health.synthetic import write_apple_export
from dmtracker.storage.paths import DataPaths


def _diary(d: Path):
    services = open_services(DataPaths(d))
    try:
        steps = dict(services.daily_steps.series())
        weights = {w.day: w.weight_kg for w in services.weights.list()}
    finally:
        services.close()
    return steps, weights


def test_import_recognises_each_health_format(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    apple = tmp_path / "export.zip"
    expected = write_apple_export(apple, 200_000, last_day=date(2026, 11, 10), days=5)
    assert main(["import", "--data-dir", str(d), str(apple)]) == 0
    out = capsys.readouterr().out
    assert "export.zip: steps: 5 new day" in out and "weights: 5 new" in out
    steps, weights = _diary(d)
    assert steps == expected.steps and weights == expected.weights_kg

    scale = tmp_path / "openScale_export.csv"
    scale.write_text(OPENSCALE_CLASSIC, encoding="utf-8")
    assert main(["import", "--data-dir", str(d), str(scale)]) == 0
    assert "weights: 2 new" in capsys.readouterr().out
    assert _diary(d)[1][date(2026, 11, 21)] == Decimal("71.10")

    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text(GOOGLE_FIT_CSV, encoding="utf-8")
    assert main(["import", "--data-dir", str(d), str(fit)]) == 0
    out = capsys.readouterr().out
    assert "Daily activity metrics.csv: steps: 2 new day" in out
    assert _diary(d)[0][date(2026, 11, 20)] == 4321
    # again: nothing doubled
    assert main(["import", "--data-dir", str(d), str(fit)]) == 0
    assert "2 already in the diary" in capsys.readouterr().out


def test_a_bad_health_file_is_refused_with_its_line(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text(GOOGLE_FIT_CSV.replace("4321", "-5"), encoding="utf-8")
    assert main(["import", "--data-dir", str(d), str(fit)]) == 1
    err = capsys.readouterr().err
    assert "Daily activity metrics.csv" in err and "line 2" in err
    assert _diary(d) == ({}, {})


def test_import_help_names_the_formats(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for words in ("Apple Health export.zip", "openScale CSV", "Daily activity metrics.csv"):
        assert words in out
