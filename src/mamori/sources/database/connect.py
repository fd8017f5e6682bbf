"""Read-only connections: each engine is told, in its own terms, that mamori only reads and never waits.

- PostgreSQL: `default_transaction_read_only=on` for the session plus `SET TRANSACTION READ ONLY` on every
  transaction; `statement_timeout` (applies to each FETCH of a server-side cursor, not the whole scan),
  `lock_timeout` so a pending `ALTER TABLE` makes us give up rather than queue behind it and block the
  application's queries queued behind us, and `idle_in_transaction_session_timeout` so a crashed scan
  frees its snapshot.
- MariaDB / MySQL: `SET SESSION TRANSACTION READ ONLY`, READ COMMITTED (plain SELECTs are consistent
  non-locking reads and keep no long read view), `lock_wait_timeout` for metadata locks, and the
  statement timeout (`max_statement_time` on MariaDB, `max_execution_time` on MySQL).
- SQLite: the file is opened with `mode=ro` and `PRAGMA query_only`; a busy timeout bounds the wait for a
  writer's lock.
One transaction per table keeps the locks every engine takes for a read (PostgreSQL's ACCESS SHARE, the
metadata lock of MariaDB) as short as the read of that table.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from mamori.sources.database.errors import DatabaseUnavailableError, first_line
from mamori.sources.database.target import DatabaseTarget


@dataclass(frozen=True)
class ReadSettings:
    """Seconds. `statement_timeout` bounds each statement; `lock_timeout` any wait for a lock."""

    statement_timeout: float = 30.0
    lock_timeout: float = 3.0
    connect_timeout: int = 10


def _pg_options(settings: ReadSettings, given: str | None) -> str:
    ours = (
        "-c default_transaction_read_only=on"
        f" -c statement_timeout={int(settings.statement_timeout * 1000)}"
        f" -c lock_timeout={int(settings.lock_timeout * 1000)}"
        " -c idle_in_transaction_session_timeout=600000"
    )
    return f"{given} {ours}" if given else ours


def _mysql_session(dbapi_connection: Any, settings: ReadSettings) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT VERSION()")
        version = str(cursor.fetchone()[0])
        cursor.execute("SET SESSION TRANSACTION READ ONLY")
        cursor.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
        cursor.execute(f"SET SESSION lock_wait_timeout = {max(1, int(settings.lock_timeout))}")
        cursor.execute(f"SET SESSION innodb_lock_wait_timeout = {max(1, int(settings.lock_timeout))}")
        set_statement_timeout(cursor, version, settings.statement_timeout)
    finally:
        cursor.close()
    dbapi_connection.commit()


def set_statement_timeout(cursor: Any, version: str, seconds: float) -> None:
    """0 lifts the limit (used for a full read, where MariaDB's timeout would cover the whole transfer)."""
    if "mariadb" in version.lower():
        cursor.execute(f"SET SESSION max_statement_time = {seconds:.3f}")
    else:
        cursor.execute(f"SET SESSION max_execution_time = {int(seconds * 1000)}")


def _sqlite_session(dbapi_connection: Any, settings: ReadSettings) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(settings.lock_timeout * 1000)}")
    finally:
        cursor.close()


def create_read_only_engine(target: DatabaseTarget, settings: ReadSettings) -> Engine:
    url = target.url
    connect_args: dict[str, Any] = {}
    if target.dialect == "postgresql":
        connect_args = {
            "options": _pg_options(settings, url.query.get("options")),  # type: ignore[arg-type]
            "connect_timeout": settings.connect_timeout,
            "application_name": "mamori-scan",
        }
        url = url.difference_update_query(["options"])
    elif target.dialect == "mysql":
        connect_args = {"connect_timeout": settings.connect_timeout, "charset": "utf8mb4"}
        url = url.difference_update_query(["charset"])
    else:
        path = Path(url.database or "").expanduser()
        if not path.is_file():
            raise DatabaseUnavailableError(f"{target.display}: データベースファイル {path} がありません")
        url = url.set(database=f"file:{path.resolve()}?mode=ro").update_query_dict({"uri": "true"})
    engine = create_engine(url, connect_args=connect_args, poolclass=NullPool)
    if target.dialect == "mysql":
        event.listen(engine, "connect", lambda c, _r: _mysql_session(c, settings))
    elif target.dialect == "sqlite":
        event.listen(engine, "connect", _sqlite_listener(settings))
    return engine


def _sqlite_listener(settings: ReadSettings) -> Any:
    def listener(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        _sqlite_session(dbapi_connection, settings)

    return listener


@contextmanager
def read_only(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction, rolled back (there is nothing to commit) when the block ends."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SET TRANSACTION READ ONLY"))
        elif engine.dialect.name == "mysql":
            connection.execute(text("START TRANSACTION READ ONLY"))
        try:
            yield connection
        finally:
            connection.rollback()


def check_connection(engine: Engine, target: DatabaseTarget) -> str:
    """The server's version; raises `DatabaseUnavailableError` for a wrong password, host or file."""
    query = {"postgresql": "SELECT version()", "mysql": "SELECT VERSION()"}.get(
        engine.dialect.name, "SELECT sqlite_version()"
    )
    try:
        with read_only(engine) as connection:
            return str(connection.execute(text(query)).scalar_one())
    except DBAPIError as exc:
        raise DatabaseUnavailableError(
            f"{target.display}: 接続できません（{target.scrub(first_line(exc))}）"
        ) from None
    except SQLAlchemyError as exc:
        raise DatabaseUnavailableError(
            f"{target.display}: 接続できません（{target.scrub(first_line(exc))}）"
        ) from None
