"""A header row is decided by what it holds: a first row of values is a customer, never a header."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from mamori.ledger import Asset, Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FULL = ScanOptions(workers=1)
FAST = ScanOptions(workers=1, fast=True)


def _asset(ledger: Ledger, path: Path, options: ScanOptions = FULL) -> Asset:
    summary = run_scan([str(path)], ledger, options)
    return next(a for a in ledger.scans.assets(summary.scan_id) if a.location.endswith(path.name))


def _headerless(tmp_path: Path) -> Path:
    # No digit in the first row, digits below: shaped like a header, but its cells are a customer's.
    path = tmp_path / "list.csv"
    path.write_text(
        "yamada.taro@example.jp,山田太郎,東京都港区\n"
        "sato.hanako@example.jp,佐藤花子,東京都港区芝公園4-2-8\n"
        "ito.jiro@example.jp,伊藤次郎,大阪府大阪市北区梅田1-1\n",
        encoding="utf-8",
    )
    return path


def test_a_first_row_of_values_is_a_person_not_a_header(tmp_path: Path, ledger: Ledger) -> None:
    asset = _asset(ledger, _headerless(tmp_path))
    assert asset.people_estimate == 3
    columns = asset.exposure["columns"]
    assert [c["header"] for c in columns] == ["", "", ""]
    assert "yamada" not in str(columns) and "山田太郎" not in str(columns)
    emails = next(f for f in ledger.scans.findings(asset.id) if f.type == "EMAIL")
    assert emails.count == 3


def test_fast_mode_knows_a_first_row_of_addresses_by_their_format(tmp_path: Path, ledger: Ledger) -> None:
    asset = _asset(ledger, _headerless(tmp_path), FAST)
    assert asset.people_estimate == 3
    assert "yamada" not in str(asset.exposure["columns"])


def test_a_header_of_column_names_stays_a_header(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "氏名,メールアドレス\n山田太郎,yamada.taro@example.jp\n佐藤花子,sato.hanako@example.jp\n",
        encoding="utf-8",
    )
    asset = _asset(ledger, path)
    assert asset.people_estimate == 2
    assert [c["header"] for c in asset.exposure["columns"]] == ["氏名", "メールアドレス"]


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_group_row_over_the_header_names_whose_columns_they_are(tmp_path: Path, ledger: Ledger) -> None:
    rows: list[list[object]] = [
        ["入居者台帳（2024年度）"],
        ["物件番号", "契約者", None, None, "保証人", None],
        [None, "氏名", "生年月日", "電話", "氏名", "電話"],
        ["P-1", "山口 拓也", "1960/05/05", "090-5596-1503", "橋本 樹", "090-2834-1880"],
        ["P-2", "中島 美穂", "1971/02/03", "070-6972-7078", "中島 誠", "03-5685-8891"],
        ["P-3", "山口 拓也", "1960/05/05", "090-5596-1503", "宮崎 直樹", "080-1729-5427"],
    ]
    asset = _asset(ledger, _book(tmp_path / "tenants.xlsx", rows))
    headers = [c["header"] for c in asset.exposure["columns"]]
    assert headers == [
        "物件番号",
        "契約者.氏名",
        "契約者.生年月日",
        "契約者.電話",
        "保証人.氏名",
        "保証人.電話",
    ]
    assert asset.people_estimate == 5  # two tenants (one renting twice) and three guarantors


def test_a_title_row_above_the_header_is_not_a_group_row(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "calls.csv"
    path.write_text(
        "通話履歴エクスポート,期間:2024/04/01-2024/04/30,出力:CTI\n"
        "受付日時,発信者番号,お名前,用件\n"
        "2024/04/01 09:03,070-2255-2204,長谷川 博,解約\n"
        "2024/04/01 10:36,090-1111-2222,佐藤 花子,変更\n",
        encoding="utf-8",
    )
    asset = _asset(ledger, path)
    assert [c["header"] for c in asset.exposure["columns"]] == ["受付日時", "発信者番号", "お名前", "用件"]
    assert asset.people_estimate == 2


def test_numbered_generic_headers_are_a_header_and_their_columns_are_typed_by_values(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "master.csv"
    path.write_text(
        "field_01,field_02,field_03,field_04,field_05\n"
        "A1,阿部恵,アベ メグミ,2002-04-20,090-9194-4043\n"
        "A2,藤原香織,フジワラ カオリ,1981-06-29,070-9896-0676\n"
        "A3,佐藤一郎,サトウ イチロウ,1965-11-02,080-1111-2222\n",
        encoding="utf-8",
    )
    asset = _asset(ledger, path)
    holds = {c["header"]: c.get("holds") for c in asset.exposure["columns"]}
    assert holds == {
        "field_01": None,
        "field_02": "PERSON",
        "field_03": "PERSON",
        "field_04": "DATE_OF_BIRTH",
        "field_05": "PHONE",
    }
    assert asset.people_estimate == 3
