"""`mamori scan` exit codes as a cron job or CI gate reads them: 0 clean, 1 findings at or above
`--fail-on`, 2 a usage error, 3 a target that could not be scanned at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app

runner = CliRunner()


@pytest.fixture
def drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    root = tmp_path / "drive"
    root.mkdir()
    (root / "顧客.csv").write_text(
        "氏名,電話番号,病歴\n" + "".join(f"山田 太郎{i},090-1234-{i:04d},糖尿病\n" for i in range(20)),
        encoding="utf-8",
    )
    (root / "案内.txt").write_text("営業時間は平日9時から17時です。\n", encoding="utf-8")
    return root


def _scan(tmp_path: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["scan", *args, "--db", str(tmp_path / "l.db"), "--fast", "--workers", "1"])
    return result.exit_code, result.output


def test_a_missing_folder_is_not_a_clean_scan(tmp_path: Path, drive: Path) -> None:
    code, output = _scan(tmp_path, str(drive), str(tmp_path / "no-such-folder"))
    assert code == 3
    assert "スキャンできなかった対象があります" in output and "no-such-folder" in output


def test_an_unreachable_database_is_not_a_clean_scan(tmp_path: Path, drive: Path) -> None:
    code, output = _scan(tmp_path, "postgresql://127.0.0.1:1/nothing")
    assert code == 3
    assert "postgresql://127.0.0.1:1/nothing" in output


def test_fail_on_a_type_that_is_present_exits_1_and_names_the_asset(tmp_path: Path, drive: Path) -> None:
    code, output = _scan(tmp_path, str(drive), "--fail-on", "PHONE")
    assert code == 1
    assert "--fail-on に該当する資産が 1 件" in output and "顧客.csv" in output


def test_fail_on_a_type_that_is_absent_exits_0(tmp_path: Path, drive: Path) -> None:
    assert _scan(tmp_path, str(drive), "--fail-on", "MY_NUMBER,CREDIT_CARD")[0] == 0


@pytest.mark.parametrize(
    ("gate", "code"),
    [("個人データ", 1), ("sensitive", 1), ("特定個人情報", 0), ("R7-1", 1), ("R7-4", 0), ("personal", 1)],
)
def test_fail_on_a_class_matches_it_and_every_graver_one(
    tmp_path: Path, drive: Path, gate: str, code: int
) -> None:
    assert _scan(tmp_path, str(drive), "--fail-on", gate)[0] == code


def test_without_fail_on_findings_still_exit_0(tmp_path: Path, drive: Path) -> None:
    assert _scan(tmp_path, str(drive))[0] == 0


def test_an_unknown_fail_on_value_is_a_usage_error(tmp_path: Path, drive: Path) -> None:
    code, output = _scan(tmp_path, str(drive), "--fail-on", "PHONES")
    assert code == 2
    assert "PHONES" in output
