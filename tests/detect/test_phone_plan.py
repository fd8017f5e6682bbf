"""The compiled numbering plan must answer exactly as phonenumbers' own parse/validate/type does."""

import random

import pytest

from mamori.detect import validators


def _random_nationals(n: int) -> list[str]:
    rng = random.Random(7)
    out = []
    for _ in range(n):
        length = rng.choice((10, 11))
        out.append("0" + "".join(rng.choice("0123456789") for _ in range(length - 1)))
    return out


@pytest.mark.parametrize(
    ("national", "kind"),
    [
        ("0312345678", "fixed"),
        ("09012345678", "mobile"),
        ("05012345678", "ip_phone"),
        ("0120123456", "toll_free"),
        ("0570123456", "navi_dial"),
        ("0312", None),
        ("0012345678", None),
    ],
)
def test_known_numbers(national: str, kind: str | None) -> None:
    assert validators.japanese_phone_kind(national) == kind


def test_same_answer_as_the_library_on_random_numbers() -> None:
    nationals = _random_nationals(6000)
    # Every prefix the plan distinguishes, densely: 0AB… with real-looking lengths.
    nationals += [f"0{ab:02d}{rest:07d}" for ab in range(100) for rest in (1234567, 9876543)]
    nationals += [f"0{ab:02d}{rest:08d}" for ab in range(100) for rest in (12345678, 87654321)]
    for national in nationals:
        assert validators.japanese_phone_kind(national) == validators._library_phone_kind(national), national
