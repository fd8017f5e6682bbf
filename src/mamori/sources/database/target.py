"""The database a user named: its SQLAlchemy URL, a display form without credentials, and a scope.

Users write `postgresql://app@db/crm`, `mysql://…`, `mariadb://…` or `sqlite:///path`; each is mapped to a
driver that installs from PyPI (psycopg 3, PyMySQL, the standard library's sqlite3). A fragment limits the
scan: `#schema=public`, `#table=public.customers` (keys may repeat), in the same syntax as locations.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from mamori.ledger import without_credentials
from mamori.sources.database.errors import DatabaseUnavailableError
from mamori.sources.location import fragment

DRIVERS: dict[str, str] = {
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mysql+pymysql": "mysql+pymysql",
    "mariadb": "mysql+pymysql",
    "mariadb+pymysql": "mysql+pymysql",
    "sqlite": "sqlite",
}
DIALECTS = {"postgresql+psycopg": "postgresql", "mysql+pymysql": "mysql", "sqlite": "sqlite"}


def is_database_url(text: str) -> bool:
    """Whether `text` names a database mamori can scan (rather than a file or folder)."""
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    return scheme in DRIVERS


@dataclass(frozen=True)
class TableName:
    schema: str | None
    name: str

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name


@dataclass(frozen=True)
class DatabaseTarget:
    """`url` carries the password and is handed only to SQLAlchemy; everything shown uses `display`."""

    url: URL
    dialect: str
    display: str
    schemas: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()

    @property
    def secret(self) -> str | None:
        return self.url.password if isinstance(self.url.password, str) and self.url.password else None

    def scrub(self, message: str) -> str:
        """A driver message with the password (should a driver ever echo it) blanked out."""
        return message.replace(self.secret, "***") if self.secret else message

    def location(self, table: TableName, column: str | None = None) -> str:
        pairs = [("table", table.qualified)] + ([("column", column)] if column is not None else [])
        return f"{self.display}#{fragment(pairs)}"

    def wants(self, table: TableName) -> bool:
        if self.tables and table.qualified not in self.tables and table.name not in self.tables:
            return False
        return not self.schemas or (table.schema or "") in self.schemas


def _display(url: URL, dialect: str) -> str:
    if dialect == "sqlite":
        # A URI with the absolute path (`sqlite:///abs/path`), not SQLAlchemy's four slashes.
        return without_credentials(f"sqlite://{Path(url.database or '').expanduser().resolve().as_posix()}")
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    shown = dialect if dialect == "postgresql" else "mysql"
    return without_credentials(f"{shown}://{host}{port}/{url.database or ''}")


def parse_target(text: str) -> DatabaseTarget:
    """Raises `DatabaseUnavailableError` (naming the URL without its password) when it cannot be used."""
    shown = without_credentials(text.split("#", 1)[0])
    base, _, frag = text.partition("#")
    scheme = base.split("://", 1)[0].lower()
    driver = DRIVERS.get(scheme)
    if driver is None:
        raise DatabaseUnavailableError(
            f"{shown}: 対応していないデータベースです"
            "（postgresql://, mysql://, mariadb://, sqlite:/// を使えます）"
        )
    try:
        url = make_url(driver + base[len(scheme) :])
    except ArgumentError:
        raise DatabaseUnavailableError(f"{shown}: 接続先の URL を解釈できません") from None
    if driver == "sqlite" and url.database in (None, "", ":memory:"):
        raise DatabaseUnavailableError(
            f"{shown}: SQLite はファイルのパスを指定してください（sqlite:///path）"
        )
    pairs = parse_qsl(frag, keep_blank_values=False)
    unknown = sorted({k for k, _ in pairs} - {"schema", "table"})
    if unknown:
        raise DatabaseUnavailableError(
            f"{shown}: 範囲の指定 {', '.join(unknown)} は使えません（schema, table）"
        )
    dialect = DIALECTS[driver]
    return DatabaseTarget(
        url=url,
        dialect=dialect,
        display=_display(url, dialect),
        schemas=tuple(v for k, v in pairs if k == "schema"),
        tables=tuple(v for k, v in pairs if k == "table"),
    )
