from datetime import date

from mamori.controls.answers import Answer, AnswerSheet, Policy
from mamori.controls.evidence import Contradiction
from mamori.controls.plan import build_plan, compare
from mamori.controls.result import statuses


def _found(asset: str, yen: int, rule: str = "world_readable") -> Contradiction:
    return Contradiction(
        rule, "access_control", asset, f"file:///{asset}", "", people=yen // 1000, jnsa_yen=yen
    )


SHEET = AnswerSheet("山田", date(2026, 12, 1), False, Policy(), (Answer("access_control", "yes"),))


def test_actions_are_ranked_by_the_yen_they_save() -> None:
    found = [_found("a.csv", 5_000), _found("b.csv", 900_000), _found("c.csv", 40_000)]
    plan = build_plan(SHEET, found, statuses(SHEET, found))
    with_yen = [a for a in plan if a.jnsa_yen]
    assert [a.assets[0] for a in with_yen] == ["b.csv", "c.csv", "a.csv"]
    assert plan.index(with_yen[-1]) < min(plan.index(a) for a in plan if not a.jnsa_yen)
    assert with_yen[0].due_on > SHEET.answered_on and with_yen[0].owner


def test_a_measure_answered_yes_but_contradicted_is_shown_as_such() -> None:
    measured = {s.measure.id: s for s in statuses(SHEET, [_found("a.csv", 1)])}
    assert measured["access_control"].verdict == "contradicted"
    assert measured["basic_policy"].verdict == "open"


def test_a_rerun_says_what_was_fixed() -> None:
    before = build_plan(SHEET, [_found("a.csv", 5_000), _found("b.csv", 9_000)], statuses(SHEET, []))
    after = build_plan(SHEET, [_found("b.csv", 9_000)], statuses(SHEET, []))
    change = compare(1, SHEET.answered_on, [a.to_dict() for a in before], after)
    assert change.yen_before == 14_000 and change.yen_after == 9_000
    assert len(change.resolved) == 1 and "a.csv" in change.resolved[0]
