"""The plan: every finding and every open measure as an action, ranked by the JNSA yen it takes out of
exposure, then by people; each with an owner and a due date. `compare` tells what changed since the
previous run (actions gone, actions new, yen still exposed).

One action per asset and measure: a file both world-readable and world-writable is fixed by one change
of its permissions. An open measure with no asset against it has no yen of its own (the guideline's
organisational measures protect everything at once); those rank after the actions with yen, the ones
given the fewest days first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from mamori.controls.answers import AnswerSheet
from mamori.controls.evidence import (
    DB_PUBLIC_READ,
    DB_WIDE_READ,
    INCIDENT_NO_PREVENTION,
    MY_NUMBER_OUTSIDE_AREA,
    PORTABLE_DEVICE,
    RETENTION_EXPIRED,
    UNENCRYPTED_ATTACHMENT,
    WORLD_READABLE_RULE,
    WORLD_WRITABLE_RULE,
    Contradiction,
)
from mamori.controls.measures import Measure, measure
from mamori.controls.result import MeasureStatus

# What to do about a rule's finding, said to the person who will do it.
REMEDY: dict[str, str] = {
    PORTABLE_DEVICE: "デスクトップ・ダウンロードから管理されたフォルダへ移すか削除する",
    WORLD_READABLE_RULE: "閲覧を制限する（他者の読み取り権限を外す）",
    WORLD_WRITABLE_RULE: "ファイルとフォルダの他者の書き込み権限を外す",
    MY_NUMBER_OUTSIDE_AREA: "マイナンバーを決められた取扱区域へ移すか削除する",
    RETENTION_EXPIRED: "保存期間を過ぎたので削除・廃棄し、その記録を残す",
    UNENCRYPTED_ATTACHMENT: "メールを削除し、今後は添付を暗号化するかダウンロード方式で送る",
    DB_PUBLIC_READ: "PUBLIC の SELECT 権限を取り消す（REVOKE SELECT … FROM PUBLIC）",
    DB_WIDE_READ: "表を読めるロールを上限以下に絞る",
    INCIDENT_NO_PREVENTION: "再発防止策を決め、事案の記録（prevention_done / prevention_planned）に書く",
}


@dataclass(frozen=True)
class Action:
    """`key` identifies the action across runs (measure and asset), so a re-run can tell it is gone."""

    key: str
    measure_id: str
    citation: str
    title: str
    assets: tuple[str, ...]
    rules: tuple[str, ...]
    jnsa_yen: int
    people: int
    report_triggers: tuple[str, ...]
    owner: str
    due_on: date

    @property
    def summary(self) -> str:
        """The action in one Japanese sentence, with what it saves."""
        if not self.assets:
            return f"{self.title}（{self.citation}）"
        who = f"（{self.people:,}人）" if self.people else ""
        saves = f"想定賠償額 {self.jnsa_yen:,}円" if self.jnsa_yen else "矛盾"
        triggers = (
            f"・報告対象（{'、'.join(self.report_triggers)}）の資産 1件" if self.report_triggers else ""
        )
        return f"{self.assets[0]}{who}: {self.title}と{saves}{triggers}が解消"

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "measure": self.measure_id,
            "citation": self.citation,
            "title": self.title,
            "summary": self.summary,
            "assets": list(self.assets),
            "rules": list(self.rules),
            "jnsa_yen": self.jnsa_yen,
            "people": self.people,
            "report_triggers": list(self.report_triggers),
            "owner": self.owner,
            "due_on": self.due_on.isoformat(),
        }


def _owner(sheet: AnswerSheet, m: Measure) -> str:
    given = sheet.get(m.id)
    return given.owner if given is not None and given.owner else m.owner


def _finding_actions(sheet: AnswerSheet, found: Sequence[Contradiction]) -> list[Action]:
    grouped: dict[tuple[str, str], list[Contradiction]] = {}
    for c in found:
        grouped.setdefault((c.measure_id, c.asset), []).append(c)
    actions = []
    for (measure_id, asset), items in grouped.items():
        m = measure(measure_id)
        rules = tuple(dict.fromkeys(c.rule for c in items))
        actions.append(
            Action(
                key=f"{measure_id}:{asset}",
                measure_id=measure_id,
                citation=m.citation,
                title="・".join(REMEDY[r] for r in rules),
                assets=(asset,),
                rules=rules,
                jnsa_yen=max(c.jnsa_yen for c in items),
                people=max(c.people for c in items),
                report_triggers=items[0].report_triggers,
                owner=_owner(sheet, m),
                due_on=sheet.answered_on + timedelta(days=m.days),
            )
        )
    return actions


def _measure_actions(sheet: AnswerSheet, measured: Sequence[MeasureStatus]) -> list[Action]:
    return [
        Action(
            key=s.measure.id,
            measure_id=s.measure.id,
            citation=s.measure.citation,
            title=f"{s.measure.title}を整備する"
            + ("（中小規模事業者の手法: " + s.measure.small + "）" if sheet.small_business else ""),
            assets=(),
            rules=(),
            jnsa_yen=0,
            people=0,
            report_triggers=(),
            owner=_owner(sheet, s.measure),
            due_on=sheet.answered_on + timedelta(days=s.measure.days),
        )
        for s in measured
        if s.answer in ("no", "partial", "unanswered")
    ]


def build_plan(
    sheet: AnswerSheet, found: Sequence[Contradiction], measured: Sequence[MeasureStatus]
) -> list[Action]:
    """Actions ranked by yen, then people, then due date, then the guideline's order."""
    actions = _finding_actions(sheet, found) + _measure_actions(sheet, measured)
    order = {s.measure.id: i for i, s in enumerate(measured)}
    return sorted(
        actions, key=lambda a: (-a.jnsa_yen, -a.people, a.due_on, order.get(a.measure_id, 0), a.key)
    )


@dataclass(frozen=True)
class PlanChange:
    """What changed since the previous run of `mamori check` (None: this is the first)."""

    previous_id: int
    previous_on: date
    resolved: tuple[str, ...] = field(default=())
    added: tuple[str, ...] = field(default=())
    yen_before: int = 0
    yen_after: int = 0
    people_before: int = 0
    people_after: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "previous_check": self.previous_id,
            "previous_on": self.previous_on.isoformat(),
            "resolved": list(self.resolved),
            "added": list(self.added),
            "jnsa_yen_before": self.yen_before,
            "jnsa_yen_after": self.yen_after,
            "people_before": self.people_before,
            "people_after": self.people_after,
        }


def compare(
    previous_id: int, previous_on: date, before: Sequence[dict[str, object]], now: Sequence[Action]
) -> PlanChange:
    """`before` is the previous run's plan as stored (`Action.to_dict`)."""
    old = {str(a["key"]): a for a in before}
    new = {a.key: a for a in now}

    def total(values: Sequence[object]) -> int:
        return sum(v for v in values if isinstance(v, int))

    return PlanChange(
        previous_id=previous_id,
        previous_on=previous_on,
        resolved=tuple(str(old[k].get("summary", k)) for k in old if k not in new),
        added=tuple(new[k].summary for k in new if k not in old),
        yen_before=total([a.get("jnsa_yen") for a in before]),
        yen_after=sum(a.jnsa_yen for a in now),
        people_before=total([a.get("people") for a in before]),
        people_after=sum(a.people for a in now),
    )
