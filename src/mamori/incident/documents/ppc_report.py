"""Draft of the report to the PPC: the nine items of 規則8条1項, unknowns marked for the user to fill."""

from __future__ import annotations

from mamori.incident.assessment import Assessment
from mamori.incident.documents.model import UNKNOWN, Block, Bullets, Document, Heading, Paragraph, Table
from mamori.incident.documents.wording import (
    CAUSE_JA,
    event_phrase,
    items_phrase,
    ja_date,
    medium_phrase,
    or_unknown,
    people_phrase,
)
from mamori.incident.facts import IncidentFacts, Role
from mamori.law.report_contents import REPORT_ITEMS
from mamori.law.triggers import TRIGGERS


def build(facts: IncidentFacts, a: Assessment) -> Document:
    contents = _contents(facts, a)
    rows = tuple((f"{item.number}号 {item.title_ja}", contents[item.number]) for item in REPORT_ITEMS)
    blocks: list[Block] = [
        Paragraph("個人情報保護委員会への報告フォームに入力する内容の下書き（社内用）。"),
        Table(
            ("項目", "内容"),
            (
                ("報告者の氏名又は名称", facts.organisation.name),
                ("報告先", a.report_to),
                ("報告の区分", "速報（確報を兼ねる場合はその旨）"),
                ("速報の目安", _range(a)),
                ("確報の期限", _final(a)),
            ),
        ),
        Heading("規則8条1項各号の報告事項"),
        Table(("報告事項", "内容"), rows),
        Heading("作成上の注意"),
        Bullets(
            (
                f"{UNKNOWN} の箇所は判明次第記入する。速報の時点で不明な事項は空欄でよく、確報で追完する"
                "（ガイドライン通則編3-5-3-3・3-5-3-4）",
                "報告者欄には担当者ではなく事業者（法人）の名称を記入する",
                *a.warnings,
            )
        ),
    ]
    return Document("ppc-report", f"個人データの漏えい等に関する報告（下書き）— {facts.title}", tuple(blocks))


def _contents(facts: IncidentFacts, a: Assessment) -> dict[int, str]:
    triggers = (
        "、".join(f"{code} {TRIGGERS[code].label_ja}" for code in a.triggers) or "該当なし（任意の報告）"
    )
    entrust = facts.entrustment
    if entrust is None:
        entrust_text = "委託関係なし（入力なし）"
    elif entrust.role is Role.PROCESSOR:
        entrust_text = f"委託元: {or_unknown(entrust.counterparty)}（当社は委託先）"
    else:
        entrust_text = f"委託先: {or_unknown(entrust.counterparty)}（当社は委託元）"
    history = "；".join(facts.measures_taken) or UNKNOWN
    summary = (
        f"発生日: {ja_date(facts.occurred_on)}\n発覚日: {ja_date(facts.discovered_on)}\n"
        f"発見者: {or_unknown(facts.discovered_by)}\n"
        f"事案: {facts.description or facts.title}（{event_phrase(a.event, a.certainty)}）\n"
        f"規則7条の該当号: {triggers}\n{entrust_text}\n経過: {history}"
    )
    sensitive = f"（うち要配慮個人情報 {facts.sensitive_people:,}人）" if facts.sensitive_people else ""
    own = "委託先" if entrust and entrust.role is Role.CONTROLLER else "当社"
    prevention = (
        f"実施済み: {'；'.join(facts.prevention_done) or UNKNOWN}\n"
        f"実施予定: {'；'.join(facts.prevention_planned) or UNKNOWN}"
    )
    notice = a.individual_notice
    return {
        1: summary,
        2: f"{items_phrase(facts)}\n媒体: {medium_phrase(facts)}\n種類: {UNKNOWN}（顧客情報・従業員情報等）",
        3: f"{people_phrase(facts)}{sensitive}",
        4: f"{CAUSE_JA[facts.cause]}（発生場所: {own}）",
        5: or_unknown(facts.secondary_harm),
        6: f"本人への通知: {'必要' if notice.required else '不要'}（実施状況: {UNKNOWN}）。"
        f"{notice.exception}",
        7: or_unknown(facts.publication),
        8: prevention,
        9: "；".join((*a.duty_notes, *(x for x in a.assumptions if not x.startswith("JNSA")))) or UNKNOWN,
    }


def _range(a: Assessment) -> str:
    p = a.preliminary_report
    if not p.required:
        return "報告義務なし"
    return f"{ja_date(p.target_from)}〜{ja_date(p.target_to)}（知った日から概ね3〜5日以内）"


def _final(a: Assessment) -> str:
    f = a.final_report
    if not f.required:
        return "報告義務なし"
    return f"{ja_date(f.due_date)}（{f.days}日以内）"
