"""ADDRESS: prefecture (or municipality) down to block, building and room, in one span."""

from __future__ import annotations

from mamori.detect import detect


def addresses(text: str, column: str | None = None) -> list[str]:
    return [f.value(text) for f in detect(text, types=["ADDRESS"], column=column)]


def test_postal_mark_and_code_stay_outside() -> None:
    text = "〒100-0001 東京都千代田区千代田1-1-1"
    assert addresses(text) == ["東京都千代田区千代田1-1-1"]
    kinds = {f.type.value for f in detect(text)}
    assert {"ADDRESS", "POSTAL_CODE"} <= kinds


def test_kanji_numerals_building_and_room() -> None:
    text = "住所：大阪府大阪市北区梅田三丁目五番地 グランハイツ201号室"
    assert addresses(text) == ["大阪府大阪市北区梅田三丁目五番地 グランハイツ201号室"]


def test_address_across_a_line_break() -> None:
    text = "北海道札幌市中央区北一条西2丁目1番地\n札幌ビル3F"
    assert addresses(text) == [text]


def test_municipality_without_prefecture_and_full_width_digits() -> None:
    assert addresses("横浜市中区山下町1-2-3に移転") == ["横浜市中区山下町1-2-3"]
    assert addresses("新宿区西新宿２－８－１") == ["新宿区西新宿２－８－１"]
    assert addresses("長野県上田市本海野15番地の9に住む") == ["長野県上田市本海野15番地の9"]


def test_bare_place_names_are_not_addresses() -> None:
    assert addresses("大阪と新宿区に出張した。東京都千代田区に本社を置く。") == []


def test_address_column() -> None:
    assert addresses("東京都港区芝公園4-2-8", column="住所") == ["東京都港区芝公園4-2-8"]


def test_long_line_of_numbers_and_place_names_is_linear() -> None:
    text = ("大阪市" + "1-2-" * 50 + "。") * 2_000
    assert isinstance(addresses(text), list)
