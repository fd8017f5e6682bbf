"""Plain text and CSV: encodings, streaming, headers, and the files that are not what they seem."""

from __future__ import annotations

import codecs
import io
import random
from pathlib import Path

import pytest
from sources_helpers import only, only_error, read

from mamori.sources import ItemKind, Limits
from mamori.sources import text as text_source
from mamori.sources.encoding import decode_bytes


def test_cp932_csv_is_a_table_with_its_header(tmp_path: Path) -> None:
    path = tmp_path / "顧客.csv"
    path.write_bytes(
        "氏名,電話番号,住所\n山田太郎,090-1234-5678,東京都千代田区\n髙橋①,03-1111-2222,大阪市\n".encode(
            "cp932"
        )
    )
    got = only(path)
    assert got.item.kind is ItemKind.TABLE
    assert got.item.encoding == "cp932"
    assert got.item.table is not None
    assert got.item.table.header == ["氏名", "電話番号", "住所"]
    assert [(row.number, row.cells) for row in got.rows] == [
        (2, ["山田太郎", "090-1234-5678", "東京都千代田区"]),
        (3, ["髙橋①", "03-1111-2222", "大阪市"]),
    ]
    cell = got.item.locate(got.item.table.fragment(3, 1))
    assert cell == f"{path.as_uri().replace('%E9%A1%A7%E5%AE%A2', '顧客')}#row=3&col=B"


def test_csv_without_a_header_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("山田太郎,090-1234-5678\n佐藤花子,080-2222-3333\n", encoding="utf-8")
    got = only(path)
    assert got.item.table is not None and got.item.table.header == []
    assert [row.number for row in got.rows] == [1, 2]


def test_tsv_and_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "data.tsv"
    path.write_text('名前\tメモ\n山田\t"一行目\n二行目"\n佐藤\t3\n', encoding="utf-8")
    got = only(path)
    assert got.item.table is not None and got.item.table.header == ["名前", "メモ"]
    assert [row.cells for row in got.rows] == [["山田", "一行目\n二行目"], ["佐藤", "3"]]
    assert [row.number for row in got.rows] == [2, 3]


def test_euc_jp_text(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_bytes("会員の山田太郎さんから電話がありました。\n".encode("euc-jp"))
    got = only(path)
    assert got.item.encoding == "euc-jp"
    assert got.text == "会員の山田太郎さんから電話がありました。\n"


def test_half_width_katakana_in_cp932_is_not_mistaken_for_euc_jp() -> None:
    data = "ﾔﾏﾀﾞ ﾀﾛｳ,1234567\n".encode("cp932")
    assert decode_bytes(data).encoding == "cp932"


def test_utf8_with_bom_and_utf16(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(codecs.BOM_UTF8 + "山田太郎".encode())
    utf16 = tmp_path / "utf16.log"
    utf16.write_bytes("山田太郎 ログ\n".encode("utf-16"))
    assert (only(bom).text, only(bom).item.encoding) == ("山田太郎", "utf-8-sig")
    assert (only(utf16).text, only(utf16).item.encoding) == ("山田太郎 ログ\n", "utf-16")


def test_encoding_is_found_after_a_long_ascii_start(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_bytes(b"INFO start\n" * 20_000 + "ERROR 山田太郎様の登録に失敗\n".encode("cp932"))
    got = only(path)
    assert got.item.encoding == "cp932"
    assert "山田太郎様" in got.text


def test_large_text_is_streamed_in_bounded_units_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("".join(f"{n:06d} 東京都千代田区\n" for n in range(1, 30_001)), encoding="utf-8")
    reads, errors = read(path, Limits(text_chunk_chars=4096))
    assert not errors
    units = reads[0].units
    assert len(units) > 50
    assert all(len(unit.text) <= 4096 for unit in units)
    assert "".join(unit.text for unit in units) == path.read_text(encoding="utf-8")
    for unit in units:
        assert unit.text.startswith(f"{int(unit.fragment.removeprefix('line=')):06d} ")


def test_empty_file_is_an_item_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    got = only(path)
    assert got.item.kind is ItemKind.TEXT
    assert got.units == []


def test_undecodable_text_is_an_error_not_garbage(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"name: \x80\x80\x80\xff\xfe\x85\x86 " * 50)
    error = only_error(path)
    assert error.reason_en == "undecodable"
    assert "文字コード" in error.reason_ja


def test_bytes_that_stop_decoding_part_way_are_replaced_and_reported_after_the_units(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("山田太郎\n".encode() * 20_000 + b"\xff\xfe\xfd broken\n")
    reads, errors = read(path, Limits(text_chunk_chars=4096))
    assert reads[0].text.count("山田太郎") == 20_000 and reads[0].text.endswith("\ufffd\ufffd\ufffd broken\n")
    assert [e.reason_en for e in errors] == ["undecodable bytes replaced: 3 as utf-8, at line 20001"]


def test_binary_file_is_recognised_and_not_read(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert only(path).item.kind is ItemKind.BINARY


def test_overlong_csv_line_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("a,b\n" + "x" * 5000 + "\n", encoding="utf-8")
    _, errors = read(path, Limits(max_line_chars=1000))
    assert len(errors) == 1 and "longer than" in errors[0].reason_en


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("氏名: 山田太郎\r\nTEL: 03-1234-5678\r\n".encode("utf-16-le"))
    got = only(path)
    assert (got.item.encoding, got.text) == ("utf-16-le", "氏名: 山田太郎\r\nTEL: 03-1234-5678\r\n")


@pytest.mark.parametrize("block", [1, 2, 3, 7, 1 << 20])
def test_lines_read_in_blocks_are_the_lines_readline_gives(
    block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_source, "_LINE_BLOCK", block)
    rng = random.Random(block)
    pieces = ["a", "bc", "\n", "\r", "\r\n", "日本", '"x\ny"', ",", "\r\n\r\n"]
    for _ in range(500):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        reference = io.StringIO(sample, newline="")
        expected = list(iter(reference.readline, ""))
        assert list(text_source.bounded_lines(io.StringIO(sample, newline=""), 1000)) == expected
