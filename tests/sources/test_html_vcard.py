"""HTML tables, definition lists and forms, and vCards, read as tables; the rest of a page as prose."""

from __future__ import annotations

from pathlib import Path

from sources_helpers import Read, cells_at, only, read, records

from mamori.sources import ItemKind, Limits


def _page(tmp_path: Path, body: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(f"<html><head><title>名簿</title></head><body>\n{body}\n</body></html>", encoding="utf-8")
    return path


def _tables(reads: list[Read]) -> list[Read]:
    return [r for r in reads if r.item.kind is ItemKind.TABLE]


def _prose(reads: list[Read]) -> list[str]:
    return [u.text.strip() for r in reads if r.item.kind is ItemKind.TEXT for u in r.units]


def test_html_data_table_with_header_row(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        "<p>会員の一覧です</p>\n<table><thead><tr><th>氏名</th><th colspan='2'>電話</th></tr></thead>\n"
        "<tbody><tr><td>山田 <b>太郎</b></td><td>03-1234-5678</td><td>内線 12</td></tr>\n"
        "<tr><td>佐藤花子</td></tr></tbody></table>",
    )
    reads, errors = read(path)
    assert not errors
    (table,) = _tables(reads)
    assert table.item.table is not None
    assert (table.item.table.header, table.item.table.sheet) == (["氏名", "電話", "電話"], "table=1")
    assert cells_at(table) == [
        ("table=1&row=2&col=氏名", "山田 太郎"),
        ("table=1&row=2&col=電話", "03-1234-5678"),
        ("table=1&row=2&col=電話", "内線 12"),
        ("table=1&row=3&col=氏名", "佐藤花子"),
    ]
    assert _prose(reads) == ["名簿", "会員の一覧です"]


def test_html_header_of_th_cells_without_thead(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        "<table><tr><th>name</th><th>tel</th></tr><tr><td>山田</td><td>090-1234-5678</td></tr></table>",
    )
    reads, _ = read(path)
    (table,) = _tables(reads)
    assert records(table) == [{"name": "山田", "tel": "090-1234-5678"}]


def test_html_vertical_key_value_table_is_one_row(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        "<table><tr><th>氏名</th><td>鈴木一郎</td></tr><tr><th>生年月日</th><td>1980年1月1日</td></tr>"
        "<tr><th>備考</th><td></td></tr></table>",
    )
    reads, _ = read(path)
    (table,) = _tables(reads)
    assert table.item.table is not None and table.item.table.header == ["氏名", "生年月日"]
    assert cells_at(table) == [("table=1&col=氏名", "鈴木一郎"), ("table=1&col=生年月日", "1980年1月1日")]
    assert "鈴木一郎" not in " ".join(_prose(reads))


def test_html_key_value_table_under_a_caption_row(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        "<table><tr><th colspan='2'>基本情報</th></tr><tr><th>氏名</th><td>鈴木一郎</td></tr>"
        "<tr><th>電話</th><td>03-1234-5678</td><td>内線 5</td></tr></table>",
    )
    reads, _ = read(path)
    (table,) = _tables(reads)
    assert records(table) == [{"氏名": "鈴木一郎", "電話": "03-1234-5678; 内線 5"}]


def test_html_layout_table_stays_prose(tmp_path: Path) -> None:
    path = _page(tmp_path, "<table><tr><td>お問い合わせ</td><td>山田 03-1234-5678</td></tr></table>")
    reads, _ = read(path)
    assert not _tables(reads)
    assert _prose(reads) == ["名簿", "お問い合わせ", "山田 03-1234-5678"]


def test_html_definition_list_is_one_row(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        "<dl><dt>住所</dt><dd>東京都千代田区1-1</dd><div><dt>kana</dt><dd>ヤマダ</dd></div></dl><p>以上</p>",
    )
    reads, _ = read(path)
    (table,) = _tables(reads)
    assert records(table) == [{"住所": "東京都千代田区1-1", "kana": "ヤマダ"}]
    assert table.item.table is not None and table.item.table.fragment(1, 1) == "dl=1&col=kana"
    assert _prose(reads) == ["名簿", "以上"]


def test_html_form_fields_are_one_row_by_label(tmp_path: Path) -> None:
    path = _page(
        tmp_path,
        "<form><label for='n'>お名前</label><input id='n' name='name' value='高橋 健'>\n"
        "<label>メール <input type='email' name='m' value='ken@example.jp'></label>\n"
        "<textarea name='note'>持病あり</textarea>\n"
        "<select name='pref'><option>北海道</option><option selected>東京都</option></select>\n"
        "<input type='checkbox' name='dm' value='yes'><input type='radio' name='sex' value='男' checked>\n"
        "<input type='hidden' name='member_id' value='A-0012'><input type='submit' value='送信'></form>\n"
        "<input name='q' value='検索語'>",
    )
    reads, errors = read(path)
    assert not errors
    form, loose = _tables(reads)
    assert form.item.table is not None
    assert form.item.table.header == ["お名前", "メール", "note", "pref", "sex", "member_id"]
    assert cells_at(form)[:2] == [("form=1&col=お名前", "高橋 健"), ("form=1&col=メール", "ken@example.jp")]
    assert records(form)[0]["pref"] == "東京都"
    assert cells_at(loose) == [("col=q", "検索語")]
    prose = " ".join(_prose(reads))
    assert "持病" not in prose and "お名前" not in prose and "北海道" not in prose


def test_html_scripts_stay_invisible_and_prose_keeps_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        "<html><head><script>var tel='090-0000-0000';</script><style>td{}</style></head>\n"
        "<body><p>担当: <span>山田</span>太郎</p>\n<table><tr><th>tel</th></tr><tr><td>03-1234-5678</td></tr>"
        "</table>後書き</body></html>",
        encoding="utf-8",
    )
    reads, _ = read(path)
    prose = [(u.fragment, u.text) for r in reads if r.item.kind is ItemKind.TEXT for u in r.units]
    assert prose == [("line=2", "担当: 山田太郎"), ("line=3", "後書き")]


