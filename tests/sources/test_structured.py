"""JSON, JSON Lines, XML and HTML: records read as tables, the other text located by pointer, element
path or line."""

from __future__ import annotations

import json
from pathlib import Path

from sources_helpers import cells_at, only, read

from mamori.sources import ItemKind, Limits


def test_json_records_with_pointers(tmp_path: Path) -> None:
    path = tmp_path / "customers.json"
    document = {"customers": [{"name": "山田太郎", "my_number": 123456789018, "a/b": "x", "vip": True}]}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    got = only(path)
    assert got.item.kind is ItemKind.TABLE and got.item.table is not None
    assert (got.item.table.header, got.item.table.sheet) == (["name", "my_number", "a/b"], "/customers")
    assert cells_at(got) == [
        ("pointer=/customers/0&col=name", "山田太郎"),
        ("pointer=/customers/0&col=my_number", "123456789018"),
        ("pointer=/customers/0&col=a/b", "x"),
    ]


def test_cp932_json_and_renamed_json_are_read(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes('{"氏名": "髙橋"}'.encode("cp932"))
    got = only(path)
    assert (got.item.format, got.item.encoding) == ("json", "cp932")
    assert cells_at(got) == [("col=氏名", "髙橋")]


def test_invalid_json_is_still_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"name": "山田太郎", ', encoding="utf-8")
    got = only(path)
    assert got.item.format == "text" and "山田太郎" in got.text


def test_jsonl_lines_and_stray_lines(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(
        '{"user": "山田"}\nnot json 090-1234-5678\n\n{"tel": "03-1234-5678"}\n[1, "x"]\n', "utf-8"
    )
    (table, prose), errors = read(path)
    assert not errors
    assert cells_at(table) == [("line=1&col=user", "山田"), ("line=4&col=tel", "03-1234-5678")]
    assert [(u.fragment, u.text.strip()) for u in prose.units] == [
        ("line=2", "not json 090-1234-5678"),
        ("line=5&pointer=/0", "1"),
        ("line=5&pointer=/1", "x"),
    ]


def test_jsonl_without_objects_is_prose(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text('"山田"\nnot json\n', encoding="utf-8")
    got = only(path)
    assert [(u.fragment, u.text.strip()) for u in got.units] == [
        ("line=1&pointer=", "山田"),
        ("line=2", "not json"),
    ]


def test_xml_records_and_text_with_element_paths(tmp_path: Path) -> None:
    path = tmp_path / "list.xml"
    xml = (
        '<?xml version="1.0" encoding="Shift_JIS"?><会員一覧><説明>会員の一覧</説明>'
        '<会員 id="7"><氏名>山田太郎</氏名></会員><会員><氏名>佐藤</氏名></会員></会員一覧>'
    )
    path.write_bytes(xml.encode("cp932"))
    (table, prose), errors = read(path)
    assert not errors and table.item.table is not None
    assert (table.item.table.header, table.item.table.sheet) == (["@id", "氏名"], "/会員一覧[1]/会員")
    assert cells_at(table) == [
        ("xpath=/会員一覧[1]/会員[1]&col=@id", "7"),
        ("xpath=/会員一覧[1]/会員[1]&col=氏名", "山田太郎"),
        ("xpath=/会員一覧[1]/会員[2]&col=氏名", "佐藤"),
    ]
    assert [(u.fragment, u.text) for u in prose.units] == [("xpath=/会員一覧[1]/説明[1]", "会員の一覧")]


def test_large_xml_is_streamed_as_prose(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_text("<r><c><n>山田</n></c><c><n>佐藤</n></c></r>", encoding="utf-8")
    reads, errors = read(path, Limits(max_parse_bytes=10))
    assert not errors and [r.item.kind for r in reads] == [ItemKind.TEXT]
    assert [(u.fragment, u.text) for u in reads[0].units] == [
        ("xpath=/r[1]/c[1]/n[1]", "山田"),
        ("xpath=/r[1]/c[2]/n[1]", "佐藤"),
    ]


def test_xml_entity_bomb_is_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "lol.xml"
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{entities}]><r>&l9;</r>', encoding="utf-8"
    )
    reads, errors = read(path)
    assert sum(len(unit.text) for r in reads for unit in r.units) < 1000
    assert len(reads) + len(errors) >= 1


def test_xml_external_entity_is_not_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET 山田", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "{secret.as_uri()}">]><r>&x;</r>')
    reads, _ = read(path)
    assert all("SECRET" not in unit.text for r in reads for unit in r.units)


def test_corrupt_xml_reports_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text("<?xml version='1.0'?><a><b>山田</b><c>", encoding="utf-8")
    reads, errors = read(path)
    assert [u.text for u in reads[0].units] == ["山田"]
    assert len(errors) == 1


def test_html_visible_text_by_line(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>p {color: red}</style><script>var tel='x';</script></head>\n"
        "<body><p>お問い合わせ: 山田 &amp; 佐藤</p>\n<p>TEL 03-1234-5678</p></body></html>",
        encoding="utf-8",
    )
    got = only(path)
    assert got.item.kind is ItemKind.TEXT
    assert [(u.fragment, u.text) for u in got.units] == [
        ("line=2", "お問い合わせ: 山田 & 佐藤"),
        ("line=3", "TEL 03-1234-5678"),
    ]
