from __future__ import annotations

import hashlib
import re
from datetime import date

from stdnum import luhn
from stdnum.jp import in_

from mamori import mask
from mamori.detect import EntityType, Finding
from mamori.mask.generalise import address, birth_date
from mamori.mask.jpdata import find_prefecture
from mamori.mask.names import pseudonym_name
from mamori.mask.policy import default_policy, parse_assignment
from mamori.mask.pseudonyms import pseudonym
from tests.mask.conftest import KEY, OTHER_KEY, masker

E = EntityType


def person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), E.PERSON, 1.0)


def test_default_masks_phone_and_redacts_my_number() -> None:
    out = mask("電話 090-1234-5678、マイナンバー 123456789018", key=KEY)
    assert "090-1234-5678" not in out
    assert re.search(r"090-\d{4}-\d{4}", out), "a mobile number stays a mobile number"
    assert "123456789018" not in out and "■■■" in out


def test_explicit_findings_are_masked_exactly() -> None:
    text = "担当は山田 太郎です"
    out = mask(text, key=KEY, operators={"PERSON": "placeholder"}, findings=[person(text, "山田 太郎")])
    assert out == "担当は<氏名_1>です"


def test_placeholder_numbers_repeat_for_the_same_value_within_a_run() -> None:
    text = "山田 太郎、佐藤 花子、山田 太郎"
    findings = [Finding(0, 5, E.PERSON, 1.0), Finding(6, 11, E.PERSON, 1.0), Finding(12, 17, E.PERSON, 1.0)]
    policy = parse_assignment(default_policy(), "PERSON=placeholder")
    assert masker(policy).mask_text(text, findings=findings) == "<氏名_1>、<氏名_2>、<氏名_1>"


def test_pseudonyms_are_consistent_across_runs_and_depend_on_the_key() -> None:
    text = "山田 太郎"
    finding = [Finding(0, 5, E.PERSON, 1.0)]
    first = masker().mask_text(text, findings=finding)
    again = masker().mask_text(text, findings=finding)
    other = masker(key=OTHER_KEY).mask_text(text, findings=finding)
    assert first == again != text
    assert other != first


def test_family_name_is_substituted_consistently() -> None:
    a = pseudonym(E.PERSON, "山田 太郎", KEY)
    b = pseudonym(E.PERSON, "山田 花子", KEY)
    assert a.split(" ")[0] == b.split(" ")[0] != "山田"


def test_name_pseudonym_keeps_script_and_shape() -> None:
    kana = pseudonym(E.PERSON, "ヤマダ タロウ", KEY)
    assert re.fullmatch(r"[ァ-ヺー]+ [ァ-ヺー]+", kana) and kana != "ヤマダ タロウ"
    romaji = pseudonym(E.PERSON, "Taro YAMADA", KEY)
    given, family = romaji.split(" ")
    assert given[0].isupper() and given[1:].islower() and family.isupper()
    assert len(pseudonym(E.PERSON, "山田太郎", KEY)) == 4


def test_address_pseudonym_stays_in_the_prefecture() -> None:
    for value in (
        "東京都新宿区西新宿2-8-1",
        "大阪府大阪市北区梅田１丁目１番３号",
        "北海道札幌市中央区北1条西2",
    ):
        out = pseudonym(E.ADDRESS, value, KEY)
        assert out != value
        assert find_prefecture(out) == find_prefecture(value)
    assert "丁目" in pseudonym(E.ADDRESS, "大阪府大阪市北区梅田１丁目１番３号", KEY)


def test_phone_pseudonym_keeps_kind_and_layout() -> None:
    assert pseudonym(E.PHONE, "03-1234-5678", KEY).startswith("03-")
    assert re.fullmatch(
        r"０９０－[０-９]{4}－[０-９]{4}", pseudonym(E.PHONE, "０９０－１２３４－５６７８", KEY)
    )
    assert pseudonym(E.PHONE, "0120-123-456", KEY).startswith("0120-")


def test_phone_pseudonyms_ring_no_one() -> None:
    """The subscriber part of a substitute starts with 0, which no number in Japan's plan does."""
    assert re.fullmatch(r"090-0\d{3}-\d{4}", pseudonym(E.PHONE, "090-1234-5678", KEY))
    assert re.fullmatch(r"03-0\d{3}-\d{4}", pseudonym(E.PHONE, "03-1234-5678", KEY))
    assert re.fullmatch(r"\+81-90-0\d{3}-\d{4}", pseudonym(E.PHONE, "+81-90-1234-5678", KEY))


def test_number_pseudonyms_never_pass_their_check_digit() -> None:
    for n in ("123456789018", "987654321098", "111111111118"):
        out = pseudonym(E.MY_NUMBER, n, KEY)
        assert not in_.is_valid(out)
    assert not luhn.is_valid(pseudonym(E.CREDIT_CARD, "4111111111111111", KEY))


def test_email_pseudonym_uses_a_reserved_domain() -> None:
    assert pseudonym(E.EMAIL, "taro@example.co.jp", KEY).endswith("@example.com")


def test_generalise_birth_date_and_address() -> None:
    today = date(2026, 11, 23)
    assert birth_date("昭和60年4月12日", "year", today) == "1985年"
    assert birth_date("1985/04/12", "age_band", today) == "40代"
    assert address("神奈川県横浜市中区山下町1-1", "city") == "神奈川県横浜市中区"
    assert address("神奈川県横浜市中区山下町1-1", "prefecture") == "神奈川県"


def test_partial_keeps_the_recognisable_ends() -> None:
    text = "090-1234-5678"
    out = mask(text, key=KEY, operators={"PHONE": "partial"}, findings=[Finding(0, len(text), E.PHONE, 1.0)])
    assert out == "090-****-5678"


def test_keyed_hash_is_stable_and_not_the_value() -> None:
    text = "090-1234-5678"
    found = [Finding(0, len(text), E.PHONE, 1.0)]
    a = mask(text, key=KEY, operators={"PHONE": "hash"}, findings=found)
    assert a == mask(text, key=KEY, operators={"PHONE": "hash"}, findings=found)
    assert re.fullmatch(r"[0-9a-f]{16}", a)


def test_column_rule_masks_the_whole_cell() -> None:
    policy = parse_assignment(default_policy(), "顧客ID=placeholder")
    m = masker(policy)
    assert m.mask_text("C-0001", column="顧客ID") == "<顧客ID_1>"
    assert m.mask_text("C-0002", column="顧客ID") == "<顧客ID_2>"


def test_a_name_written_without_a_space_is_never_its_own_pseudonym() -> None:
    # under about one key in 1,500, 佐藤花子 was drawn as 佐藤 + 花子 and left in the masked file as it was
    keys = [hashlib.sha256(str(i).encode()).digest() for i in range(3000)]
    for name in ("佐藤花子", "田中一郎", "鈴木花子"):
        assert all(pseudonym_name(name, key) != name for key in keys)
