"""Scans, assets and finding summaries as the scanner will use them, on every reachable backend."""

from __future__ import annotations

import pytest

from mamori.ledger import (
    Ledger,
    NewAsset,
    NewFinding,
    NotFoundError,
    RawValueRefusedError,
    open_ledger,
)
from mamori.privacy.keys import keyed_hash

KEY = b"k" * 32
PHONE = NewFinding("PHONE", 3, "090-****-5678", keyed_hash("090-1234-5678", KEY), location="#row=15&col=C")
SENSITIVE = NewFinding("SENSITIVE", 1, "病歴: ****", keyed_hash("糖尿病", KEY), subtype="medical")


def _asset(location: str = "file:///srv/共有/顧客.xlsx#sheet=2024", **overrides: object) -> NewAsset:
    fields: dict[str, object] = {
        "location": location,
        "kind": "sheet",
        "size": 10_240,
        "mtime_ns": 1_763_000_000_123_456_789,
        "content_hash": "ab" * 32,
        "encoding": "cp932",
        "people_estimate": 1_500,
        "people_method": "distinct keyed hashes of PHONE",
        "appi_class": "要配慮個人情報",
        "sensitive": True,
        "report_triggers": ("sensitive", "over_1000"),
        "jnsa_yen": 454_500_000,
        "exposure": {"public_link": True, "encrypted": False},
        "owner": "営業部",
    }
    fields.update(overrides)
    return NewAsset(**fields)  # type: ignore[arg-type]


def test_scan_lifecycle(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv/共有"])
    assert scan.status == "running" and scan.finished_at is None
    done = ledger.scans.finish(scan.id, {"assets": 2, "errors": 0})
    assert done.status == "done" and done.counts == {"assets": 2, "errors": 0}
    assert ledger.scans.latest() == done


def test_interrupted_scan_is_not_the_latest_complete_one(ledger: Ledger) -> None:
    done = ledger.scans.finish(ledger.scans.start(["/a"]).id, {"assets": 1})
    ledger.scans.finish(ledger.scans.start(["/a"]).id, {"assets": 0}, interrupted=True)
    assert ledger.scans.latest() == done
    assert ledger.scans.latest(status="interrupted") is not None


def test_asset_and_summaries_round_trip(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv/共有"])
    asset = ledger.scans.add_asset(scan.id, _asset(), [PHONE, SENSITIVE])
    [stored] = ledger.scans.assets(scan.id)
    assert stored == asset
    assert stored.mtime_ns == 1_763_000_000_123_456_789
    assert stored.report_triggers == ("sensitive", "over_1000")
    assert stored.exposure == {"public_link": True, "encrypted": False}
    findings = ledger.scans.findings(asset.id)
    assert [(f.type, f.subtype, f.count, f.preview) for f in findings] == [
        ("PHONE", None, 3, "090-****-5678"),
        ("SENSITIVE", "medical", 1, "病歴: ****"),
    ]
    assert all(f.raw_value is None for f in findings)


def test_error_asset_keeps_its_message(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv"])
    asset = ledger.scans.add_asset(
        scan.id, NewAsset("file:///srv/壊れた.zip", "file", state="error", error="壊れた ZIP")
    )
    assert (asset.state, asset.error) == ("error", "壊れた ZIP")


def test_credentials_never_reach_the_ledger(ledger: Ledger) -> None:
    scan = ledger.scans.start(["postgresql://app:s3cret@db.example/crm"])
    asset = ledger.scans.add_asset(
        scan.id,
        _asset("postgresql://app:s3cret@db.example/crm?sslmode=require&password=x#table=public.customers"),
    )
    assert asset.location == "postgresql://db.example/crm?sslmode=require#table=public.customers"
    assert ledger.scans.get(scan.id).roots == ("postgresql://db.example/crm",)


def test_raw_values_are_refused_without_store_values(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv"])
    raw = NewFinding("PHONE", 1, "090-****-5678", PHONE.keyed_hash, raw_value="090-1234-5678")
    with pytest.raises(RawValueRefusedError):
        ledger.scans.add_asset(scan.id, _asset(), [raw])
    assert ledger.scans.assets(scan.id) == []


def test_raw_values_are_kept_with_store_values(ledger_url: str) -> None:
    with open_ledger(ledger_url, store_values=True) as ledger:
        scan = ledger.scans.start(["/srv"])
        raw = NewFinding("PHONE", 1, "090-****-5678", PHONE.keyed_hash, raw_value="090-1234-5678")
        asset = ledger.scans.add_asset(scan.id, _asset(), [raw])
        assert ledger.scans.findings(asset.id)[0].raw_value == "090-1234-5678"


def test_a_value_in_the_hash_column_is_refused(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv"])
    with pytest.raises(ValueError, match="HMAC"):
        ledger.scans.add_asset(scan.id, _asset(), [NewFinding("PHONE", 1, "090-****-5678", "090-1234-5678")])


def test_unchanged_asset_is_found_and_carried_forward(ledger: Ledger) -> None:
    first = ledger.scans.start(["/srv"])
    old = ledger.scans.add_asset(first.id, _asset(), [PHONE])
    ledger.scans.finish(first.id, {"assets": 1})

    second = ledger.scans.start(["/srv"])
    same = ledger.scans.previous_asset(
        old.location, size=10_240, mtime_ns=old.mtime_ns, content_hash="ab" * 32
    )
    assert same == old
    copied = ledger.scans.carry_forward(old.id, second.id)
    assert copied.scan_id == second.id and copied.id != old.id
    assert [f.keyed_hash for f in ledger.scans.findings(copied.id)] == [PHONE.keyed_hash]


def test_changed_asset_needs_a_new_read(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv"])
    old = ledger.scans.add_asset(scan.id, _asset())
    assert ledger.scans.previous_asset(old.location, size=10_241, mtime_ns=old.mtime_ns) is None
    assert ledger.scans.previous_asset(old.location, size=10_240, mtime_ns=1) is None
    assert (
        ledger.scans.previous_asset(old.location, size=10_240, mtime_ns=old.mtime_ns, content_hash="cd" * 32)
        is None
    )
    assert ledger.scans.previous_asset(old.location + "x", size=10_240, mtime_ns=old.mtime_ns) is None


def test_assets_that_failed_are_read_again(ledger: Ledger) -> None:
    scan = ledger.scans.start(["/srv"])
    ledger.scans.add_asset(scan.id, _asset(state="error", error="読み取り権限がありません"))
    assert ledger.scans.previous_asset(_asset().location, size=10_240, mtime_ns=_asset().mtime_ns) is None


def test_unknown_scan_is_reported(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError, match="スキャン 42"):
        ledger.scans.add_asset(42, _asset())
