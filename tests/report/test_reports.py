"""Reports read back from the ledger: the 台帳 reopens, the HTML has its charts, SARIF has its shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from rich.console import Console

from mamori.demo.drive import build_shared_drive
from mamori.ledger import Ledger, NewAsset, open_ledger
from mamori.report import build_report, render_html, render_terminal, report_dict, report_sarif, write_xlsx
from mamori.report.model import ScanReport
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Ledger, ScanReport]]:
    root = tmp_path_factory.mktemp("reports")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAMORI_HOME", str(root / "home"))
        drive = build_shared_drive(root / "drive")
        (drive / "broken.xlsx").write_bytes(b"PK\x03\x04broken")
        with open_ledger(str(root / "ledger.db")) as ledger:
            summary = run_scan([str(drive)], ledger, ScanOptions(workers=1, fast=True))
            ledger.scans.add_asset(
                summary.scan_id,
                NewAsset(
                    location="postgresql://db.example/crm#table=public.customers",
                    kind="table",
                    people_estimate=10,
                    appi_class="個人データ",
                    exposure={
                        "readers": [
                            {"role": "crm_reader", "via": "grant", "via_ja": "SELECT 権限", "login": False}
                        ],
                        "columns": {
                            "tracking_no": {
                                "read": True,
                                "role": "code",
                                "why": "12桁の数字で、マイナンバーの検査数字に合うのは8%（偶然の水準）",
                                "pass_rate": 0.075,
                            },
                            "shimei": {
                                "read": True,
                                "role": "direct",
                                "why": "見出し「氏名」",
                                "holds": "PERSON",
                            },
                        },
                    },
                ),
            )
            yield ledger, build_report(ledger, summary.scan_id)


def test_xlsx_ledger_reopens_with_one_row_per_asset(
    scanned: tuple[Ledger, ScanReport], tmp_path: Path
) -> None:
    _, report = scanned
    path = tmp_path / "台帳.xlsx"
    write_xlsx(report, path)
    book = openpyxl.load_workbook(path)
    sheet = book["個人データ管理台帳"]
    header = [c.value for c in sheet[1]]
    for column in ("保管場所", "項目", "人数", "要配慮の有無", "利用目的", "管理責任者", "最終確認日"):
        assert column in header
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(report.personal)
    where = header.index("保管場所")
    assert any(str(r[where]).endswith("顧客リスト.csv") for r in rows)
    assert any(str(r[where]).startswith("postgresql://") for r in rows)  # database assets alike
    purpose = header.index("利用目的")
    assert all(r[purpose] in (None, "") for r in rows)
    for column in ("取得方法", "保存期間", "廃棄方法・廃棄日", "委託先・第三者提供", "アクセス権者"):
        assert column in header  # the columns a 台帳 usually has, for the user to fill
    size = header.index("サイズ（バイト）")
    assert all(isinstance(r[size], int) for r in rows if not str(r[where]).startswith("postgresql://"))
    assert "読み取りエラー" in book.sheetnames
    # printed on A4 landscape, one page wide, the header on every page
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$1:$1"


def test_html_is_self_contained_with_both_charts(scanned: tuple[Ledger, ScanReport]) -> None:
    _, report = scanned
    page = render_html(report)
    assert page.count("<svg") == 2
    assert "フォルダ別の検出項目" in page and "資産別の本人の数" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in page
    assert "broken.xlsx" in page  # errors are listed
    assert " JST ・ 状態 完了" in page and "UTC" not in page  # Japanese time, Japanese status


def test_sarif_has_the_basic_structure(scanned: tuple[Ledger, ScanReport]) -> None:
    _, report = scanned
    sarif = json.loads(json.dumps(report_sarif(report)))
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "mamori"
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert run["results"]
    for result in run["results"]:
        assert result["ruleId"] in rule_ids
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert run["invocations"][0]["toolExecutionNotifications"]


def test_json_and_terminal_explain_the_people_count(scanned: tuple[Ledger, ScanReport]) -> None:
    _, report = scanned
    data = report_dict(report)
    assert data["people"] == report.people > 1000
    assert "鍵付きハッシュ" in data["people_explanation"]
    csv_asset = next(a for a in data["assets"] if a["location"].endswith("顧客リスト.csv"))
    assert csv_asset["people"] == 1200 and "R7-4" in csv_asset["report_triggers_if_leaked"]
    assert "行" in csv_asset["people_method"]
    console = Console(record=True, width=160)
    render_terminal(report, console)
    shown = console.export_text()
    assert "本人の数" in shown and "顧客リスト.csv" in shown and "読み取れなかったもの" in shown
    assert "090-" not in shown.replace("090-****", "")


def test_reports_show_how_each_column_was_read_and_who_can_read_a_table(
    scanned: tuple[Ledger, ScanReport], tmp_path: Path
) -> None:
    _, report = scanned
    data = report_dict(report)
    table = next(a for a in data["assets"] if a["location"].startswith("postgresql://"))
    decisions = {c["column"]: c for c in table["column_decisions"]}
    assert decisions["tracking_no"]["holds"] is None and decisions["tracking_no"]["pass_rate"] == 0.075
    assert decisions["shimei"]["holds"] == "PERSON"
    assert table["readers"] == ["crm_reader（SELECT 権限、ログイン不可）"]
    csv_asset = next(a for a in data["assets"] if a["location"].endswith("顧客リスト.csv"))
    assert any(c["holds"] == "PHONE" for c in csv_asset["column_decisions"])
    page = render_html(report)
    assert "列の判定" in page and "偶然の水準" in page and "crm_reader" in page
    path = tmp_path / "台帳.xlsx"
    write_xlsx(report, path)
    book = openpyxl.load_workbook(path)
    columns = list(book["列の判定"].iter_rows(min_row=2, values_only=True))
    assert any(row[2] == "tracking_no" and "偶然" in str(row[5]) for row in columns)
    readers = list(book["閲覧できる者"].iter_rows(min_row=2, values_only=True))
    assert any("crm_reader" in str(row[1]) for row in readers)


def test_a_whole_database_is_not_added_twice_to_the_yen_total(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAMORI_HOME", str(tmp_path / "home"))
        with open_ledger(str(tmp_path / "ledger.db")) as ledger:
            scan = ledger.scans.start(["sqlite:///shop.db"])
            for location, kind in (
                ("sqlite:///shop.db#table=customers", "table"),
                ("sqlite:///shop.db", "database"),
            ):
                ledger.scans.add_asset(
                    scan.id,
                    NewAsset(
                        location=location,
                        kind=kind,
                        people_estimate=10,
                        appi_class="個人データ",
                        jnsa_yen=5000,
                    ),
                )
            report = build_report(ledger, scan.id)
    assert report.total_jnsa() == 5000


def test_sarif_places_findings_relative_to_the_scanned_folder_with_their_line(tmp_path: Path) -> None:
    drive = tmp_path / "顧客 データ"
    (drive / "sub").mkdir(parents=True)
    (drive / "sub" / "memo.txt").write_text("メモ\n担当 山田太郎 090-1234-5678\n", encoding="utf-8")
    (drive / "list.csv").write_text("氏名,電話\n佐藤 花子,090-2222-3333\n", encoding="utf-8")
    with open_ledger(str(tmp_path / "l.db")) as ledger:
        summary = run_scan([str(drive)], ledger, ScanOptions(workers=1))
        run = report_sarif(build_report(ledger, summary.scan_id))["runs"][0]
    [(base, root)] = [(k, v["uri"]) for k, v in run["originalUriBaseIds"].items()]
    assert base == "%SRCROOT%" and root.endswith("/顧客%20データ/")
    placed = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r["locations"][0][
            "physicalLocation"
        ]["region"]["startLine"]
        for r in run["results"]
    }
    assert placed[("PHONE", "sub/memo.txt")] == 2 and placed[("PHONE", "list.csv")] == 2
