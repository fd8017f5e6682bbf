"""Alembic environment for the ledger. Runs on a connection handed over by `mamori.ledger.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from mamori.ledger import account_models  # noqa: F401  (its tables join Base.metadata)
from mamori.ledger.models import Base

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        version_table=config.attributes.get("version_table", "mamori_ledger_version"),
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("set sqlalchemy.url or pass a connection in config.attributes")
    with create_engine(url).connect() as own:
        _run(own)
        own.commit()


run_migrations_online()
