"""The JNSA formula to the yen, every factor exposed."""

from __future__ import annotations

import pytest

from mamori.risk import estimate, identifiability, sensitivity
from mamori.risk.compensation import estimate as compensation_estimate

NAME_ADDRESS = [("PERSON", None), ("ADDRESS", None)]


@pytest.mark.parametrize(
    ("x", "y", "value"),
    [
        (1, 1, 2),
        (1, 2, 6),
        (1, 3, 26),
        (2, 1, 11),
        (2, 2, 15),
        (2, 3, 35),
        (3, 1, 101),
        (3, 2, 105),
        (3, 3, 125),
    ],
)
def test_sensitivity_grid(x: int, y: int, value: int) -> None:
    assert sensitivity(x, y) == value


def test_sensitivity_rejects_levels_outside_1_to_3() -> None:
    with pytest.raises(ValueError):
        sensitivity(0, 1)


@pytest.mark.parametrize(
    ("codes", "value"),
    [
        ({"PERSON", "ADDRESS"}, 6),
        ({"PERSON"}, 3),
        ({"PERSON", "PHONE"}, 3),
        ({"ADDRESS", "PHONE"}, 3),
        ({"ADDRESS"}, 1),
        ({"EMAIL"}, 1),
    ],
)
def test_identifiability(codes: set[str], value: int) -> None:
    assert identifiability(frozenset(codes))[0] == value


def test_basic_name_and_address() -> None:
    result = estimate(NAME_ADDRESS, 1200)
    assert (result.x, result.y, result.per_person_yen, result.total_yen) == (1, 1, 6_000, 7_200_000)
    assert "1人あたり6,000円 × 1,200人 = 7,200,000円" in result.explanation


def test_x_and_y_are_maxima_over_different_items() -> None:
    items = [*NAME_ADDRESS, ("BANK_ACCOUNT", None), ("SENSITIVE", "medical")]
    result = estimate(items, 1, overrides={"SENSITIVE:medical": (3, 1)})
    assert (result.x, result.y, result.sensitivity, result.per_person_yen) == (3, 3, 125, 375_000)


def test_anchor_2003_highest_estimate() -> None:
    result = estimate([*NAME_ADDRESS, ("SENSITIVE", "creed")], 1, social_responsibility=2)
    assert result.per_person_yen == 606_000


def test_model_range() -> None:
    assert estimate([("EMAIL", None)], 1).per_person_yen == 1_000
    worst = estimate(
        [*NAME_ADDRESS, ("SENSITIVE", "criminal_record")],
        1,
        social_responsibility=2,
        response="inappropriate",
    )
    assert worst.per_person_yen == 1_500_000


def test_unrated_items_are_reported_not_defaulted() -> None:
    result = estimate([*NAME_ADDRESS, ("OTHER", None)], 10)
    assert result.unrated_items == ("OTHER",)
    assert any("OTHER" in note for note in result.notes)


def test_assumed_levels_say_so() -> None:
    result = estimate([("MY_NUMBER", None)], 1)
    assert result.rated_items[0].provenance == "mamoriの仮定"


def test_limits_of_the_model_are_stated() -> None:
    assert any("暗号化" in note for note in estimate(NAME_ADDRESS, 1).notes)


@pytest.mark.parametrize(
    ("mental", "insider", "band", "low", "high"),
    [
        (1, False, "basic", 1_000, 6_000),
        (1, True, "insider_sale", 10_000, 15_000),
        (2, False, "sensitive", 22_000, 35_000),
    ],
)
def test_court_bands(mental: int, insider: bool, band: str, low: int, high: int) -> None:
    result = compensation_estimate(people=100, max_mental_level=mental, insider_sale=insider, cc_email=False)
    data = result.to_dict()
    assert result.band.code == band
    assert data["court_range_yen"] == [low, high]
    assert data["apology_range_yen"] == [500, 1_000]
    assert data["apology_total_range_yen"] == [50_000, 100_000]
