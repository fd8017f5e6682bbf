"""A few bytes that do not decode cost those characters, not the file: every other line is read and
the user is told on which lines they were."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from sources_helpers import read

from mamori.sources import Limits

_NAMES = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲"]


def _customer_lines(count: int) -> list[str]:
    return ["氏名,電話番号,メールアドレス"] + [
        f"{_NAMES[i % 4]},090-{1000 + i:04d}-5678,user{i}@example.co.jp" for i in range(count)
    ]


def _csv_with_bad_bytes(path: Path, encoding: str, before: str, bad: bytes) -> None:
    data = ("\n".join(_customer_lines(3000)) + "\n").encode(encoding)
    at = data.index(before.encode(encoding))
    path.write_bytes(data[:at] + bad + data[at:])


def _phones(rows: list[list[str]]) -> set[str]:
    return {cell for cells in rows for cell in cells if cell.startswith("090-")}


def test_bad_byte_in_the_last_line_keeps_every_row_and_says_where(tmp_path: Path) -> None:
    path = tmp_path / "顧客.csv"
    _csv_with_bad_bytes(path, "utf-8", "user2999@", b"\xff")
    reads, errors = read(path)
    rows = [row.cells for row in reads[0].rows]
    assert len(rows) == 3000 and _phones(rows) == {f"090-{1000 + i:04d}-5678" for i in range(3000)}
    assert rows[-1] == ["高橋 美咲", "090-3999-5678", "\ufffduser2999@example.co.jp"]
    [error] = errors
    assert error.reason_ja == (
        "文字コード（UTF-8）として読めないバイトが 1 か所あり、"
        "「\ufffd」に置き換えて読みました（3001 行目）。"
        "ほかの部分は読み取っています"
    )
    assert error.reason_en == "undecodable bytes replaced: 1 as utf-8, at line 3001"


def test_bad_byte_in_the_first_line_does_not_make_the_file_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "顧客.csv"
    _csv_with_bad_bytes(path, "utf-8", "電話番号", b"\xff")
    reads, errors = read(path)
    assert reads[0].item.encoding == "utf-8"
    assert len(_phones([row.cells for row in reads[0].rows])) == 3000
    assert [e.reason_en for e in errors] == ["undecodable bytes replaced: 1 as utf-8, at line 1"]


def test_shift_jis_csv_with_a_broken_character_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "顧客.csv"
    _csv_with_bad_bytes(path, "cp932", "user1500@", b"\x81\x7f")  # a lead byte with no valid trail
    reads, errors = read(path)
    assert reads[0].item.encoding == "cp932"
    rows = [row.cells for row in reads[0].rows]
    assert len(_phones(rows)) == 3000 and rows[0][0] == "山田 太郎"
    [error] = errors
    assert "Shift_JIS" in error.reason_ja and "1502 行目" in error.reason_ja


def test_text_whose_last_character_is_cut_off_is_read(tmp_path: Path) -> None:
    path = tmp_path / "メモ.txt"
    path.write_bytes("担当 山田太郎 090-1234-5678\n次回は来週です。以上".encode()[:-1])
    reads, errors = read(path)
    text = "".join(unit.text for unit in reads[0].units)
    assert text == "担当 山田太郎 090-1234-5678\n次回は来週です。以\ufffd"
    assert [e.reason_en for e in errors] == ["undecodable bytes replaced: 1 as utf-8, at line 2"]


def test_many_bad_lines_name_the_first_five_and_count_all(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_bytes(
        b"".join(f"{n} 山田太郎\n".encode() + (b"\xff\n" if n % 10 == 0 else b"") for n in range(200))
    )
    _, errors = read(path, Limits(text_chunk_chars=4096))
    [error] = errors
    assert "20 か所" in error.reason_ja and "（2, 13, 24, 35, 46 行目ほか）" in error.reason_ja


def test_mostly_undecodable_text_is_still_an_error_not_garbage(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("山田太郎\n".encode() * 50 + b"\xff\xfe\x80\x80" * 100)
    _, errors = read(path)
    assert [e.reason_en for e in errors] == ["undecodable"]


def _docx_with(tmp_path: Path, doctype: bytes, text: str) -> Path:
    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    document.save(plain)
    path = tmp_path / "memo.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                declaration, body = data.split(b"?>", 1)
                data = declaration + b"?>" + doctype + body.replace(b"PLACEHOLDER", text.encode())
            target.writestr(info, data)
    return path


def test_docx_text_after_an_entity_reference_is_read(tmp_path: Path) -> None:
    doctype = '<!DOCTYPE w:document [<!ENTITY co "株式会社">]>'.encode()
    path = _docx_with(tmp_path, doctype, "&co;A&amp;B 担当 山田太郎 電話 090-1234-5678")
    reads, errors = read(path)
    assert not errors
    assert reads[0].text == "&co;A&B 担当 山田太郎 電話 090-1234-5678"


def test_json_export_with_a_bad_byte_keeps_its_records_and_says_where(tmp_path: Path) -> None:
    records = [f'{{"氏名": "{_NAMES[i % 4]}", "tel": "090-{1000 + i:04d}-5678"}}' for i in range(40)]
    data = ("[\n" + ",\n".join(records) + "\n]\n").encode("utf-8")
    at = data.index(b"090-1039")
    path = tmp_path / "customers.json"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    reads, errors = read(path)
    [table] = reads
    assert len(table.rows) == 40
    assert [e.reason_en for e in errors] == ["undecodable bytes replaced: 1 as utf-8, at line 41"]


def _iso2022_mail(body: bytes) -> bytes:
    head = b"From: shop@example.co.jp\nSubject: order\nMIME-Version: 1.0\n"
    return (
        head + b'Content-Type: text/plain; charset="iso-2022-jp"\nContent-Transfer-Encoding: 7bit\n\n' + body
    )


def test_iso_2022_jp_mail_with_a_bad_byte_keeps_its_text_and_says_where(tmp_path: Path) -> None:
    first = "担当は山田太郎です。\n".encode("iso-2022-jp")
    second = "電話は090-1234-5678、住所は東京都港区芝公園4-2-8です。\n".encode("iso-2022-jp")
    path = tmp_path / "order.eml"
    path.write_bytes(_iso2022_mail(first + b"\xff" + second))
    reads, errors = read(path)
    text = "".join(unit.text for unit in reads[0].units)
    assert "担当は山田太郎です。" in text and "電話は090-1234-5678、住所は東京都港区芝公園4-2-8です。" in text
    [error] = errors
    assert error.location.endswith("#part=1")
    assert error.reason_en == "undecodable bytes replaced: 1 as iso-2022-jp, at line 2"
