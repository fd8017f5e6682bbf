"""The database rules on a PostgreSQL database with a table readable by PUBLIC, one read by many roles,
and a clean one (skipped, with the reason, when the server is not running)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from mamori.controls.answers import Policy
from mamori.controls.evidence import evaluate
from mamori.controls.inventory import scanned_assets
from mamori.ledger import open_ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from tests.servers import postgres_server

pytestmark = pytest.mark.postgres
ROWS = (
    "('山田太郎', '090-1234-5678', '東京都千代田区千代田1-1'),"
    " ('佐藤花子', '080-2345-6789', '大阪府大阪市北区梅田1-1')"
)


@pytest.fixture
def schema(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[tuple[str, str]]:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    url = postgres_server()
    name = f"mbc_t_{uuid.uuid4().hex[:8]}"
    roles = [f"{name}_r{i}" for i in range(3)]
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f"CREATE SCHEMA {name}"))
        for role in roles:
            c.execute(text(f"CREATE ROLE {role}"))
        for table in ("public_read", "wide_read", "kept"):
            c.execute(text(f"CREATE TABLE {name}.{table} (氏名 text, 電話番号 text, 住所 text)"))
            c.execute(text(f"INSERT INTO {name}.{table} VALUES {ROWS}"))
        c.execute(text(f"GRANT SELECT ON {name}.public_read TO PUBLIC"))
        c.execute(text(f"GRANT {roles[0]} TO {roles[1]}"))  # a reader through another role counts
        c.execute(text(f"GRANT SELECT ON {name}.wide_read TO {roles[0]}, {roles[2]}"))
        c.execute(text(f"GRANT SELECT ON {name}.kept TO {roles[2]}"))
    try:
        yield url, name
    finally:
        with engine.connect() as c:
            c.execute(text(f"DROP SCHEMA {name} CASCADE"))
            for role in roles:
                c.execute(text(f"DROP ROLE {role}"))
        engine.dispose()


def test_public_and_wide_readers_are_flagged_and_the_kept_table_is_not(
    schema: tuple[str, str], tmp_path: Path
) -> None:
    url, name = schema
    with open_ledger(str(tmp_path / "ledger.db")) as ledger:
        summary = run_scan([f"{url}#schema={name}"], ledger, ScanOptions(workers=1, fast=True))
        assets = [a for a in scanned_assets(ledger, summary.scan_id) if a.name.startswith(f"db:{name}.")]
    found = {(c.rule, c.asset) for c in evaluate(assets, [], Policy(max_table_readers=2))}
    assert ("db_public_read", f"db:{name}.public_read") in found
    assert ("db_wide_read", f"db:{name}.wide_read") in found
    assert not {a for _, a in found} & {f"db:{name}.kept"}