def test_html_hostile_nesting_and_size_stay_safe(tmp_path: Path) -> None:
    deep = _page(
        tmp_path, "<div>" * 20000 + "<table><tr><th>氏名</th></tr><tr><td>山田</td></tr></table>", "d.html"
    )
    reads, _ = read(deep)
    assert len(reads) >= 1
    big = _page(tmp_path, "<table><tr><th>氏名</th></tr><tr><td>山田</td></tr></table>", "big.html")
    reads, errors = read(big, Limits(max_parse_bytes=10))
    assert not errors and [r.item.kind for r in reads] == [ItemKind.TEXT]
    assert "山田" in reads[0].text


VCARDS = (
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63;=91=BE=98=59;;;\r\n"
    b"FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63=20=\r\n"
    b"=91=BE=98=59\r\n"
    b"SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:\xd4\xcf\xc0\xde;\xc0\xdb\xb3;;;\r\n"
    b"TEL;CELL:090-1234-5678\r\n"
    b"item1.TEL;HOME:03-1234-5678\r\n"
    b"ADR;HOME;CHARSET=SHIFT_JIS:;;\x90\xe7\x91\xe3\x93c1-1;\x90\xe7\x91\xe3\x93c\x8b\xe6;\x93\x8c\x8b\x9e\x93s;100-0001;\r\n"
    b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n"
    b" AAAQABAAD\r\n"
    b"\r\n"
    b"END:VCARD\r\n"
    b"BEGIN:VCARD\r\n"
    b"VERSION:3.0\r\n"
    b"FN:Sato Hanako\r\n"
    b"EMAIL;TYPE=INTERNET:hanako@example.jp\r\n"
    b"NOTE:first line\\nsecond\\, with comma and a long\r\n"
    b"  folded tail\r\n"
    b"BDAY:1990-01-01\r\n"
    b"END:VCARD\r\n"
)


def test_vcard_cards_are_rows_with_folding_and_quoted_printable_shift_jis(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(VCARDS)
    got = only(path)
    assert (got.item.kind, got.item.format, got.item.encoding) == (ItemKind.TABLE, "vcard", "cp932")
    assert got.item.table is not None
    assert got.item.table.header == ["N", "FN", "SOUND", "TEL", "ADR", "EMAIL", "NOTE", "BDAY"]
    assert records(got) == [
        {
            "N": "山田 太郎",
            "FN": "山田 太郎",
            "SOUND": "ﾔﾏﾀﾞ ﾀﾛｳ",
            "TEL": "090-1234-5678; 03-1234-5678",
            "ADR": "100-0001 東京都 千代田区 千代田1-1",
        },
        {
            "FN": "Sato Hanako",
            "EMAIL": "hanako@example.jp",
            "NOTE": "first line\nsecond, with comma and a long folded tail",
            "BDAY": "1990-01-01",
        },
    ]
    assert got.item.table.fragment(2, 5) == "card=2&col=EMAIL"


def test_vcard_is_told_by_content_and_utf16(tmp_path: Path) -> None:
    renamed = tmp_path / "export.txt"
    renamed.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nFN:山田太郎\nTEL:090-1234-5678\nEND:VCARD\n", encoding="utf-16"
    )
    got = only(renamed)
    assert got.item.format == "vcard" and records(got) == [{"FN": "山田太郎", "TEL": "090-1234-5678"}]


def test_vcard_text_outside_cards_is_kept_as_prose(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCARD\nFN:山田\nEND:VCARD\nmemo 090-1234-5678\n", encoding="utf-8")
    (table, prose), errors = read(path)
    assert not errors and records(table) == [{"FN": "山田"}]
    assert [(u.fragment, u.text) for u in prose.units] == [("line=4", "memo 090-1234-5678")]
