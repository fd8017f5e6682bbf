"""Telling a database URL from a path, and handing it to the database scanner when it is installed."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions

if TYPE_CHECKING:
    from mamori.scan.database import DatabaseResult
    from mamori.scan.table_ranges import RangeRunner

DATABASE_SCHEMES = (
    "postgresql://",
    "postgresql+psycopg://",
    "postgresql+psycopg2://",
    "postgres://",
    "mysql://",
    "mysql+pymysql://",
    "mariadb://",
    "mariadb+pymysql://",
    "sqlite:///",
)


class DatabaseScanner(Protocol):
    def __call__(
        self, url: str, ledger: Ledger, scan_id: int, options: ScanOptions, ranges: RangeRunner | None = None
    ) -> DatabaseResult | None: ...


class DatabaseScanUnavailable(Exception):
    """The database scanner module is not part of this installation."""


def is_database_url(target: str) -> bool:
    return target.lower().startswith(DATABASE_SCHEMES)


def database_scanner() -> DatabaseScanner:
    try:
        module = importlib.import_module("mamori.scan.database")
    except ImportError as exc:
        raise DatabaseScanUnavailable(
            "データベースのスキャン機能（mamori.scan.database）がこのインストールにはありません"
        ) from exc
    scanner: DatabaseScanner = module.scan_database
    return scanner
