"""Databases as a source: PostgreSQL, MariaDB/MySQL and SQLite, strictly read-only.

`parse_target` turns a user's URL into a `DatabaseTarget` (driver, display form without credentials,
optional `#schema=`/`#table=` scope); `create_read_only_engine` and `read_only` give connections that
cannot write and never wait long for a lock; `list_tables`/`describe` inspect; `read_rows` streams cells as
text through a server-side cursor; `table_access` says who can read a table. Knows nothing of what is
personal. See docs/database.md.
"""

from mamori.sources.database.connect import (
    ReadSettings,
    check_connection,
    create_read_only_engine,
    read_only,
)
from mamori.sources.database.errors import DatabaseSourceError, DatabaseUnavailableError, ObjectReadError
from mamori.sources.database.grants import VIA_JA, Access, Reader, table_access
from mamori.sources.database.inspect import ColumnInfo, ReadAs, TableInfo, describe, list_tables
from mamori.sources.database.rows import (
    ReadNotes,
    count_rows,
    key_bounds,
    lift_statement_timeout,
    read_keyed_rows,
    read_rows,
)
from mamori.sources.database.target import DatabaseTarget, TableName, is_database_url, parse_target

__all__ = [
    "VIA_JA",
    "Access",
    "ColumnInfo",
    "DatabaseSourceError",
    "DatabaseTarget",
    "DatabaseUnavailableError",
    "ObjectReadError",
    "ReadAs",
    "ReadNotes",
    "ReadSettings",
    "Reader",
    "TableInfo",
    "TableName",
    "check_connection",
    "count_rows",
    "create_read_only_engine",
    "describe",
    "is_database_url",
    "key_bounds",
    "lift_statement_timeout",
    "list_tables",
    "parse_target",
    "read_keyed_rows",
    "read_only",
    "read_rows",
    "table_access",
]
