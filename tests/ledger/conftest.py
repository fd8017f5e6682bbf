"""Ledgers on every backend the tests can reach: SQLite always; PostgreSQL and MariaDB when running."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from mamori.ledger import Ledger, open_ledger

PG_SERVER = "postgresql+psycopg://{user}@127.0.0.1:5432/test"
MARIADB_SERVER = "mysql+pymysql://root@127.0.0.1:3306/test"


def _reachable(url: str) -> str | None:
    """The server's error when it cannot be used, None when it can."""
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        return None
    except OperationalError as exc:
        return str(exc.orig).strip().splitlines()[0]
    finally:
        engine.dispose()


def _postgres_server() -> str:
    problems = []
    for user in ("postgres", "root"):
        url = PG_SERVER.format(user=user)
        problem = _reachable(url)
        if problem is None:
            return url
        problems.append(problem)
    pytest.skip(f"PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: {problems[0]}")


@pytest.fixture()
def postgres_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    server = _postgres_server()
    schema = f"mamori_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server)
    with admin.begin() as connection:
        connection.execute(text(f'create schema "{schema}"'))
    try:
        yield f"{server}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'drop schema "{schema}" cascade'))
        admin.dispose()


@pytest.fixture()
def mariadb_url() -> Iterator[str]:
    """A fresh database on the MariaDB server, dropped afterwards."""
    problem = _reachable(MARIADB_SERVER)
    if problem is not None:
        pytest.skip(f"MariaDB at 127.0.0.1:3306 is not reachable: {problem}")
    name = f"mamori_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(MARIADB_SERVER)
    with admin.begin() as connection:
        connection.execute(text(f"create database `{name}` character set utf8mb4"))
    try:
        yield f"mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"drop database `{name}`"))
        admin.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ]
)
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    if request.param == "mariadb":
        return str(request.getfixturevalue("mariadb_url"))
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture()
def ledger(ledger_url: str) -> Iterator[Ledger]:
    with open_ledger(ledger_url) as opened:
        yield opened
