"""Every rule in `law` carries its article."""

from __future__ import annotations

from mamori.law import ITEM_KINDS, TRIGGERS, AppiCategory
from mamori.law.penalties import DATABASE_MISAPPROPRIATION, SUPERVISION
from mamori.law.report_contents import NOTICE_ITEMS, REPORT_ITEMS


def test_triggers_cite_rule_7_or_43() -> None:
    for code, trigger in TRIGGERS.items():
        number = code.split("-")[0][1:]
        assert trigger.citation.ref.startswith(f"個人情報保護法施行規則{number}条")


def test_number_thresholds_are_more_than() -> None:
    assert TRIGGERS["R7-4"].people_threshold == 1000
    assert TRIGGERS["R43-4"].people_threshold == 100


def test_report_has_nine_items_and_notice_five() -> None:
    assert [i.number for i in REPORT_ITEMS] == list(range(1, 10))
    assert [i.number for i in NOTICE_ITEMS] == [1, 2, 4, 5, 9]


def test_penalties_use_the_2025_wording() -> None:
    texts = [p.sanction for p in (*SUPERVISION, DATABASE_MISAPPROPRIATION)]
    assert not any("懲役" in t for t in texts)
    assert any("拘禁刑" in t for t in texts)


def test_identifiers_and_non_personal_codes() -> None:
    assert ITEM_KINDS["MY_NUMBER"].category is AppiCategory.IDENTIFIER
    assert ITEM_KINDS["PHONE"].category is AppiCategory.GENERAL  # phone numbers are not 個人識別符号
    assert ITEM_KINDS["CORPORATE_NUMBER"].category is AppiCategory.NOT_PERSONAL
