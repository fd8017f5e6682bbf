"""Every document kind drafts cleanly for every incident in the table."""

from __future__ import annotations

import pytest

from mamori.incident import facts_from_dict, triage
from mamori.incident.documents import DOCUMENT_KINDS, UNKNOWN, draft, to_html, to_markdown

from .cases import CASES, Case, facts


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_all_documents_draft_without_placeholders_leaking(case: Case) -> None:
    incident = facts_from_dict(case.facts)
    assessment = triage(incident)
    for kind in DOCUMENT_KINDS:
        document = draft(kind, incident, assessment)
        text = document.text()
        assert "None" not in text, kind
        assert incident.organisation.name in text, kind
        assert to_markdown(document).startswith(f"# {document.title}")
        assert "<h1>" in to_html(document)


def test_ppc_report_states_deadlines_and_triggers() -> None:
    incident = facts_from_dict(facts(cause="unauthorized_access", people=1001))
    text = draft("ppc-report", incident, triage(incident)).text()
    assert "R7-3" in text and "R7-4" in text
    assert "2026年4月30日（木）（60日以内）" in text


def test_facts_given_replace_unknown_marks() -> None:
    incident = facts_from_dict(
        facts(
            occurred_on="2026-02-27",
            discovered_by="情報システム部",
            secondary_harm="現時点で確認されていない",
            publication="2026-03-05 当社ウェブサイトで公表",
            prevention_done=["全PCのディスク暗号化"],
            prevention_planned=["持ち出し申請の電子化"],
        )
    )
    text = draft("ppc-report", incident, triage(incident)).text()
    for given in (
        "2026年2月27日（金）",
        "情報システム部",
        "現時点で確認されていない",
        "全PCのディスク暗号化",
    ):
        assert given in text
    bare = facts_from_dict(facts())
    assert text.count(UNKNOWN) == draft("ppc-report", bare, triage(bare)).text().count(UNKNOWN) - 6


def test_notice_for_password_leak_advises_changing_it() -> None:
    incident = facts_from_dict(facts(data_items=[{"type": "LOGIN_ID"}, {"type": "PASSWORD"}]))
    assert "パスワード" in draft("notice", incident, triage(incident)).text()
