"""Mail: decoded headers and bodies as units, attachments as nested items, mailboxes message by message."""

from __future__ import annotations

import base64
import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from sources_helpers import read

from mamori.sources import ItemKind


def _b_header(text: str) -> str:
    return "=?ISO-2022-JP?B?" + base64.b64encode(text.encode("iso-2022-jp")).decode("ascii") + "?="


def test_iso_2022_jp_mail(tmp_path: Path) -> None:
    body = "山田太郎様\n\nお電話番号 090-1234-5678 を承りました。\n"
    raw = (
        f"From: {_b_header('佐藤花子')} <hanako@example.jp>\n"
        f"To: {_b_header('山田太郎')} <taro@example.jp>\n"
        f"Subject: {_b_header('ご注文の確認')}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=ISO-2022-JP\n"
        "Content-Transfer-Encoding: 7bit\n\n"
    ).encode("ascii") + body.encode("iso-2022-jp")
    path = tmp_path / "order.eml"
    path.write_bytes(raw)
    reads, errors = read(path)
    assert not errors
    mail = reads[0]
    assert mail.item.kind is ItemKind.MAIL and mail.item.encoding == "iso-2022-jp"
    units = {u.fragment: u.text for u in mail.units}
    assert units["header=From"] == "佐藤花子 <hanako@example.jp>"
    assert units["header=To"] == "山田太郎 <taro@example.jp>"
    assert units["header=Subject"] == "ご注文の確認"
    assert units["part=1"] == body


def _xlsx_bytes() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["氏名", "電話"])
    book.active.append(["山田太郎", "090-1234-5678"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _mail_with_attachments() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "人事部 <hr@example.jp>"
    message["To"] = "all@example.jp"
    message["Subject"] = "名簿送付"
    message.set_content("名簿を添付します。")
    message.add_alternative("<p>名簿を<b>添付</b>します。</p>", subtype="html")
    message.add_attachment(_xlsx_bytes(), "application", "octet-stream", filename="添付.xlsx")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("memo.txt", "佐藤 03-1111-2222")
    message.add_attachment(archive.getvalue(), "application", "zip", filename="資料.zip")
    return message


def test_attachments_become_nested_items(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(_mail_with_attachments().as_bytes())
    reads, errors = read(path)
    assert not errors
    locations = [r.item.location.removeprefix(path.as_uri()) for r in reads]
    assert locations == [
        "",
        "#part=3&name=添付.xlsx&sheet=Sheet",
        "#part=4&name=資料.zip",
        "#part=4&name=資料.zip&member=memo.txt",
    ]
    mail, sheet, _, memo = reads
    assert [u.fragment for u in mail.units if u.fragment.startswith("part=")] == ["part=1", "part=2&line=1"]
    assert mail.text.count("名簿を添付します。") == 2
    assert [r.cells for r in sheet.rows] == [["山田太郎", "090-1234-5678"]]
    assert memo.text == "佐藤 03-1111-2222"


def test_attached_mail_is_read_as_a_mail(tmp_path: Path) -> None:
    inner = EmailMessage()
    inner["Subject"] = "転送元"
    inner["From"] = "suzuki@example.jp"
    inner.set_content("鈴木一郎です")
    outer = EmailMessage()
    outer["Subject"] = "Fwd"
    outer.set_content("転送します")
    outer.add_attachment(inner)
    path = tmp_path / "fwd.eml"
    path.write_bytes(outer.as_bytes())
    reads, errors = read(path)
    assert not errors
    assert [r.item.kind for r in reads] == [ItemKind.MAIL, ItemKind.MAIL]
    assert "鈴木一郎です" in reads[1].text
    assert reads[1].item.location.endswith("#part=2&name=part2.eml")


def test_mbox_messages(tmp_path: Path) -> None:
    first = EmailMessage()
    first["Subject"] = "一通目"
    first.set_content("From the desk of 山田\n")
    second = EmailMessage()
    second["Subject"] = "二通目"
    second.set_content("佐藤です\n")
    path = tmp_path / "inbox.mbox"
    with path.open("wb") as box:
        for message in (first, second):
            box.write(b"From sender@example.jp Mon Nov 23 10:00:00 2026\n")
            box.write(message.as_bytes().replace(b"\nFrom ", b"\n>From ") + b"\n")
    reads, errors = read(path)
    assert not errors
    assert reads[0].item.kind is ItemKind.ARCHIVE
    messages = reads[1:]
    assert [r.item.location.removeprefix(path.as_uri()) for r in messages] == ["#message=1", "#message=2"]
    assert "From the desk of 山田" in messages[0].text
    assert {u.text for u in messages[1].units if u.fragment == "header=Subject"} == {"二通目"}


def test_body_labelled_shift_jis_with_cp932_characters(tmp_path: Path) -> None:
    raw = (
        b"From: a@example.jp\nSubject: test\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit\n\n"
    ) + "髙橋①様 ㈱山田商事\n".encode("cp932")
    path = tmp_path / "sjis.eml"
    path.write_bytes(raw)
    reads, errors = read(path)
    assert not errors
    assert {u.fragment: u.text for u in reads[0].units}["part=1"] == "髙橋①様 ㈱山田商事\n"
