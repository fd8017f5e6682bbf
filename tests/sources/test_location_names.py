"""`map_names`: every name in a location reaches the renamer, positions and syntax do not."""

from __future__ import annotations

from mamori.sources.location import map_names


def _upper_names(name: str) -> str:
    return name.upper() if name.startswith("x") else name


def test_path_parts_and_fragment_names_are_renamed() -> None:
    location = "file:///data/xa/b.zip#member=c/xd.txt&pointer=/k/xe/0&line=12"
    assert (
        map_names(location, _upper_names) == "file:///data/XA/b.zip#member=c/XD.TXT&pointer=/k/XE/0&line=12"
    )


def test_positions_are_not_names() -> None:
    seen: list[str] = []

    def record(name: str) -> str:
        seen.append(name)
        return name

    map_names("file:///a.csv#row=3&line=4&page=5", record)
    assert seen == ["", "a.csv"]


def test_an_unchanged_location_keeps_its_exact_spelling() -> None:
    location = "file:///data/%E9%A1/x%20y.txt#sheet=a%26b"
    assert map_names(location, lambda name: name) == location


def test_a_renamed_part_is_encoded_as_locations_are() -> None:
    assert map_names("file:///data/a.csv#sheet=x", lambda n: "b c" if n == "x" else n) == (
        "file:///data/a.csv#sheet=b%20c"
    )
