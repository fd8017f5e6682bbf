"""Every case of the incident table: the report duty, its triggers, the deadline and the reason given."""

from __future__ import annotations

import pytest

from mamori.incident import facts_from_dict, triage

from .cases import CASES, Case


def test_table_has_at_least_forty_incidents() -> None:
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case: Case) -> None:
    result = triage(facts_from_dict(case.facts))
    assert result.report_required is case.report_required, case.article
    assert result.triggers == case.triggers, case.article
    for code in case.triggers:
        reason = result.trigger_reasons[code]
        assert "条" in reason, "every trigger reason names its article"
    assert result.final_report.days == (case.days if case.report_required else None)
    if case.due_date:
        assert result.final_report.due_date is not None
        assert result.final_report.due_date.isoformat() == case.due_date
    if case.event:
        assert result.event == case.event
    assert tuple(e.code for e in result.exemptions) == case.exemptions
    for key, value in case.extra.items():
        assert getattr(result, key) == value
    assert result.individual_notice.required is result.report_required
