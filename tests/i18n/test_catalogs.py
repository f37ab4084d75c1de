"""The translation files: complete, up to date with the code, compiled, and readable by lupdate.

``make translations-update`` then ``make translations`` must leave nothing to commit."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.mark.parametrize("lang", tool.LANGS)
def test_every_entry_is_translated(lang: str) -> None:
    root = ET.parse(tool.ts_path(lang)).getroot()
    unfinished = [
        f"{context}: {msg.findtext('source')!r}"
        for context, msg in tool.messages(root)
        if not tool.finished(msg) or not all(tool.forms_of(msg))
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}:\n" + "\n".join(unfinished[:40])


def test_the_code_and_the_catalogues_pass_the_translation_lint() -> None:
    assert tool.lint_calls(tool.sources()) == []
    assert tool.lint_catalogs() == []


def test_the_catalogues_hold_every_text_of_the_code(tmp_path: Path, monkeypatch) -> None:
    """lupdate run now finds nothing new: every translate() in the code is in the .ts files."""
    copy = tmp_path / "i18n"
    shutil.copytree(tool.CATALOGS, copy)
    monkeypatch.setattr(tool, "CATALOGS", copy)
    tool.update()
    for lang in tool.LANGS:
        fresh = ET.parse(copy / f"dmtracker_{lang}.ts").getroot()
        kept = ET.parse(ROOT / "src/dmtracker/resources/i18n" / f"dmtracker_{lang}.ts").getroot()
        new = {tool.key_of(c, m) for c, m in tool.messages(fresh)}
        old = {tool.key_of(c, m) for c, m in tool.messages(kept)}
        assert new - old == set(), f"not in dmtracker_{lang}.ts (run make translations-update)"
        assert old - new == set(), "no longer in the code (run make translations-update)"


def test_lupdate_extracted_every_marked_text() -> None:
    """A call lupdate skips silently (an alias, a call inside an f-string, a call holding a
    call) is missing from the .ts: compared with what ``ast`` finds in the code."""
    root = ET.parse(tool.ts_path("de")).getroot()
    in_ts = {tool.key_of(c, m) for c, m in tool.messages(root)}
    missing = sorted(tool.code_messages(tool.sources()) - in_ts)
    assert not missing, f"{len(missing)} marked texts not extracted:\n" + "\n".join(
        map(repr, missing[:30])
    )


@pytest.mark.parametrize("lang", tool.LANGS)
def test_the_compiled_catalogues_match_their_sources(lang: str, tmp_path: Path) -> None:
    tool.release(tmp_path, (lang,))
    built = (tmp_path / f"dmtracker_{lang}.qm").read_bytes()
    shipped = tool.CATALOGS / f"dmtracker_{lang}.qm"
    assert shipped.exists(), "run make translations"
    assert shipped.read_bytes() == built, "run make translations (the .qm is older than its .ts)"


def test_the_lint_finds_what_lupdate_would_miss(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from dmtracker.i18n import translate\n"
        "x = 3\n"
        'a = translate("C", f"{x} days")\n'
        'b = translate("C", "%n day(s)", None, len([1]))\n'
        'c = translate("C", "%n day(s)")\n'
        'd = translate("C", "a" + "b")\n'
        'e = translate("C", "ok").format(x=x)\n'
    )
    monkey_root = tool.ROOT
    tool.ROOT = tmp_path
    try:
        problems = tool.lint_calls([bad])
    finally:
        tool.ROOT = monkey_root
    assert [p.split(":")[1] for p in problems] == ["3", "4", "5", "6"]
    assert "f-string" in problems[0]


def test_no_text_a_person_reads_cites_the_projects_own_notes() -> None:
    """A citation such as "clinical.md §1" belongs in a comment beside the code that uses the
    fact, not in a message: the patient has no such file (issue 16 showed "(clinical.md §1)" in
    the planner's high-dose warning)."""
    root = ET.parse(tool.ts_path(tool.LANGS[0])).getroot()
    citing = [
        f"{context}: {msg.findtext('source')!r}"
        for context, msg in tool.messages(root)
        if any(word in (msg.findtext("source") or "") for word in ("clinical.md", ".md §"))
    ]
    assert citing == []
