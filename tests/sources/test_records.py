"""JSON, JSON Lines and XML records read as tables: one row per record, flattened names as the header."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from sources_helpers import cells_at, only, read, records

from mamori.sources import Item, ItemKind, Limits, iter_items


def _write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_nested_json_list_is_a_table_of_flattened_records(tmp_path: Path) -> None:
    document = {
        "data": {
            "customers": [
                {
                    "name": "山田太郎",
                    "tel": "090-1234-5678",
                    "address": {"zip": "100-0001", "pref": "東京都"},
                    "tags": ["VIP", 3],
                    "family": [{"name": "山田花子"}, {"name": "山田一郎", "age": 5}],
                    "vip": True,
                    "memo": None,
                },
                {"name": "佐藤", "birthday": "1990-01-01", "kana": "サトウ"},
            ]
        },
        "note": "顧客一覧の説明",
    }
    (table, prose), errors = read(_write_json(tmp_path / "c.json", document))
    assert not errors and table.item.table is not None
    assert table.item.table.header == [
        "name",
        "tel",
        "address.zip",
        "address.pref",
        "tags",
        "family.0.name",
        "family.1.name",
        "family.1.age",
        "birthday",
        "kana",
    ]
    assert table.item.table.sheet == "/data/customers"
    assert records(table)[0]["tags"] == "VIP; 3"
    assert records(table)[1] == {"name": "佐藤", "birthday": "1990-01-01", "kana": "サトウ"}
    where = table.item.locate(table.item.table.fragment(1, 5))
    assert where.endswith("c.json#pointer=/data/customers/0&col=family.0.name")
    assert table.item.table.column_fragment(2) == "pointer=/data/customers&col=address.zip"
    assert [(u.fragment, u.text) for u in prose.units] == [("pointer=/note", "顧客一覧の説明")]


def test_json_form_export_is_one_row(tmp_path: Path) -> None:
    document = {
        "氏名": "山田太郎",
        "電話": "03-1234-5678",
        "recipient": {"name": "佐藤花子", "address": {"zip": "100-0001"}},
        "items": [{"sku": "A-1"}, {"sku": "B-2"}],
    }
    (form, items), errors = read(_write_json(tmp_path / "form.json", document))
    assert not errors and form.item.table is not None
    assert form.item.table.header == ["氏名", "電話", "recipient.name", "recipient.address.zip"]
    assert form.item.table.sheet is None
    assert cells_at(form)[:2] == [("col=氏名", "山田太郎"), ("col=電話", "03-1234-5678")]
    assert cells_at(items) == [("pointer=/items/0&col=sku", "A-1"), ("pointer=/items/1&col=sku", "B-2")]


def test_keys_that_are_values_are_cells_not_headers(tmp_path: Path) -> None:
    document = {
        "yamada@example.jp": {"name": "山田", "phones": {"09012345678": "携帯"}},
        "sato@example.jp": {"name": "佐藤"},
    }
    got = only(_write_json(tmp_path / "by_mail.json", document))
    assert got.item.table is not None
    assert got.item.table.header == ["_key", "name", "phones.0._key", "phones.0._value"]
    assert records(got) == [
        {
            "_key": "yamada@example.jp",
            "name": "山田",
            "phones.0._key": "09012345678",
            "phones.0._value": "携帯",
        },
        {"_key": "sato@example.jp", "name": "佐藤"},
    ]
    assert got.item.table.fragment(2, 1) == "pointer=/sato@example.jp&col=name"


def test_long_nested_list_is_a_table_of_its_own(tmp_path: Path) -> None:
    members = [{"name": f"社員{i}"} for i in range(20)]
    document = [{"dept": "営業", "members": members}, {"dept": "総務", "members": []}]
    (depts, staff), errors = read(_write_json(tmp_path / "org.json", document))
    assert not errors and depts.item.table is not None and staff.item.table is not None
    assert depts.item.table.header == ["dept"]
    assert (staff.item.table.sheet, staff.item.table.header, len(staff.rows)) == ("/0/members", ["name"], 20)


def test_a_file_with_a_new_key_in_every_record_stays_bounded(tmp_path: Path) -> None:
    names = ["".join(letters) for letters in itertools.product("abcdefghij", repeat=4)][:1500]
    document = [{"name": "山田", name: "v"} for name in names]
    got = only(_write_json(tmp_path / "wide.json", document))
    assert got.item.table is not None
    assert len(got.item.table.header) == 1024 and got.item.table.header[-1] == "_other"
    assert records(got)[-1] == {"name": "山田", "_other": f"{names[-1]}: v"}


def test_deeply_nested_json_is_read_without_crashing(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"a": ' * 600 + '"山田太郎"' + "}" * 600, encoding="utf-8")
    reads, errors = read(deep)
    assert not errors
    assert any("山田太郎" in u.text for r in reads for u in r.units)
    bomb = tmp_path / "bomb.json"
    bomb.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    reads, errors = read(bomb)
    assert not errors and [r.item.format for r in reads] == ["text"]


def test_record_lists_deep_inside_a_record_are_joined_beyond_the_depth_limit(tmp_path: Path) -> None:
    node: object = {"tel": "090-1234-5678"}
    for _ in range(40):
        node = {"x": node}
    got = only(_write_json(tmp_path / "nest.json", [{"name": "山田", "deep": node}]))
    assert got.item.table is not None and len(got.item.table.header) == 2
    assert records(got)[0]["name"] == "山田" and "090-1234-5678" in records(got)[0][got.item.table.header[1]]


def test_large_json_stays_text(tmp_path: Path) -> None:
    path = _write_json(tmp_path / "big.json", [{"name": "山田太郎"}])
    reads, errors = read(path, Limits(max_parse_bytes=8))
    assert not errors and [r.item.kind for r in reads] == [ItemKind.TEXT]


def test_jsonl_header_grows_as_new_keys_appear(tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    lines = [
        {"name": "山田", "tel": "03-1234-5678"},
        {"name": "佐藤"},
        {"name": "鈴木", "birthday": "1990-01-01"},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", "utf-8")
    found = iter_items(path)
    item = next(found)
    assert isinstance(item, Item) and item.table is not None
    first = list(itertools.islice(item.table.rows, 1))
    assert item.table.header == ["name", "tel"]
    rest = list(item.table.rows)
    assert item.table.header == ["name", "tel", "birthday"]
    assert [row.number for row in first + rest] == [1, 2, 3]
    assert item.table.fragment(3, 2) == "line=3&col=birthday"
    assert list(found) == []


def test_jsonl_line_too_long_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text('{"name": "山田"}\n{"note": "' + "x" * 500 + '"}\n', encoding="utf-8")
    reads, errors = read(path, Limits(max_line_chars=100))
    assert not reads and [e.reason_en for e in errors] == ["a line is longer than 100 characters"]


def test_xml_repeated_elements_nested_fields_and_attributes(tmp_path: Path) -> None:
    path = tmp_path / "customers.xml"
    path.write_text(
        '<?xml version="1.0"?><export xmlns="urn:x"><title>顧客</title><customers>'
        '<customer id="1"><name>山田<kana>ヤマダ</kana></name><tel type="home">03-1234-5678</tel>'
        '<tel type="mobile">090-1234-5678</tel><recipient><name>佐藤</name></recipient>'
        "<family><member><name>花子</name></member><member><name>一郎</name></member></family></customer>"
        '<customer id="2"><name>鈴木</name><birthday>1990-01-01</birthday></customer>'
        "</customers></export>",
        encoding="utf-8",
    )
    (table, prose), errors = read(path)
    assert not errors and table.item.table is not None
    assert table.item.table.header == [
        "@id",
        "name",
        "name.kana",
        "tel@type",
        "tel",
        "recipient.name",
        "family.member.0.name",
        "family.member.1.name",
        "birthday",
    ]
    assert table.item.table.sheet == "/export[1]/customers[1]/customer"
    assert records(table)[0]["tel"] == "03-1234-5678; 090-1234-5678"
    assert records(table)[1] == {"@id": "2", "name": "鈴木", "birthday": "1990-01-01"}
    assert table.item.table.fragment(2, 8) == "xpath=/export[1]/customers[1]/customer[2]&col=birthday"
    assert [(u.fragment, u.text) for u in prose.units] == [("xpath=/export[1]/title[1]", "顧客")]


def test_xml_form_export_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "form.xml"
    path.write_text(
        '<申込 受付="2024-04-01"><氏名>山田太郎</氏名>'
        "<電話>03-1234-5678</電話><電話>090-1234-5678</電話></申込>",
        encoding="utf-8",
    )
    got = only(path)
    assert got.item.table is not None and got.item.table.header == ["@受付", "氏名", "電話"]
    assert cells_at(got) == [
        ("xpath=/申込[1]&col=@受付", "2024-04-01"),
        ("xpath=/申込[1]&col=氏名", "山田太郎"),
        ("xpath=/申込[1]&col=電話", "03-1234-5678; 090-1234-5678"),
    ]


def test_xml_mixed_content_stays_prose(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text("<doc><p>担当は<b>山田</b>です</p></doc>", encoding="utf-8")
    got = only(path)
    assert got.item.kind is ItemKind.TEXT
    assert [u.text for u in got.units] == ["担当は", "山田", "です"]


def test_deeply_nested_xml_is_safe(tmp_path: Path) -> None:
    path = tmp_path / "deep.xml"
    path.write_text("<a>" * 5000 + "山田" + "</a>" * 5000, encoding="utf-8")
    reads, errors = read(path)
    assert len(reads) + len(errors) >= 1
    assert sum(len(u.text) for r in reads for u in r.units) < 100


def test_xml_quadratic_entity_blowup_is_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "quad.xml"
    body = "<c><n>&a;</n><t>&a;</t></c>" * 20_000
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{"x" * 50_000}">]><r>{body}</r>', "utf-8")
    reads, errors = read(path)
    assert len(reads) + len(errors) >= 1
    assert (
        sum(len(u.text) for r in reads for u in r.units)
        + sum(len(c) for r in reads for row in r.rows for c in row.cells)
        < 10_000_000
    )
