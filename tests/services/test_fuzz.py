"""Fuzzed input with Hypothesis: every validator, every record kind through its service, the
check-in CSV import, the JSON backup import and the command line arguments.

For every generated input: no crash (only the app's own rejections are raised), no partial
write (a rejected save or import leaves every table exactly as it was), and every rejection is
a message naming the field (or, for a file, the line or record and the field).

Each test runs twice: a quick run by default (a few dozen cases each) and a ``slow`` run that
fuzzes over 10 000 cases in total (``pytest -m slow tests/services/test_fuzz.py``; the total
is printed).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dmtracker.domain import records
from dmtracker.domain.errors import NotFoundError, ValidationError
from dmtracker.domain.validation import (
    Bool,
    Choice,
    ChoiceList,
    Context,
    Custom,
    Day,
    Dec,
    Int,
    IntChoice,
    Moment,
    Reject,
    Rule,
    Text,
)
from dmtracker.services.clock import Clock

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
TODAY = NOW.date()
CTX = Context(today=TODAY, now=NOW)
CASES: Counter[str] = Counter()

# --- how many cases: quick by default, over 10 000 in all when slow -----------------------------
QUICK = 25
SLOW = {
    "rule": 3000,
    "record": 2000,
    "service": 2000,
    "csv": 1500,
    "json": 1000,
    "cli": 1500,
}
COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": list(HealthCheck),
}


def both(name: str, **strategies: Any) -> Callable[[Callable[..., None]], Any]:
    """Make ``body`` a quick test and keep a slow twin of it in ``SLOW_TESTS``."""

    def wrap(body: Callable[..., None]) -> Any:
        def counted(*args: Any, **kwargs: Any) -> None:
            CASES[name] += 1
            body(*args, **kwargs)

        counted.__name__ = body.__name__
        counted.__doc__ = body.__doc__
        counted.__signature__ = __import__("inspect").signature(body)  # type: ignore[attr-defined]
        slow = settings(max_examples=SLOW[name], **COMMON)(given(**strategies)(counted))
        SLOW_TESTS[body.__name__ + "_slow"] = pytest.mark.slow(slow)
        return settings(max_examples=QUICK, **COMMON)(given(**strategies)(counted))

    return wrap


SLOW_TESTS: dict[str, Any] = {}


@pytest.fixture(scope="module", autouse=True)
def report_cases(pytestconfig: pytest.Config):
    import time

    t0 = time.perf_counter()
    yield
    took = time.perf_counter() - t0
    capman = pytestconfig.pluginmanager.getplugin("capturemanager")
    line = (
        f"\nfuzz: {sum(CASES.values())} cases in {took:.0f} s "
        f"({', '.join(f'{k} {v}' for k, v in sorted(CASES.items()))})"
    )
    if capman is not None:
        with capman.global_and_fixture_disabled():
            print(line)


# --- strategies ------------------------------------------------------------------------------
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-20, max_value=20),
    st.floats(),
    st.decimals(),
    st.text(max_size=30),
    st.text(alphabet="0123456789.-+eE ,:T/", max_size=12),
    st.dates(),
    st.datetimes(timezones=st.none() | st.timezones()),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(-3, 30), max_size=3),
    st.binary(max_size=8),
)


def plausible(rule: Rule) -> st.SearchStrategy[Any]:
    """Values near what the rule accepts: its edges, just past them, as numbers and as text."""
    if isinstance(rule, Int):
        n = st.integers(rule.lo - 2, min(rule.hi + 2, 2**63))
        return st.one_of(n, n.map(str), n.map(lambda v: f" {v}.0 "))
    if isinstance(rule, IntChoice):
        return st.sampled_from(sorted(rule.options)) | st.integers(-1, 200)
    if isinstance(rule, Dec):
        lo, hi = Decimal(rule.lo), Decimal(rule.hi)
        d = st.decimals(lo - 1, hi + 1, places=(rule.places or 3) + 1)
        return st.one_of(d, d.map(str), d.map(float))
    if isinstance(rule, Text):
        return st.text(max_size=rule.max_len + 3) | st.just("x" * (rule.max_len + 1))
    if isinstance(rule, Choice):
        return st.sampled_from(list(rule.options)) | st.text(max_size=8)
    if isinstance(rule, ChoiceList):
        return st.lists(st.sampled_from(list(rule.options)) | st.text(max_size=4), max_size=4)
    if isinstance(rule, Bool):
        return st.sampled_from([True, False, "yes", "no", "1", "0", 2, "maybe"])
    if isinstance(rule, Day):
        d = st.dates(date(1899, 12, 25), TODAY + timedelta(days=400))
        return st.one_of(d, d.map(date.isoformat))
    if isinstance(rule, Moment):
        m = st.datetimes(datetime(1899, 12, 31), datetime(2027, 1, 1), timezones=st.timezones())
        return st.one_of(m, m.map(datetime.isoformat), st.datetimes().map(datetime.isoformat))
    if isinstance(rule, Custom):
        return st.one_of(
            st.text(max_size=20),
            st.dictionaries(st.sampled_from(["1", "2", "20", "21", "x"]), st.integers(-1, 4)),
            st.integers(1890, 2030),
        )
    return anything


def value_for(rule: Rule) -> st.SearchStrategy[Any]:
    return st.one_of(plausible(rule), plausible(rule), anything)


ALL_RULES = [
    (kind, name, rule) for kind, schema in records.SCHEMAS.items() for name, rule in schema.items()
]


def record_data(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    schema = records.SCHEMAS[kind]
    fields = {name: value_for(rule) for name, rule in schema.items()}
    known = st.fixed_dictionaries({}, optional=fields)
    unknown = st.dictionaries(st.sampled_from(["colour", "", "day ", "id"]), anything, max_size=1)
    return st.builds(lambda a, b: {**a, **b}, known, st.one_of(st.just({}), unknown))


def check_accepted(rule: Rule, value: Any) -> None:
    if isinstance(rule, Int):
        assert isinstance(value, int) and not isinstance(value, bool)
        assert rule.lo <= value <= rule.hi
    elif isinstance(rule, Dec):
        assert isinstance(value, Decimal) and value.is_finite()
        assert Decimal(rule.lo) <= value <= Decimal(rule.hi)
    elif isinstance(rule, Text):
        assert isinstance(value, str) and len(value) <= rule.max_len and "\x00" not in value
    elif isinstance(rule, Choice):
        assert value in rule.options
    elif isinstance(rule, Bool):
        assert isinstance(value, bool)
    elif isinstance(rule, Day):
        assert type(value) is date and value >= date(1900, 1, 1)
        assert not rule.not_future or (value - TODAY).days <= rule.max_days_ahead
    elif isinstance(rule, Moment):
        assert isinstance(value, datetime) and value.utcoffset() == timedelta(0)


# --- 1. every validator ----------------------------------------------------------------------
@both(
    "rule",
    case=st.sampled_from(ALL_RULES).flatmap(lambda c: st.tuples(st.just(c), value_for(c[2]))),
)
def test_every_rule_accepts_clean_values_or_rejects_with_a_reason(case) -> None:  # type: ignore[no-untyped-def]
    (kind, name, rule), value = case
    try:
        out = rule.parse(value, CTX)
    except Reject as exc:
        assert str(exc).strip(), f"{kind}.{name}: empty reason for {value!r}"
        return
    check_accepted(rule, out)


# --- 2. whole records ------------------------------------------------------------------------
KINDS = sorted(records.SCHEMAS)


@both(
    "record", case=st.sampled_from(KINDS).flatmap(lambda k: st.tuples(st.just(k), record_data(k)))
)
def test_every_record_kind_names_the_fields_it_rejects(case) -> None:  # type: ignore[no-untyped-def]
    kind, data = case
    try:
        clean = records.validate(kind, data, CTX)
    except ValidationError as exc:
        schema = records.SCHEMAS[kind]
        for field, reason in exc.errors:
            assert field in schema or field in data, f"{kind}: unnamed field {field!r}"
            assert reason.strip()
        assert str(exc).startswith(f"{exc.errors[0][0]}: ")
        return
    assert set(clean) <= set(records.SCHEMAS[kind])
    for name, value in clean.items():
        if value not in (None, "", [], {}):
            check_accepted(records.SCHEMAS[kind][name], value)


# --- 3. through the services: saved whole, or refused with nothing written -------------------
SERVICE_OF = {
    "checkin": "checkins",
    "self_test": "self_tests",
    "rash": "rash",
    "body_weight": "weights",
    "course": "courses",
    "infusion_day": "infusions",
    "side_effect": "side_effects",
    "vital": "vitals",
    "follow_up": "follow_ups",
    "medication": "medications",
    "regimen": "regimens",
    "intake": "intakes",
    "lab": "labs",
    "clinic": "clinic",
    "questionnaire": "questionnaires",
}


def fingerprint(db: Path) -> dict[str, tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out = {}
        for t in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
            stamp = "max(updated_at)" if "updated_at" in cols else "NULL"
            out[t] = tuple(conn.execute(f'SELECT count(*), {stamp} FROM "{t}"').fetchone())
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fuzz_services(tmp_path_factory):
    """One diary for the whole module, with a course, an infusion day, a medication and a dose
    so that links (ids 1–3) can be valid."""
    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("fuzz") / "data")
    s = open_services(paths, Clock(tz=UTC, fixed=NOW))
    s.courses.add(
        {
            "planned_start": "2026-11-02",
            "days_planned": 2,
            "g_per_kg": "1",
            "weight_kg": "70",
            "concentration_percent": "10",
        }
    )
    s.medications.add({"name": "Prednisone"})
    s.regimens.add({"medication_id": 1, "dose": "10", "unit": "mg", "start_date": "2026-10-01"})
    yield s
    s.close()


def service_case(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    links = {
        name: st.integers(0, 4) | value_for(rule)
        for name, rule in records.SCHEMAS[kind].items()
        if name.endswith("_id")
    }
    return record_data(kind).flatmap(
        lambda d: st.fixed_dictionaries({}, optional=links).map(lambda ln: {**d, **ln})
    )


@both(
    "service",
    case=st.sampled_from(sorted(SERVICE_OF)).flatmap(
        lambda k: st.tuples(st.just(k), service_case(k))
    ),
)
def test_services_save_whole_records_or_nothing(fuzz_services, case) -> None:  # type: ignore[no-untyped-def]
    kind, data = case
    service = getattr(fuzz_services, SERVICE_OF[kind])
    db = fuzz_services.paths.db
    before = fingerprint(db)
    try:
        change = service.add(data)
    except ValidationError as exc:
        assert fingerprint(db) == before, f"{kind}: a refused save wrote something"
        for field, reason in exc.errors:
            assert reason.strip()
            assert field in records.SCHEMAS[kind] or field in data, field
        return
    except NotFoundError:
        assert fingerprint(db) == before
        return
    assert change.ids, f"{kind}: saved without an id"
    assert fingerprint(db) != before


# --- 4. the check-in CSV import --------------------------------------------------------------
def csv_text() -> st.SearchStrategy[str]:
    from dmtracker.services.transfer import CHECKIN_COLUMNS

    schema = records.SCHEMAS["checkin"]

    def cell(name: str) -> st.SearchStrategy[str]:
        rule = schema.get(name)
        base = plausible(rule).map(str) if rule is not None else st.text(max_size=6)
        return st.one_of(base, st.just(""), st.text(max_size=12))

    header = st.lists(
        st.sampled_from([*CHECKIN_COLUMNS, "mood", "", "Day"]), min_size=1, max_size=8
    ).map(lambda h: ["day", *h] if "day" not in h and len(h) % 3 else h)

    def rows(cols: list[str]) -> st.SearchStrategy[str]:
        row = st.tuples(*[cell(c) for c in cols]).map(list)
        extra = st.lists(st.text(max_size=4), max_size=1)
        line = st.builds(lambda r, e: r + e, row, extra)
        return st.tuples(st.sampled_from([",", ";", "\t"]), st.lists(line, max_size=6)).map(
            lambda dr: _render(dr[0], cols, dr[1])
        )

    structured = header.flatmap(rows)
    return st.one_of(structured, structured, st.text(max_size=200))


def _render(delimiter: str, header: list[str], rows: list[list[str]]) -> str:
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


# Problems with a whole record or file (not one value): they name the record, not a field.
WHOLE = ("must be an object of column values", "must be a list of records")


def check_problems(exc: Any) -> None:
    assert exc.problems, "a rejection without a reason"
    assert exc.summary().endswith("nothing was changed")
    for p in exc.problems:
        text = str(p)
        assert p.reason.strip() and text
        assert p.line is not None or p.record, f"no place given: {text}"
        if (p.reason.startswith("must ") or p.reason == "is required") and p.reason not in WHOLE:
            assert p.field, f"a value refused without naming its field: {text}"


@both("csv", text=csv_text())
def test_checkin_csv_import_is_all_or_nothing(fuzz_services, text: str) -> None:
    from dmtracker.services.transfer import ImportRejected

    db = fuzz_services.paths.db
    before = fingerprint(db)
    try:
        result = fuzz_services.transfer.import_checkins_text(text, "fuzz.csv")
    except ImportRejected as exc:
        assert fingerprint(db) == before, "a refused CSV wrote something"
        check_problems(exc)
        return
    after = fingerprint(db)
    n = result.added.get("daily_checkin", 0)
    assert after["daily_checkin"][0] == before["daily_checkin"][0] + n or n == 0


# --- 5. the JSON backup import ---------------------------------------------------------------
@pytest.fixture(scope="module")
def backup_doc(tmp_path_factory) -> dict[str, Any]:
    """A small but complete backup document (every kind of record)."""
    from dmtracker.services.app_services import open_services
    from dmtracker.services.demo import generate_demo
    from dmtracker.storage.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("doc") / "data")
    s = open_services(paths, Clock(tz=UTC, fixed=NOW))
    generate_demo(s, years=1, seed=3, end=date(2026, 11, 1))
    doc = s.transfer.backup_document(include_photos=False)
    s.close()
    # keep it small: a few rows of each table, parents kept so references stay valid
    small = json.loads(json.dumps(doc))
    for name, rows in small["tables"].items():
        if name in ("daily_checkin", "rash_assessment", "self_test", "lab_result"):
            small["tables"][name] = rows[:3]
    return small


class EmptyDiary:
    """A fresh empty diary per accepted import (copied from a migrated template file)."""

    def __init__(self, root: Path):
        from dmtracker.services.app_services import open_services
        from dmtracker.storage.paths import DataPaths

        self.template = DataPaths(root / "template")
        open_services(self.template, Clock(tz=UTC, fixed=NOW)).close()
        self.paths = DataPaths(root / "work")
        self.services: Any = None
        self.reset()

    def reset(self) -> None:
        from dmtracker.services.app_services import Services
        from dmtracker.storage.db import create_db_engine

        if self.services is not None:
            self.services.close()
        if self.paths.root.exists():
            shutil.rmtree(self.paths.root)
        shutil.copytree(self.template.root, self.paths.root)
        engine = create_db_engine(self.paths.db)
        self.services = Services(self.paths, engine, Clock(tz=UTC, fixed=NOW))


@pytest.fixture(scope="module")
def empty_diary(tmp_path_factory):
    diary = EmptyDiary(tmp_path_factory.mktemp("empty"))
    yield diary
    diary.services.close()


def _apply_mutation(d: dict[str, Any], choice: tuple[Any, ...]) -> None:
    """One change to the document ``d`` (in place): to its header, a table, or one row."""
    what, table, index, column, value = choice
    if table not in d["tables"] or not isinstance(d["tables"][table], list):
        return
    rows = d["tables"][table]
    if not rows or not isinstance(rows[index % len(rows)], dict):
        return
    if what == "header":
        d[["format", "version", "schema_revision", "tables"][column % 4]] = value
    elif what == "drop table":
        del d["tables"][table]
    elif what == "row not an object":
        rows[index % len(rows)] = value
    else:
        _mutate_row(rows, rows[index % len(rows)], what, column, value)


def _mutate_row(rows: list[Any], row: dict[str, Any], what: str, column: int, value: Any) -> None:
    cols = sorted(row) or ["id"]
    col = cols[column % len(cols)]
    if what == "set":
        row[col] = value
    elif what == "drop":
        row.pop(col, None)
    elif what == "unknown column":
        row["colour"] = value
    elif what == "duplicate row":
        rows.append(dict(row))


def mutations(doc: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The good document with one to three changes: values, columns, rows, header, tables."""
    tables = sorted(n for n, rows in doc["tables"].items() if rows)

    def mutate(choices: list[tuple[Any, ...]]) -> dict[str, Any]:
        d = json.loads(json.dumps(doc))
        for c in choices:
            if isinstance(d.get("tables"), dict):
                _apply_mutation(d, c)
        return d

    json_value = st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
        ),
        max_leaves=5,
    )
    kinds = ["set", "set", "set", "drop", "unknown column", "duplicate row", "header"]
    kinds += ["drop table", "row not an object"]
    choice = st.tuples(
        st.sampled_from(kinds),
        st.sampled_from(tables),
        st.integers(0, 50),
        st.integers(0, 50),
        st.one_of(json_value, st.integers(-5, 5), st.sampled_from(["", "2026-13-01", "1e9"])),
    )
    return st.lists(choice, min_size=1, max_size=3).map(mutate)


