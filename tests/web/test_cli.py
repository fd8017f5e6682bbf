"""`mamori users` and `mamori serve` as an administrator types them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from mamori.cli import web_extra
from mamori.cli.app import app
from mamori.ledger import open_ledger
from mamori.web.passwords import verify_password

runner = CliRunner()


def test_users_add_reads_the_password_from_stdin_and_stores_only_its_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    db = str(tmp_path / "ledger.db")
    added = runner.invoke(
        app,
        ["users", "add", "hanako", "--role", "officer", "--password-stdin", "--db", db],
        input="s3cret-pass\n",
    )
    assert added.exit_code == 0, added.output
    assert "hanako（officer）を登録しました" in added.output
    with open_ledger(db) as ledger:
        user = ledger.accounts.user("hanako")
        assert user is not None and user.role == "officer"
        assert "s3cret-pass" not in user.password_hash and verify_password(user.password_hash, "s3cret-pass")
        assert ledger.audit.recent()[0].action == "user_add"
    again = runner.invoke(app, ["users", "add", "hanako", "--db", db], input="s3cret-pass\n")
    assert again.exit_code == 1 and "既に登録されています" in again.output
    listed = runner.invoke(app, ["users", "list", "--db", db])
    assert "hanako  officer" in listed.output


def test_users_add_refuses_a_short_password_and_an_unknown_role(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    short = runner.invoke(app, ["users", "add", "taro", "--db", db], input="short\n")
    assert short.exit_code == 2 and "8文字以上" in short.output
    role = runner.invoke(app, ["users", "add", "taro", "--role", "root", "--db", db], input="long-enough\n")
    assert role.exit_code == 2 and "admin / officer / viewer" in role.output


def test_a_token_is_printed_once_and_revoked(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    runner.invoke(app, ["users", "add", "bot", "--db", db], input="long-enough\n")
    made = runner.invoke(app, ["users", "token", "bot", "--db", db])
    token = made.output.strip()
    assert token.startswith("mamori_")
    with open_ledger(db) as ledger:
        assert ledger.accounts.token_user(token) is not None
        assert token not in str(ledger.accounts.tokens())
    runner.invoke(app, ["users", "revoke", "1", "--db", db])
    with open_ledger(db) as ledger:
        assert ledger.accounts.token_user(token) is None


def test_serve_without_the_web_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_extra, "find_spec", lambda name: None if name == "fastapi" else object())
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "pip install 'mamori[web]'" in result.output


def test_serve_listens_on_this_machine_only_and_says_where(tmp_path: Path) -> None:
    env = {**os.environ, "MAMORI_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "mamori", "serve", "--port", "0", "--db", str(tmp_path / "ledger.db")]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url is not None, line
        for _ in range(100):
            try:
                answer = httpx.get(url.group(0) + "login", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer.status_code == 200 and "ログイン" in answer.text
        assert httpx.get(url.group(0) + "api/overview").status_code == 401
    finally:
        server.terminate()
        server.wait(30)
    assert "ユーザーが登録されていません" in (server.stderr.read() if server.stderr else "")
