"""The pre-commit hook as its definition runs it: a planted My Number fails the commit, clean files pass,
and nothing is written."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from mamori.cli.app import app

HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"
runner = CliRunner()


def _hook_args() -> list[str]:
    [hook] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    command = shlex.split(hook["entry"])
    assert command[0] == "mamori"
    return command[1:]


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    (tmp_path / "README.md").write_text("# 営業部の共有フォルダ\n説明のみ。\n", encoding="utf-8")
    (tmp_path / "config.toml").write_text("port = 8080\n", encoding="utf-8")
    return tmp_path


def test_a_planted_my_number_fails_the_commit(files: Path) -> None:
    planted = files / "memo.txt"
    planted.write_text("社員 山田太郎 マイナンバー 1234 5678 9018\n", encoding="utf-8")
    result = runner.invoke(app, [*_hook_args(), str(files / "README.md"), str(planted)])
    assert result.exit_code == 1, result.output
    assert "memo.txt" in result.output


def test_clean_files_pass_and_nothing_is_written(files: Path) -> None:
    before = {p for p in files.rglob("*")}
    result = runner.invoke(app, [*_hook_args(), str(files / "README.md"), str(files / "config.toml")])
    assert result.exit_code == 0, result.output
    written = {p for p in files.rglob("*")} - before
    assert {p for p in written if "home" not in p.parts} == set()
