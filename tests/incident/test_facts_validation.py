"""Bad facts are refused with a Japanese and English message naming the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mamori.incident import FactsError, facts_from_dict, facts_to_dict, load_facts, triage

from .cases import CASES, Case, facts


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"data_items": [{"type": "SHOE_SIZE"}]}, "data_items[0].type"),
        ({"data_items": [{"type": "SENSITIVE"}]}, "data_items[0].subtype"),
        ({"data_items": [{"type": "SENSITIVE", "subtype": "hobby"}]}, "data_items[0].subtype"),
        ({"data_items": [{"type": "PHONE", "payment_service": True}]}, "data_items[0].payment_service"),
        ({"data_items": []}, "data_items"),
        ({"discovered_on": "2026-02-30"}, "discovered_on"),
        ({"discovered_on": "昨日"}, "discovered_on"),
        ({"people": -1}, "people"),
        ({"people": True}, "people"),
        ({"people": {"min": 10, "max": 5}}, "people"),
        ({"people": {"min": -3, "max": 5}}, "people.min"),
        ({"sensitive_people": 20}, "sensitive_people"),
        ({"sensitive_people": 1}, "sensitive_people"),
        ({"cause": "aliens"}, "cause"),
        ({"event": "none"}, "event"),
        ({"encryption": "rot13"}, "encryption"),
        ({"organisation": {"name": "A", "size": 3}}, "organisation.size"),
        ({"jnsa": {"social_responsibility": 3}}, "jnsa.social_responsibility"),
        ({"jnsa": {"levels": {"PERSON": [4, 1]}}}, "jnsa.levels.PERSON"),
        ({"evidence": {"backup": "partial"}}, "evidence.backup"),
        ({"occurred_on": "2026-03-05"}, "occurred_on"),
        (
            {"entrustment": {"role": "controller", "notified_controller_on": "2026-03-03"}},
            "entrustment.notified_controller_on",
        ),
        ({"title": None}, "title"),
    ],
)
def test_bad_field_is_named(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(FactsError) as caught:
        facts_from_dict(facts(**overrides) if "title" not in overrides else _without_title())
    assert caught.value.field == field
    assert caught.value.message_ja and caught.value.message_en
    assert field in str(caught.value)


def _without_title() -> dict[str, Any]:
    data = facts()
    del data["title"]
    return data


def test_other_cause_without_event_asks_for_event() -> None:
    with pytest.raises(FactsError) as caught:
        triage(facts_from_dict(facts(cause="other", event=None)))
    assert caught.value.field == "event"


def test_yaml_and_json_files_give_the_same_facts(tmp_path: Path) -> None:
    data = facts(people={"min": 900, "max": 3000})
    json_file = tmp_path / "f.json"
    json_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    yaml_file = tmp_path / "f.yaml"
    yaml_file.write_text(
        "title: テスト事案\ndiscovered_on: 2026-03-02\n"
        "organisation: {name: 株式会社サンプル, public_body: false}\n"
        "event: leak\ncertainty: confirmed\ncause: misdelivery_email\n"
        "data_items: [{type: PERSON}, {type: EMAIL}]\npeople: {min: 900, max: 3000}\n",
        encoding="utf-8",
    )
    assert load_facts(json_file) == load_facts(yaml_file)


def test_unreadable_file_names_the_path(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(broken)
    assert caught.value.field == str(broken)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_facts_round_trip_through_a_plain_dict(case: Case) -> None:
    loaded = facts_from_dict(case.facts)
    dumped = facts_to_dict(loaded)
    assert facts_from_dict(json.loads(json.dumps(dumped))) == loaded


def test_round_trip_keeps_every_optional_field() -> None:
    full = facts(
        email_exposure="to_cc",
        medium="email",
        evidence={"backup": "complete", "access_logs": "unavailable", "exfiltration_seen": None},
        jnsa={"social_responsibility": 2, "response": "appropriate", "levels": {"SENSITIVE:medical": [3, 1]}},
        entrustment={"role": "processor", "counterparty": "A社", "notified_controller_on": "2026-03-03"},
        contact={"desk": "窓口", "phone": "03-0000-0000"},
        contact_details="outdated",
        measures_taken=["送信停止"],
        occurred_on="2026-03-01",
        trigger_known_on="2026-03-03",
    )
    loaded = facts_from_dict(full)
    assert facts_from_dict(facts_to_dict(loaded)) == loaded


@pytest.mark.parametrize("value", ["2026-03-02T10:15:00", "2026-03-02 10:15"])
def test_timestamps_count_by_their_day(value: str, tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(
        f"title: t\ndiscovered_on: {value}\norganisation: {{name: A}}\ncause: theft\n"
        "data_items: [{type: PERSON}]\npeople: 1\n",
        encoding="utf-8",
    )
    result = triage(load_facts(path))
    assert result.final_report.due_date is not None
    assert result.final_report.due_date.isoformat() == "2026-04-30"


def test_items_may_be_given_by_their_japanese_names() -> None:
    given = facts_from_dict(
        facts(
            cause="misdelivery_post", people=200, data_items=["氏名", "住所", "カード番号下4桁", "有効期限"]
        )
    )
    assert [(i.type, i.subtype) for i in given.data_items] == [
        ("PERSON", None),
        ("ADDRESS", None),
        ("CREDIT_CARD", "last4"),
        ("CARD_EXPIRY", None),
    ]
    assert "R7-2" not in triage(given).triggers  # FAQ Q6-12: the last four digits with the expiry


def test_a_sensitive_item_named_in_japanese_gets_its_subtype() -> None:
    given = facts_from_dict(facts(data_items=[{"type": "病歴"}, "カード番号"], people=3, sensitive_people=3))
    assert [(i.type, i.subtype) for i in given.data_items] == [
        ("SENSITIVE", "medical"),
        ("CREDIT_CARD", "full"),
    ]
    assert {"R7-1", "R7-2"} <= set(triage(given).triggers)
