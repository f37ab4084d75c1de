"""Translations: extract, fill, check and build (see docs/translating.md).

    python tools/i18n.py update            # pyside6-lupdate: the .ts files from the code
    python tools/i18n.py release           # pyside6-lrelease: the .qm files from the .ts files
    python tools/i18n.py lint              # calls lupdate can read; placeholders kept
    python tools/i18n.py stats             # unfinished entries per language and context
    python tools/i18n.py todo de [CONTEXT] # the unfinished entries as JSON (to translate)
    python tools/i18n.py fill de FILE.json # put translations from JSON into the .ts
    python tools/i18n.py pseudo DIR        # a 40 %-longer accented test language (xx) in DIR

JSON for ``fill`` and from ``todo``: ``{"Context": {"English source": "translation"}}``; a
plural (a source with %n) takes a list of forms (German and Spanish: [one, other]).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "dmtracker"
CATALOGS = SRC / "resources" / "i18n"
LANGS = ("de", "es")
BIN = Path(sys.executable).parent
MARKERS = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_0-9]*)(?:[:!][^{}]*)?\}(?!\})")
Key = tuple[str, str, str]  # context, source, disambiguation


def sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def ts_path(lang: str) -> Path:
    return CATALOGS / f"dmtracker_{lang}.ts"


# --- reading and writing .ts ------------------------------------------------------------


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def key_of(context: str, msg: ET.Element) -> Key:
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def forms_of(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    return tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")


def set_translation(msg: ET.Element, forms: list[str], plural_count: int) -> None:
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if "%n" in (msg.findtext("source") or ""):
        msg.set("numerus", "yes")
        tr.text = None
        forms = (forms * plural_count)[:plural_count] if len(forms) < plural_count else forms
        for f in forms[:plural_count]:
            ET.SubElement(tr, "numerusform").text = f
    else:
        tr.text = forms[0]


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


PLURAL_FORMS = {"de": 2, "es": 2, "en": 2, "xx": 2}


# --- commands ---------------------------------------------------------------------------


def update() -> None:
    """lupdate, then the plural fix: lupdate's Python reader marks a message as a plural only
    for ``self.tr(s, c, n)``, not for ``translate(ctx, s, c, n)`` with a variable ``n``. Every
    source with %n is a plural here; its forms are kept across updates."""
    CATALOGS.mkdir(parents=True, exist_ok=True)
    kept: dict[str, dict[Key, tuple[list[str], bool]]] = {}
    for lang in LANGS:
        path = ts_path(lang)
        if path.exists():
            root = ET.parse(path).getroot()
            kept[lang] = {key_of(c, m): (forms_of(m), finished(m)) for c, m in messages(root)}
        else:
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n'
            )
            kept[lang] = {}
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(str(p) for p in sources()))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", f"@{lst.name}", "-ts"]
        + [str(ts_path(lang)) for lang in LANGS],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    Path(lst.name).unlink()
    for lang in LANGS:
        path = ts_path(lang)
        tree = ET.parse(path)
        for context, msg in messages(tree.getroot()):
            source = msg.findtext("source") or ""
            if "%n" not in source:
                continue
            forms, done = kept[lang].get(key_of(context, msg), ([], False))
            forms = [f for f in forms if f] if done else []
            msg.set("numerus", "yes")
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if forms:
                tr.attrib.pop("type", None)
            else:
                tr.set("type", "unfinished")
            for i in range(PLURAL_FORMS[lang]):
                ET.SubElement(tr, "numerusform").text = forms[i] if i < len(forms) else ""
        write_ts(tree, path)
    stats()


def release(out_dir: Path | None = None, langs: tuple[str, ...] = LANGS) -> None:
    for lang in langs:
        qm = (out_dir or CATALOGS) / f"dmtracker_{lang}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm)],
            check=True,
        )


def stats() -> int:
    missing = 0
    for lang in LANGS:
        root = ET.parse(ts_path(lang)).getroot()
        per: dict[str, int] = {}
        total = 0
        for context, msg in messages(root):
            total += 1
            if not finished(msg):
                per[context] = per.get(context, 0) + 1
        left = sum(per.values())
        missing += left
        print(f"{lang}: {total - left}/{total} translated")
        for context, count in sorted(per.items()):
            print(f"    {context}: {count}")
    return missing


def todo(lang: str, only: str | None = None) -> None:
    root = ET.parse(ts_path(lang)).getroot()
    out: dict[str, dict[str, str | list[str]]] = {}
    for context, msg in messages(root):
        if finished(msg) or (only and not re.fullmatch(only, context)):
            continue
        source = msg.findtext("source") or ""
        comment = msg.findtext("comment")
        key = source if not comment else f"{source}\u241f{comment}"
        out.setdefault(context, {})[key] = ["", ""] if "%n" in source else ""
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(lang: str, files: list[Path]) -> None:
    path = ts_path(lang)
    tree = ET.parse(path)
    index = {key_of(c, m): m for c, m in messages(tree.getroot())}
    put = unknown = 0
    for file in files:
        data = json.loads(file.read_text())
        for context, entries in data.items():
            for key, value in entries.items():
                source, _, comment = key.partition("\u241f")
                msg = index.get((context, source, comment))
                if msg is None:
                    unknown += 1
                    continue
                forms = value if isinstance(value, list) else [value]
                if not all(forms):
                    continue
                set_translation(msg, forms, PLURAL_FORMS[lang])
                put += 1
    write_ts(tree, path)
    print(f"{lang}: {put} translations put in; {unknown} not in the .ts (stale)")


def pseudo(out_dir: Path) -> Path:
    """A test language (xx): every text 40 % longer, with accents, placeholders kept."""
    tree = ET.parse(ts_path("de"))
    root = tree.getroot()
    root.set("language", "de")
    for _context, msg in messages(root):
        source = msg.findtext("source") or ""
        set_translation(msg, [_lengthen(source)] * 2, 2)
    ts = out_dir / "dmtracker_xx.ts"
    write_ts(tree, ts)
    qm = out_dir / "dmtracker_xx.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


_ACCENTS = str.maketrans("aeiouAEIOUnNcCyY", "àéîöüÀÉÎÖÜñÑçÇýÝ")


def _lengthen(text: str) -> str:
    """Accented, and 40 % longer: each word padded by 40 % of its length (and its space), as
    German and Spanish words are longer, not one run of padding at the end (a 400-letter text
    would end in a 160-letter "word" no language has, which no wrapping label can break).
    Placeholders, HTML tags, %n and keyboard & marks are kept as they are."""
    pieces = re.split(r"(\{[^{}]*\}|<[^<>]*>|%n|&\w|&&)", text)

    def padded(word: re.Match[str]) -> str:
        return word.group() + "·" * max(1, round((len(word.group()) + 1) * 0.4))

    return "".join(
        p if i % 2 else re.sub(r"\S+", padded, p.translate(_ACCENTS)) for i, p in enumerate(pieces)
    )


# --- the lint ----------------------------------------------------------------------------


def _callee(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _marker_calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in MARKERS:
            continue
        if name == "translate" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "i18n")):
                continue  # another object's translate() (str.translate, a QTranslator)
        yield node, name


def _is_literal(arg: ast.expr) -> bool:
    return isinstance(arg, ast.Constant) and (arg.value is None or isinstance(arg.value, str))


def _call_problems(node: ast.Call, name: str) -> list[str]:
    if name == "tr":
        return [
            "use translate(CONTEXT, TEXT), not tr(): one function, aware of the report language"
        ]
    texts = 1 if name == "QT_TR_NOOP" else 2
    args = node.args
    if len(args) < texts:
        return [f"{name}() needs its text as a literal argument"]
    out = []
    for arg in args[: texts + 1]:
        if isinstance(arg, ast.JoinedStr):
            out.append(f"f-string inside {name}(): translate first, then .format()")
        elif not _is_literal(arg):
            out.append(f"{name}() takes literal strings (lupdate reads them)")
    if node.keywords:
        out.append(f"{name}() with keywords is skipped by lupdate")
    has_n = len(args) > texts + 1
    if has_n and not isinstance(args[texts + 1], (ast.Name, ast.Constant)):
        out.append(f"{name}()'s n must be a plain name (lupdate skips self.x or a call there)")
    source = args[texts - 1]
    if isinstance(source, ast.Constant) and "%n" in str(source.value) and not has_n:
        out.append("a text with %n needs the count n")
    return out


def _hidden_markers(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """What lupdate skips silently: a marker imported under another name, or called inside an
    f-string's braces."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in MARKERS and alias.asname and alias.asname != alias.name:
                    yield node.lineno, f"{alias.name} imported as {alias.asname}: lupdate skips it"
        elif isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _callee(inner) in MARKERS:
                    yield inner.lineno, "translate() inside an f-string: lupdate skips it"


