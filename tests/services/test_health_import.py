"""Weight and steps from Apple Health, openScale and Google Fit (issue 22): generated files of
each format (made-up numbers, no real person's data), merged by day, and bad input refused
whole with its file and line or record named."""

from __future__ import annotations

import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dmtracker.domain.messages import Text
from dmtracker.services.health import APPLE_HEALTH, GOOGLE_FIT, OPENSCALE, detect
from dmtracker.services.health import apple as apple_mod
from dmtracker.services.health.synthetic import write_apple_export
from dmtracker.services.transfer import ImportRejected

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-11-24 09:00:00 +0100"/>
"""


def rec(kind: str, start: str, value: str, unit: str = "count", source: str = "Phone") -> str:
    return (
        f' <Record type="HKQuantityTypeIdentifier{kind}" sourceName="{source}" unit="{unit}" '
        f'startDate="{start}" endDate="{start}" value="{value}"/>\n'
    )


def apple_zip(path: Path, body: str, member: str = "apple_health_export/export.xml") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, HEAD + body + "</HealthData>\n")
        zf.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    return path


SAMPLE = (
    # the phone and the watch count the same walk: 3000 vs 3500, never 6500
    rec("StepCount", "2026-11-20 08:00:00 +0100", "1000", source="Phone")
    + rec("StepCount", "2026-11-20 12:00:00 +0100", "2000", source="Phone")
    + rec("StepCount", "2026-11-20 08:00:00 +0100", "3500", source="Watch")
    # the day of a record is its own calendar day (23:30 at UTC-5 is still the 21st)
    + rec("StepCount", "2026-11-21 23:30:00 -0500", "4200", source="Phone")
    # the day's last weighing wins, whatever the order in the file
    + rec("BodyMass", "2026-11-20 21:00:00 +0100", "154", unit="lb")
    + rec("BodyMass", "2026-11-20 07:00:00 +0100", "150", unit="lb")
    + rec("BodyMass", "2026-11-21 07:00:00 +0100", "70.4", unit="kg")
    + rec("HeartRate", "2026-11-21 07:00:00 +0100", "61", unit="count/min")
    # a record inside a correlation repeats one outside it: not counted
    + ' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="Phone" '
    'startDate="2026-11-20 08:00:00 +0100" endDate="2026-11-20 08:00:00 +0100">\n'
    + rec("StepCount", "2026-11-20 08:00:00 +0100", "90000")
    + " </Correlation>\n"
)


def steps_of(services) -> dict[date, int]:
    return dict(services.daily_steps.series())


def weights_of(services) -> dict[date, Decimal]:
    return {w.day: w.weight_kg for w in services.weights.list()}


def refused(services, path: Path) -> ImportRejected:
    before = (steps_of(services), weights_of(services))
    with pytest.raises(ImportRejected) as info:
        services.health.import_file(path)
    assert (steps_of(services), weights_of(services)) == before  # nothing written
    assert info.value.source == path.name
    return info.value


# -- Apple Health ---------------------------------------------------------------------------
def test_apple_health_zip_steps_by_largest_source_and_the_days_last_weight(services, tmp_path):
    path = apple_zip(tmp_path / "export.zip", SAMPLE)
    assert detect(path) == APPLE_HEALTH
    summary = services.health.import_file(path)
    assert steps_of(services) == {date(2026, 11, 20): 3500, date(2026, 11, 21): 4200}
    # 154 lb = 69.853 kg (lb -> kg exactly, 2 places), remembered as weighed in lb
    assert weights_of(services) == {
        date(2026, 11, 20): Decimal("69.85"),
        date(2026, 11, 21): Decimal("70.40"),
    }
    units = {w.day: (w.entered_unit, w.notes) for w in services.weights.list()}
    assert units[date(2026, 11, 20)] == ("lb", "Apple Health")
    assert {r.source for r in services.daily_steps.list()} == {"Apple Health"}
    assert (summary.steps_imported, summary.weights_imported) == (2, 2)
    assert isinstance(summary.message, Text) and summary.message.context == "HealthImport"
    assert services.weights.latest_kg() == Decimal("70.40")  # feeds the dosing weight
    assert summary.total_added == 4 and summary.change is not None
    assert summary.change.days == (date(2026, 11, 20), date(2026, 11, 21))


def test_importing_twice_changes_nothing(services, tmp_path):
    path = apple_zip(tmp_path / "export.zip", SAMPLE)
    services.health.import_file(path)
    rows = [(r.id, r.day, r.steps) for r in services.daily_steps.list()]
    weights = [(w.id, w.day, w.weight_kg) for w in services.weights.list()]
    again = services.health.import_file(path)
    assert [(r.id, r.day, r.steps) for r in services.daily_steps.list()] == rows
    assert [(w.id, w.day, w.weight_kg) for w in services.weights.list()] == weights
    assert (again.steps_imported, again.steps_merged, again.steps_unchanged) == (0, 0, 2)
    assert (again.weights_imported, again.weights_already) == (0, 2)
    assert again.written == 0 and again.change is None


def test_a_later_export_of_a_day_keeps_the_larger_count_and_a_weight_already_there(
    services, tmp_path
):
    services.weights.add({"day": "2026-11-20", "weight_kg": "68.0"})
    services.health.import_file(apple_zip(tmp_path / "a.zip", SAMPLE))
    later = SAMPLE + rec("StepCount", "2026-11-21 18:00:00 +0100", "800")
    summary = services.health.import_file(apple_zip(tmp_path / "b.zip", later))
    assert steps_of(services)[date(2026, 11, 21)] == 5000  # the later export, not 4200 + 5000
    assert (summary.steps_merged, summary.steps_unchanged) == (1, 1)
    assert weights_of(services)[date(2026, 11, 20)] == Decimal("68.0")  # the patient's own
    assert "already had a weight" in summary.message


def test_a_plain_export_xml_and_a_localised_member_name(services, tmp_path):
    xml = tmp_path / "export.xml"
    xml.write_text(HEAD + SAMPLE + "</HealthData>\n", encoding="utf-8")
    assert detect(xml) == APPLE_HEALTH
    services.health.import_file(xml)
    assert steps_of(services)[date(2026, 11, 20)] == 3500
    other = apple_zip(tmp_path / "Export.zip", SAMPLE, "apple_health_export/Exportieren.xml")
    assert detect(other) == APPLE_HEALTH
    assert services.health.import_file(other).steps_unchanged == 2


def test_the_synthetic_export_imports_what_it_holds(services, tmp_path):
    path = tmp_path / "export.zip"
    expected = write_apple_export(path, 400_000, last_day=date(2026, 11, 24), days=20)
    summary = services.health.import_file(path)
    assert steps_of(services) == expected.steps
    assert weights_of(services) == expected.weights_kg
    assert summary.steps_imported == summary.weights_imported == 20


# -- openScale and Google Fit ---------------------------------------------------------------
OPENSCALE_CLASSIC = (
    '"dateTime","weight","fat","water","muscle","visceralFat","lbm","waist","hip","bone",'
    '"chest","thigh","biceps","neck","caliper1","caliper2","caliper3","calories","comment"\n'
    '"20.11.2026 07:15","71.3","22.0","55.1","40.2","0.0","0.0","0.0","0.0","0.0","0.0","0.0",'
    '"0.0","0.0","0.0","0.0","0.0","0.0",""\n'
    '"20.11.2026 19:40","71.9","22.0","55.1","40.2","0.0","0.0","0.0","0.0","0.0","0.0","0.0",'
    '"0.0","0.0","0.0","0.0","0.0","0.0","after dinner"\n'
    '"21.11.2026 07:05","71.1","0.0","0.0","0.0","0.0","0.0","0.0","0.0","0.0","0.0","0.0",'
    '"0.0","0.0","0.0","0.0","0.0","0.0",""\n'
)
OPENSCALE_3 = (
    "DATE,TIME,BODY_FAT,Knee,WEIGHT\n2026-11-22,07:30:00,21.5,12,70.8\n2026-11-23,07:31,,,70.6\n"
)
GOOGLE_FIT_CSV = (
    "Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Average weight (kg),"
    "Max weight (kg),Min weight (kg),Step count,Walking duration (ms)\n"
    "2026-11-20,41,1890.5,3200.1,12,,,,4321,2400000\n"
    "2026-11-21,12,1700.2,900.0,2,70.25,70.4,70.1,1200,600000\n"
    "2026-11-22,,1600.0,,,,,,,\n"
)


def test_openscale_classic_export(services, tmp_path):
    path = tmp_path / "openScale_export.csv"
    path.write_text(OPENSCALE_CLASSIC, encoding="utf-8")
    assert detect(path) == OPENSCALE
    summary = services.health.import_file(path)
    assert weights_of(services) == {
        date(2026, 11, 20): Decimal("71.90"),
        date(2026, 11, 21): Decimal("71.10"),
    }
    assert summary.weights_imported == 2 and summary.steps_imported == 0


def test_openscale_3_export(services, tmp_path):
    path = tmp_path / "openScale 3.csv"
    path.write_text(OPENSCALE_3, encoding="utf-8")
    assert detect(path) == OPENSCALE
    services.health.import_file(path)
    assert weights_of(services) == {
        date(2026, 11, 22): Decimal("70.80"),
        date(2026, 11, 23): Decimal("70.60"),
    }


def test_google_fit_daily_metrics_csv_and_takeout_zip(services, tmp_path):
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text(GOOGLE_FIT_CSV, encoding="utf-8")
    assert detect(path) == GOOGLE_FIT
    summary = services.health.import_file(path)
    assert steps_of(services) == {date(2026, 11, 20): 4321, date(2026, 11, 21): 1200}
    assert weights_of(services) == {date(2026, 11, 21): Decimal("70.25")}
    assert {r.source for r in services.daily_steps.list()} == {"Google Fit"}
    assert (summary.steps_imported, summary.weights_imported) == (2, 1)
    takeout = tmp_path / "takeout-20261124.zip"
    with zipfile.ZipFile(takeout, "w") as zf:
        zf.writestr("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv", GOOGLE_FIT_CSV)
        zf.writestr("Takeout/Fit/Daily activity metrics/2026-11-20.csv", "Start time,End time\n")
    assert detect(takeout) == GOOGLE_FIT
    assert services.health.import_file(takeout).steps_unchanged == 2


def test_other_files_are_not_health_exports(services, tmp_path):
    checkins = tmp_path / "checkins.csv"
    checkins.write_text("day,fatigue\n2026-11-20,3\n", encoding="utf-8")
    assert detect(checkins) is None
    assert detect(tmp_path / "missing.zip") is None
    problem = refused(services, checkins)
    assert "is not an Apple Health export" in problem.problems[0].reason


# -- bad input: refused whole, named by file and line or record ------------------------------
def test_a_date_in_the_future_is_refused_with_its_record_or_line(services, tmp_path):
    body = SAMPLE + rec("StepCount", "2026-11-30 08:00:00 +0100", "10")
    exc = refused(services, apple_zip(tmp_path / "export.zip", body))
    assert len(exc.problems) == 1
    assert "StepCount, 2026-11-30 08:00:00 +0100" in exc.problems[0].record
    assert "2026-11-30 is in the future" in exc.problems[0].reason
    csv = tmp_path / "Daily activity metrics.csv"
    csv.write_text(GOOGLE_FIT_CSV + "2026-12-24,,,,,,,,100,\n", encoding="utf-8")
    exc = refused(services, csv)
    assert (exc.problems[0].line, exc.problems[0].field) == (5, "Date")
    assert "2026-12-24 is in the future" in exc.describe()


def test_values_out_of_range_are_refused(services, tmp_path):
    body = rec("BodyMass", "2026-11-20 07:00:00 +0100", "900", unit="kg") + rec(
        "BodyMass", "2026-11-21 07:00:00 +0100", "70", unit="furlong"
    )
    body += "".join(rec("StepCount", "2026-11-22 08:00:00 +0100", "100000") for _ in range(3))
    exc = refused(services, apple_zip(tmp_path / "export.zip", body))
    reasons = exc.describe()
    assert "900.00 kg is not a body weight (it must be 20 to 400 kg)" in reasons
    assert "furlong is not a unit of weight" in reasons
    assert "300000 steps on 2026-11-22 is more than 200000 steps a day can hold" in reasons
    exc = refused(
        services,
        apple_zip(tmp_path / "old.zip", rec("StepCount", "1899-12-31 08:00:00 +0100", "5")),
    )
    assert "1899-12-31 is before 1900-01-01" in exc.problems[0].reason


def test_steps_from_countless_sources_are_refused_before_they_fill_memory(
    services, tmp_path, monkeypatch
):
    monkeypatch.setattr(apple_mod, "MAX_DAY_SOURCES", 10)
    body = "".join(
        rec("StepCount", "2026-11-20 08:00:00 +0100", "5", source=f"app {i}") for i in range(11)
    )
    exc = refused(services, apple_zip(tmp_path / "export.zip", body))
    assert "steps from more than 10 sources and days" in exc.problems[-1].reason


def test_an_unknown_or_missing_column_is_refused(services, tmp_path):
    scale = tmp_path / "scale.csv"
    scale.write_text(OPENSCALE_CLASSIC.replace('"hip"', '"mood"', 1), encoding="utf-8")
    exc = refused(services, scale)
    assert (exc.problems[0].line, exc.problems[0].field) == (1, "mood")
    assert "is not a column of an openScale export" in exc.problems[0].reason
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text("Date,Calories (kcal)\n2026-11-20,1800\n", encoding="utf-8")
    assert detect(fit) is None  # no step nor weight column: not a Google Fit file we read
    scale3 = tmp_path / "scale3.csv"
    scale3.write_text("DATE,TIME,WEIGHT,WEIGHT\n2026-11-20,07:00,70,71\n", encoding="utf-8")
    exc = refused(services, scale3)
    assert exc.problems[0].field == "WEIGHT" and "twice" in exc.problems[0].reason


def test_a_malformed_file_is_refused_with_its_line(services, tmp_path):
    broken = apple_zip(tmp_path / "export.zip", SAMPLE + ' <Record type="x" value="1">\n')
    exc = refused(services, broken)
    assert exc.problems[0].line is not None
    assert "is not well-formed XML" in exc.problems[0].reason
    assert exc.problems[0].record == "apple_health_export/export.xml"
    damaged = bytearray(apple_zip(tmp_path / "damaged.zip", SAMPLE * 20).read_bytes())
    damaged[400:440] = b"\xff" * 40  # inside the compressed export.xml
    (tmp_path / "damaged.zip").write_bytes(bytes(damaged))
    exc = refused(services, tmp_path / "damaged.zip")
    assert "is a damaged zip file" in exc.problems[0].reason
    not_zip = tmp_path / "export.zip"
    not_zip.write_bytes(b"PK\x03\x04 this is no zip")
    assert detect(not_zip) is None
    fake = tmp_path / "fake.zip"
    with zipfile.ZipFile(fake, "w") as zf:
        zf.writestr("apple_health_export/readme.txt", "nothing")
    exc = refused(services, fake)
    assert "has no apple_health_export/export.xml" in exc.problems[0].reason
    bad_csv = tmp_path / "Daily activity metrics.csv"
    bad_csv.write_text(GOOGLE_FIT_CSV.replace("2026-11-21", "21.11.2026"), encoding="utf-8")
    exc = refused(services, bad_csv)
    assert (exc.problems[0].line, exc.problems[0].field) == (3, "Date")
    latin = tmp_path / "scale.csv"
    latin.write_bytes(
        OPENSCALE_CLASSIC.replace("after dinner", "nach dem Essen, müde").encode("latin-1")
    )
    exc = refused(services, latin)
    assert exc.problems[0].line == 3 and "is not UTF-8 text" in exc.problems[0].reason


def test_an_xml_bomb_is_refused(services, tmp_path):
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n <!ENTITY a "aaaaaaaaaa">\n'
        ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">\n'
        ']>\n<HealthData locale="en">\n'
        + rec("StepCount", "2026-11-20 08:00:00 +0100", "100", source="&c;")
        + "</HealthData>\n"
    )
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("apple_health_export/export.xml", bomb)
    exc = refused(services, path)
    assert "declares XML entities" in exc.problems[0].reason
    assert "XML bomb" in exc.problems[0].reason


def test_a_zip_bomb_is_refused_before_it_is_inflated(services, tmp_path, monkeypatch):
    path = apple_zip(tmp_path / "export.zip", SAMPLE + " " * 200_000 + "\n")
    assert path.stat().st_size < 10_000  # 200 kB of XML in a few kB
    monkeypatch.setattr(apple_mod, "MAX_XML_BYTES", 100_000)
    exc = refused(services, path)
    assert "MB of XML, more than the" in exc.problems[0].reason  # as declared in the zip
    monkeypatch.setattr(apple_mod, "MAX_ZIP_BYTES", 5_000)
    big = apple_zip(tmp_path / "big.zip", SAMPLE + "".join(f"<!-- {i} -->\n" for i in range(2000)))
    exc = refused(services, big)
    assert "larger than the" in exc.problems[0].reason


def test_xml_shaped_to_fill_memory_is_refused(services, tmp_path, monkeypatch):
    deep = "<Record>" * 40 + "</Record>" * 40 + "\n"
    exc = refused(services, apple_zip(tmp_path / "deep.zip", SAMPLE + deep))
    assert "nests more than 32 elements deep" in exc.problems[0].reason
    monkeypatch.setattr(apple_mod, "MAX_INNER_ELEMENTS", 50)
    wide = ' <Workout startDate="x">' + '<MetadataEntry key="k" value="v"/>' * 60 + "</Workout>\n"
    exc = refused(services, apple_zip(tmp_path / "wide.zip", SAMPLE + wide))
    assert "holds more than 50 in one record (after record 8)" in exc.problems[0].reason
    monkeypatch.setattr(apple_mod, "MAX_QUIET_BYTES", 3 * 1024 * 1024)
    huge = rec("StepCount", "2026-11-20 08:00:00 +0100", "1", source="a" * 8 * 1024 * 1024)
    exc = refused(services, apple_zip(tmp_path / "huge.zip", SAMPLE + huge))
    assert "holds one element, text or comment of more than 3 MB" in exc.problems[0].reason


def test_a_zip_of_countless_entries_is_refused_before_it_is_listed(services, tmp_path, monkeypatch):
    from dmtracker.services.health import common

    path = apple_zip(tmp_path / "export.zip", SAMPLE)
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(30):
            zf.writestr(f"apple_health_export/workout-routes/route_{i}.gpx", "<gpx/>")
    assert common.zip_entries(path) == 32
    monkeypatch.setattr(common, "MAX_ZIP_ENTRIES", 20)
    assert detect(path) == APPLE_HEALTH  # named so by its name; refused with the reason
    exc = refused(services, path)
    assert "is a zip of 32 files, more than the 20 an export holds" in exc.problems[0].reason
    big = tmp_path / "zip64.zip"
    with zipfile.ZipFile(big, "w") as zf:
        for i in range(70_000):  # more than 65,535: the count is in the zip64 record
            zf.writestr(f"{i}", b"")
    assert common.zip_entries(big) == 70_000


def test_xml_counted_past_the_limit_is_refused(tmp_path, clock):
    """A zip can lie about its sizes: the XML is also counted as it is read."""
    from dmtracker.services.health.common import HealthData
    from dmtracker.services.transfer.common import Collector

    xml = (HEAD + SAMPLE * 50 + "</HealthData>\n").encode()
    c = Collector("export.zip")
    with pytest.raises(ImportRejected) as info:
        apple_mod._parse(
            __import__("io").BytesIO(xml),
            "export.xml",
            HealthData("apple_health", "Apple Health", "export.zip"),
            clock.import_context(),
            c,
            len(xml) // 2,
        )
    assert "MB of XML, more than the" in info.value.problems[0].reason


def test_one_bad_file_does_not_stop_the_others(services, tmp_path):
    good = tmp_path / "Daily activity metrics.csv"
    good.write_text(GOOGLE_FIT_CSV, encoding="utf-8")
    bad = apple_zip(
        tmp_path / "export.zip", SAMPLE + rec("StepCount", "2027-01-01 08:00:00 +0100", "1")
    )
    summaries = services.health.import_files([bad, good, tmp_path / "gone.csv"])
    assert [s.refused for s in summaries] == [True, False, True]
    assert summaries[0].file == "export.zip" and summaries[0].problems
    assert "nothing was changed" in summaries[0].message
    assert steps_of(services) == {date(2026, 11, 20): 4321, date(2026, 11, 21): 1200}


# -- the memory bound (make test-slow) ------------------------------------------------------
CHILD = """
import json, sys, time
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from dmtracker.services.app_services import open_services
from dmtracker.services.clock import Clock
from dmtracker.storage.paths import DataPaths
clock = Clock(tz=ZoneInfo("Europe/Berlin"), fixed=datetime(2026, 11, 25, 10, tzinfo=UTC))
s = open_services(DataPaths(Path(sys.argv[2])), clock)
start = time.perf_counter()
r = s.health.import_file(Path(sys.argv[1]))
seconds = time.perf_counter() - start
steps = len(s.daily_steps.list())
s.close()
status = Path("/proc/self/status").read_text()
peak_kb = int(next(ln for ln in status.splitlines() if ln.startswith("VmHWM:")).split()[1])
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "steps": steps,
                  "weights": r.weights_imported}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_a_200_mb_apple_health_export_imports_in_under_60_s_and_500_mb(tmp_path) -> None:
    import json
    import subprocess
    import sys

    path = tmp_path / "export.zip"
    expected = write_apple_export(path, 200 * 1024 * 1024, last_day=date(2026, 11, 24), days=730)
    assert expected.xml_bytes >= 200 * 1024 * 1024
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["steps"] == result["weights"] == 730
    assert result["seconds"] < 60, result
    assert result["peak_mb"] < 500, result
    assert time.perf_counter() - start < 120