def test_json_import_fuzz_quick(empty_diary, backup_doc) -> None:
    _json_fuzz(empty_diary, backup_doc, QUICK)


@pytest.mark.slow
def test_json_import_fuzz_slow(empty_diary, backup_doc) -> None:
    _json_fuzz(empty_diary, backup_doc, SLOW["json"])


def _json_fuzz(diary: EmptyDiary, doc: dict[str, Any], n: int) -> None:
    from dmtracker.services.transfer import ImportRejected

    accepted = 0

    @settings(max_examples=n, **COMMON)
    @given(mutated=mutations(doc) | st.text(max_size=50) | st.binary(max_size=50))
    def run(mutated: Any) -> None:
        nonlocal accepted
        CASES["json"] += 1
        s = diary.services
        before = fingerprint(diary.paths.db)
        try:
            if isinstance(mutated, dict):
                s.transfer.import_backup_document(mutated, "fuzz.json")
            else:
                f = diary.paths.root / "fuzz.json"
                f.write_bytes(mutated if isinstance(mutated, bytes) else mutated.encode())
                s.transfer.import_backup(f)
        except ImportRejected as exc:
            assert fingerprint(diary.paths.db) == before, "a refused backup wrote something"
            check_problems(exc)
            return
        accepted += 1
        diary.reset()

    run()
    # the unchanged document imports: the check can tell a good file from a bad one
    diary.services.transfer.import_backup_document(doc, "good.json")
    assert diary.services.checkins.count() == len(doc["tables"]["daily_checkin"])
    diary.reset()


