from dataclasses import dataclass

from dmtracker.domain.rash import day_score, site_score


@dataclass
class E:
    redness: int
    scaling: int
    open_sore: bool = False


def test_site_score_by_hand() -> None:
    assert site_score(E(0, 0)) == 0
    assert site_score(E(3, 2)) == 5
    assert site_score(E(3, 2, True)) == 7


def test_day_score_sums_sites_and_none_when_nothing_logged() -> None:
    assert day_score([]) is None
    assert day_score([E(2, 1), E(1, 0, True)]) == 3 + 3
