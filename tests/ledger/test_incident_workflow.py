"""`mamori incident new/add/list/show/log` against a SQLite ledger, and the deadline rules behind them."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.ledger import (
    FINAL_REPORT,
    NOTIFY_INDIVIDUALS,
    PRELIMINARY_REPORT,
    deadlines_from_assessment,
    kinds_closed_by,
)

runner = CliRunner()

# Discovered long ago, so the 速報 deadline is overdue whatever day the tests run.
FACTS = {
    "title": "営業用ノートPCの紛失",
    "discovered_on": "2024-03-04",
    "organisation": {"name": "株式会社サンプル"},
    "cause": "loss",
    "medium": "laptop",
    "evidence": {"left_premises": True},
    "data_items": [{"type": "PERSON"}, {"type": "ADDRESS"}, {"type": "SENSITIVE", "subtype": "medical"}],
    "sensitive_people": 3,
    "people": 1200,
}


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def _add(db: str, tmp_path: Path, facts: dict[str, object] = FACTS) -> None:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["incident", "add", str(path), "--db", db])
    assert result.exit_code == 0, result.output


def test_added_incident_lists_its_overdue_deadline(db: str, tmp_path: Path) -> None:
    _add(db, tmp_path)
    listed = runner.invoke(app, ["incident", "list", "--db", db])
    assert listed.exit_code == 0
    assert "営業用ノートPCの紛失" in listed.output
    assert "期限切れ" in listed.output
    data = json.loads(runner.invoke(app, ["incident", "list", "--db", db, "--json"]).output)
    kinds = {d["kind"]: d for d in data["open_deadlines"]}
    assert set(kinds) == {PRELIMINARY_REPORT, FINAL_REPORT, NOTIFY_INDIVIDUALS}
    assert kinds[PRELIMINARY_REPORT]["overdue"] is True
    assert kinds[NOTIFY_INDIVIDUALS]["due_on"] is None


def test_log_closes_the_matching_deadline_and_show_tells_the_story(db: str, tmp_path: Path) -> None:
    _add(db, tmp_path)
    logged = runner.invoke(app, ["incident", "log", "1", "速報提出", "--db", db])
    assert logged.exit_code == 0
    assert "完了" in logged.output and "速報" in logged.output
    data = json.loads(runner.invoke(app, ["incident", "list", "--db", db, "--json"]).output)
    assert PRELIMINARY_REPORT not in {d["kind"] for d in data["open_deadlines"]}
    shown = runner.invoke(app, ["incident", "show", "1", "--db", db])
    assert shown.exit_code == 0
    for expected in ("営業用ノートPCの紛失", "報告が必要です", "1,200人", "速報提出", "済"):
        assert expected in shown.output


def test_a_note_that_is_not_a_submission_closes_nothing(db: str, tmp_path: Path) -> None:
    _add(db, tmp_path)
    runner.invoke(app, ["incident", "log", "1", "速報の準備を開始", "--db", db])
    data = json.loads(runner.invoke(app, ["incident", "list", "--db", db, "--json"]).output)
    assert PRELIMINARY_REPORT in {d["kind"] for d in data["open_deadlines"]}


def test_interactive_new_records_the_answers(db: str) -> None:
    answers = ["顧客名簿の誤送信", "2026-11-20", "株式会社テスト", "misdelivery_email", "email"]
    answers += ["y", "n", "n", "y", "n", "n", "n", "n", "40", "n"]
    result = runner.invoke(app, ["incident", "new", "--db", db], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "報告義務はありません" in result.output
    shown = runner.invoke(app, ["incident", "show", "1", "--db", db])
    assert "顧客名簿の誤送信" in shown.output and "40人" in shown.output


def test_invalid_facts_are_refused_and_nothing_is_stored(db: str, tmp_path: Path) -> None:
    bad = {**FACTS, "people": -5}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = runner.invoke(app, ["incident", "add", str(path), "--db", db])
    assert result.exit_code == 2
    assert "people" in result.output
    assert "対応中のインシデントはありません" in runner.invoke(app, ["incident", "list", "--db", db]).output


def test_unknown_incident_is_named(db: str) -> None:
    result = runner.invoke(app, ["incident", "show", "42", "--db", db])
    assert result.exit_code == 1
    assert "インシデント 42" in result.output


@pytest.mark.usefixtures("usual_umask")
def test_unreachable_database_is_named_and_typed_facts_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://mamori:secret@127.0.0.1:1/none?connect_timeout=2"
    listed = runner.invoke(app, ["incident", "list", "--db", url])
    assert listed.exit_code == 2
    assert "127.0.0.1:1/none" in listed.output and "secret" not in listed.output

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    added = runner.invoke(app, ["incident", "add", str(path), "--db", url])
    assert added.exit_code == 2
    [saved] = list(tmp_path.glob("incident-*.json"))
    assert json.loads(saved.read_text(encoding="utf-8"))["title"] == FACTS["title"]
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_deadlines_follow_the_assessment_contract() -> None:
    assessment = {
        "preliminary_report": {"required": True, "target_from": "2026-03-04", "target_to": "2026-03-06"},
        "final_report": {"required": True, "days": 60, "due_date": "2026-05-01"},
        "individual_notice": {"required": True},
    }
    found = {d.kind: d.due_on for d in deadlines_from_assessment(assessment)}
    assert str(found[PRELIMINARY_REPORT]) == "2026-03-06"
    assert str(found[FINAL_REPORT]) == "2026-05-01"
    assert found[NOTIFY_INDIVIDUALS] is None
    assert deadlines_from_assessment({"preliminary_report": {"required": False}}) == ()


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("速報提出", (PRELIMINARY_REPORT,)),
        ("確報を提出", (FINAL_REPORT,)),
        ("本人通知", (NOTIFY_INDIVIDUALS,)),
        ("本人通知を発送、確報提出済み", (FINAL_REPORT, NOTIFY_INDIVIDUALS)),
        ("速報の準備中", ()),
        ("確報提出予定", ()),
        ("社内会議", ()),
    ],
)
def test_timeline_words_that_close_deadlines(text: str, closes: tuple[str, ...]) -> None:
    assert kinds_closed_by(text) == closes
