"""Letters to each affected person: the notice of 法26条2項 (items of 規則10条) and an apology letter."""

from __future__ import annotations

from mamori.incident.assessment import Assessment
from mamori.incident.documents.model import Block, Bullets, Document, Heading, Paragraph
from mamori.incident.documents.wording import (
    CAUSE_JA,
    contact_lines,
    event_phrase,
    items_phrase,
    ja_date,
    or_unknown,
    self_protection_advice,
)
from mamori.incident.facts import IncidentFacts


def build_notice(facts: IncidentFacts, a: Assessment) -> Document:
    opening = (
        f"このたび、当社が取り扱うお客様の個人情報について、{event_phrase(a.event, a.certainty)}が"
        "生じたことが判明しました。個人情報の保護に関する法律第26条第2項に基づき、下記のとおりお知らせいたします。"
    )
    return Document(
        "notice",
        "個人情報の漏えい等に関するお知らせ",
        (Paragraph("〇〇 〇〇 様"), Paragraph(opening), *_items(facts, a), *_closing(facts)),
    )


def build_apology(facts: IncidentFacts, a: Assessment) -> Document:
    opening = (
        f"平素より{facts.organisation.name}をご利用いただき、誠にありがとうございます。"
        "このたび、当社が取り扱うお客様の個人情報につい"
        f"て{event_phrase(a.event, a.certainty)}が生じたことが判明いたしました。"
        "お客様には多大なるご迷惑とご心配をおかけしますことを、心より深くお詫び申し上げます。"
    )
    return Document(
        "apology",
        "個人情報の漏えい等に関するお詫びとお知らせ",
        (
            Paragraph("〇〇 〇〇 様"),
            Paragraph(opening),
            *_items(facts, a),
            Paragraph(
                "今後このような事態が生じないよう、再発防止に全社を挙げて取り組んでまいります。重ねてお詫び申し上げます。"
            ),
            *_closing(facts),
        ),
    )


def _items(facts: IncidentFacts, a: Assessment) -> tuple[Block, ...]:
    """規則10条: 規則8条1項1号・2号・4号・5号・9号 in the order the rule lists them."""
    return (
        Heading("1. 概要"),
        Paragraph(
            f"{ja_date(facts.occurred_on)}頃、{facts.description or facts.title}。"
            f"当社は{ja_date(facts.discovered_on)}にこの事実を把握しました。"
        ),
        Heading("2. 対象となった個人情報の項目"),
        Paragraph(items_phrase(facts)),
        Heading("3. 原因"),
        Paragraph(CAUSE_JA[facts.cause]),
        Heading("4. 二次被害又はそのおそれの有無及びその内容"),
        Paragraph(or_unknown(facts.secondary_harm)),
        Heading("5. お客様にお願いしたいこと・その他"),
        Bullets(self_protection_advice(facts)),
    )


def _closing(facts: IncidentFacts) -> tuple[Block, ...]:
    return (
        Heading("お問い合わせ先"),
        Bullets(contact_lines(facts)),
        Paragraph(f"{facts.organisation.name}"),
    )
