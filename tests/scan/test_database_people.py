"""Persons in a database: distinct across tables and views, exact at the 1,000 boundary, dependants each a
person, codes that pass a check digit by chance not My Numbers. SQLite always; PostgreSQL and MariaDB
skip, naming the server, when they are not running."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, text
from tests.servers import mariadb_server, postgres_server

from mamori.ledger import Asset, Ledger, open_ledger
from mamori.scan import ScanOptions
from mamori.scan.database import scan_database

CUSTOMERS = 1_000  # exactly the boundary: more than 1,000 persons is reportable (規則7条4号)
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "陽菜", "翔太", "結衣", "大輔", "愛"]


def _customer(i: int) -> dict[str, object]:
    return {
        "customer_id": i + 1,
        "shimei": f"{SURNAMES[i % 10]} {GIVEN[(i // 10) % 10]}{'' if i < 100 else chr(0x4E00 + i)}",
        "tel": f"090-{1000 + i // 1000:04d}-{i % 10000:04d}",
        "seinengappi": f"{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "email": f"c{i}@example.jp",
    }


def _tracking(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(12))


def _seed(url: str, schema: str | None = None) -> None:
    rng = random.Random(7)
    meta = MetaData(schema=schema)
    at = f"{schema}." if schema else ""
    customers = Table(
        "customers",
        meta,
        Column("customer_id", Integer, primary_key=True),
        Column("shimei", String(60)),
        Column("tel", String(20)),
        Column("seinengappi", String(10)),
        Column("email", String(60)),
    )
    orders = Table(
        "orders",
        meta,
        Column("order_id", Integer, primary_key=True),
        Column("customer_id", Integer),
        Column("ship_name", String(60)),
        Column("ship_tel", String(20)),
        Column("tracking_no", String(12)),
        Column("slip", String(12)),
    )
    staff = Table(
        "staff",
        meta,
        Column("emp_no", String(8), primary_key=True),
        Column("shimei", String(60)),
        Column("seinengappi", String(10)),
        Column("haigusha_shimei", String(60)),
        Column("haigusha_seinengappi", String(10)),
        Column("child1_shimei", String(60)),
        Column("child1_seinengappi", String(10)),
    )
    engine = create_engine(url)
    meta.drop_all(engine)
    meta.create_all(engine)
    rows = [_customer(i) for i in range(CUSTOMERS)]
    with engine.begin() as c:
        c.execute(customers.insert(), rows)
        # orders for the first 300 customers, shipped to themselves: the same persons again
        c.execute(
            orders.insert(),
            [
                {
                    "order_id": n + 1,
                    "customer_id": rows[n % 300]["customer_id"],
                    "ship_name": rows[n % 300]["shimei"],
                    "ship_tel": rows[n % 300]["tel"],
                    "tracking_no": _tracking(rng),
                    "slip": _tracking(rng),
                }
                for n in range(600)
            ],
        )
        c.execute(
            staff.insert(),
            [
                {
                    "emp_no": f"E{n:04d}",
                    "shimei": f"社員{chr(0x4E00 + n)} 一郎",
                    "seinengappi": f"{1970 + n % 20}-04-0{1 + n % 9}",
                    "haigusha_shimei": f"社員{chr(0x4E00 + n)} 花子",
                    "haigusha_seinengappi": f"{1972 + n % 20}-05-0{1 + n % 9}",
                    "child1_shimei": f"社員{chr(0x4E00 + n)} 太郎" if n % 2 else None,
                    "child1_seinengappi": f"{2005 + n % 10}-06-0{1 + n % 9}" if n % 2 else None,
                }
                for n in range(20)
            ],
        )
        c.execute(
            text(
                f"CREATE VIEW {at}v_orders AS SELECT o.order_id, c.shimei AS customer_name, "
                f"c.tel AS customer_tel, o.ship_name, o.ship_tel FROM {at}orders o "
                f"JOIN {at}customers c ON c.customer_id = o.customer_id"
            )
        )
    engine.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ]
)
def seeded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database holding only this test's tables (a schema of its own on PostgreSQL, a
    database of its own on MariaDB)."""
    name = f"mamori_people_{uuid.uuid4().hex[:10]}"
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shop.db'}"
        _seed(url)
        yield url
        return
    server = postgres_server() if request.param == "postgres" else mariadb_server()
    engine = create_engine(server)
    create, drop = (
        (f"CREATE SCHEMA {name}", f"DROP SCHEMA {name} CASCADE")
        if request.param == "postgres"
        else (f"CREATE DATABASE {name} CHARACTER SET utf8mb4", f"DROP DATABASE {name}")
    )
    with engine.begin() as c:
        c.execute(text(create))
    try:
        if request.param == "postgres":
            _seed(server, name)
            yield f"{server}#schema={name}"
        else:
            _seed(f"mysql+pymysql://root@127.0.0.1:3306/{name}")
            yield f"mariadb://root@127.0.0.1:3306/{name}"
    finally:
        with engine.begin() as c:
            c.execute(text(drop))
        engine.dispose()


@pytest.fixture
def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Ledger]:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    with open_ledger(str(tmp_path / "ledger.db")) as opened:
        yield opened


