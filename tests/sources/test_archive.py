"""Zip archives: nested reading, Japanese member names, encryption, and bombs that must not go off."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
from sources_helpers import only_error, read

from mamori.sources import ItemKind, Limits


def _zipcrypto(data: bytes, password: bytes, crc: int) -> bytes:
    """PKWARE traditional encryption, as Windows Explorer and most zip tools write it."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc_byte(value: int, byte: int) -> int:
        return zlib.crc32(bytes([byte]), value ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def update(byte: int) -> None:
        keys[0] = crc_byte(keys[0], byte)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc_byte(keys[2], keys[1] >> 24)

    for byte in password:
        update(byte)
    out = bytearray()
    for byte in bytes(11) + bytes([crc >> 24]) + data:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
        update(byte)
    return bytes(out)


def _raw_zip(members: list[tuple[bytes, bytes]], *, password: bytes | None = None) -> bytes:
    """A stored zip written by hand: names as raw bytes without the UTF-8 flag (as Japanese Windows
    writes CP932 names), optionally encrypted."""
    flags = 1 if password is not None else 0
    body, central = bytearray(), bytearray()
    for name, data in members:
        crc = zlib.crc32(data)
        stored = _zipcrypto(data, password, crc) if password is not None else data
        offset = len(body)
        fields = (flags, 0, 0, 0x21, crc, len(stored), len(data), len(name))
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, *fields, 0) + name + stored
        central += (
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, *fields, 0, 0, 0, 0, 0, offset) + name
        )
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(body), 0)
    return bytes(body + central + end)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_members_are_nested_items(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("deep/連絡先.csv", "氏名,電話\n山田,090-1234-5678\n")
    path = _zip(tmp_path / "a.zip", {"dir/memo.txt": "佐藤花子".encode(), "inner.zip": inner.getvalue()})
    reads, errors = read(path)
    assert not errors
    base = path.as_uri()
    assert [(r.item.location.removeprefix(base), r.item.kind) for r in reads] == [
        ("", ItemKind.ARCHIVE),
        ("#member=dir/memo.txt", ItemKind.TEXT),
        ("#member=inner.zip", ItemKind.ARCHIVE),
        ("#member=inner.zip&member=deep/連絡先.csv", ItemKind.TABLE),
    ]
    assert reads[1].text == "佐藤花子"
    assert [r.cells for r in reads[3].rows] == [["山田", "090-1234-5678"]]


def test_cp932_member_names_without_the_utf8_flag(tmp_path: Path) -> None:
    path = tmp_path / "windows.zip"
    path.write_bytes(_raw_zip([("顧客名簿/一覧.txt".encode("cp932"), "山田太郎".encode("cp932"))]))
    reads, errors = read(path)
    assert not errors
    assert reads[1].item.location.endswith("#member=顧客名簿/一覧.txt")
    assert (reads[1].text, reads[1].item.encoding) == ("山田太郎", "cp932")


def test_encrypted_member_is_an_error_and_others_still_read(tmp_path: Path) -> None:
    secret = _raw_zip([(b"secret.txt", "山田太郎".encode())], password=b"pw")
    with zipfile.ZipFile(io.BytesIO(secret)) as check:  # a real encrypted zip, as any tool would open
        assert check.read("secret.txt", pwd=b"pw") == "山田太郎".encode()
    path = tmp_path / "locked.zip"
    path.write_bytes(secret)
    reads, errors = read(path)
    assert [r.item.kind for r in reads] == [ItemKind.ARCHIVE]
    assert len(errors) == 1
    assert errors[0].location.endswith("#member=secret.txt")
    assert errors[0].reason_en == "encrypted"


def test_zip_bomb_member_is_not_inflated(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"readme.txt": b"hello", "zeros.bin": bytes(8 << 20)})
    reads, errors = read(path)
    assert [r.text for r in reads if r.item.kind is ItemKind.TEXT] == ["hello"]
    assert len(errors) == 1
    assert errors[0].location.endswith("#member=zeros.bin")
    assert errors[0].reason_en.startswith("zip bomb suspected")
    assert "zip 爆弾" in errors[0].reason_ja


def test_total_uncompressed_size_is_bounded_across_nesting(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("b.txt", "b" * 600)
    path = _zip(tmp_path / "big.zip", {"a.txt": "a" * 600, "inner.zip": inner.getvalue()})
    reads, errors = read(path, Limits(max_total_uncompressed=1500))
    base = path.as_uri()
    assert [r.item.location.removeprefix(base) for r in reads] == ["", "#member=a.txt", "#member=inner.zip"]
    assert len(errors) == 1 and errors[0].location.endswith("member=inner.zip&member=b.txt")
    assert "total uncompressed size" in errors[0].reason_en


def test_too_many_members(tmp_path: Path) -> None:
    path = _zip(tmp_path / "many.zip", {f"{n}.txt": b"x" for n in range(20)})
    error = only_error(path, Limits(max_members=10))
    assert error.location == path.as_uri()
    assert "20 members" in error.reason_en


def test_nesting_deeper_than_the_limit_stops(tmp_path: Path) -> None:
    data = "山田".encode()
    name = "data.txt"
    for level in range(8):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, data)
        data, name = buffer.getvalue(), f"level{level}.zip"
    path = tmp_path / "deep.zip"
    path.write_bytes(data)
    reads, errors = read(path, Limits(max_depth=3))
    assert len(reads) == 4
    assert len(errors) == 1 and "nested deeper than 3" in errors[0].reason_en


def test_office_file_with_a_bomb_inside_is_an_error(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "山田"
    good = tmp_path / "good.xlsx"
    book.save(good)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/media/huge.bin", bytes(8 << 20))
    error = only_error(path)
    assert error.reason_en.startswith("zip bomb suspected") and "xl/media/huge.bin" in error.reason_en


def test_corrupt_zip_is_an_error(tmp_path: Path) -> None:
    good = _zip(tmp_path / "good.zip", {"a.txt": b"hello" * 100})
    path = tmp_path / "cut.zip"
    path.write_bytes(good.read_bytes()[:60])
    assert only_error(path).reason_en == "corrupt or truncated"
