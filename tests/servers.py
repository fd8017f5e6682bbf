"""The database servers tests may use, and the skip a test gives, naming the server, when one is absent."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

PG_SERVER = "postgresql+psycopg://{user}@127.0.0.1:5432/test"
MARIADB_SERVER = "mysql+pymysql://root@127.0.0.1:3306/test"


def unreachable(url: str) -> str | None:
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


def postgres_server() -> str:
    """The URL of the local PostgreSQL server (as user postgres or root), or skip the test."""
    problems = []
    for user in ("postgres", "root"):
        url = PG_SERVER.format(user=user)
        problem = unreachable(url)
        if problem is None:
            return url
        problems.append(problem)
    pytest.skip(f"PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: {problems[0]}")


def mariadb_server() -> str:
    """The URL of the local MariaDB server, or skip the test."""
    problem = unreachable(MARIADB_SERVER)
    if problem is not None:
        pytest.skip(f"MariaDB at 127.0.0.1:3306 is not reachable: {problem}")
    return MARIADB_SERVER
