"""`mamori scan` as a user runs it: reports written, a re-run says nothing changed, databases dispatched."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.ledger import Ledger, NewAsset
from mamori.scan import targets
from mamori.scan.database import DatabaseResult
from mamori.scan.options import ScanOptions
from mamori.scan.people import PeopleCounter
from mamori.scan.table_ranges import RangeRunner

runner = CliRunner()


@pytest.fixture
def drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    root = tmp_path / "drive"
    root.mkdir()
    (root / "顧客.csv").write_text(
        "氏名,電話番号,病歴\n" + "".join(f"山田 太郎{i},090-1234-{i:04d},糖尿病\n" for i in range(20)),
        encoding="cp932",
    )
    (root / "broken.docx").write_bytes(b"PK\x03\x04broken")
    return root


@pytest.mark.usefixtures("usual_umask")
def test_scan_writes_every_report_and_rescan_reads_nothing(drive: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    html, xlsx, sarif = tmp_path / "r.html", tmp_path / "r.xlsx", tmp_path / "r.sarif"
    args = ["scan", str(drive), "--db", db, "--fast", "--workers", "1"]
    result = runner.invoke(app, [*args, "--html", str(html), "--xlsx", str(xlsx), "--sarif", str(sarif)])
    assert result.exit_code == 0, result.output
    assert "本人の数" in result.output and "要配慮個人情報" in result.output
    assert "読み取れなかったもの" in result.output
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert xlsx.stat().st_size > 0
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    # Reports and the ledger list people's information: no other local user may read them.
    for written in (html, xlsx, sarif, Path(db)):
        assert stat.S_IMODE(written.stat().st_mode) == 0o600, written
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert "変更のあるファイルはありませんでした" in again.output


def test_json_output(drive: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    result = runner.invoke(app, ["scan", str(drive), "--db", db, "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    csv_asset = next(a for a in data["assets"] if a["location"].endswith("顧客.csv"))
    assert csv_asset["people"] == 20 and csv_asset["appi_class"] == "要配慮個人情報"
    assert all("090-1234" not in json.dumps(f) for f in csv_asset["findings"])
    assert any(a["state"] == "error" for a in data["assets"])


def test_database_url_goes_to_the_database_scanner(
    drive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int, ScanOptions]] = []

    def fake(
        url: str, ledger: Ledger, scan_id: int, options: ScanOptions, ranges: RangeRunner | None = None
    ) -> DatabaseResult:
        assert ranges is None  # the local engine reads every table on the driver
        calls.append((url, scan_id, options))
        location = "postgresql://db.example/crm#table=public.members"
        ledger.scans.add_asset(scan_id, NewAsset(location=location, kind="table"))
        return DatabaseResult(PeopleCounter(b"k" * 32), 0, [location])

    monkeypatch.setattr(targets, "database_scanner", lambda: fake)
    url = "postgresql+psycopg://scanner:secret@db.example/crm"
    result = runner.invoke(app, ["scan", url, str(drive), "--db", str(tmp_path / "l.db"), "--json", "--fast"])
    assert result.exit_code == 0, result.output
    assert [c[0] for c in calls] == [url] and calls[0][2].fast
    data = json.loads(result.stdout)
    assert "secret" not in result.stdout
    assert any(a["location"].startswith("postgresql://db.example/crm#table=") for a in data["assets"])


def test_missing_database_scanner_is_explained(
    drive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(targets.importlib, "import_module", missing)
    result = runner.invoke(app, ["scan", "mysql://u@db.example/shop", "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 3, result.output
    assert "データベースのスキャン機能" in result.output


def test_unusable_ledger_exits_2(drive: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(drive), "--db", str(tmp_path / "no" / "such" / "l.db")])
    assert result.exit_code == 2


def test_demo_scans_the_generated_shared_drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    result = runner.invoke(app, ["demo", "--fast"])
    assert result.exit_code == 0, result.output
    demo = tmp_path / "home" / "demo"
    page = (demo / "report.html").read_text(encoding="utf-8")
    for name in (
        "顧客リスト.csv",
        "社員名簿.xlsx",
        "面談記録.docx",
        "請求書_2026-1123.pdf",
        "旧データ_2019.zip",
    ):
        assert name in page
    assert (demo / "個人データ管理台帳.xlsx").exists()
    assert "要配慮個人情報" in result.output and "本人の数" in result.output


def test_a_failing_database_scan_does_not_lose_the_files(
    drive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(
        url: str, ledger: Ledger, scan_id: int, options: ScanOptions, ranges: RangeRunner | None = None
    ) -> None:
        raise RuntimeError("driver exploded")

    monkeypatch.setattr(targets, "database_scanner", lambda: broken)
    db = str(tmp_path / "l.db")
    result = runner.invoke(app, ["scan", str(drive), "sqlite:///nowhere.db", "--db", db, "--json", "--fast"])
    assert result.exit_code == 3, result.output  # the files were scanned; the database was not
    data = json.loads(result.stdout)
    assert any(a["location"].endswith("顧客.csv") and a["state"] == "ok" for a in data["assets"])
    assert any(a["location"].startswith("sqlite:") and a["state"] == "error" for a in data["assets"])
