"""`scan_database` against real servers: a seeded customer table of 100,000 rows on each engine.

PostgreSQL (127.0.0.1:5432) and MariaDB (127.0.0.1:3306) tests skip, naming the server, when it is not
running; SQLite always runs. Each engine is seeded once per session in its own schema or database, which
is dropped at the end.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from tests.servers import mariadb_server, postgres_server

import mamori.scan.database as database_scan
from mamori.ledger import Asset, Ledger, open_ledger
from mamori.scan import ScanOptions
from mamori.scan.database import scan_database

ROWS = 100_000
REPEATS = 5_000  # the last rows repeat the first customers: the same people under new customer ids
PEOPLE = ROWS - REPEATS

SURNAMES = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
]
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("美咲", "ミサキ"), ("健", "ケン")]
CITIES = [
    "東京都千代田区千代田",
    "大阪府大阪市北区梅田",
    "愛知県名古屋市中区栄",
    "福岡県福岡市博多区博多駅前",
]
NOTES = ["2019年に糖尿病と診断され通院中", "高血圧の持病あり、服薬中", "うつ病で休職歴あり"]


def customer(i: int) -> tuple[object, ...]:
    """Row `i`; rows past PEOPLE repeat the person of row `i - PEOPLE` (the same name, e-mail, phone).

    Only 25 names: persons who share one have another address and birth date (name + either is the
    same person, as the identity rule says)."""
    p = i - PEOPLE if i >= PEOPLE else i
    sur, given = SURNAMES[p % 5], GIVEN[(p // 5) % 5]
    born = date(1920, 1, 1) + timedelta(days=(p * 7919) % 36529)
    return (
        i + 1,
        f"{sur[0]} {given[0]}",
        f"{sur[1]} {given[1]}",
        f"{CITIES[p % 4]}{p // 100 + 1}-{p % 100 + 1}",
        f"090-{1000 + p // 10000:04d}-{p % 10000:04d}",
        f"customer{p}@example.co.jp",
        born.isoformat(),
        NOTES[p % 3] if p % 20 == 0 else None,
    )


def order(i: int) -> tuple[object, ...]:
    return (i + 1, f"SKU-{i % 977:05d}", i % 9 + 1, (i % 50) * 100)


CUSTOMER_COLUMNS = "id, shimei, shimei_kana, jusho, tel, mail, seinengappi, medical_notes"
ORDER_COLUMNS = "id, product_code, quantity, price_yen"


@dataclass(frozen=True)
class Seeded:
    """A database holding `customers` and `orders`: `url` to scan, `admin` to change it from the side."""

    engine: str
    url: str
    admin: Callable[..., None]
    reader_role: str | None = None
    reader_member: str | None = None


def _seed_postgres() -> Iterator[Seeded]:
    server = postgres_server()
    tag = uuid.uuid4().hex[:10]
    schema, reader, member = f"mamori_dbscan_{tag}", f"mamori_reader_{tag}", f"mamori_clerk_{tag}"
    engine = create_engine(server)
    with engine.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
        c.execute(
            text(
                f"CREATE TABLE {schema}.customers (id integer PRIMARY KEY, shimei text, shimei_kana text,"
                " jusho text, tel varchar(20), mail text, seinengappi date, medical_notes text)"
            )
        )
        c.execute(
            text(
                f"CREATE TABLE {schema}.orders (id integer PRIMARY KEY, product_code text, quantity integer,"
                " price_yen integer)"
            )
        )
        raw = c.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cur:
            with cur.copy(f"COPY {schema}.customers ({CUSTOMER_COLUMNS}) FROM STDIN") as copy:
                for i in range(ROWS):
                    copy.write_row(customer(i))
            with cur.copy(f"COPY {schema}.orders ({ORDER_COLUMNS}) FROM STDIN") as copy:
                for i in range(ROWS):
                    copy.write_row(order(i))
        c.execute(text(f"ANALYZE {schema}.customers"))
        c.execute(text(f"ANALYZE {schema}.orders"))
        c.execute(text(f"CREATE ROLE {reader} NOLOGIN"))
        c.execute(text(f"CREATE ROLE {member} LOGIN IN ROLE {reader}"))
        c.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {reader}"))
        c.execute(text(f"GRANT SELECT ON {schema}.customers TO {reader}"))

    def admin(sql: str, params: dict[str, object] | None = None) -> None:
        with engine.begin() as connection:
            connection.execute(text(sql.format(schema=schema)), params or {})

    try:
        yield Seeded("postgres", f"{server}#schema={schema}", admin, reader, member)
    finally:
        with engine.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            c.execute(text(f"DROP ROLE {member}"))
            c.execute(text(f"DROP ROLE {reader}"))
        engine.dispose()


def _seed_mariadb() -> Iterator[Seeded]:
    server = mariadb_server()
    tag = uuid.uuid4().hex[:10]
    name, reader = f"mamori_dbscan_{tag}", f"mamori_reader_{tag}"
    engine = create_engine(server)
    with engine.begin() as c:
        c.execute(text(f"CREATE DATABASE {name} CHARACTER SET utf8mb4"))
        c.execute(
            text(
                f"CREATE TABLE {name}.customers (id int PRIMARY KEY, shimei varchar(100),"
                " shimei_kana varchar(100), jusho varchar(200), tel varchar(20), mail varchar(200),"
                " seinengappi date, medical_notes text)"
                " ENGINE=InnoDB"
            )
        )
        c.execute(
            text(
                f"CREATE TABLE {name}.orders (id int PRIMARY KEY, product_code varchar(20), quantity int,"
                " price_yen int) ENGINE=InnoDB"
            )
        )
        raw = c.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cur:
            for table, columns, make in (
                ("customers", CUSTOMER_COLUMNS, customer),
                ("orders", ORDER_COLUMNS, order),
            ):
                marks = ", ".join(["%s"] * len(columns.split(",")))
                sql = f"INSERT INTO {name}.{table} ({columns}) VALUES ({marks})"
                for start in range(0, ROWS, 10_000):
                    cur.executemany(sql, [make(i) for i in range(start, start + 10_000)])
        c.execute(text(f"ANALYZE TABLE {name}.customers, {name}.orders"))
        c.execute(text(f"CREATE USER '{reader}'@'localhost'"))
        c.execute(text(f"GRANT SELECT ON {name}.customers TO '{reader}'@'localhost'"))

    def admin(sql: str, params: dict[str, object] | None = None) -> None:
        with engine.begin() as connection:
            connection.execute(text(sql.format(schema=name)), params or {})

    try:
        yield Seeded("mariadb", f"mariadb://root@127.0.0.1:3306/{name}", admin, f"'{reader}'@'localhost'")
    finally:
        with engine.begin() as c:
            c.execute(text(f"DROP DATABASE {name}"))
            c.execute(text(f"DROP USER '{reader}'@'localhost'"))
        engine.dispose()


def _seed_sqlite(folder: Path) -> Iterator[Seeded]:
    path = folder / "顧客.db"
    with sqlite3.connect(path) as c:
        c.execute(
            "CREATE TABLE customers (id integer PRIMARY KEY, shimei text, shimei_kana text, jusho text,"
            " tel text, mail text, seinengappi date, medical_notes text)"
        )
        c.execute(
            "CREATE TABLE orders (id integer PRIMARY KEY, product_code text, quantity integer,"
            " price_yen integer)"
        )
        c.executemany(
            f"INSERT INTO customers ({CUSTOMER_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", map(customer, range(ROWS))
        )
        c.executemany(f"INSERT INTO orders ({ORDER_COLUMNS}) VALUES (?,?,?,?)", map(order, range(ROWS)))

    def admin(sql: str, params: dict[str, object] | None = None) -> None:
        with sqlite3.connect(path) as connection:
            connection.execute(sql.format(schema="main"), params or {})

    yield Seeded("sqlite", f"sqlite:///{path}", admin)


@pytest.fixture(
    scope="session",
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ],
)
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    if request.param == "postgres":
        yield from _seed_postgres()
    elif request.param == "mariadb":
        yield from _seed_mariadb()
    else:
        yield from _seed_sqlite(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture()
def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Ledger]:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    with open_ledger(str(tmp_path / "ledger.db")) as opened:
        yield opened


def scan(ledger: Ledger, url: str, **options: object) -> dict[str, Asset]:
    run = ledger.scans.start([url])
    scan_database(url, ledger, run.id, ScanOptions(workers=1, **options))  # type: ignore[arg-type]
    return {a.location.rsplit("table=", 1)[-1]: a for a in ledger.scans.assets(run.id)}


def table(assets: dict[str, Asset], name: str) -> Asset:
    return next(a for key, a in assets.items() if key == name or key.endswith("." + name))


def test_sampled_scan_classifies_the_customer_table(seeded: Seeded, ledger: Ledger) -> None:
    assets = scan(ledger, seeded.url, sample=1000)
    customers = table(assets, "customers")
    assert customers.state == "ok", customers.error
    assert customers.appi_class == "要配慮個人情報"
    assert customers.sensitive
    assert customers.exposure["sensitive_columns"] == ["medical_notes"]
    holds = {name: c.get("holds") for name, c in customers.exposure["columns"].items()}
    assert holds == {
        "id": None,
        "shimei": "PERSON",
        "shimei_kana": "PERSON",
        "jusho": "ADDRESS",
        "tel": "PHONE",
        "mail": "EMAIL",
        "seinengappi": "DATE_OF_BIRTH",
        "medical_notes": "SENSITIVE",
    }
    assert customers.exposure["sampled"] is True
    assert customers.exposure["rows_read"] == 1000
    # 1,000 distinct people in the first 1,000 rows, scaled to the table's (estimated) row count.
    assert customers.people_estimate is not None
    assert 0.7 * ROWS <= customers.people_estimate <= 1.3 * ROWS
    assert "推定" in (customers.people_method or "")
    assert "PPC" in customers.exposure["explanation"] or "報告対象" in customers.exposure["explanation"]
    findings = {(f.type, f.location) for f in ledger.scans.findings(customers.id)}
    assert ("EMAIL", customers.location + "&column=mail") in findings
    orders = table(assets, "orders")
    assert orders.state == "ok"
    assert orders.appi_class == "対象外"
    assert ledger.scans.findings(orders.id) == []


def test_full_scan_counts_each_person_once(seeded: Seeded, ledger: Ledger) -> None:
    customers = table(scan(ledger, seeded.url, full=True), "customers")
    assert customers.exposure["rows_read"] == ROWS
    assert customers.exposure["sampled"] is False
    assert customers.people_estimate == PEOPLE
    assert "推定" not in (customers.people_method or "")
    counts = {
        (f.type, f.location.rsplit("column=", 1)[-1]): f.count for f in ledger.scans.findings(customers.id)
    }
    assert counts[("EMAIL", "mail")] == ROWS
    assert counts[("SENSITIVE", "medical_notes")] == len([i for i in range(ROWS) if customer(i)[7]])
    assert "1000人" in " ".join(customers.report_triggers) or customers.report_triggers


def test_grants_say_who_can_read_the_customer_table(seeded: Seeded, ledger: Ledger) -> None:
    assets = scan(ledger, seeded.url, sample=100)
    customers, orders = table(assets, "customers"), table(assets, "orders")
    readers = {(r["role"], r["via"]) for r in customers.exposure["readers"]}
    if seeded.engine == "postgres":
        assert (seeded.reader_role, "grant") in readers
        assert (seeded.reader_member, "member") in readers
        assert any(via == "superuser" for _, via in readers)
        assert seeded.reader_role not in {r["role"] for r in orders.exposure["readers"]}
        assert customers.owner
    elif seeded.engine == "mariadb":
        assert (seeded.reader_role, "grant") in readers
        assert seeded.reader_role not in {r["role"] for r in orders.exposure["readers"]}
        assert any(via == "global" for _, via in readers)
    else:
        assert any(via == "file_owner" for _, via in readers)


def test_password_never_reaches_the_ledger(seeded: Seeded, ledger: Ledger) -> None:
    if seeded.engine == "sqlite":
        pytest.skip("SQLite has no password")
    secret = "s3cret-Pa55"
    url = seeded.url.replace("@127.0.0.1", f":{secret}@127.0.0.1")
    assets = scan(ledger, url, sample=10)
    stored = json.dumps(
        [[a.location, a.error, a.exposure] for a in assets.values()]
        + [[f.location, f.preview] for a in assets.values() for f in ledger.scans.findings(a.id)],
        ensure_ascii=False,
    )
    assert secret not in stored
    assert ledger.scans.all()[-1].roots == tuple(r for r in ledger.scans.all()[-1].roots if secret not in r)
    assert any(
        a.location.startswith(("postgresql://127.0.0.1", "mysql://127.0.0.1")) for a in assets.values()
    )


def test_a_table_dropped_mid_scan_is_named_and_the_scan_goes_on(
    seeded: Seeded, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded.admin("CREATE TABLE {schema}.doomed (id integer, shimei varchar(50))")
    listed = database_scan.list_tables

    def list_then_drop(connection):  # type: ignore[no-untyped-def]
        found = listed(connection)
        seeded.admin("DROP TABLE {schema}.doomed")
        return found

    monkeypatch.setattr(database_scan, "list_tables", list_then_drop)
    assets = scan(ledger, seeded.url, sample=50)
    doomed = table(assets, "doomed")
    assert doomed.state == "error"
    assert "doomed" in (doomed.error or "") and "見つかりません" in (doomed.error or "")
    assert table(assets, "customers").state == "ok"


def test_a_view_that_fails_is_named_and_the_scan_goes_on(seeded: Seeded, ledger: Ledger) -> None:
    if seeded.engine == "postgres":
        seeded.admin("CREATE VIEW {schema}.broken AS SELECT id, 1 / (id - id) AS ratio FROM {schema}.orders")
    else:
        seeded.admin("CREATE TABLE {schema}.gone (id integer)")
        seeded.admin("CREATE VIEW {schema}.broken AS SELECT id FROM {schema}.gone")
        seeded.admin("DROP TABLE {schema}.gone")
    try:
        assets = scan(ledger, seeded.url, sample=50)
    finally:
        seeded.admin("DROP VIEW {schema}.broken")
    broken = table(assets, "broken")
    assert broken.state == "error"
    assert "broken" in (broken.error or "")
    assert broken.kind == "view"
    assert table(assets, "customers").state == "ok"


def test_unsupported_types_and_huge_blobs_are_named_not_fatal(seeded: Seeded, ledger: Ledger) -> None:
    blob_type = {"postgres": "bytea", "mariadb": "LONGBLOB", "sqlite": "BLOB"}[seeded.engine]
    place_type = {"postgres": "point", "mariadb": "POINT", "sqlite": "text"}[seeded.engine]
    seeded.admin(
        f"CREATE TABLE {{schema}}.attachments (id integer PRIMARY KEY, mail varchar(100), place {place_type},"
        f" body {blob_type})"
    )
    big = "連絡先 hanako@example.jp " + "x" * 8_000_000
    body = {"postgres": "convert_to(:b, 'UTF8')", "mariadb": ":b", "sqlite": ":b"}[seeded.engine]
    place = {"postgres": "point(1, 2)", "mariadb": "POINT(1, 2)", "sqlite": "'x'"}[seeded.engine]
    try:
        value = big.encode() if seeded.engine == "sqlite" else big
        seeded.admin(
            f"INSERT INTO {{schema}}.attachments VALUES (1, 'a@example.jp', {place}, {body})", {"b": value}
        )
        assets = scan(ledger, seeded.url, sample=50)
    finally:
        seeded.admin("DROP TABLE {schema}.attachments")
    attachments = table(assets, "attachments")
    assert attachments.state == "ok", attachments.error
    notes = " ".join(attachments.exposure["notes"])
    assert "body" in notes and "先頭のみ" in notes
    if seeded.engine != "sqlite":
        assert "place" in notes and "対応していない型" in notes
    found = {f.type for f in ledger.scans.findings(attachments.id)}
    assert "EMAIL" in found
