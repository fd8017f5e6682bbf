"""Opening the ledger: default location, migrations, and databases that cannot be used."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from mamori.ledger import LedgerUnavailableError, NewAsset, open_ledger
from mamori.ledger.migrate import MIGRATIONS, VERSION_TABLE, head_revision


def test_default_ledger_lives_in_mamori_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    with open_ledger(None) as ledger:
        assert ledger.dialect == "sqlite"
        assert ledger.schema_revision() == head_revision()
    assert (tmp_path / "home" / "ledger.db").is_file()


@pytest.mark.usefixtures("usual_umask")
def test_a_new_ledger_and_its_home_are_readable_by_the_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    with open_ledger(None) as ledger:
        ledger.scans.start(["/srv"])
    with open_ledger(str(tmp_path / "台帳.db")) as ledger:
        ledger.scans.start(["/srv"])
    assert stat.S_IMODE((tmp_path / "home").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "home" / "ledger.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "台帳.db").stat().st_mode) == 0o600


@pytest.mark.usefixtures("usual_umask")
def test_a_ledger_in_use_keeps_its_write_ahead_log_private(tmp_path: Path) -> None:
    path = tmp_path / "台帳.db"
    with open_ledger(str(path)) as ledger:
        ledger.scans.start(["/srv"])
        logs = [tmp_path / "台帳.db-wal", tmp_path / "台帳.db-shm"]
        assert all(log.exists() for log in logs)
        assert {stat.S_IMODE(log.stat().st_mode) for log in logs} == {0o600}
    assert sqlite3.connect(path).execute("pragma journal_mode").fetchone() == ("wal",)


def test_a_bare_path_is_a_sqlite_file(tmp_path: Path) -> None:
    with open_ledger(str(tmp_path / "台帳.db")) as ledger:
        ledger.scans.start(["/srv"])
    tables = {r[0] for r in sqlite3.connect(tmp_path / "台帳.db").execute("select name from sqlite_master")}
    assert {
        "incidents",
        "incident_events",
        "incident_deadlines",
        "scans",
        "assets",
        "finding_summaries",
    } <= tables
    assert VERSION_TABLE in tables


def test_migrations_ship_inside_the_package() -> None:
    assert (MIGRATIONS / "env.py").is_file()
    assert list((MIGRATIONS / "versions").glob("rev_*.py"))


def test_unreachable_server_is_named_without_its_password() -> None:
    with pytest.raises(LedgerUnavailableError) as caught:
        open_ledger("postgresql+psycopg://mamori:topsecret@127.0.0.1:1/nowhere?connect_timeout=2")
    message = str(caught.value)
    assert "127.0.0.1:1/nowhere" in message
    assert "topsecret" not in message


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(LedgerUnavailableError, match="がありません"):
        open_ledger(str(tmp_path / "no" / "such" / "ledger.db"))


def test_unknown_driver_is_refused_clearly() -> None:
    with pytest.raises(LedgerUnavailableError, match="対応していない"):
        open_ledger("oracle+nosuchdriver://scott@host/db")


def test_database_dropped_under_an_open_ledger(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    with open_ledger(str(path)) as ledger:
        scan = ledger.scans.start(["/srv"])
        with sqlite3.connect(path) as raw:
            raw.execute("drop table assets")
        with pytest.raises(LedgerUnavailableError) as caught:
            ledger.scans.add_asset(scan.id, NewAsset("file:///srv/a.txt", "file"))
    assert str(path) in str(caught.value)
    assert "記録されていません" in str(caught.value)


def test_ledger_from_a_newer_mamori_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    open_ledger(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"update {VERSION_TABLE} set version_num = '9999'")
    with pytest.raises(LedgerUnavailableError, match="新しい版"):
        open_ledger(str(path))
