"""Locations and headers that hold a value are shown with that value masked, as findings are."""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.screen import LocationScreen


@pytest.fixture(scope="module")
def screen() -> LocationScreen:
    return LocationScreen.for_scan(fast=False, min_score=0.5)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (
            "file:///d/v.json#pointer=/c/suzuki.ichiro@example.jp/tel",
            "file:///d/v.json#pointer=/c/s***@example.jp/tel",
        ),
        (
            "file:///d/book.xlsx#sheet=tanaka.jiro@example.jp&row=2&col=A",
            "file:///d/book.xlsx#sheet=t***@example.jp&row=2&col=A",
        ),
        (
            "file:///d/a.zip#member=in/kato.saburo@example.jp.txt&line=1",
            "file:///d/a.zip#member=in/k***@example.jp.txt&line=1",
        ),
        ("file:///d/09012345678/memo.txt", "file:///d/090****5678/memo.txt"),
    ],
)
def test_a_name_holding_a_value_is_masked(screen: LocationScreen, raw: str, shown: str) -> None:
    assert screen.location(raw) == shown


def test_a_persons_name_in_a_file_name_is_masked(screen: LocationScreen) -> None:
    shown = screen.location("file:///share/総務部/山田太郎.csv")
    assert "山田太郎" not in shown and shown.startswith("file:///share/総務部/山田")


def test_folders_and_files_without_values_stay_as_they_are(screen: LocationScreen) -> None:
    location = "file:///data/大阪支店/営業部/2024年度/請求書%2010月.xlsx#sheet=Sheet1&row=3&col=B"
    assert screen.location(location) == location


def test_a_column_decision_shows_its_header_and_sheet_masked(screen: LocationScreen) -> None:
    decision = {
        "header": "yamada.taro@example.jp",
        "why": "見出し「yamada.taro@example.jp」: 標本2件中2件がEMAIL",
        "sheet": "tanaka.jiro@example.jp",
    }
    shown = screen.column(decision)
    assert shown == {
        "header": "y***@example.jp",
        "why": "見出し「y***@example.jp」: 標本2件中2件がEMAIL",
        "sheet": "t***@example.jp",
    }


def test_a_file_named_after_a_customer_is_recorded_masked_and_not_read_twice(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "inoue.goro@example.jp.csv"
    path.write_text("氏名,電話番号\n井上五郎,090-4444-5555\n", encoding="utf-8")
    first = run_scan([str(path)], ledger, ScanOptions(workers=1))
    again = run_scan([str(path)], ledger, ScanOptions(workers=1))
    assert (again.read, again.unchanged) == (0, 1)
    scan = ledger.scans.latest()
    assert scan is not None
    stored = [a.location for a in ledger.scans.assets(first.scan_id)] + list(scan.roots)
    assert all("inoue.goro" not in s for s in stored)
    assert stored[0].endswith("/i***@example.jp.csv")


def test_header_words_are_shown_as_written_and_values_in_headers_masked(screen: LocationScreen) -> None:
    # メイ (the reading of 名) reads as a given name to a detector; as a header it names the column
    assert screen.column({"header": "メイ", "why": "見出し「メイ」"}) == {
        "header": "メイ",
        "why": "見出し「メイ」",
    }
    assert screen.column({"header": "yamada.taro@example.jp"})["header"] == "y***@example.jp"
    assert screen.text("cust_09011112222") == "cust_090****2222"
