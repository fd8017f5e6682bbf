"""A memo for consulting the police (警察相談メモ): the facts an officer will ask for, in one page."""

from __future__ import annotations

from mamori.incident.assessment import Assessment
from mamori.incident.documents.model import UNKNOWN, Bullets, Document, Heading, Paragraph, Table
from mamori.incident.documents.wording import (
    CAUSE_JA,
    items_phrase,
    ja_date,
    medium_phrase,
    or_unknown,
    people_phrase,
)
from mamori.incident.facts import Evidence, IncidentFacts


def build(facts: IncidentFacts, a: Assessment) -> Document:
    return Document(
        "police",
        f"警察相談メモ — {facts.title}",
        (
            Paragraph("警察（都道府県警察の相談窓口・サイバー犯罪相談窓口）に相談する際の手控え（社内用）。"),
            Table(
                ("項目", "内容"),
                (
                    ("相談者（事業者）", facts.organisation.name),
                    ("担当者・連絡先", UNKNOWN),
                    ("発生日時", ja_date(facts.occurred_on)),
                    ("発覚日時", ja_date(facts.discovered_on)),
                    ("発見者", or_unknown(facts.discovered_by)),
                    ("被害の態様", CAUSE_JA[facts.cause]),
                    ("媒体", medium_phrase(facts)),
                    ("対象となった情報", items_phrase(facts)),
                    ("本人の数", people_phrase(facts)),
                    ("二次被害", or_unknown(facts.secondary_harm)),
                    ("既に相談・届出した警察署", or_unknown(facts.police)),
                ),
            ),
            Heading("事案の概要"),
            Paragraph(facts.description or facts.title),
            Heading("把握している事実（証拠）"),
            Bullets(_evidence_lines(facts.evidence)),
            Heading("保全している資料"),
            Bullets(
                (
                    "アクセスログ・通信ログ（改変せず原本を保全）",
                    "被害端末・媒体（電源の扱いは専門家の助言に従う）",
                    "脅迫文・身代金要求等の受信記録",
                    f"その他: {UNKNOWN}",
                )
            ),
            Heading("相談したいこと"),
            Bullets(
                ("被害届・告訴の要否と手続", "捜査への協力方法と資料の提出方法", "公表の時期についての留意点")
            ),
            Heading("関係する法令上の手続"),
            Paragraph(
                "個人情報保護委員会への報告: "
                + (
                    "必要（確報期限 " + ja_date(a.final_report.due_date) + "）"
                    if a.report_required
                    else "不要"
                )
            ),
        ),
    )


def _evidence_lines(ev: Evidence) -> tuple[str, ...]:
    def yes_no(value: bool | None, yes: str, no: str) -> str:
        return UNKNOWN if value is None else yes if value else no

    return (
        f"データ窃取の痕跡: {yes_no(ev.exfiltration_seen, 'あり', 'なし')}",
        f"アクセスログ: {ev.access_logs.value if ev.access_logs else UNKNOWN}",
        f"バックアップ: {ev.backup.value if ev.backup else UNKNOWN}",
        f"社外への持ち出し: {yes_no(ev.left_premises, 'あり', 'なし')}",
    )
