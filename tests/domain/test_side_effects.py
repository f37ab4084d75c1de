"""Tests for side-effect terms, red flags, grades and the 72-hour course link (clinical.md §5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dmtracker.domain.side_effects import (
    ACTIONS,
    COMMON_TERMS,
    FHIR_OUTCOMES,
    GRADES,
    OUTCOMES,
    RED_FLAG_GROUPS,
    RED_FLAG_TERMS,
    TERMS,
    RedFlagGroup,
    fhir_outcome,
    fhir_severity,
    is_listed,
    is_red_flag,
    links_to_course,
    normalise_term,
    red_flag_group,
)

REQUIRED_RED_FLAGS = [
    "chest pain",
    "sudden shortness of breath",
    "swollen painful arm or leg",
    "one-sided weakness or numbness",
    "trouble speaking",
    "sudden severe headache",
    "stiff neck",
    "dark urine",
    "yellow skin or eyes",
    "much less urine",
    "throat or mouth swelling",
    "fainting",
    "fever of 38 °C or more",
    "choking on food",
    "skin ulcer",
    # issue 16, spelled so
    "new or worse breathlessness",
    "trouble breathing within 6 hours of an infusion",
    "blue lips",
    "face drooping",
    "sudden confusion",
    "severe headache",
    "mouth ulcers",
    "unusual bruising or bleeding",
    "sore throat with fever",
]
REQUIRED_COMMON = [
    "headache",
    "fever",
    "chills",
    "nausea",
    "vomiting",
    "fatigue",
    "muscle pain",
    "rash",
    "high blood pressure",
    "fast heart rate",
    "infusion-site reaction",
]
GROUP_KEYS = [
    "clot_stroke",
    "stroke_fast",
    "trali_lung_clot",
    "meningitis",
    "haemolysis",
    "kidney",
    "allergy",
    "infection",
    "methotrexate_toxicity",
    "dm_emergency",
]


# --- the controlled list ----------------------------------------------------------------------
def test_terms_hold_the_required_common_terms_first_in_order() -> None:
    assert list(TERMS[: len(REQUIRED_COMMON)]) == REQUIRED_COMMON
    assert list(COMMON_TERMS) == REQUIRED_COMMON


def test_terms_hold_every_required_red_flag_spelling() -> None:
    for term in REQUIRED_RED_FLAGS:
        assert term in TERMS
        assert term in RED_FLAG_TERMS


def test_fever_red_flag_uses_a_normal_space_before_degree_sign() -> None:
    assert "fever of 38 \u00b0C or more" in TERMS
    assert not any("\u00a0" in t for t in TERMS)


def test_terms_are_unique_and_lower_case_except_units() -> None:
    assert len(set(TERMS)) == len(TERMS)
    assert len({t.casefold() for t in TERMS}) == len(TERMS)
    for t in TERMS:
        assert t == " ".join(t.split())
        assert t == normalise_term(t)


def test_extra_red_flags_from_clinical_md() -> None:
    for term in [
        "pain on deep breathing",
        "vision loss",
        "wheeze",
        "sudden swelling or weight gain",
        "new cough",
        "rapidly worsening weakness",
        "light sensitivity",
    ]:
        assert is_red_flag(term)


# --- red flags --------------------------------------------------------------------------------
@pytest.mark.parametrize("term", RED_FLAG_TERMS)
def test_every_red_flag_term_is_a_red_flag(term: str) -> None:
    assert is_red_flag(term)
    assert is_red_flag(term.upper())
    assert is_red_flag(f"  {term}\t ")
    assert is_red_flag(term.title())


@pytest.mark.parametrize("term", RED_FLAG_TERMS)
def test_every_red_flag_term_has_one_group_with_an_urgent_message(term: str) -> None:
    group = red_flag_group(term)
    assert isinstance(group, RedFlagGroup)
    assert group.message.startswith("Seek urgent medical care now")
    owners = [g.key for g in RED_FLAG_GROUPS.values() if term in g.terms]
    assert owners == [group.key]


@pytest.mark.parametrize("term", COMMON_TERMS)
def test_common_terms_are_not_red_flags(term: str) -> None:
    assert not is_red_flag(term)
    assert red_flag_group(term) is None
    assert is_listed(term)


@pytest.mark.parametrize(
    "text",
    [
        "headache",
        "fever",
        "Fever",
        "my chest hurts",
        "pain",
        "",
        "   ",
        "chest",
        "chest pain!",
        "fever above 37 °C",
    ],
)
def test_free_text_is_not_a_red_flag(text: str) -> None:
    assert not is_red_flag(text)


def test_non_text_is_not_a_red_flag() -> None:
    assert not is_red_flag(None)  # type: ignore[arg-type]
    assert not is_red_flag(42)  # type: ignore[arg-type]


def test_inner_spacing_and_degree_spacing_are_ignored() -> None:
    assert is_red_flag("chest   pain")
    assert is_red_flag("Fever above 38°C")
    assert is_red_flag("fever above 38\u00a0°C")  # a non-breaking space typed by a keyboard


def test_groups_cover_the_ten_meanings() -> None:
    assert list(RED_FLAG_GROUPS) == GROUP_KEYS
    for key, group in RED_FLAG_GROUPS.items():
        assert group.key == key
        assert group.title
        assert group.terms
        assert group.message.startswith("Seek urgent medical care now")


def test_group_membership_matches_clinical_md() -> None:
    expected = {
        "chest pain": "clot_stroke",
        "pain on deep breathing": "clot_stroke",
        "sudden shortness of breath": "clot_stroke",
        "swollen painful arm or leg": "clot_stroke",
        "one-sided weakness or numbness": "clot_stroke",
        "trouble speaking": "clot_stroke",
        "sudden severe headache": "clot_stroke",
        "vision loss": "clot_stroke",
        "face drooping": "stroke_fast",
        "sudden confusion": "stroke_fast",
        "new or worse breathlessness": "trali_lung_clot",
        "trouble breathing within 6 hours of an infusion": "trali_lung_clot",
        "blue lips": "trali_lung_clot",
        "severe headache": "meningitis",
        "stiff neck": "meningitis",
        "light sensitivity": "meningitis",
        "dark urine": "haemolysis",
        "yellow skin or eyes": "haemolysis",
        "much less urine": "kidney",
        "sudden swelling or weight gain": "kidney",
        "throat or mouth swelling": "allergy",
        "wheeze": "allergy",
        "fainting": "allergy",
        "fever of 38 °C or more": "infection",
        "mouth ulcers": "methotrexate_toxicity",
        "unusual bruising or bleeding": "methotrexate_toxicity",
        "sore throat with fever": "methotrexate_toxicity",
        "choking on food": "dm_emergency",
        "new cough": "dm_emergency",
        "skin ulcer": "dm_emergency",
        "rapidly worsening weakness": "dm_emergency",
    }
    assert {t: red_flag_group(t).key for t in RED_FLAG_TERMS} == expected  # type: ignore[union-attr]


def test_chest_pain_message_says_why() -> None:
    message = red_flag_group("Chest pain").message  # type: ignore[union-attr]
    assert "blood clot" in message
    assert "IVIG" in message
    assert "emergency number" in message


def test_messages_never_tell_a_patient_to_change_treatment() -> None:
    for group in RED_FLAG_GROUPS.values():
        text = group.message.lower()
        for phrase in [
            "stop taking",
            "stop your",
            "skip",
            "reduce your",
            "increase your",
            "change your dose",
        ]:
            assert phrase not in text, (group.key, phrase)


# --- normalise_term ---------------------------------------------------------------------------
def test_normalise_term_strips_and_collapses() -> None:
    assert normalise_term("  sore \n  throat\t") == "sore throat"


def test_normalise_term_returns_listed_spelling() -> None:
    assert normalise_term("CHEST   PAIN") == "chest pain"
    assert normalise_term("Fever of 38°C or more") == "fever of 38 °C or more"
    # an earlier spelling reads as today's term
    assert normalise_term("Fever above 38°C") == "fever of 38 °C or more"
    assert normalise_term("Headache") == "headache"


def test_normalise_term_keeps_free_text_case() -> None:
    assert normalise_term("Sore Throat") == "Sore Throat"


def test_normalise_term_length_limit() -> None:
    assert normalise_term("x" * 120) == "x" * 120
    assert normalise_term(" " + "x" * 120 + " ") == "x" * 120
    with pytest.raises(ValueError, match=r"^term: must be at most 120 characters, got 121"):
        normalise_term("x" * 121)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_normalise_term_refuses_empty(text: str) -> None:
    with pytest.raises(ValueError, match=r"^term: "):
        normalise_term(text)


@pytest.mark.parametrize("value", [None, 5, b"headache"])
def test_normalise_term_refuses_non_text(value: object) -> None:
    with pytest.raises(ValueError, match=r"^term: must be text"):
        normalise_term(value)  # type: ignore[arg-type]


def test_normalise_term_refuses_control_characters() -> None:
    with pytest.raises(ValueError, match=r"^term: "):
        normalise_term("head\x00ache")


# --- links_to_course --------------------------------------------------------------------------
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
END = datetime(2026, 3, 3, 15, 30, tzinfo=UTC)
US = timedelta(microseconds=1)


def test_onset_exactly_at_course_start_links() -> None:
    assert links_to_course(START, START, END)


def test_onset_one_microsecond_before_start_does_not_link() -> None:
    assert not links_to_course(START - US, START, END)


def test_onset_during_course_links() -> None:
    assert links_to_course(START + timedelta(hours=5), START, END)


def test_onset_exactly_72_hours_after_end_links() -> None:
    assert links_to_course(END + timedelta(hours=72), START, END)


def test_onset_one_microsecond_after_window_does_not_link() -> None:
    assert not links_to_course(END + timedelta(hours=72) + US, START, END)


def test_onset_in_another_timezone_compares_as_an_instant() -> None:
    plus2 = timezone(timedelta(hours=2))
    # END + 72 h = 2026-03-06 15:30 UTC = 17:30 at UTC+2
    assert links_to_course(datetime(2026, 3, 6, 17, 30, tzinfo=plus2), START, END)
    assert not links_to_course(datetime(2026, 3, 6, 17, 30, 0, 1, tzinfo=plus2), START, END)
    # START = 09:00 UTC = 11:00 at UTC+2; 10:59 there is before the course
    assert not links_to_course(datetime(2026, 3, 2, 10, 59, tzinfo=plus2), START, END)
    assert links_to_course(datetime(2026, 3, 2, 11, 0, tzinfo=plus2), START, END)


def test_course_in_a_zoneinfo_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 3, 2, 10, 0, tzinfo=berlin)  # 09:00 UTC
    end = datetime(2026, 3, 3, 16, 30, tzinfo=berlin)  # 15:30 UTC
    assert links_to_course(START, start, end)
    assert links_to_course(END + timedelta(hours=72), start, end)
    assert not links_to_course(START - US, start, end)


def test_custom_window() -> None:
    assert links_to_course(END + timedelta(hours=24), START, END, window_hours=24)
    assert not links_to_course(END + timedelta(hours=24) + US, START, END, window_hours=24)
    assert links_to_course(END, START, END, window_hours=0)
    assert not links_to_course(END + US, START, END, window_hours=0)
    assert links_to_course(END + timedelta(minutes=90), START, END, window_hours="1.5")


def test_zero_length_course() -> None:
    assert links_to_course(START, START, START)


def test_naive_datetimes_raise() -> None:
    naive = datetime(2026, 3, 2, 9, 0)
    with pytest.raises(ValueError, match=r"^onset: .*time zone"):
        links_to_course(naive, START, END)
    with pytest.raises(ValueError, match=r"^course_start: "):
        links_to_course(START, naive, END)
    with pytest.raises(ValueError, match=r"^course_end: "):
        links_to_course(START, START, naive)


def test_end_before_start_raises() -> None:
    with pytest.raises(ValueError, match=r"^course_end: is before course_start"):
        links_to_course(START, END, START)


@pytest.mark.parametrize("window", [-1, "x", True, None, float("nan"), 1441])
def test_bad_window_raises(window: object) -> None:
    with pytest.raises(ValueError, match=r"^window_hours: "):
        links_to_course(START, START, END, window)  # type: ignore[arg-type]


def test_not_a_datetime_raises() -> None:
    with pytest.raises(ValueError, match=r"^onset: "):
        links_to_course("2026-03-02T09:00+00:00", START, END)  # type: ignore[arg-type]


@given(
    offset_minutes=st.integers(min_value=-60 * 24, max_value=60 * 24 * 10),
    w1=st.integers(min_value=0, max_value=24 * 14),
    w2=st.integers(min_value=0, max_value=24 * 14),
    tz_minutes=st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_link_is_monotonic_in_window(
    offset_minutes: int, w1: int, w2: int, tz_minutes: int
) -> None:
    small, large = sorted((w1, w2))
    zone = timezone(timedelta(minutes=tz_minutes))
    onset = (START + timedelta(minutes=offset_minutes)).astimezone(zone)
    if links_to_course(onset, START, END, small):
        assert links_to_course(onset, START, END, large)
    # and the answer matches the rule computed directly in UTC
    expected = START <= onset <= END + timedelta(hours=large)
    assert links_to_course(onset, START, END, large) is expected


# --- grades, outcomes, actions ----------------------------------------------------------------
def test_grades_plain_words() -> None:
    # CTCAE v5 in plain words (clinical.md §8); grade 3 is hospital care or self-care, not a GP
    assert GRADES == {
        1: "Mild: noticeable, no treatment needed",
        2: "Moderate: needed a simple treatment, or limited everyday tasks like cooking or "
        "shopping",
        3: "Severe or medically significant: hospital care needed, or I couldn't wash, dress, "
        "eat or use the toilet on my own",
        4: "Life-threatening: needed urgent treatment",
    }
    assert "doctor" not in GRADES[3]


@pytest.mark.parametrize(
    ("grade", "severity"), [(1, "mild"), (2, "moderate"), (3, "severe"), (4, "severe")]
)
def test_fhir_severity(grade: int, severity: str) -> None:
    assert fhir_severity(grade) == severity


@pytest.mark.parametrize("grade", [0, 5, -1, True, "2", 2.0, None])
def test_fhir_severity_bad_grade(grade: object) -> None:
    with pytest.raises(ValueError, match=r"^grade: "):
        fhir_severity(grade)  # type: ignore[arg-type]


def test_outcomes_and_actions() -> None:
    assert list(OUTCOMES.values()) == [
        "Recovered",
        "Recovering",
        "Not recovered",
        "Recovered with lasting effects",
        "Unknown",
    ]
    assert set(FHIR_OUTCOMES) == set(OUTCOMES)
    assert fhir_outcome("recovered_with_lasting_effects") == "resolvedWithSequelae"
    assert fhir_outcome("not_recovered") == "ongoing"
    with pytest.raises(ValueError, match=r"^outcome: "):
        fhir_outcome("dead")
    assert list(ACTIONS.values()) == [
        "None",
        "Took a painkiller",
        "Infusion slowed",
        "Infusion stopped",
        "Saw a doctor",
        "Went to hospital",
    ]