# --- 6. the command line ---------------------------------------------------------------------
TOKENS = [
    "demo",
    "backup",
    "check",
    "export",
    "import",
    "--years",
    "--seed",
    "--end",
    "--out",
    "--format",
    "csv",
    "json",
    "fhir",
    "--data-dir",
    "--demo",
    "--smoke-test",
    "-h",
    "--version",
    "0",
    "31",
    "5",
    "-1",
    "2026-02-30",
    "2026-06-30",
    "ten",
    "",
    "x.json",
    "--",
    "-",
]


@both(
    "cli",
    argv=st.lists(st.sampled_from(TOKENS) | st.text(max_size=8), max_size=6),
)
def test_command_line_arguments_parse_or_say_why(argv: list[str]) -> None:
    from dmtracker.cli import build_parser

    parser = build_parser()
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            args = parser.parse_args(argv)
    except SystemExit as exc:
        if exc.code == 0:
            assert out.getvalue().strip(), "help or version printed nothing"
            return
        assert exc.code == 2
        found = re.search(r"^dmtracker( [a-z]+)?: error: (.+)", err.getvalue(), re.M | re.S)
        assert found, err.getvalue()
        assert found.group(2).strip(), "an error without a reason"
        return
    assert isinstance(args, argparse.Namespace)
    if args.command == "demo":
        assert 1 <= args.years <= 30 and isinstance(args.seed, int)


