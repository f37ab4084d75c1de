"""Tests for the Total Improvement Score and ProDERM's confirmed deterioration (clinical.md §2)."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dmtracker.domain.tis import (
    CATEGORY_LABELS,
    DETERIORATION_CRITERIA,
    MEASURE_LABELS,
    MEASURES,
    POINTS_TABLE,
    CoreSetMeasures,
    DeteriorationResult,
    EnzymeResult,
    TisResult,
    category_for,
    confirmed_deterioration,
    most_abnormal_enzyme,
    points_for,
    total_improvement_score,
)

# --- helpers ------------------------------------------------------------------------------------

VAS = ("physician_global", "patient_global", "extramuscular")
POINTS = {
    "physician_global": ("0", "7.5", "15", "17.5", "20"),
    "patient_global": ("0", "2.5", "5", "7.5", "10"),
    "mmt8": ("0", "10", "20", "27.5", "32.5"),
    "haq": ("0", "5", "7.5", "7.5", "10"),
    "enzyme": ("0", "2.5", "5", "7.5", "7.5"),
    "extramuscular": ("0", "7.5", "12.5", "15", "20"),
}
EDGES = (5, 15, 25, 40)
MMT_EDGES = (2, 10, 20, 30)


def pair(
    measure: str, b: str, f: str, *, scale: int = 150, uln: str = "100"
) -> tuple[CoreSetMeasures, CoreSetMeasures]:
    """Baseline and follow-up with only ``measure`` present."""
    if measure == "enzyme":
        return (
            CoreSetMeasures(enzymes=[EnzymeResult("CK", b, uln)]),
            CoreSetMeasures(enzymes=[EnzymeResult("CK", f, uln)]),
        )
    if measure == "mmt8":
        return CoreSetMeasures(mmt8=b, mmt8_max=scale), CoreSetMeasures(mmt8=f, mmt8_max=scale)
    return CoreSetMeasures(**{measure: b}), CoreSetMeasures(**{measure: f})


def score_one(measure: str, b: str, f: str, **kw) -> TisResult:
    return total_improvement_score(*pair(measure, b, f, **kw))


def values_at(measure: str, edge: int, sign: int, scale: int = 150) -> tuple[str, str]:
    """Baseline/follow-up whose exact improvement is ``edge`` % nudged by ``sign`` (−1, 0, +1)."""
    step = D("0.001") * sign
    e = D(edge)
    if measure in VAS:
        b = D(10)
        return str(b), str(b - (e / 10 + step))
    if measure == "haq":
        b = D(3)
        return str(b), str(b - (e * 3 / 100 + step))
    if measure == "mmt8":
        b = D(40)
        return str(b), str(b + e * scale / 100 + step)
    b = D(1000)  # enzyme, ULN 100 at both visits
    return str(b), str(b * (1 - e / 100) - step * 10)


def edge_cases():
    specs = [(m, 150) for m in POINTS if m != "mmt8"] + [("mmt8", 80), ("mmt8", 150)]
    for measure, scale in specs:
        edges = MMT_EDGES if measure == "mmt8" else EDGES
        for k, edge in enumerate(edges):
            for pos, sign in (("below", -1), ("on", 0), ("above", 1)):
                expected = POINTS[measure][k + 1 if pos == "above" else k]
                name = f"{measure}{scale if measure == 'mmt8' else ''}-{edge}%-{pos}"
                yield pytest.param(measure, scale, edge, sign, D(expected), id=name)


def naive_float_points(measure: str, b: str, f: str, scale: int = 150, uln: str = "100") -> D:
    """What a binary-float implementation would score (used to prove the traps are traps)."""
    fb, ff = float(b), float(f)
    if measure in VAS:
        pct = (fb - ff) / 10 * 100
    elif measure == "haq":
        pct = (fb - ff) / 3 * 100
    elif measure == "mmt8":
        pct = (ff - fb) / scale * 100
    else:
        u = float(uln)
        pct = (fb / u - ff / u) / (fb / u) * 100
    edges = MMT_EDGES if measure == "mmt8" else EDGES
    k = sum(1 for e in edges if pct > e)
    return D(POINTS[measure][k])


# --- band edges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("measure", "scale", "edge", "sign", "expected"), list(edge_cases()))
def test_every_band_edge(measure: str, scale: int, edge: int, sign: int, expected: D) -> None:
    b, f = values_at(measure, edge, sign, scale)
    result = score_one(measure, b, f, scale=scale)
    assert result.points == {measure: expected}
    assert result.measures_used == 1
    pct = result.percent_change[measure]
    if sign == 0:
        assert pct == D(edge).quantize(D("0.01"))
    else:
        # The display may round onto the edge; the band above was still decided exactly.
        assert (pct >= edge) if sign > 0 else (pct <= edge)


@pytest.mark.parametrize(
    ("measure", "b", "f", "scale", "uln", "expected"),
    [
        pytest.param("physician_global", "4.4", "1.9", 150, "100", "15", id="phga-4.4-1.9=25%"),
        pytest.param("physician_global", "1.1", "0.6", 150, "100", "0", id="phga-1.1-0.6=5%"),
        pytest.param("patient_global", "2.2", "0.7", 150, "100", "2.5", id="ptga-2.2-0.7=15%"),
        pytest.param("patient_global", "8.3", "4.3", 150, "100", "7.5", id="ptga-8.3-4.3=40%"),
        pytest.param("extramuscular", "4.9", "2.4", 150, "100", "12.5", id="extra-4.9-2.4=25%"),
        pytest.param("extramuscular", "9.8", "5.8", 150, "100", "15", id="extra-9.8-5.8=40%"),
        pytest.param("mmt8", "15", "16.6", 80, "100", "0", id="mmt80-15-16.6=2%"),
        pytest.param("haq", "0.17", "0.02", 150, "100", "0", id="haq-0.17-0.02=5%"),
        pytest.param("haq", "0.54", "0.09", 150, "100", "5", id="haq-0.54-0.09=15%"),
        pytest.param("haq", "1.32", "0.12", 150, "100", "7.5", id="haq-1.32-0.12=40%"),
        pytest.param("enzyme", "78", "74.1", 150, "35", "0", id="enzyme-78-74.1-uln35=5%"),
        pytest.param("enzyme", "50", "42.5", 150, "35", "2.5", id="enzyme-50-42.5-uln35=15%"),
    ],
)
def test_exact_arithmetic_traps(
    measure: str, b: str, f: str, scale: int, uln: str, expected: str
) -> None:
    # The case must really be a trap: binary floats land in the next band up.
    assert naive_float_points(measure, b, f, scale, uln) != D(expected)
    result = score_one(measure, b, f, scale=scale, uln=uln)
    assert result.points[measure] == D(expected)


def test_floats_are_read_as_the_digits_they_print() -> None:
    result = total_improvement_score(
        CoreSetMeasures(physician_global=4.4), CoreSetMeasures(physician_global=1.9)
    )
    assert result.points["physician_global"] == D("15")
    assert result.percent_change["physician_global"] == D("25.00")


def test_mmt_band_decided_on_exact_value_not_on_rounded_display() -> None:
    result = score_one("mmt8", "100", "103.006", scale=150)  # exactly 2.004 %
    assert result.percent_change["mmt8"] == D("2.00")
    assert result.points["mmt8"] == D("10")


def test_percent_change_rounds_half_up_both_ways() -> None:
    better = score_one("physician_global", "5", "4.9995")  # exactly 0.005 %
    worse = score_one("physician_global", "4.9995", "5")  # exactly -0.005 %
    assert better.percent_change["physician_global"] == D("0.01")
    assert worse.percent_change["physician_global"] == D("-0.01")
    assert str(score_one("haq", "3", "2").percent_change["haq"]) == "33.33"


@pytest.mark.parametrize("measure", list(POINTS))
def test_complete_improvement_scores_top_band(measure: str) -> None:
    b, f = {"mmt8": ("0", "150"), "haq": ("3", "0"), "enzyme": ("1000", "1")}.get(
        measure, ("10", "0")
    )
    result = score_one(measure, b, f)
    assert result.points[measure] == D(POINTS[measure][-1])


@pytest.mark.parametrize("measure", list(POINTS))
@pytest.mark.parametrize("how", ["unchanged", "worse", "much-worse"])
def test_no_change_or_worsening_scores_zero(measure: str, how: str) -> None:
    base = {"mmt8": "100", "haq": "1.5", "enzyme": "500"}.get(measure, "5")
    later = {
        "unchanged": base,
        "worse": {"mmt8": "99", "haq": "1.625", "enzyme": "600"}.get(measure, "5.1"),
        "much-worse": {"mmt8": "0", "haq": "3", "enzyme": "90000"}.get(measure, "10"),
    }[how]
    result = score_one(measure, base, later)
    assert result.points == {measure: D(0)}
    assert result.total == 0
    if how == "unchanged":
        assert result.percent_change[measure] == 0
    else:
        assert result.percent_change[measure] < 0


def test_points_for_never_negative_and_exact() -> None:
    assert points_for("mmt8", Fraction(-1000)) == 0
    assert points_for("mmt8", Fraction(2)) == 0
    assert points_for("mmt8", Fraction(2) + Fraction(1, 10**30)) == D("10")
    assert points_for("physician_global", D("25")) == D("15")
    with pytest.raises(ValueError, match="measure"):
        points_for("grip", 10)


# --- worked example, totals, categories ---------------------------------------------------------

BASELINE = CoreSetMeasures(
    physician_global="6.0",
    patient_global="7.0",
    mmt8="110",
    mmt8_max=150,
    haq="1.5",
    extramuscular="5.0",
    enzymes=(EnzymeResult("CK", "1200", "200"),),
)
FOLLOWUP = CoreSetMeasures(
    physician_global="3.5",
    patient_global="5.0",
    mmt8="125",
    mmt8_max=150,
    haq="1.125",
    extramuscular="3.0",
    enzymes=(EnzymeResult("CK", "600", "200"),),
)
EXAMPLE_POINTS = {
    "physician_global": D("15"),
    "patient_global": D("5"),
    "mmt8": D("10"),
    "haq": D("5"),
    "enzyme": D("7.5"),
    "extramuscular": D("12.5"),
}


def test_worked_example_from_clinical_md() -> None:
    result = total_improvement_score(BASELINE, FOLLOWUP)
    assert result.points == EXAMPLE_POINTS
    assert list(result.points) == list(MEASURES)
    assert result.total == D("55")
    assert result.category == "moderate"
    assert result.measures_used == 6
    assert not result.partial
    assert result.missing == ()
    assert result.enzyme_name == "CK"
    assert result.percent_change == {
        "physician_global": D("25.00"),
        "patient_global": D("20.00"),
        "mmt8": D("10.00"),
        "haq": D("12.50"),
        "enzyme": D("50.00"),
        "extramuscular": D("20.00"),
    }
    assert result.describe() == "TIS 55 (moderate improvement)"


def test_worked_example_with_mixed_input_types() -> None:
    baseline = CoreSetMeasures(6, D("7.0"), 110, 150, 1.5, "5", [EnzymeResult("CK", 1200, 200)])
    followup = CoreSetMeasures(3.5, 5, "125", 150, "1.125", 3, [EnzymeResult("ck", 600.0, "200")])
    assert total_improvement_score(baseline, followup).points == EXAMPLE_POINTS


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        ("0", "none"),
        ("19.99", "none"),
        ("20", "minimal"),
        ("20.00", "minimal"),
        ("39.99", "minimal"),
        ("40", "moderate"),
        ("59.99", "moderate"),
        ("60", "major"),
        ("100", "major"),
    ],
)
def test_category_thresholds_are_inclusive(total: str, expected: str) -> None:
    assert category_for(D(total)) == expected
    assert expected in CATEGORY_LABELS


@pytest.mark.parametrize("bad", ["-0.01", "100.01", "abc", "nan"])
def test_category_for_refuses_impossible_totals(bad: str) -> None:
    with pytest.raises(ValueError, match="total"):
        category_for(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phga_after", "expected_total", "expected_category"),
    [
        ("3.5", "55", "moderate"),  # worked example
        ("1.9", "60", "major"),  # PhGA 6.0 → 1.9 = 41 %: 20 points
        ("5.6", "40", "moderate"),  # PhGA 4 %: 0 points
    ],
)
def test_total_is_sum_of_points(phga_after: str, expected_total: str, expected_category) -> None:
    followup = CoreSetMeasures(
        physician_global=phga_after,
        patient_global=FOLLOWUP.patient_global,
        mmt8=FOLLOWUP.mmt8,
        mmt8_max=150,
        haq=FOLLOWUP.haq,
        extramuscular=FOLLOWUP.extramuscular,
        enzymes=FOLLOWUP.enzymes,
    )
    result = total_improvement_score(BASELINE, followup)
    assert result.total == D(expected_total)
    assert result.total == sum(result.points.values())
    assert result.category == expected_category


# --- partial scores -----------------------------------------------------------------------------


def _without(m: CoreSetMeasures, drop: set[str]) -> CoreSetMeasures:
    return CoreSetMeasures(
        physician_global=None if "physician_global" in drop else m.physician_global,
        patient_global=None if "patient_global" in drop else m.patient_global,
        mmt8=None if "mmt8" in drop else m.mmt8,
        mmt8_max=m.mmt8_max,
        haq=None if "haq" in drop else m.haq,
        extramuscular=None if "extramuscular" in drop else m.extramuscular,
        enzymes=() if "enzyme" in drop else m.enzymes,
    )


@pytest.mark.parametrize("k", range(7))
@pytest.mark.parametrize("side", ["baseline", "followup"])
def test_partial_scores(k: int, side: str) -> None:
    drop = set(MEASURES[k:])
    baseline = _without(BASELINE, drop) if side == "baseline" else BASELINE
    followup = _without(FOLLOWUP, drop) if side == "followup" else FOLLOWUP
    result = total_improvement_score(baseline, followup)
    kept = MEASURES[:k]
    assert result.measures_used == k
    assert set(result.points) == set(kept) == set(result.percent_change)
    assert result.total == sum((EXAMPLE_POINTS[m] for m in kept), D(0))
    assert result.missing == MEASURES[k:]
    if k == 6:
        assert result.category == "moderate"
    else:
        assert result.category is None
        assert result.partial
        assert result.describe().startswith("Partial TIS")
        assert f"({k} of 6 measures)" in result.describe()


def test_partial_score_of_sixty_is_still_not_a_category() -> None:
    b = CoreSetMeasures(physician_global="10", patient_global="10", mmt8="0", mmt8_max=150)
    f = CoreSetMeasures(physician_global="0", patient_global="0", mmt8="150", mmt8_max=150)
    result = total_improvement_score(b, f)
    assert result.total == D("62.5")
    assert result.category is None
    assert result.describe() == "Partial TIS 62.5 (3 of 6 measures)"


def test_nothing_to_compare() -> None:
    result = total_improvement_score(CoreSetMeasures(), CoreSetMeasures())
    assert result == TisResult(D(0), None, {}, {}, 0, None)


# --- enzyme choice ------------------------------------------------------------------------------


def test_enzyme_highest_multiple_of_uln_wins_not_highest_value() -> None:
    baseline = CoreSetMeasures(
        enzymes=[
            EnzymeResult("CK", "1200", "200"),  # 6 × ULN, highest value
            EnzymeResult("LDH", "900", "100"),  # 9 × ULN
            EnzymeResult("aldolase", "30", "7.6"),  # ~3.9 × ULN
        ]
    )
    followup = CoreSetMeasures(
        enzymes=[EnzymeResult("CK", "200", "200"), EnzymeResult("LDH", "900", "100")]
    )
    result = total_improvement_score(baseline, followup)
    assert result.enzyme_name == "LDH"
    assert result.points == {"enzyme": D(0)}  # LDH unchanged; CK's fall is not used
    assert most_abnormal_enzyme(baseline.enzymes).name == "LDH"


def test_enzyme_compares_multiples_of_uln_when_lab_range_changes() -> None:
    # 1000/200 = 5 × ULN, then 500/100 = 5 × ULN: no change, although the value halved.
    same = total_improvement_score(
        CoreSetMeasures(enzymes=[EnzymeResult("CK", "1000", "200")]),
        CoreSetMeasures(enzymes=[EnzymeResult("CK", "500", "100")]),
    )
    assert same.percent_change == {"enzyme": D("0.00")}
    assert same.points == {"enzyme": D(0)}
    # 5 × ULN -> 3 × ULN is 40 % (7.5 points); the raw values (1000 -> 900) would say 10 %.
    better = total_improvement_score(
        CoreSetMeasures(enzymes=[EnzymeResult("CK", "1000", "200")]),
        CoreSetMeasures(enzymes=[EnzymeResult("CK", "900", "300")]),
    )
    assert better.percent_change == {"enzyme": D("40.00")}
    assert better.points == {"enzyme": D("7.5")}


@pytest.mark.parametrize(
    ("first", "second", "winner"),
    [
        (("CK", "400", "200"), ("aldolase", "15.2", "7.6"), "CK"),
        (("aldolase", "15.2", "7.6"), ("LDH", "500", "250"), "aldolase"),
        (("LDH", "500", "250"), ("AST", "80", "40"), "LDH"),
        (("AST", "80", "40"), ("ALT", "90", "45"), "AST"),
        (("ALT", "90", "45"), ("myoglobin", "170", "85"), "ALT"),
        (("myoglobin", "170", "85"), ("CK-MB", "50", "25"), "CK-MB"),
        (("ck", "400", "200"), ("Aldolase", "15.2", "7.6"), "ck"),
    ],
)
@pytest.mark.parametrize("reverse", [False, True])
def test_enzyme_tie_break(first, second, winner: str, reverse: bool) -> None:
    enzymes = [EnzymeResult(*first), EnzymeResult(*second)]
    if reverse:
        enzymes.reverse()
    assert enzymes[0].multiple_of_uln == enzymes[1].multiple_of_uln == 2
    assert most_abnormal_enzyme(enzymes).name == winner
    result = total_improvement_score(
        CoreSetMeasures(enzymes=enzymes),
        CoreSetMeasures(enzymes=[EnzymeResult(e.name.upper(), "1", "1000") for e in enzymes]),
    )
    assert result.enzyme_name == winner


def test_enzyme_matched_case_insensitively_at_follow_up() -> None:
    result = total_improvement_score(
        CoreSetMeasures(enzymes=[EnzymeResult("Aldolase", "20", "8")]),
        CoreSetMeasures(enzymes=[EnzymeResult(" ALDOLASE ", "16", "8")]),
    )
    assert result.points == {"enzyme": D("5")}  # 20 %


def test_enzyme_missing_at_follow_up_is_not_scored() -> None:
    result = total_improvement_score(
        CoreSetMeasures(
            enzymes=[EnzymeResult("CK", "1200", "200"), EnzymeResult("LDH", "300", "250")]
        ),
        CoreSetMeasures(enzymes=[EnzymeResult("LDH", "100", "250")]),
    )
    assert result.points == {}
    assert result.measures_used == 0
    assert result.enzyme_name == "CK"
    assert result.missing == MEASURES


def test_no_baseline_enzymes() -> None:
    result = total_improvement_score(
        CoreSetMeasures(), CoreSetMeasures(enzymes=[EnzymeResult("CK", "100", "200")])
    )
    assert result.enzyme_name is None
    assert "enzyme" not in result.points


def test_same_enzyme_twice_in_one_visit_is_refused() -> None:
    with pytest.raises(ValueError, match=r"enzymes: CK is given more than once"):
        CoreSetMeasures(enzymes=[EnzymeResult("CK", "100", "200"), EnzymeResult("ck", "1", "2")])


# --- input handling -----------------------------------------------------------------------------


def test_mismatched_mmt_scales_are_refused() -> None:
    baseline = CoreSetMeasures(mmt8="70", mmt8_max=80)
    followup = CoreSetMeasures(mmt8="140", mmt8_max=150)
    with pytest.raises(ValueError, match=r"^mmt8: .*0–80.*0–150.*cannot be compared"):
        total_improvement_score(baseline, followup)
    with pytest.raises(ValueError, match=r"^mmt8: "):
        total_improvement_score(followup, baseline)
    with pytest.raises(ValueError, match=r"^mmt8: "):
        confirmed_deterioration(baseline, [followup, followup])


def test_scale_only_matters_when_both_mmt_present() -> None:
    baseline = CoreSetMeasures(physician_global="5", mmt8_max=80)
    followup = CoreSetMeasures(physician_global="5", mmt8="140", mmt8_max=150)
    assert total_improvement_score(baseline, followup).measures_used == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"physician_global": 11}, "physician_global: must be between 0 and 10, got 11"),
        ({"physician_global": "-0.1"}, "physician_global: must be between 0 and 10, got -0.1"),
        ({"patient_global": "10.01"}, "patient_global: must be between 0 and 10, got 10.01"),
        ({"extramuscular": D("12")}, "extramuscular: must be between 0 and 10, got 12"),
        ({"haq": "3.125"}, "haq: must be between 0 and 3, got 3.125"),
        ({"haq": -1}, "haq: must be between 0 and 3, got -1"),
        ({"mmt8": 151, "mmt8_max": 150}, "mmt8: must be between 0 and 150, got 151"),
        ({"mmt8": 81, "mmt8_max": 80}, "mmt8: must be between 0 and 80, got 81"),
        ({"mmt8": -1, "mmt8_max": 80}, "mmt8: must be between 0 and 80, got -1"),
        ({"mmt8_max": 100}, "mmt8_max: must be 80 (unilateral) or 150 (bilateral), got 100"),
        ({"mmt8": 50}, "mmt8_max: is required when mmt8 is given"),
        ({"mmt8": 50, "mmt8_max": True}, "mmt8_max: must be a number"),
    ],
)
def test_out_of_range_is_refused_with_field_and_reason(kwargs, message: str) -> None:
    with pytest.raises(ValueError) as info:
        CoreSetMeasures(**kwargs)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    "field", ["physician_global", "patient_global", "haq", "extramuscular", "mmt8"]
)
@pytest.mark.parametrize(
    "bad",
    ["abc", "nan", "NaN", "inf", "-inf", "Infinity", float("nan"), float("inf"), True, False, [1]],
)
def test_non_numbers_are_refused_naming_the_field(field: str, bad) -> None:
    kwargs = {field: bad, "mmt8_max": 150}
    with pytest.raises(ValueError, match=rf"^{field}: must be a (finite )?number"):
        CoreSetMeasures(**kwargs)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("CK", "0", "200"), "CK value: must be greater than 0, got 0"),
        (("CK", "-5", "200"), "CK value: must be greater than 0, got -5"),
        (("CK", "100", "0"), "CK upper limit of normal: must be greater than 0, got 0"),
        (("LDH", "abc", "250"), "LDH value: must be a number, got 'abc'"),
        (("LDH", "100", "nan"), "LDH upper limit of normal: must be a finite number"),
        (("AST", True, "40"), "AST value: must be a number, got True"),
        (("AST", None, "40"), "AST value: is required"),
        (("", "1", "1"), "enzyme name: must be a non-empty text"),
    ],
)
def test_bad_enzyme_results_are_refused(args, message: str) -> None:
    with pytest.raises(ValueError) as info:
        EnzymeResult(*args)
    assert str(info.value).startswith(message)


def test_enzymes_must_be_enzyme_results() -> None:
    with pytest.raises(ValueError, match=r"^enzymes: "):
        CoreSetMeasures(enzymes=[("CK", "100", "200")])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"^enzymes: "):
        CoreSetMeasures(enzymes="CK")  # type: ignore[arg-type]


def test_inputs_are_stored_as_decimals_and_blank_is_missing() -> None:
    m = CoreSetMeasures(physician_global=0.1, patient_global=" 4.5 ", haq="", mmt8=75, mmt8_max=80)
    assert m.physician_global == D("0.1")
    assert m.patient_global == D("4.5")
    assert m.haq is None
    assert m.mmt8 == D(75)
    assert m.mmt8_max == 80
    assert EnzymeResult("CK", 1200, "200").value == D(1200)


def test_arguments_must_be_core_set_measures() -> None:
    with pytest.raises(ValueError, match=r"^followup: "):
        total_improvement_score(BASELINE, {"physician_global": 1})  # type: ignore[arg-type]


# --- tables for the UI --------------------------------------------------------------------------


def test_tables_describe_the_published_bands() -> None:
    assert list(MEASURE_LABELS) == list(MEASURES) == list(POINTS_TABLE)
    for measure, bands in POINTS_TABLE.items():
        assert [b.points for b in bands] == [D(p) for p in POINTS[measure]]
    assert sum(bands[-1].points for bands in POINTS_TABLE.values()) == 100
    assert [b.label for b in POINTS_TABLE["haq"]] == [
        "≤ 5 %",
        "> 5 to 15 %",
        "> 15 to 25 %",
        "> 25 to 40 %",
        "> 40 %",
    ]
    second = POINTS_TABLE["haq"][1]  # > 5 to 15 %
    assert not second.contains(Fraction(5))
    assert second.contains(Fraction(5) + Fraction(1, 10**30))
    assert second.contains(Fraction(15))
    assert not second.contains(Fraction(15) + Fraction(1, 10**30))
    assert POINTS_TABLE["mmt8"][0].contains(Fraction(-50))
    assert POINTS_TABLE["mmt8"][0].label == "≤ 2 %"
    assert POINTS_TABLE["mmt8"][-1].label == "> 30 %"


# --- confirmed deterioration --------------------------------------------------------------------

DET_BASE = CoreSetMeasures(
    physician_global="4",
    patient_global="4",
    mmt8="100",
    mmt8_max=150,
    haq="1",
    extramuscular="3",
    enzymes=[EnzymeResult("CK", "400", "200")],
)


def visit(**changes) -> CoreSetMeasures:
    values = {
        "physician_global": "4",
        "patient_global": "4",
        "mmt8": "100",
        "mmt8_max": 150,
        "haq": "1",
        "extramuscular": "3",
        "enzymes": [EnzymeResult("CK", "400", "200")],
    }
    values.update(changes)
    return CoreSetMeasures(**values)


STABLE = visit()
PHGA_MMT = visit(physician_global="6", mmt8="70")  # +2 cm exactly; 30/150 = 20 % exactly
EXTRA = visit(extramuscular="5")  # +2 cm exactly
THREE = visit(patient_global="7", haq="1.9", mmt8="55")  # +30 %, +30 %, −30 % (MMT −45/150)


@pytest.mark.parametrize(
    ("bad", "criterion"),
    [(PHGA_MMT, "phga_and_mmt8"), (EXTRA, "extramuscular"), (THREE, "three_of_five")],
)
def test_each_criterion_at_two_consecutive_visits(bad, criterion: str) -> None:
    result = confirmed_deterioration(DET_BASE, [STABLE, bad, bad, STABLE])
    assert isinstance(result, DeteriorationResult)
    assert result.visits == (1, 2)
    assert result.criterion == criterion
    assert criterion in result.criteria
    assert "visits 2 and 3" in result.message
    assert DETERIORATION_CRITERIA[criterion] in result.message


@pytest.mark.parametrize("bad", [PHGA_MMT, EXTRA, THREE])
@pytest.mark.parametrize(
    "pattern", ["B", "BS", "SB", "BSB", "SBSBS", "SSB"], ids=lambda p: p.replace("B", "x")
)
def test_single_bad_visits_are_not_confirmed(bad, pattern: str) -> None:
    visits = [bad if c == "B" else STABLE for c in pattern]
    assert confirmed_deterioration(DET_BASE, visits) is None


def test_no_visits() -> None:
    assert confirmed_deterioration(DET_BASE, []) is None


@pytest.mark.parametrize(
    "almost",
    [
        visit(physician_global="5.99", mmt8="70"),  # PhGA +1.99 cm
        visit(physician_global="6", mmt8="70.01"),  # MMT −19.99… %
        visit(physician_global="6"),  # PhGA alone
        visit(mmt8="70"),  # MMT alone
        visit(extramuscular="4.99"),  # +1.99 cm
        visit(patient_global="6.99", haq="1.9", mmt8="55"),  # PtGA +29.9 %: only 2 of 5
        visit(patient_global="7", haq="1.875", mmt8="55"),  # HAQ +29.17 %: only 2 of 5
    ],
)
def test_just_below_each_criterion(almost) -> None:
    assert confirmed_deterioration(DET_BASE, [almost, almost]) is None


def test_three_of_five_counts_all_five_non_enzyme_measures() -> None:
    worse = visit(physician_global="7", patient_global="7", extramuscular="6")
    result = confirmed_deterioration(DET_BASE, [worse, worse])
    assert result is not None
    # +3 cm is also "extramuscular worse by ≥ 2 cm"; both are reported, in table order.
    assert result.criteria == ("extramuscular", "three_of_five")
    assert result.criterion == "extramuscular"


def test_enzyme_does_not_count_towards_three_of_five() -> None:
    worse = visit(
        patient_global="7", haq="1.9", enzymes=[EnzymeResult("CK", "4000", "200")]
    )  # two CSMs + enzyme
    assert confirmed_deterioration(DET_BASE, [worse, worse]) is None


def test_different_criteria_at_consecutive_visits_are_not_confirmed() -> None:
    # Judgement call: the same criterion must hold at both visits of the pair.
    assert confirmed_deterioration(DET_BASE, [EXTRA, PHGA_MMT]) is None


def test_missing_measures_cannot_meet_a_criterion() -> None:
    gone = CoreSetMeasures(physician_global="10")
    assert confirmed_deterioration(DET_BASE, [gone, gone]) is None


def test_first_pair_is_reported() -> None:
    result = confirmed_deterioration(DET_BASE, [EXTRA, STABLE, EXTRA, EXTRA, EXTRA])
    assert result is not None
    assert result.visits == (2, 3)
    assert result.message.startswith("Confirmed deterioration at follow-up visits 3 and 4")


# --- properties ---------------------------------------------------------------------------------


def _optional(strategy):
    return st.one_of(st.none(), strategy)


def _dec(lo: int, hi: int, places: int = 3):
    return st.decimals(min_value=lo, max_value=hi, places=places, allow_nan=False)


_enzyme_names = st.sampled_from(["CK", "aldolase", "LDH", "AST", "ALT"])
_enzymes = st.lists(
    st.builds(EnzymeResult, _enzyme_names, _dec(1, 20000, 2), _dec(1, 500, 1)),
    max_size=5,
    unique_by=lambda e: e.name,
)


@st.composite
def core_set(draw, scale: int) -> CoreSetMeasures:
    return CoreSetMeasures(
        physician_global=draw(_optional(_dec(0, 10))),
        patient_global=draw(_optional(_dec(0, 10))),
        mmt8=draw(_optional(_dec(0, scale))),
        mmt8_max=scale,
        haq=draw(_optional(_dec(0, 3))),
        extramuscular=draw(_optional(_dec(0, 10))),
        enzymes=draw(_enzymes),
    )


@st.composite
def visit_pairs(draw) -> tuple[CoreSetMeasures, CoreSetMeasures]:
    scale = draw(st.sampled_from([80, 150]))
    return draw(core_set(scale)), draw(core_set(scale))


@settings(max_examples=300, deadline=None)
@given(visit_pairs())
def test_property_total_is_a_multiple_of_two_and_a_half(visits) -> None:
    result = total_improvement_score(*visits)
    assert 0 <= result.total <= 100
    assert result.total % D("2.5") == 0
    assert result.total == sum(result.points.values(), D(0))
    assert result.measures_used == len(result.points) == len(result.percent_change)
    assert (result.category is None) == (result.measures_used < 6)
    assert all(p >= 0 for p in result.points.values())


@settings(max_examples=100, deadline=None)
@given(visit_pairs())
def test_property_same_visit_scores_zero_and_never_deteriorates(visits) -> None:
    baseline, _ = visits
    result = total_improvement_score(baseline, baseline)
    assert result.total == 0
    assert confirmed_deterioration(baseline, [baseline, baseline]) is None
