"""From a user-given URL (or nothing) to a SQLAlchemy engine."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from mamori.ledger.errors import LedgerUnavailableError
from mamori.privacy.keys import ensure_home

DEFAULT_FILE = "ledger.db"


def resolve_url(url: str | None) -> URL:
    """None means `$MAMORI_HOME/ledger.db`; a bare path means a SQLite file at that path."""
    if url is None:
        return make_url(f"sqlite:///{ensure_home() / DEFAULT_FILE}")
    if "://" not in url:
        return make_url(f"sqlite:///{Path(url).expanduser()}")
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise LedgerUnavailableError(url, f"URL を解釈できません（{exc}）") from None


def display_name(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _enable_sqlite_foreign_keys(dbapi_connection: object, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _create_private(url: URL) -> None:
    """Make a missing SQLite file empty with mode 0600 before SQLite creates it with the umask's mode
    (usually world-readable). SQLite treats an empty file as a new database and gives its journal
    files the database file's mode. An existing file keeps the mode its owner chose."""
    try:
        os.close(os.open(url.database or "", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise LedgerUnavailableError(display_name(url), f"作成できません（{exc.strerror or exc}）") from None


def create_ledger_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        parent = Path(url.database or "").parent
        if not parent.is_dir():
            raise LedgerUnavailableError(display_name(url), f"フォルダ {parent} がありません")
        _create_private(url)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise LedgerUnavailableError(display_name(url), f"対応していないデータベースです（{exc}）") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine
