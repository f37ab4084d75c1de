"""The inbox folder: files checked and listed (nothing written), accepted once, two devices
merged without loss, a bad file rejected with its .problems.txt, 11 MB refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dmtracker.services.transfer import ImportRejected

HEADER = {"format": "dmtracker-inbox", "version": 1}


def jsonl(folder: Path, name: str, device: str, *records: dict) -> Path:
    lines = [json.dumps({**HEADER, "device": device}), *(json.dumps(r) for r in records)]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def inbox(services, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    services.inbox.set_folder(folder)
    services.inbox.settle_seconds = 0
    return folder


def entry(ident: str, at: str = "2026-11-24T15:30:00+01:00", **values) -> dict:
    return {"type": "entry", "id": ident, "at": at, **values}


def test_a_checkin_csv_dropped_in_is_listed_then_imported_once(services, inbox) -> None:
    csv_text = "day,patient_global,fatigue,pain,itch,notes\n2026-11-23,3,4,5,1,hello\n"
    (inbox / "phone.csv").write_text(csv_text, encoding="utf-8")
    (found,) = services.inbox.scan()
    assert found.ok and found.counts == {"checkin": 1} and "1 check-in" in found.contents()
    assert services.checkins.count() == 0  # nothing written before accepting
    done = services.inbox.accept(found.path)
    assert done.moved_to == inbox / "done" / "phone.csv" and done.added == {"checkin": 1}
    assert services.checkins.for_day(date(2026, 11, 23)).pain == 5
    assert services.inbox.scan() == []
    # the same file again (a sync tool puts it back): nothing changes
    (inbox / "phone.csv").write_text(csv_text, encoding="utf-8")
    again = services.inbox.accept(inbox / "phone.csv")
    assert again.added == {"checkin": 0} and again.skipped == 1
    assert services.checkins.count() == 1
    assert (inbox / "done" / "phone-2.csv").exists()


def test_two_devices_with_the_same_ids_merge_without_loss(services, inbox) -> None:
    jsonl(
        inbox,
        "pixel.jsonl",
        "pixel-7a",
        entry("e-1", pain=6, note="bad afternoon"),
        {"type": "steps", "id": "s1", "day": "2026-11-24", "steps": 4000},
        {"type": "weight", "id": "w1", "day": "2026-11-24", "kg": 68.4},
    )
    jsonl(
        inbox,
        "ipad.jsonl",
        "ipad",
        entry("e-1", at="2026-11-24T20:00:00+01:00", fatigue=7),
        {"type": "steps", "id": "s1", "day": "2026-11-24", "steps": 5200},
        {"type": "weight", "id": "w1", "day": "2026-11-24", "lb": 150},
        {
            "type": "side_effect",
            "id": "se-1",
            "term": "headache",
            "onset": "2026-11-24T10:00:00+01:00",
            "grade": 2,
        },
    )
    files = services.inbox.scan()
    assert [f.name for f in files] == ["ipad.jsonl", "pixel.jsonl"]
    assert all(f.ok for f in files), [f.problems_text() for f in files]
    for f in files:
        services.inbox.accept(f.path)
    entries = services.entries.list()
    assert sorted(e.uid for e in entries) == ["ipad:e-1", "pixel-7a:e-1"]
    assert {e.device for e in entries} == {"ipad", "pixel-7a"}
    assert services.daily_steps.on(date(2026, 11, 24)) == 5200  # the larger count
    (weight,) = services.weights.list()
    assert str(weight.weight_kg) == "68.04" and weight.entered_unit == "lb"  # the first kept
    (effect,) = services.side_effects.list()
    assert effect.uid == "ipad:se-1" and effect.grade == 2
    # both files again: nothing changes
    for name in ("ipad.jsonl", "pixel.jsonl"):
        (inbox / "done" / name).replace(inbox / name)
    for f in services.inbox.scan():
        services.inbox.accept(f.path)
    assert len(services.entries.list()) == 2 and len(services.side_effects.list()) == 1
    assert services.daily_steps.on(date(2026, 11, 24)) == 5200


def test_a_malformed_file_is_rejected_with_its_problems_and_nothing_written(
    services, inbox
) -> None:
    path = jsonl(
        inbox,
        "bad.jsonl",
        "pixel",
        entry("e-1", pain=6),
        entry("e-2", pain=12),
        {"type": "mood", "id": "m"},
        entry("e-3", at="2026-11-27T10:00:00+01:00", pain=1),
        entry("e-4", colour="red"),
    )
    with path.open("a") as f:
        f.write("{not json\n")
    good = jsonl(inbox, "good.jsonl", "ipad", entry("e-1", itch=3))
    bad, fine = sorted(services.inbox.scan(), key=lambda f: f.name)
    assert fine.ok and not bad.ok
    text = bad.problems_text()
    assert "line 3 (entry e-2), pain" in text and "0 to 10" in text
    assert "line 4" in text and "mood" in text
    assert "line 5 (entry e-3), at: cannot be in the future" in text
    assert "line 6 (entry e-4), colour" in text
    assert "line 7" in text
    with pytest.raises(ImportRejected):
        services.inbox.accept(path)
    assert services.entries.count() == 0  # nothing from the bad file, not even line 2
    moved = services.inbox.reject(path)
    assert moved == inbox / "rejected" / "bad.jsonl"
    assert "line 3 (entry e-2), pain" in (inbox / "rejected" / "bad.jsonl.problems.txt").read_text()
    services.inbox.accept(good)  # the other file is still imported
    assert services.entries.count() == 1


@pytest.mark.parametrize(
    ("first", "problem"),
    [
        ('{"type": "entry", "id": "e", "at": "2026-11-24T10:00:00+01:00", "pain": 1}', "header"),
        ('{"format": "dmtracker-inbox", "version": 2, "device": "x"}', "version"),
        ('{"format": "dmtracker-inbox", "version": 1, "device": "a b"}', "device"),
    ],
)
def test_a_missing_or_bad_header_is_a_problem(services, inbox, first, problem) -> None:
    (inbox / "x.jsonl").write_text(first + "\n", encoding="utf-8")
    (found,) = services.inbox.scan()
    assert problem in found.problems_text()


def test_a_file_of_11_mb_is_refused(services, inbox) -> None:
    path = inbox / "huge.jsonl"
    with path.open("wb") as f:
        f.write(json.dumps({**HEADER, "device": "x"}).encode() + b"\n")
        f.write(b" " * (11 * 1024 * 1024))
    (found,) = services.inbox.scan()
    assert not found.ok and "larger than" in found.problems_text()
    assert services.entries.count() == 0


def test_a_warning_sign_is_named_before_accepting(services, inbox) -> None:
    jsonl(
        inbox,
        "p.jsonl",
        "p",
        {
            "type": "side_effect",
            "id": "1",
            "term": "chest pain",
            "onset": "2026-11-24T10:00:00+01:00",
            "grade": 3,
        },
    )
    (found,) = services.inbox.scan()
    assert found.ok and found.red_flags == ("chest pain",)


def test_a_file_still_arriving_waits_and_other_names_are_left_alone(services, inbox) -> None:
    services.inbox.settle_seconds = 60
    jsonl(inbox, "new.jsonl", "p", entry("1", pain=1))
    (inbox / "photo.jpg").write_bytes(b"x")
    (inbox / ".hidden.jsonl").write_text("x")
    ready, waiting = services.inbox.pending()
    assert ready == [] and [p.name for p in waiting] == ["new.jsonl"]


def test_a_day_logged_with_other_values_is_a_problem_before_accepting(services, inbox) -> None:
    services.checkins.save_day({"day": "2026-11-23", "pain": 2})
    (inbox / "phone.csv").write_text(
        "day,patient_global,fatigue,pain,itch\n2026-11-23,1,2,3,4\n", encoding="utf-8"
    )
    (found,) = services.inbox.scan()
    assert not found.ok and "already has a check-in with other values" in found.problems_text()
    assert services.checkins.for_day(date(2026, 11, 23)).pain == 2  # the dry run wrote nothing
