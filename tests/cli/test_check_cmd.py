"""`mamori check` as a user runs it: answers file, JSON, the ledger keeps each run, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.controls.drive import problem_drive
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.ledger import open_ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

ANSWERS = (
    "answerer: 山田（総務部）\ndate: 2026-12-01\nretention_days: 1095\n"
    "my_number_areas: [共有/総務/マイナンバー]\nmax_table_readers: 3\n"
    "answers:\n  basic_policy: yes\n  access_control: yes\n  carrying_out: yes\n"
)


@pytest.fixture
def company(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    drive = tmp_path / "drive"
    problem_drive(drive)
    ledger = tmp_path / "ledger.db"
    with open_ledger(str(ledger)) as opened:
        run_scan([str(drive)], opened, ScanOptions(workers=1, fast=True))
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    return drive, ledger, answers


def _check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_findings_contradict_answers_and_exit_1(company: tuple[Path, Path, Path]) -> None:
    _, ledger, answers = company
    code, out, _ = _check("--answers", str(answers), "--db", str(ledger), "--json")
    assert code == 1
    result = json.loads(out)
    verdicts = {m["id"]: m["verdict"] for m in result["measures"]}
    assert verdicts["access_control"] == "contradicted" and verdicts["basic_policy"] == "ok"
    assert {f["rule"] for f in result["findings"]} >= {"world_readable", "portable_device"}
    assert all(f["citation"].startswith("通則編 10-") for f in result["findings"])
    assert result["answerer"] == "山田（総務部）"


def test_each_run_is_kept_and_a_fix_shows_on_the_next(company: tuple[Path, Path, Path]) -> None:
    drive, ledger, answers = company
    _check("--answers", str(answers), "--db", str(ledger), "--json")
    (drive / "共有/営業/公開顧客.csv").chmod(0o640)
    with open_ledger(str(ledger)) as opened:
        run_scan([str(drive)], opened, ScanOptions(workers=1, fast=True))
    _, out, _ = _check("--answers", str(answers), "--db", str(ledger), "--json")
    change = json.loads(out)["change"]
    assert any("公開顧客.csv" in line for line in change["resolved"])
    assert change["jnsa_yen_after"] < change["jnsa_yen_before"]
    with open_ledger(str(ledger)) as opened:
        runs = opened.checks.all()
    assert len(runs) == 2 and runs[0].answerer == "山田（総務部）"


def test_reports_are_written_in_japanese(company: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, ledger, answers = company
    html, xlsx = tmp_path / "check.html", tmp_path / "check.xlsx"
    _check("--answers", str(answers), "--db", str(ledger), "--html", str(html), "--xlsx", str(xlsx))
    page = html.read_text(encoding="utf-8")
    assert "対策の計画" in page and "通則編 10-6 (1)" in page and "090-1234-5678" not in page
    assert xlsx.stat().st_size > 0


@pytest.mark.parametrize(
    "text", ["answers:\n  basic_policy: たぶん\n", "answers: [\n", "max_table_readers: many\n"]
)
def test_a_bad_answers_file_exits_2_with_a_japanese_message(
    company: tuple[Path, Path, Path], text: str
) -> None:
    _, ledger, answers = company
    answers.write_text(text, encoding="utf-8")
    code, _, err = _check("--answers", str(answers), "--db", str(ledger))
    assert code == 2
    assert "エラー" in err and str(answers) in err


def test_the_checklist_is_listed(company: tuple[Path, Path, Path]) -> None:
    code, out, _ = _check("--list")
    assert code == 0 and "basic_policy" in out