# -- fuzzed files: only the import's own refusal, never a crash ------------------------------
def _mutate(text: str, edits: list[tuple[int, str]]) -> str:
    for at, piece in edits:
        i = at % (len(text) + 1)
        text = text[:i] + piece + text[i + len(piece) // 2 :]
    return text


EDITS = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=10**6),
        st.sampled_from(['"', ",", "\n", "<", ">", "&", "x", "-", "9" * 7, "\x00", "é", ""])
        | st.text(max_size=6),
    ),
    max_size=6,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=EDITS, which=st.sampled_from(["apple", "apple zip", "openscale", "openscale3", "google"])
)
def test_mangled_files_are_read_or_refused_never_crash(tmp_path, clock, edits, which) -> None:
    from dmtracker.services.health.apple import read_apple
    from dmtracker.services.health.googlefit import read_google_fit
    from dmtracker.services.health.openscale import read_openscale

    path = tmp_path / f"{which}.bin"
    if which == "apple":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(
                "apple_health_export/export.xml",
                _mutate(HEAD + SAMPLE + "</HealthData>\n", edits).encode("utf-8", "replace"),
            )
        reader = read_apple
    elif which == "apple zip":  # the zip's own bytes damaged
        apple_zip(path, SAMPLE * 5)
        raw = bytearray(path.read_bytes())
        for at, piece in edits:
            for k, byte in enumerate(piece.encode()[:4]):
                raw[(at + k) % len(raw)] = byte
        path.write_bytes(bytes(raw))
        assert detect(path) in (APPLE_HEALTH, None)
        reader = read_apple
    else:
        text = {"openscale": OPENSCALE_CLASSIC, "openscale3": OPENSCALE_3}.get(
            which, GOOGLE_FIT_CSV
        )
        path.write_bytes(_mutate(text, edits).encode("utf-8", "replace"))
        reader = read_google_fit if which == "google" else read_openscale
    try:
        data = reader(path, clock.import_context())
    except ImportRejected as exc:
        assert exc.problems and all(p.reason for p in exc.problems)
    else:
        assert all(20 <= w.weight_kg <= 400 for w in data.weights.values())
        assert all(0 <= s.steps <= 200_000 for s in data.steps.values())