def lint_calls(paths: list[Path]) -> list[str]:
    """Calls lupdate cannot read (or reads into a text that never matches at run time)."""
    problems = []
    for path in paths:
        tree = ast.parse(path.read_text(), str(path))
        where = path.relative_to(ROOT)
        for node, name in _marker_calls(tree):
            problems += [f"{where}:{node.lineno}: {p}" for p in _call_problems(node, name)]
        problems += [f"{where}:{line}: {p}" for line, p in _hidden_markers(tree)]
    return problems


def code_messages(paths: list[Path]) -> set[Key]:
    """Every (context, source, disambiguation) the code marks, read with ``ast`` (to compare
    with what lupdate extracted: a call lupdate skips shows up as missing from the .ts)."""
    found: set[Key] = set()
    for path in paths:
        for node, name in _marker_calls(ast.parse(path.read_text(), str(path))):
            if name in ("tr", "QT_TR_NOOP") or len(node.args) < 2:
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:3]]
            if isinstance(args[0], str) and isinstance(args[1], str):
                comment = args[2] if len(args) > 2 and isinstance(args[2], str) else ""
                found.add((args[0], args[1], comment))
    return found


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def lint_catalogs() -> list[str]:
    problems = []
    for lang in LANGS:
        root = ET.parse(ts_path(lang)).getroot()
        for context, msg in messages(root):
            source = msg.findtext("source") or ""
            for form in forms_of(msg):
                if not form:
                    continue
                if placeholders(form) != placeholders(source):
                    problems.append(
                        f"{lang} {context}: {source!r} -> {form!r}: placeholders differ"
                    )
                if ("%n" in source) and "%n" not in form and len(forms_of(msg)) > 1:
                    pass  # a form may spell the number ("eine Sicherung")
    return problems


def lint() -> int:
    problems = lint_calls(sources()) + lint_catalogs()
    for p in problems:
        print(p)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else ""
    if cmd == "update":
        update()
    elif cmd == "release":
        release()
    elif cmd == "lint":
        return lint()
    elif cmd == "stats":
        stats()
    elif cmd == "todo":
        todo(argv[1], argv[2] if len(argv) > 2 else None)
    elif cmd == "fill":
        fill(argv[1], [Path(a) for a in argv[2:]])
    elif cmd == "pseudo":
        print(pseudo(Path(argv[1])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
