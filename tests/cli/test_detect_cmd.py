"""`mamori detect` as a user runs it: masked by default, JSON on request, clear errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from mamori.cli.app import app

runner = CliRunner()
TEXT = "電話 090-1234-5678、マイナンバー 123456789018、mail taro@example.jp\n"


def test_json_output_is_masked(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["detect", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["type"] for r in rows] == ["PHONE", "MY_NUMBER", "EMAIL"]
    assert rows[0]["preview"] == "090-****-5678"
    assert rows[1]["preview"] == "********9018"
    assert set(rows[0]) == {"type", "start", "end", "score", "reasons", "preview"}
    assert "123456789018" not in result.stdout
    assert "1234-5678" not in result.stdout


def test_show_values_is_the_only_way_to_see_raw_values(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(TEXT, encoding="utf-8")
    table = runner.invoke(app, ["detect", str(path)])
    assert "123456789018" not in table.stdout
    shown = runner.invoke(app, ["detect", str(path), "--json", "--show-values"])
    assert [r["value"] for r in json.loads(shown.stdout)][:2] == ["090-1234-5678", "123456789018"]


def test_reads_cp932_from_stdin() -> None:
    result = runner.invoke(app, ["detect", "-", "--json"], input=TEXT.encode("cp932"))
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3


def test_types_and_min_score_options(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(
        app, ["detect", str(path), "--json", "--types", "EMAIL,PHONE", "--min-score", "0.9"]
    )
    assert [r["type"] for r in json.loads(result.stdout)] == ["PHONE", "EMAIL"]


def test_unknown_type_is_exit_code_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["detect", "-", "--types", "PHONEE"], input=b"x")
    assert result.exit_code == 2
    assert "PHONEE" in result.output


def test_missing_file_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, ["detect", str(tmp_path / "無い.txt")])
    assert result.exit_code == 2
    assert "無い.txt" in result.output


def test_nothing_found_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = runner.invoke(app, ["detect", str(path)])
    assert result.exit_code == 0
    assert "見つかりませんでした" in result.stdout


def test_a_csv_is_read_under_its_headers_with_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    text = '備考,生年月日\n"メモ ""至急""",1985/04/01\n'
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["detect", str(path), "--json", "--show-values"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["type"], r["value"]) for r in rows] == [("DATE_OF_BIRTH", "1985/04/01")]
    assert text[rows[0]["start"] : rows[0]["end"]] == "1985/04/01"


def test_an_unknown_type_code_is_explained_in_japanese(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("電話 090-1234-5678\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["detect", "--types", "FOO", str(text)])
    assert result.exit_code == 2
    assert "種類コード 'FOO' はありません。" in result.output and "PHONE" in result.output


def test_a_workbook_is_sent_to_scan_not_called_undecodable(tmp_path: Path) -> None:
    book = tmp_path / "顧客.xlsx"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    result = CliRunner().invoke(app, ["detect", str(book)])
    assert result.exit_code == 2
    assert "mamori scan" in result.output and "文字コード" not in result.output
