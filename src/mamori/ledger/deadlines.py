"""Deadlines from a triage result, and which timeline entries close which deadline.

The triage result is read as the plain dict of `Assessment.to_dict()`, so the ledger does not import the
incident engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from mamori.ledger.records import NewDeadline

PRELIMINARY_REPORT = "preliminary_report"
FINAL_REPORT = "final_report"
NOTIFY_INDIVIDUALS = "notify_individuals"

LABELS = {
    PRELIMINARY_REPORT: "速報（委員会）",
    FINAL_REPORT: "確報（委員会）",
    NOTIFY_INDIVIDUALS: "本人通知",
}

# Words a privacy officer writes in the timeline when a duty is done. Checked in order: 確報 before 報告.
CLOSING_WORDS: tuple[tuple[str, str], ...] = (
    ("確報", FINAL_REPORT),
    ("最終報告", FINAL_REPORT),
    ("速報", PRELIMINARY_REPORT),
    ("第一報", PRELIMINARY_REPORT),
    ("本人通知", NOTIFY_INDIVIDUALS),
    ("本人への通知", NOTIFY_INDIVIDUALS),
    ("本人に通知", NOTIFY_INDIVIDUALS),
    ("代替措置", NOTIFY_INDIVIDUALS),
)
DONE_WORDS = ("提出", "報告済", "完了", "済", "送付", "発送", "実施", "通知")
NOT_DONE_WORDS = ("準備", "予定", "検討", "未", "下書き", "作成中")


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return None


def _section(assessment: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = assessment.get(key)
    return value if isinstance(value, Mapping) else {}


def deadlines_from_assessment(assessment: Mapping[str, Any]) -> tuple[NewDeadline, ...]:
    """The open duties of a reportable incident: 速報 (by the end of its target window), 確報, 本人通知."""
    preliminary = _section(assessment, PRELIMINARY_REPORT)
    final = _section(assessment, FINAL_REPORT)
    found: list[NewDeadline] = []
    if preliminary.get("required"):
        due = _parse_date(preliminary.get("target_to"))
        found.append(NewDeadline(PRELIMINARY_REPORT, LABELS[PRELIMINARY_REPORT], due))
    if final.get("required"):
        found.append(NewDeadline(FINAL_REPORT, LABELS[FINAL_REPORT], _parse_date(final.get("due_date"))))
    if _section(assessment, "individual_notice").get("required"):
        # 法26条2項 sets no number of days: 「当該事態の状況に応じて速やかに」.
        found.append(NewDeadline(NOTIFY_INDIVIDUALS, LABELS[NOTIFY_INDIVIDUALS], None))
    return tuple(found)


def kinds_closed_by(text: str) -> tuple[str, ...]:
    """`速報提出` closes the 速報; `確報を提出し本人通知を発送` closes both. A bare mention closes nothing."""
    if any(word in text for word in NOT_DONE_WORDS) or not any(word in text for word in DONE_WORDS):
        return ()
    kinds: list[str] = []
    for word, kind in CLOSING_WORDS:
        if word in text and kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)
