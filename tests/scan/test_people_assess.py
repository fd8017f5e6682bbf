"""People counted by keyed hash (exact, then a sketch), and the APPI assessment of an asset."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mamori.privacy import installation_key
from mamori.scan.assess import assess_asset
from mamori.scan.people import EXACT_LIMIT, PeopleCounter, fold, fold_all, identity_key


def test_spellings_of_one_person_count_once() -> None:
    counter = PeopleCounter(os.urandom(32))
    counter.add_row({"PERSON": "山田 太郎", "PHONE": "090-1234-5678"})
    counter.add_row({"PERSON": "山田　太郎", "PHONE": "09012345678"})
    counter.add_row({"PERSON": "山田 太郎", "PHONE": "090-9999-0000"})
    assert not counter.add_row({})
    assert counter.count == 2 and counter.exact
    assert "BLAKE2b" in counter.method


def test_a_column_folds_as_each_value_would() -> None:
    values = [
        "山田　太郎",
        "０９０－１２３４－５６７８",
        "Taro@Example.JP",
        "(03) 1234-5678",
        "",
        "ｽｽﾞｷ",
        "a\x1eb",
    ]
    assert fold_all(values) == [fold(v) for v in values]
    assert fold_all(values[:-1]) == [fold(v) for v in values[:-1]]


def test_rows_counted_in_bulk_match_rows_counted_one_by_one() -> None:
    key = os.urandom(32)
    rows = [{"PERSON": f"山田{i % 40}", "EMAIL": f"u{i % 70}@example.jp"} for i in range(500)] + [{}]
    one, bulk = PeopleCounter(key), PeopleCounter(key)
    for row in rows:
        one.add_row(row)
    bulk.add_keys([identity_key(row) or "" for row in rows])
    assert bulk.count == one.count == 280
    assert bulk.rows_without_identity == one.rows_without_identity == 1


def test_a_counter_kept_by_an_earlier_version_is_refused() -> None:
    with pytest.raises(ValueError, match="another format"):
        PeopleCounter.from_bytes(b"E" + bytes(16), os.urandom(32))


def test_counts_merge_and_survive_serialisation() -> None:
    key = os.urandom(32)
    a, b = PeopleCounter(key), PeopleCounter(key)
    for i in range(10):
        a.add_row({"EMAIL": f"u{i}@example.jp"})
    for i in range(5, 15):
        b.add_row({"EMAIL": f"u{i}@example.jp"})
    a.merge(PeopleCounter.from_bytes(b.to_bytes(), key))
    assert a.count == 15


def test_large_counts_become_an_explained_estimate() -> None:
    counter = PeopleCounter(os.urandom(32))
    total = EXACT_LIMIT + 50_000
    for i in range(total):
        counter.add_row({"MY_NUMBER": str(i)})
    assert not counter.exact
    assert abs(counter.count - total) < total * 0.03
    assert "HyperLogLog" in counter.method
    assert len(counter.to_bytes()) < 20_000


def test_installation_key_is_private(mamori_home: Path) -> None:
    installation_key()
    assert stat.S_IMODE((mamori_home / "secret.key").stat().st_mode) == 0o600


def test_classes_in_order_of_gravity() -> None:
    assert assess_asset({"PERSON": 1, "MY_NUMBER": 1}, [], 1).appi_class == "特定個人情報"
    assert assess_asset({"PERSON": 1, "SENSITIVE": 1}, ["medical"], 1).appi_class == "要配慮個人情報"
    assert assess_asset({"PERSON": 1}, [], 1).appi_class == "個人データ"
    assert assess_asset({"PERSON": 1}, [], 1, structured=False).appi_class == "個人情報"
    nothing = assess_asset({"CORPORATE_NUMBER": 3}, [], 0)
    assert not nothing.personal and nothing.jnsa_yen is None


def test_triggers_if_leaked() -> None:
    assert assess_asset({"PERSON": 1000, "EMAIL": 1000}, [], 1000).report_triggers == []
    big = assess_asset({"PERSON": 1001, "EMAIL": 1001}, [], 1001)
    assert big.report_triggers == ["R7-4"] and "1,001人" in big.explanation
    card = assess_asset({"PERSON": 2, "CREDIT_CARD": 2}, [], 2)
    assert card.report_triggers == ["R7-2"]
    sensitive = assess_asset({"SENSITIVE": 1}, ["criminal_record"], 1)
    assert sensitive.report_triggers == ["R7-1"] and sensitive.sensitive
    assert "7条3号" in sensitive.explanation
    assert big.jnsa_yen is not None and big.jnsa_yen > 0
