"""A public announcement (公表文): desirable under the guideline 3-5-2, a substitute for notice when notice is
difficult (法26条2項ただし書)."""

from __future__ import annotations

from mamori.incident.assessment import Assessment
from mamori.incident.documents.model import UNKNOWN, Bullets, Document, Heading, Paragraph
from mamori.incident.documents.wording import (
    CAUSE_JA,
    contact_lines,
    event_phrase,
    items_phrase,
    ja_date,
    medium_phrase,
    or_unknown,
    people_phrase,
    self_protection_advice,
)
from mamori.incident.facts import IncidentFacts


def build(facts: IncidentFacts, a: Assessment) -> Document:
    phrase = event_phrase(a.event, a.certainty)
    return Document(
        "public",
        f"個人情報の{phrase}に関するお知らせとお詫び",
        (
            Paragraph(
                f"このたび、{facts.organisation.name}が取り扱う個人情報について{phrase}が判明いたしました。"
                "関係する皆様に多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。"
            ),
            Heading("1. 経緯"),
            Paragraph(
                f"{ja_date(facts.occurred_on)}頃"
                f"、{facts.description or facts.title}（{medium_phrase(facts)}）。"
                f"{ja_date(facts.discovered_on)}に当社が把握しました。"
            ),
            Heading("2. 対象となった個人情報"),
            Paragraph(f"項目: {items_phrase(facts)}"),
            Paragraph(f"人数: {people_phrase(facts)}"),
            Heading("3. 原因"),
            Paragraph(CAUSE_JA[facts.cause]),
            Heading("4. 二次被害の有無"),
            Paragraph(or_unknown(facts.secondary_harm)),
            Heading("5. 対応状況"),
            Bullets(
                (
                    "個人情報保護委員会への報告: " + ("実施（予定）" if a.report_required else "対象外"),
                    "対象の皆様へのご連絡: " + ("順次実施" if a.individual_notice.required else UNKNOWN),
                    *facts.measures_taken,
                )
            ),
            Heading("6. 再発防止策"),
            Bullets(tuple(facts.prevention_done + facts.prevention_planned) or (UNKNOWN,)),
            Heading("7. 皆様へのお願い"),
            Bullets(self_protection_advice(facts)),
            Heading("8. お問い合わせ窓口"),
            Bullets(contact_lines(facts)),
        ),
    )