def _scan(ledger: Ledger, url: str, **options: object) -> dict[str, Asset]:
    run = ledger.scans.start([url])
    scan_database(url, ledger, run.id, ScanOptions(workers=1, **options))  # type: ignore[arg-type]
    found: dict[str, Asset] = {}
    for asset in ledger.scans.assets(run.id):
        key = "*" if asset.kind == "database" else asset.location.rsplit("table=", 1)[-1].rsplit(".", 1)[-1]
        found[key] = asset
    return found


def test_the_boundary_table_is_counted_exactly_not_estimated(seeded: str, ledger: Ledger) -> None:
    assets = _scan(ledger, seeded, sample=200)
    customers = assets["customers"]
    assert customers.state == "ok", customers.error
    assert customers.exposure["rows_total"] == CUSTOMERS
    # 200 rows sampled would scale to about 1,000: close to the threshold, so the table is read whole
    assert customers.exposure["sampled"] is False
    assert customers.people_estimate == CUSTOMERS
    assert "R7-4" not in customers.report_triggers
    assert "正確な人数" in (customers.people_method or "")


def test_the_whole_database_counts_each_person_once(seeded: str, ledger: Ledger) -> None:
    assets = _scan(ledger, seeded, full=True)
    assert assets["orders"].people_estimate == 300  # the ship-to persons are customers
    assert assets["v_orders"].people_estimate == 300
    staff = assets["staff"]
    assert staff.people_estimate == 20 + 20 + 10  # employees, spouses, children: each a person
    whole = assets["*"]
    assert whole.people_estimate == CUSTOMERS + 50
    assert "表ごとの人数の合計ではない" in (whole.people_method or "")


def test_tracking_numbers_that_pass_a_check_digit_by_chance_are_not_my_numbers(
    seeded: str, ledger: Ledger
) -> None:
    orders = _scan(ledger, seeded, full=True)["orders"]
    columns = orders.exposure["columns"]
    assert columns["tracking_no"].get("holds") is None
    assert columns["tracking_no"]["role"] == "code"  # by its name
    # by its values: 12 digits whose My Number check digit agrees about one time in ten
    assert columns["slip"].get("holds") is None and columns["slip"]["role"] == "code"
    assert columns["slip"]["pass_rate"] < 0.3
    assert "MY_NUMBER" not in {f.type for f in ledger.scans.findings(orders.id)}
    assert orders.appi_class != "特定個人情報"


@pytest.fixture
def clinic(tmp_path: Path) -> str:
    """Visits of 400 patients over 24,000 rows; deliveries to two persons a row (name1/tel1, name2/tel2);
    policies whose 同居家族 text names family members with their birth dates."""
    path = tmp_path / "clinic.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        c.execute(
            text("create table visits (visit_id integer primary key, patient_name text, patient_tel text)")
        )
        c.execute(
            text("insert into visits values (:i, :n, :t)"),
            [
                {
                    "i": i,
                    "n": f"{SURNAMES[p % 10]} {GIVEN[(p // 10) % 10]}{p // 100}",
                    "t": f"090-5555-{p:04d}",
                }
                for i in range(24_000)
                for p in (i % 400,)
            ],
        )
        c.execute(
            text("create table home_delivery (id integer, name1 text, tel1 text, name2 text, tel2 text)")
        )
        c.execute(
            text("insert into home_delivery values (:i, :a, :ta, :b, :tb)"),
            [
                {
                    "i": i,
                    "a": f"{SURNAMES[i % 10]} {GIVEN[i // 10]}",
                    "ta": f"03-1111-{i:04d}",
                    "b": f"{SURNAMES[i % 10]} {GIVEN[(i // 10 + 5) % 10]}子",
                    "tb": f"03-2222-{i:04d}",
                }
                for i in range(40)
            ],
        )
        c.execute(
            text("create table policies (policy_no text, insured_name text, insured_tel text, kazoku text)")
        )
        c.execute(
            text("insert into policies values (:p, :n, :t, :k)"),
            [
                {
                    "p": f"NL-{i:06d}",
                    "n": f"{SURNAMES[i % 10]} {GIVEN[i // 10]}",
                    "t": f"080-3333-{i:04d}",
                    "k": f"同居家族: 長男 {SURNAMES[i % 10]}{GIVEN[(i // 10 + 3) % 10]}"
                    f"（20{10 + i % 10}年4月{1 + i % 27}日生）",
                }
                for i in range(30)
            ],
        )
    engine.dispose()
    return f"sqlite:///{path}"


def test_a_sampled_table_whose_persons_recur_is_counted_exactly(clinic: str, ledger: Ledger) -> None:
    visits = _scan(ledger, clinic)["visits"]  # default sampling: 1,000 of 24,000 rows
    # scaled from the sample, 400 persons would read as 9,600 (規則7条4号); they recur: read whole
    assert visits.exposure["sampled"] is False and visits.people_estimate == 400
    assert "R7-4" not in visits.report_triggers


def test_numbered_name_columns_are_two_persons_a_row(clinic: str, ledger: Ledger) -> None:
    assert _scan(ledger, clinic, full=True)["home_delivery"].people_estimate == 80


def test_family_named_with_birth_dates_in_a_text_column_are_persons(clinic: str, ledger: Ledger) -> None:
    assert _scan(ledger, clinic, full=True)["policies"].people_estimate == 60  # 30 insured and a son each
