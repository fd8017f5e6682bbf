"""The database source on its own: URLs without credentials, column names, read-only connections.

Server tests use the PostgreSQL (127.0.0.1:5432) and MariaDB (127.0.0.1:3306) servers when they run and
skip, naming the server, when they do not.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.header_words import header_for
from mamori.ledger import open_ledger
from mamori.scan import ScanOptions
from mamori.scan.database import scan_database
from mamori.sources.database import (
    DatabaseUnavailableError,
    ReadSettings,
    TableName,
    check_connection,
    create_read_only_engine,
    parse_target,
    read_only,
)

PG = "postgresql://{user}@127.0.0.1:5432/test"
MARIADB = "mariadb://root@127.0.0.1:3306/test"


def _usable(url: str) -> str | None:
    target = parse_target(url)
    engine = create_read_only_engine(target, ReadSettings(connect_timeout=3))
    try:
        check_connection(engine, target)
        return None
    except DatabaseUnavailableError as exc:
        return str(exc)
    finally:
        engine.dispose()


def _pg_url() -> str:
    problems = []
    for user in ("postgres", "root"):
        problem = _usable(PG.format(user=user))
        if problem is None:
            return PG.format(user=user)
        problems.append(problem)
    pytest.skip(f"PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: {problems[0]}")


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    path = tmp_path / "crm.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE customers (id integer PRIMARY KEY, shimei text)")
        c.execute("INSERT INTO customers VALUES (1, '山田 太郎')")
    return f"sqlite:///{path}"


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ]
)
def any_url(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url
        return
    if request.param == "postgres":
        url = _pg_url()
    else:
        problem = _usable(MARIADB)
        if problem is not None:
            pytest.skip(f"MariaDB at 127.0.0.1:3306 is not reachable: {problem}")
        url = MARIADB
    yield url


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("shimei", ColumnKind.PERSON),
        ("customer_name", ColumnKind.PERSON),
        ("lastName", ColumnKind.PERSON),
        ("shimei_kana", ColumnKind.PERSON_READING),
        ("kana", ColumnKind.PERSON_READING),
        ("jusho", ColumnKind.ADDRESS),
        ("seinengappi", ColumnKind.BIRTH_DATE),
        ("birth_date", ColumnKind.BIRTH_DATE),
        ("byoreki", ColumnKind.SENSITIVE),
        ("medical_notes", ColumnKind.SENSITIVE),
        ("kaisha_mei", ColumnKind.NOT_PERSON),
        ("product_name", ColumnKind.NOT_PERSON),
        ("user_name", ColumnKind.NOT_PERSON),
        ("tel", ColumnKind.IDENTIFIER),
        ("customer_id", ColumnKind.CODE),
        ("氏名", ColumnKind.PERSON),
    ],
)
def test_romaji_and_english_column_names_read_as_japanese_headers(name: str, kind: ColumnKind) -> None:
    meaning = column_meaning(header_for(name))
    assert meaning is not None and meaning.kind is kind


def test_unrelated_column_names_say_nothing() -> None:
    for name in ("id", "created_at", "order_total", "status"):
        meaning = column_meaning(header_for(name))
        assert meaning is None or meaning.kind in (ColumnKind.NOT_PERSON, ColumnKind.CODE)


def test_locations_carry_no_credentials_and_name_table_and_column() -> None:
    target = parse_target("postgresql://app:hunter2@db.example:5432/crm#schema=public")
    location = target.location(TableName("public", "customers"), "email")
    assert location == "postgresql://db.example:5432/crm#table=public.customers&column=email"
    assert "hunter2" not in target.display
    assert target.schemas == ("public",)
    assert parse_target("mariadb://root:pw@h/shop").display == "mysql://h/shop"


def test_unknown_schemes_and_scopes_are_refused_in_japanese() -> None:
    with pytest.raises(DatabaseUnavailableError, match="対応していない"):
        parse_target("oracle://scott:tiger@h/db")
    with pytest.raises(DatabaseUnavailableError, match="範囲の指定"):
        parse_target("postgresql://h/db#rows=5")


def test_missing_sqlite_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="がありません"):
        create_read_only_engine(parse_target(f"sqlite:///{tmp_path / 'nothing.db'}"), ReadSettings())


def test_the_scanner_connection_cannot_write(any_url: str) -> None:
    target = parse_target(any_url)
    engine = create_read_only_engine(target, ReadSettings())
    temp = f"mamori_ro_{uuid.uuid4().hex[:8]}"
    try:
        with pytest.raises(DBAPIError) as refused, read_only(engine) as connection:
            connection.execute(text(f"CREATE TABLE {temp} (id integer)"))
        message = str(refused.value.orig).lower()
        assert "read-only" in message or "read only" in message or "readonly" in message
    finally:
        engine.dispose()


def test_wrong_password_and_unreachable_host_are_recorded_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    urls = ["postgresql://mamori:topsecret@127.0.0.1:1/nowhere"]
    if _usable(MARIADB) is None:
        urls.append("mariadb://root:topsecret@127.0.0.1:3306/test")  # root has no password here
    with open_ledger(str(tmp_path / "ledger.db")) as ledger:
        run = ledger.scans.start(urls)
        for url in urls:
            scan_database(url, ledger, run.id, ScanOptions(workers=1))
        assets = ledger.scans.assets(run.id)
    assert [a.state for a in assets] == ["error"] * len(urls)
    assert "127.0.0.1:1/nowhere" in (assets[0].error or "") and "接続できません" in (assets[0].error or "")
    if len(urls) == 2:
        assert "Access denied" in (assets[1].error or "")
    assert all("topsecret" not in (a.error or "") + a.location for a in assets)


def test_statement_timeout_is_set_on_the_server(any_url: str) -> None:
    target = parse_target(any_url)
    engine = create_read_only_engine(target, ReadSettings(statement_timeout=7, lock_timeout=2))
    query = {
        "postgresql": "SELECT current_setting('statement_timeout') || ' ' || current_setting('lock_timeout')",
        "mysql": "SELECT CONCAT(@@max_statement_time, ' ', @@lock_wait_timeout)",
        "sqlite": "PRAGMA query_only",
    }[target.dialect]
    try:
        with read_only(engine) as connection:
            value = str(connection.execute(text(query)).scalar_one())
    except OperationalError as exc:
        pytest.skip(f"server refused the settings query: {exc.orig}")
    finally:
        engine.dispose()
    assert value in {"7s 2s", "7.000000 2", "1"}