def test_bad_command_line_values_name_the_argument() -> None:
    from dmtracker.cli import build_parser

    for argv, name in (
        (["demo", "--years", "0"], "--years"),
        (["demo", "--seed", "x"], "--seed"),
        (["demo", "--end", "2026-02-30"], "--end"),
        (["export", "--format", "pdf", "--out", "x"], "--format"),
    ):
        err = io.StringIO()
        with pytest.raises(SystemExit), contextlib.redirect_stderr(err):
            build_parser().parse_args(argv)
        assert f"argument {name}" in err.getvalue()


def test_import_of_fuzzed_files_through_main(tmp_path: Path, capsys) -> None:
    """The whole command: a few garbage files, each refused with a reason and nothing written."""
    from dmtracker.app import main

    d = tmp_path / "d"
    assert main(["demo", "--data-dir", str(d), "--end", "2026-06-30"]) == 0
    before = fingerprint(d / "dmtracker.sqlite3")
    samples = {
        "a.json": b"{not json",
        "b.json": b'{"format": "dmtracker-backup", "version": 99}',
        "c.csv": b"day,pain\n2026-01-01,eleven\n",
        "d.csv": b"day,pain\n2026-01-01,3\n2026-01-01,4\n",
        "e.csv": b"\xff\xfe\x00garbage",
        "f.txt": b"",
    }
    capsys.readouterr()
    for name, data in samples.items():
        f = tmp_path / name
        f.write_bytes(data)
        assert main(["import", "--data-dir", str(d), str(f)]) == 1, name
        err = capsys.readouterr().err
        assert err.startswith("dmtracker: error: ") and "Traceback" not in err, err
        assert "nothing was changed" in err, err
    assert fingerprint(d / "dmtracker.sqlite3") == before


globals().update(SLOW_TESTS)
