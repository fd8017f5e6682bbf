"""SENSITIVE (要配慮個人情報): a sensitive fact asserted about a person, with its subtype."""

from __future__ import annotations

from mamori.detect import detect


def sensitive(text: str, column: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.value(text), f.subtype) for f in detect(text, types=["SENSITIVE"], column=column)]


def test_medical_fact_about_a_named_person() -> None:
    text = "患者の山田太郎さんは2019年に糖尿病と診断された。"
    assert sensitive(text) == [("糖尿病と診断", "medical")]


def test_each_category_has_its_subtype() -> None:
    assert sensitive("佐藤さんは身体障害者手帳2級を持っている。") == [("身体障害者手帳2級", "disability")]
    assert sensitive("彼は前科がある。") == [("前科", "criminal_record")]
    assert sensitive("鈴木さんは昨年ストーカー被害を届け出た。") == [("ストーカー被害", "crime_victim")]
    assert sensitive("田中さんは創価学会員である。") == [("創価学会員", "creed")]
    assert sensitive("本人はアイヌ民族の出身だと話した。") == [("アイヌ民族", "race")]
    assert sensitive("本人は被差別部落の出身である。") == [("被差別部落", "social_status")]


def test_vocabulary_without_a_person_is_not_a_finding() -> None:
    assert sensitive("糖尿病は生活習慣と関係が深く、予防が重要だ。") == []
    assert sensitive("うつ病の治療法について解説します。") == []


def test_sensitive_column() -> None:
    assert sensitive("糖尿病", column="病名") == [("糖尿病", "medical")]
    assert sensitive("なし", column="既往歴") == []
    assert sensitive("仏教", column="宗教") == [("仏教", "creed")]
