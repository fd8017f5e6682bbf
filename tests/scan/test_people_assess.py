"""People counted by keyed hash (exact, then a sketch), and the APPI assessment of an asset."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mamori.privacy import installation_key
from mamori.scan.assess import assess_asset
from mamori.scan.people import PeopleCounter, fold, fold_all, fold_name
from mamori.scan.people_keys import KeyMaker


def _person(counter: PeopleCounter, name: str = "", **details: str) -> bool:
    return counter.add_subject([name] if name else [], {k: [v] for k, v in details.items()})


def test_spellings_of_one_person_count_once() -> None:
    counter = PeopleCounter(os.urandom(32))
    _person(counter, "山田 太郎", PHONE="090-1234-5678")
    _person(counter, "山田　太郎", PHONE="09012345678")
    _person(counter, "山田 太郎", PHONE="090-9999-0000")
    assert not counter.add_subject([], {})
    assert counter.count == 2 and counter.exact
    assert "BLAKE2b" in counter.method


def test_a_person_re_registered_with_a_new_mail_is_one_person() -> None:
    counter = PeopleCounter(os.urandom(32))
    _person(counter, "山田太郎", EMAIL="taro@example.jp", DATE_OF_BIRTH="1980-04-01", PHONE="090-1234-5678")
    _person(counter, "山田 太郎", EMAIL="taro.new@example.jp", DATE_OF_BIRTH="1980-04-01")
    # joined through the second record's e-mail, transitively
    _person(counter, "ヤマダタロウ", EMAIL="taro.new@example.jp")
    assert counter.count == 1


def test_a_household_sharing_a_phone_and_address_is_several_persons() -> None:
    counter = PeopleCounter(os.urandom(32))
    for name in ("山田太郎", "山田花子", "山田一郎"):
        _person(counter, name, PHONE="03-1234-5678", ADDRESS="東京都新宿区西新宿2-8-1")
    _person(counter, PHONE="03-1234-5678")
    assert counter.count == 4


def test_a_name_alone_never_joins_two_records_but_does_inside_one_scope() -> None:
    counter = PeopleCounter(os.urandom(32))
    counter.add_subject(["鈴木一郎"], {})
    counter.add_subject(["鈴木一郎"], {})
    assert counter.count == 2
    counter.add_subject(["佐藤花子"], {}, scope="file:///a.csv")
    counter.add_subject(["佐藤花子"], {}, scope="file:///a.csv")
    counter.add_subject(["佐藤花子"], {}, scope="file:///b.csv")
    assert counter.count == 4


def test_role_mailboxes_are_no_one() -> None:
    counter = PeopleCounter(os.urandom(32))
    for address in ("info@example.co.jp", "support@example.jp", "no-reply@example.jp", "sales.tokyo@x.jp"):
        assert not _person(counter, EMAIL=address)
    assert _person(counter, EMAIL="hanako.sato@example.co.jp")
    assert counter.count == 1


def test_names_in_latin_letters_meet_in_either_order() -> None:
    assert fold_name("Taro Yamada") == fold_name("YAMADA, Taro") == fold_name("ｔａｒｏ　ｙａｍａｄａ")
    keys = KeyMaker(os.urandom(32))
    assert keys.subject(["Taro Yamada"], {"PHONE": ["090-1111-2222"]}) == keys.subject(
        ["yamada taro"], {"PHONE": ["09011112222"]}
    )


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


def test_a_counter_kept_by_an_earlier_version_is_refused() -> None:
    with pytest.raises(ValueError, match="another format"):
        PeopleCounter.from_bytes(b"2E" + bytes(16), os.urandom(32))


def test_counts_merge_and_survive_serialisation() -> None:
    key = os.urandom(32)
    a, b = PeopleCounter(key), PeopleCounter(key)
    for i in range(10):
        _person(a, f"山田{i}", PHONE=f"090-0000-{i:04}", EMAIL=f"u{i}@example.jp")
    for i in range(5, 15):
        _person(b, f"山田{i}", PHONE=f"090-0000-{i:04}")
    b.add_subject(["名前だけ"], {})
    restored = PeopleCounter.from_bytes(b.to_bytes(), key)
    assert restored.count == b.count == 11
    a.merge(restored)
    assert a.count == 16
    with pytest.raises(ValueError):
        PeopleCounter.from_bytes(b.to_bytes()[:-3], key)


def test_large_counts_become_an_explained_estimate() -> None:
    counter = PeopleCounter(os.urandom(32), exact_limit=20_000)
    total = 60_000
    for i in range(total):
        _person(counter, f"氏名{i}", MY_NUMBER=str(i), PHONE=f"0{i:09}")
    # the same persons again, by another key: a sketch of each person's best key still counts them once
    for i in range(0, total, 7):
        _person(counter, f"氏名{i}", MY_NUMBER=str(i))
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
