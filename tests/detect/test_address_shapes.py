"""ADDRESS in the documents users scan: invoices, letters, signatures, CSV, PDF text, CRLF files."""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.demo.drive import invoice_pdf, people
from mamori.detect import detect
from mamori.sources.items import Item
from mamori.sources.read import iter_items


def addresses(text: str) -> list[str]:
    return [f.value(text) for f in detect(text, types=["ADDRESS"])]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.type.value, f.value(text)) for f in detect(text)]


def test_demo_invoice_pdf_shows_the_address(tmp_path: Path) -> None:
    person = people(43)[42]
    path = tmp_path / "請求書.pdf"
    invoice_pdf(path, person)
    items = iter_items(path)  # held: the file stays open while its units are read
    item = next(items)
    assert isinstance(item, Item)
    text = "".join(unit.text for unit in item.units)
    found = kinds(text)
    assert ("ADDRESS", person.address) in found
    assert ("PHONE", person.phone) in found


@pytest.mark.parametrize(
    "contact",
    [
        "\n電話 090-2542-0042",
        "\r\n電話 090-2542-0042",
        " 電話 090-2542-0042",
        " 電話090-2542-0042",
        "\nTEL 0525551234",
        "\nTEL：052-555-1234",
        "\n携帯 ０９０－２５４２－００４２",
        " Fax: 052-555-1235",
    ],
)
def test_phone_after_the_address_does_not_hide_it(contact: str) -> None:
    address = "愛知県名古屋市中村区名駅8-6-22"
    text = f"ご住所 {address}{contact}\nご請求金額 55,000円"
    found = kinds(text)
    assert ("ADDRESS", address) in found
    assert any(kind == "PHONE" for kind, _ in found)


def test_extension_number_on_the_next_line_is_no_room() -> None:
    text = "大阪府大阪市北区梅田三丁目1番3号\n内線 201\n"
    assert addresses(text) == ["大阪府大阪市北区梅田三丁目1番3号"]


def test_address_after_several_lines_and_a_postal_code_line() -> None:
    text = (
        "請求書\n株式会社サンプル 御中\n\n〒150-0002\n"
        "東京都渋谷区渋谷二丁目21番1号 渋谷ビル5階\n電話 03-1234-5678\n"
    )
    found = kinds(text)
    assert ("ADDRESS", "東京都渋谷区渋谷二丁目21番1号 渋谷ビル5階") in found
    assert ("POSTAL_CODE", "150-0002") in found
    assert ("PHONE", "03-1234-5678") in found


def test_address_in_the_middle_of_a_letter() -> None:
    text = (
        "拝啓 時下ますますご清栄のこととお慶び申し上げます。\n"
        "さて、弊社は下記へ移転いたしました。\n"
        "新住所 〒530-0001 大阪府大阪市北区梅田三丁目1番3号\n"
        "新電話番号 06-6345-1234\n敬具\n"
    )
    assert addresses(text) == ["大阪府大阪市北区梅田三丁目1番3号"]


def test_address_in_an_email_signature() -> None:
    text = (
        "よろしくお願いいたします。\n--\n山田 太郎\n株式会社サンプル 営業部\n"
        "〒100-0005 東京都千代田区丸の内1-9-1 丸の内ビル12F\n"
        "Tel: 03-1234-5678 / Fax: 03-1234-5679\nMail: yamada@example.jp\n"
    )
    assert addresses(text) == ["東京都千代田区丸の内1-9-1 丸の内ビル12F"]


@pytest.mark.parametrize(
    "line",
    [
        "1,山田太郎,東京都港区芝公園4-2-8,03-3433-5111,1980/01/01",
        '"山田太郎","東京都港区芝公園4-2-8","03-3433-5111"',
        "山田太郎\t東京都港区芝公園4-2-8\t03-3433-5111",
    ],
)
def test_address_in_a_delimited_line(line: str) -> None:
    assert addresses(line) == ["東京都港区芝公園4-2-8"]


def test_crlf_file_with_the_address_split_over_two_lines() -> None:
    text = "〒160-0023\r\n東京都新宿区\r\n西新宿2-8-1\r\n電話 03-5321-1111\r\n"
    assert addresses(text) == ["東京都新宿区\r\n西新宿2-8-1"]


@pytest.mark.parametrize(
    "text",
    [
        "東京都杉並区\n高円寺南4-5-6",
        "東京都杉並区高円寺南\n4-5-6 コーポ山田201",
        "東京都杉並区高円寺南4-5-6\nコーポ山田201",
    ],
)
def test_pdf_text_broken_inside_the_address(text: str) -> None:
    assert addresses(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "東京都世田谷区三軒茶屋一丁目二番三号",
        "神奈川県川崎市中原区小杉町三丁目二百六十四番地の三",
        "東京都港区六本木6-10-1 六本木ヒルズ森タワー 45階",
        "東京都品川区大井1-2-3 メゾン大井 305号室",
        "大阪市北区梅田1丁目1番3号 大阪駅前第3ビル 15F",
        "京都府京都市中京区河原町通三条上る下丸屋町390番地",
        "京都市下京区烏丸通七条下る東塩小路町721番地の1",
        "北海道札幌市北区北8条西5丁目",
        "北海道旭川市6条通9丁目46番地",
        "北海道上川郡東川町東3線2号",
        "岩手県岩手郡雫石町長山第2地割10番地",
        "沖縄県那覇市泉崎1-2-2",
        "沖縄県島尻郡南大東村字在所1番地",
    ],
)
def test_whole_address_is_one_span(text: str) -> None:
    assert addresses(f"住所：{text}\n") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "東京都\n2024-01-01",
        "登録地 東京都 2024-01-01 更新",
        "出身は東京都\n1-2-3は番号",
        "東京都千代田区の会議は3-4時に。",
        "大阪と新宿区に出張した。北海道の人口は500万人。",
    ],
)
def test_place_name_next_to_numbers_is_no_address(text: str) -> None:
    assert addresses(text) == []
