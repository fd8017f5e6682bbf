"""What a database holds: its tables and views, their columns and how each column can be read as text."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, inspect, text
from sqlalchemy import types as sqltypes
from sqlalchemy.exc import SAWarning

from mamori.sources.database.target import TableName

SYSTEM_SCHEMAS = frozenset(
    {"information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys"}
)


class ReadAs(StrEnum):
    TEXT = "text"  # character data, enums, network addresses, arrays of them
    JSON = "json"
    BINARY = "binary"  # read as text when the bytes are UTF-8: BLOBs often hold documents or notes
    NUMBER = "number"  # integers and decimals: a phone or My Number may be stored as one
    DATE = "date"  # read only when the column's name says it is a birth date
    SKIP = "skip"  # booleans, floats, times, intervals: no personal value fits them
    UNSUPPORTED = "unsupported"  # a type mamori cannot read as text (geometry, an unknown type)


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    type_name: str
    read_as: ReadAs


@dataclass(frozen=True)
class TableInfo:
    table: TableName
    kind: str  # "table" or "view"
    columns: tuple[ColumnInfo, ...]
    primary_key: tuple[str, ...] = ()


_UNSUPPORTED_NAMES = ("geometry", "geography", "point", "line", "lseg", "box", "path", "polygon", "circle")


def read_as(column_type: sqltypes.TypeEngine[object], dialect: str) -> ReadAs:
    name = str(column_type).lower() if not isinstance(column_type, sqltypes.NullType) else ""
    if isinstance(column_type, sqltypes.NullType):
        # SQLite keeps any declared type and stores values by their own type: read them as they come.
        return ReadAs.TEXT if dialect == "sqlite" else ReadAs.UNSUPPORTED
    if name.startswith(_UNSUPPORTED_NAMES):
        return ReadAs.UNSUPPORTED
    if isinstance(column_type, sqltypes.Boolean | sqltypes.Float | sqltypes.Time | sqltypes.Interval):
        return ReadAs.SKIP
    if isinstance(column_type, sqltypes.JSON):
        return ReadAs.JSON
    if isinstance(column_type, sqltypes.LargeBinary | sqltypes._Binary):
        return ReadAs.BINARY
    if isinstance(column_type, sqltypes.Integer | sqltypes.Numeric):
        return ReadAs.NUMBER
    if isinstance(column_type, sqltypes.Date | sqltypes.DateTime):
        return ReadAs.DATE
    if isinstance(column_type, sqltypes.Uuid):
        return ReadAs.SKIP
    return ReadAs.TEXT


def _type_name(column_type: sqltypes.TypeEngine[object], declared: str | None) -> str:
    if isinstance(column_type, sqltypes.NullType):
        return declared or "不明"
    try:
        return str(column_type)
    except Exception:  # some dialect types cannot render without a compiler
        return type(column_type).__name__


def _declared_types(connection: Connection, table: TableName) -> dict[str, str]:
    """The type names as the catalog spells them, for types SQLAlchemy does not know (`point`, `geometry`)."""
    if connection.dialect.name == "sqlite":
        return {}
    rows = connection.execute(
        text(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = :schema AND table_name = :name"
        ),
        {"schema": table.schema, "name": table.name},
    )
    return {str(r[0]): str(r[1]) for r in rows}


def list_tables(connection: Connection) -> list[tuple[TableName, str]]:
    """Every table and view outside the system schemas, in schema and name order."""
    inspector = inspect(connection)
    dialect = connection.dialect.name
    if dialect == "sqlite":
        schemas: list[str | None] = [None]
    elif dialect == "mysql":
        schemas = [inspector.default_schema_name] if inspector.default_schema_name else []
        if not schemas:
            schemas = [s for s in inspector.get_schema_names() if s.lower() not in SYSTEM_SCHEMAS]
    else:
        schemas = [s for s in inspector.get_schema_names() if s not in SYSTEM_SCHEMAS]
    found: list[tuple[TableName, str]] = []
    for schema in sorted(schemas, key=lambda s: s or ""):
        shown = schema if dialect != "sqlite" else None
        found += [(TableName(shown, t), "table") for t in sorted(inspector.get_table_names(schema=schema))]
        found += [(TableName(shown, v), "view") for v in sorted(inspector.get_view_names(schema=schema))]
    return found


def describe(connection: Connection, table: TableName, kind: str) -> TableInfo:
    """Columns of one table; raises SQLAlchemy's errors (NoSuchTableError…) for the caller to report."""
    inspector = inspect(connection)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SAWarning)  # "did not recognize type": reported as UNSUPPORTED
        columns = inspector.get_columns(table.name, schema=table.schema)
        primary = (
            tuple(inspector.get_pk_constraint(table.name, schema=table.schema)["constrained_columns"] or ())
            if kind == "table"
            else ()
        )
    declared = _declared_types(connection, table)
    dialect = connection.dialect.name
    infos = tuple(
        ColumnInfo(
            name=str(c["name"]),
            type_name=_type_name(c["type"], declared.get(str(c["name"]))),
            read_as=read_as(c["type"], dialect),
        )
        for c in columns
    )
    return TableInfo(table, kind, infos, primary)
