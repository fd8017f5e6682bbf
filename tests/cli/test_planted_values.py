"""Values planted in every format, names of places included, never reach a file mamori writes: ledger,
reports, terminal, caches or temporary files (issue 16)."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from mamori.cli.app import app

runner = CliRunner()

PLANTED = [
    "yamada.taro@example.jp",  # a headerless CSV's first row
    "山田太郎",
    "suzuki.ichiro@example.jp",  # a JSON key
    "090-1234-5678",
    "tanaka.jiro@example.jp",  # a sheet name
    "kato.saburo@example.jp",  # a zip member's name
    "kimura.shiro@example.jp",  # a mail attachment's name
    "inoue.goro@example.jp",  # a file name
    "09087654321",  # a folder name
    "佐藤花子",  # a file name
]


def _plant(root: Path) -> None:
    (root / "list.csv").write_text(
        "yamada.taro@example.jp,山田太郎,東京都港区\nsato.hanako@example.jp,佐藤花子,東京都港区芝公園4-2-8\n",
        encoding="utf-8",
    )
    (root / "v.json").write_text(
        json.dumps({"c": {"suzuki.ichiro@example.jp": {"tel": "090-1234-5678"}}}), encoding="utf-8"
    )
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "tanaka.jiro@example.jp"
    sheet.append(["氏名", "電話"])
    sheet.append(["田中次郎", "090-5555-6666"])
    book.save(root / "book.xlsx")
    with zipfile.ZipFile(root / "a.zip", "w") as archive:
        archive.writestr("kato.saburo@example.jp.txt", "電話 090-7777-8888")
    mail = EmailMessage()
    mail["From"] = "shop@example.co.jp"
    mail["Subject"] = "ご注文"
    mail.set_content("添付をご確認ください。")
    mail.add_attachment("電話 090-2222-3333", filename="kimura.shiro@example.jp.txt")
    (root / "order.eml").write_bytes(bytes(mail))
    (root / "inoue.goro@example.jp.txt").write_text("電話 090-4444-5555", encoding="utf-8")
    folder = root / "09087654321"
    folder.mkdir()
    (folder / "佐藤花子.txt").write_text("メモ", encoding="utf-8")


def _spellings(value: str) -> list[bytes]:
    """How a value would be written: UTF-8, and \\u-escaped as JSON columns of the ledger keep it."""
    return [value.encode("utf-8"), json.dumps(value)[1:-1].encode("ascii")]


def _contents(path: Path) -> bytes:
    data = path.read_bytes()
    if zipfile.is_zipfile(path):  # the XLSX report: its XML parts compressed
        with zipfile.ZipFile(path) as archive:
            data += b"".join(archive.read(name) for name in archive.namelist())
    return data


def test_no_planted_value_in_any_file_mamori_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "drive"
    root.mkdir()
    _plant(root)
    out = tmp_path / "out"
    out.mkdir()
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("MAMORI_HOME", str(out / "home"))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    db = str(out / "ledger.db")
    reports = ["--html", str(out / "r.html"), "--xlsx", str(out / "r.xlsx"), "--sarif", str(out / "r.sarif")]
    shown = runner.invoke(app, ["scan", str(root), "--db", db, "--workers", "1", *reports])
    assert shown.exit_code == 0, shown.output
    as_json = runner.invoke(app, ["scan", str(root), "--db", db, "--workers", "1", "--full", "--json"])
    assert as_json.exit_code == 0, as_json.output
    written = [p for d in (out, temp) for p in d.rglob("*") if p.is_file()]
    assert {"ledger.db", "r.html", "r.xlsx", "r.sarif"} <= {p.name for p in written}
    texts = {str(p.relative_to(tmp_path)): _contents(p) for p in written}
    texts["terminal"] = shown.output.encode("utf-8")
    texts["json"] = as_json.stdout.encode("utf-8")
    found = [
        (value, where)
        for value in PLANTED
        for where, data in texts.items()
        if any(spelling in data for spelling in _spellings(value))
    ]
    assert found == [], sorted({value for value, _ in found})
    # the places are still there, masked as values are
    assets = json.loads(as_json.stdout)["assets"]
    locations = " ".join(f["location"] for a in assets for f in a["findings"])
    assert "#sheet=t***@example.jp" in locations and "member=k***@example.jp.txt" in locations
    assert "pointer=/c/s***@example.jp" in locations
    assert sum(a["people"] or 0 for a in assets if a["location"].endswith("list.csv")) == 2


def test_no_planted_name_of_a_table_or_column_in_what_a_database_scan_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "shop.sqlite"
    with sqlite3.connect(source) as con:
        con.execute(
            'create table "cust_09011112222" (id integer, "nakamura.rokuro@example.jp" text, 氏名 text)'
        )
        con.execute("insert into cust_09011112222 values (1, '090-3333-4444', '中村六郎')")
        con.execute('create view "v_yoshida.nana@example.jp" as select * from cust_09011112222')
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("MAMORI_HOME", str(out / "home"))
    db = str(out / "ledger.db")
    url = f"sqlite:///{source}"
    shown = runner.invoke(
        app, ["scan", url, "--db", db, "--html", str(out / "r.html"), "--xlsx", str(out / "r.xlsx")]
    )
    assert shown.exit_code == 0, shown.output
    as_json = runner.invoke(app, ["scan", url, "--db", db, "--json"])
    assert as_json.exit_code == 0, as_json.output
    texts = {str(p.relative_to(out)): _contents(p) for p in out.rglob("*") if p.is_file()}
    texts["terminal"] = shown.output.encode("utf-8")
    texts["json"] = as_json.stdout.encode("utf-8")
    planted = ["09011112222", "nakamura.rokuro@example.jp", "yoshida.nana@example.jp", "090-3333-4444"]
    found = [
        (value, where)
        for value in planted
        for where, data in texts.items()
        if any(spelling in data for spelling in _spellings(value))
    ]
    assert found == [], found
    # the table, its view and its column are still there, masked as values are
    assets = json.loads(as_json.stdout)["assets"]
    locations = [a["location"] for a in assets]
    assert any("table=cust_090" in x for x in locations) and any(
        "table=v***@example.jp" in x for x in locations
    )
    assert any(a["people"] == 1 for a in assets if "cust_" in a["location"])
