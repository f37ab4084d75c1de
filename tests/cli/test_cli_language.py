"""``--language`` on the command line: accepted on every command, a bad code refused in one
clear line, the CLI's lines in the chosen language (once its catalogue has them), and
``report --language`` writing the clinic report in that language whatever the system's is."""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dmtracker import i18n
from dmtracker.app import main
from dmtracker.cli.parser import build_parser, language_of

language_module = sys.modules[
    "dmtracker.i18n.language"
]  # (the package's ``language`` is a function)


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dmtracker", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--language", "de", "check"], "de"),
        (["check", "--language", "es"], "es"),
        (["report", "--language=de", "--from", "2026-01-01"], "de"),
        (["--language", "system"], "system"),
        (["--language", "xx", "check"], None),  # not a choice: the parser refuses it
        (["check"], None),
        (["--questions", "--", "--language", "de"], None),
    ],
)
def test_language_is_read_before_the_parser_is_built(argv: list[str], code: str | None) -> None:
    assert language_of(argv) == code


def test_every_command_takes_language() -> None:
    parser = build_parser()
    for command in ("demo", "backup", "check", "restore", "encrypt", "decrypt", "export"):
        extra = {"restore": ["x.sqlite3"], "export": ["--format", "csv", "--out", "x"]}
        args = parser.parse_args([command, *extra.get(command, []), "--language", "de"])
        assert args.language == "de"
    assert parser.parse_args(["--language", "es", "check"]).language == "es"
    assert parser.parse_args(["check"]).language is None  # not given: settings or system


def test_language_is_accepted_and_used(tmp_path: Path, capsys) -> None:
    assert main(["--language", "de", "check", "--data-dir", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert "no database" in err or "keine" in err.lower()  # English until the .qm has it
    assert i18n.current().code == "de"
    assert main(["check", "--language", "en", "--data-dir", str(tmp_path / "none")]) == 1
    assert i18n.current().code == "en"


def test_an_unknown_language_is_refused_in_one_clear_line(tmp_path: Path) -> None:
    r = run("--language", "xx", "check", "--data-dir", str(tmp_path / "x"))
    assert r.returncode == 2
    assert "--language" in r.stderr and "'xx'" in r.stderr
    assert "en, de, es, system" in r.stderr.replace("'", "")
    assert "Traceback" not in r.stderr


def _tiny_catalog(folder: Path) -> None:
    """A German catalogue with a few of the CLI's lines (the real .qm is built at release)."""
    ts = folder / "dmtracker_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en"><context><name>Cli</name>'
        "<message><source>no database in {folder}</source>"
        "<translation>keine Datenbank in {folder}</translation></message>"
        "<message><source>dmtracker: error: {reason}</source>"
        "<translation>dmtracker: Fehler: {reason}</translation></message>"
        "<message><source>make a backup now</source>"
        "<translation>jetzt eine Sicherungskopie anlegen</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(folder / "dmtracker_de.qm")],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def german_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    _tiny_catalog(folder)
    monkeypatch.setattr(language_module, "CATALOG_DIR", folder)
    language_module.language.cache_clear()
    yield folder
    language_module.language.cache_clear()


def test_the_cli_speaks_german_when_the_catalogue_has_it(
    german_catalog: Path, tmp_path: Path, capsys
) -> None:
    none = tmp_path / "none"
    assert main(["--language", "de", "check", "--data-dir", str(none)]) == 1
    assert capsys.readouterr().err.strip() == f"dmtracker: Fehler: keine Datenbank in {none}"
    with pytest.raises(SystemExit):  # --help: the help texts of the chosen language
        main(["--language", "de", "--help"])
    assert "jetzt eine Sicherungskopie anlegen" in capsys.readouterr().out
    i18n.use("en")
    assert main(["check", "--data-dir", str(none), "--language", "en"]) == 1
    assert "error: no database in" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler)")
def test_report_language_writes_the_report_in_that_language(tmp_path: Path, monkeypatch) -> None:
    from dmtracker.reports.clinic import report as clinic_report

    d = str(tmp_path / "d")
    assert main(["demo", "--data-dir", d, "--end", "2026-06-30", "--language", "en"]) == 0
    spoken: list[str] = []
    write = clinic_report.write_clinic_report

    def spy(*args, **kwargs):
        spoken.append(i18n.current().code)
        return write(*args, **kwargs)

    monkeypatch.setattr(clinic_report, "write_clinic_report", spy)
    out = tmp_path / "bericht.pdf"
    argv = ["report", "--data-dir", d, "--from", "2026-04-01", "--to", "2026-06-30"]
    assert main([*argv, "--out", str(out), "--language", "de"]) == 0
    assert spoken == ["de"] and out.stat().st_size > 10_000
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # dates the German way (dd.MM.yyyy) where the report writes them through i18n.formats
    if "formats." in inspect.getsource(clinic_report):
        assert "01.04.2026" in text and "30.06.2026" in text, text[:500]
        assert not re.findall(r"\b20\d{2}-\d{2}-\d{2}\b", text.split("Appendix")[0])
    else:  # (before the report's own texts were translated: ISO dates, as in English)
        assert "2026-04-01" in text
    english = tmp_path / "report.pdf"
    assert main([*argv, "--out", str(english), "--language", "en"]) == 0
    assert spoken == ["de", "en"]
    english_text = subprocess.run(
        ["pdftotext", str(english), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert not re.findall(r"\b\d{2}\.\d{2}\.20\d{2}\b", english_text)
