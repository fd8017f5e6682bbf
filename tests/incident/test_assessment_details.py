"""What the assessment tells a privacy officer beyond yes/no: reasons, notices, yen, penalties, citations."""

from __future__ import annotations

from mamori.incident import facts_from_dict, triage

from .cases import MEDICAL, NAME_ADDRESS, facts


def test_json_contract_keys() -> None:
    result = triage(facts_from_dict(facts(people=1200, data_items=NAME_ADDRESS))).to_dict()
    for key in (
        "report_required",
        "triggers",
        "trigger_reasons",
        "exemptions",
        "preliminary_report",
        "final_report",
        "individual_notice",
        "jnsa",
        "compensation",
        "penalties",
        "citations",
    ):
        assert key in result
    assert set(result["preliminary_report"]) >= {"required", "target_from", "target_to"}  # type: ignore[arg-type]
    assert set(result["final_report"]) >= {"required", "days", "due_date"}  # type: ignore[arg-type]
    assert set(result["individual_notice"]) >= {"required", "items", "exception"}  # type: ignore[arg-type]
    jnsa_keys = {"x", "y", "identifiability", "social_responsibility", "response_factor", "per_person_yen"}
    assert set(result["jnsa"]) >= jnsa_keys | {"total_yen", "explanation"}  # type: ignore[arg-type]
    assert set(result["compensation"]) >= {"court_range_yen", "apology_range_yen"}  # type: ignore[arg-type]


def test_example_from_the_issue_reads_like_a_manager_sentence() -> None:
    result = triage(facts_from_dict(facts(people=1200, data_items=NAME_ADDRESS)))
    assert "1人あたり6,000円 × 1,200人 = 7,200,000円" in result.jnsa.explanation
    assert result.jnsa.total_yen == 7_200_000


def test_preliminary_report_window_is_days_3_to_5() -> None:
    result = triage(facts_from_dict(facts(people=1001)))
    assert result.preliminary_report.target_from is not None
    assert result.preliminary_report.target_from.isoformat() == "2026-03-04"
    assert result.preliminary_report.target_to is not None
    assert result.preliminary_report.target_to.isoformat() == "2026-03-06"


def test_deadline_moved_over_golden_week_says_why() -> None:
    result = triage(facts_from_dict(facts(discovered_on="2026-04-05", people=1001)))
    moved = " ".join(result.final_report.moved_because)
    assert "みどりの日" in moved and "こどもの日" in moved
    assert any(c.ref == "行政機関の休日に関する法律2条" for c in result.citations)


def test_notice_lists_the_items_of_rule_10() -> None:
    notice = triage(
        facts_from_dict(facts(data_items=[MEDICAL], contact_details="not_held"))
    ).individual_notice
    assert [item.split()[0] for item in notice.items] == [
        "規則8条1項1号",
        "規則8条1項2号",
        "規則8条1項4号",
        "規則8条1項5号",
        "規則8条1項9号",
    ]
    assert "代替措置" in notice.exception and "26条2項ただし書" in notice.exception


def test_held_contact_details_rule_out_the_exception() -> None:
    notice = triage(facts_from_dict(facts(data_items=[MEDICAL], contact_details="held"))).individual_notice
    assert "使えない" in notice.exception


def test_encryption_exemption_says_which_triggers_it_avoided() -> None:
    result = triage(
        facts_from_dict(facts(data_items=[MEDICAL], people=5000, encryption="high_grade_key_managed"))
    )
    (exemption,) = result.exemptions
    assert "R7-1" in exemption.reason_ja and "R7-4" in exemption.reason_ja
    assert "7条1号" in exemption.citation.ref


def test_key_compromised_warns_that_the_exemption_is_lost() -> None:
    result = triage(facts_from_dict(facts(data_items=[MEDICAL], encryption="encrypted_key_compromised")))
    assert any("Q17-14" in w for w in result.warnings)


def test_insider_theft_lists_article_179_and_corporate_fine() -> None:
    result = triage(facts_from_dict(facts(cause="insider_theft")))
    articles = [p.article for p in result.penalties]
    assert "個人情報保護法179条" in articles
    assert any("1億円" in p.sanction for p in result.penalties)
    assert result.compensation.band.code == "insider_sale"


def test_people_range_is_an_explicit_assumption() -> None:
    result = triage(facts_from_dict(facts(people={"min": 900, "max": 3000})))
    assert result.people_counted == 3000
    assert any("最大値3,000人" in a for a in result.assumptions)


def test_1000_people_explains_why_not_reportable() -> None:
    result = triage(facts_from_dict(facts(people=1000)))
    assert any("1,001人以上" in note for note in result.duty_notes)


def test_processor_not_notified_gets_a_date_to_notify_the_controller() -> None:
    result = triage(facts_from_dict(facts(data_items=[MEDICAL], entrustment={"role": "processor"})))
    assert any("2026-03-06" in note and "規則9条" in note for note in result.duty_notes)


def test_processor_notified_late_is_warned() -> None:
    result = triage(
        facts_from_dict(
            facts(
                data_items=[MEDICAL],
                entrustment={"role": "processor", "notified_controller_on": "2026-03-12"},
            )
        )
    )
    assert not result.report_required
    assert any("11日目" in w for w in result.warnings)


def test_my_number_points_to_the_my_number_act_route() -> None:
    result = triage(facts_from_dict(facts(data_items=[{"type": "PERSON"}, {"type": "MY_NUMBER"}])))
    assert any("番号法29条の4" in w for w in result.warnings)


def test_delegated_sector_reports_to_the_ministry() -> None:
    result = triage(
        facts_from_dict(
            facts(people=1001, organisation={"name": "サンプル銀行", "supervising_ministry": "金融庁"})
        )
    )
    assert result.report_to.startswith("金融庁")


def test_public_body_deadline_is_a_stated_assumption() -> None:
    result = triage(facts_from_dict(facts(organisation={"name": "〇〇市", "public_body": True}, people=101)))
    assert any("規則44条" in a for a in result.assumptions)
    assert result.citations[0].ref == "個人情報保護法68条1項"


def test_login_password_without_payment_flag_asks_the_question() -> None:
    result = triage(facts_from_dict(facts(data_items=[{"type": "LOGIN_ID"}, {"type": "PASSWORD"}])))
    assert any("payment_service" in w for w in result.warnings)


def test_every_citation_is_listed_once() -> None:
    result = triage(
        facts_from_dict(facts(cause="unauthorized_access", data_items=[*NAME_ADDRESS, MEDICAL], people=1200))
    )
    refs = [c.ref for c in result.citations]
    assert len(refs) == len(set(refs))
    assert {"個人情報保護法施行規則7条1号", "個人情報保護法施行規則7条3号"} <= set(refs)


def test_public_body_penalties_are_out_of_scope_and_say_so() -> None:
    result = triage(facts_from_dict(facts(organisation={"name": "〇〇市", "public_body": True}, people=101)))
    assert result.penalties == ()
    assert any("法176条" in w for w in result.warnings)
