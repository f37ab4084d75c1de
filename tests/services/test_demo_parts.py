"""The demo's writers, one per record kind, drawing from one random stream."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from tests.conftest import TZ

from dmtracker.domain.validation import Context
from dmtracker.services.clock import Clock
from dmtracker.services.demo import FIRST_IVIG_DAY, generate_demo
from dmtracker.services.demo.clinic import write_labs
from dmtracker.services.demo.daily import difficulty, level, write_weights
from dmtracker.services.demo.medications import write_blood_thinner, write_medications
from dmtracker.services.demo.story import DemoRows, DemoRun, Story
from dmtracker.storage import models as m

END = date(2026, 11, 25)


def _run(seed: int = 1) -> DemoRun:
    clock = Clock(tz=TZ, fixed=datetime(2026, 11, 25, 11, 0, tzinfo=TZ))
    rng = random.Random(seed)
    start = END - timedelta(days=364)
    rows = DemoRows(Context(today=END, now=clock.now()), clock.now())
    return DemoRun(rng, Story(rng, start, END), rows, clock, start, END, clock.now())


def test_the_story_gives_a_course_every_four_weeks_from_day_14() -> None:
    story = _run().story
    assert story.courses[0] == story.start + timedelta(days=FIRST_IVIG_DAY)
    assert {(b - a).days for a, b in zip(story.courses, story.courses[1:], strict=False)} == {28}
    assert story.improvement(story.start) == 0.0 < story.improvement(END) < 1


def test_answers_are_clipped_to_their_scales() -> None:
    assert (level(-3.2), level(4.4), level(12)) == (0, 4, 10)
    assert (difficulty(-1), difficulty(1.6), difficulty(9)) == (0, 2, 3)


def test_writers_give_validated_rows_with_ids_in_order() -> None:
    run = _run()
    write_medications(run)
    write_blood_thinner(run, END - timedelta(days=10))
    names = [r["name"] for r in run.rows.rows[m.Medication]]
    assert names == ["Prednisone", "Methotrexate", "Folic acid", "Hydroxychloroquine", "Apixaban"]
    assert [r["id"] for r in run.rows.rows[m.Medication]] == [1, 2, 3, 4, 5]
    weights = write_weights(run)
    assert min(weights) == run.start and len(weights) == len(run.rows.rows[m.BodyWeight])
    write_labs(run)
    assert {r["analyte"] for r in run.rows.rows[m.LabResult]} == {
        "CK",
        "aldolase",
        "LDH",
        "AST",
        "ALT",
    }


def test_the_same_seed_gives_the_same_rows() -> None:
    a, b = _run(5), _run(5)
    for run in (a, b):
        write_weights(run)
        write_labs(run)
    assert a.rows.rows == b.rows.rows


def test_generate_demo_counts_what_it_wrote(services) -> None:
    summary = generate_demo(services, years=1, seed=2)
    assert summary.end == services.clock.today()
    assert summary.counts["check-ins"] == services.checkins.count() > 300
    assert summary.counts["IVIG courses"] == services.courses.count() == 13
