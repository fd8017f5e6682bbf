"""From a user-given URL (or nothing) to a SQLAlchemy engine."""

from __future__ import annotations

import os
from collections.abc import Callable
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


# A scan commits each asset as it arrives, so that a killed scan keeps what it finished. In SQLite's
# default rollback journal every commit costs several fdatasync calls (four per small file: ~50 files/s
# on a disk where a sync takes 5 ms). In WAL mode with synchronous=NORMAL a commit is an append to the
# log and syncs happen at checkpoints: a killed process loses nothing committed and the database stays
# consistent; only a power cut can lose the last commits, never corrupt the file. WAL also lets the
# CLI and a server read and write the ledger at once; busy_timeout makes a writer wait its turn.
_SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=30000",
)
_MEMORY_PRAGMAS = ("PRAGMA foreign_keys=ON",)


def _sqlite_pragmas(statements: tuple[str, ...]) -> Callable[[object, ConnectionPoolEntry], None]:
    def on_connect(dbapi_connection: object, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        for statement in statements:
            cursor.execute(statement)
        cursor.close()

    return on_connect


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
        on_file = url.database not in (None, "", ":memory:")
        event.listen(engine, "connect", _sqlite_pragmas(_SQLITE_PRAGMAS if on_file else _MEMORY_PRAGMAS))
    return engine
