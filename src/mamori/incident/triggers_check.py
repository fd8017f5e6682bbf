"""Which report triggers (規則7条 / 規則43条) the facts meet, each with a reason citing its article."""

from __future__ import annotations

from dataclasses import dataclass

from mamori.incident.facts import Cause, IncidentFacts
from mamori.law import triggers as t
from mamori.law.items import item_name_ja

# Causes that are 「不正の目的をもって行われたおそれがある行為」 (guideline 3-5-3-1(3) examples).
MALICIOUS_CAUSES: dict[Cause, str] = {
    Cause.THEFT: "書類・媒体等の盗難",
    Cause.UNAUTHORIZED_ACCESS: "第三者による不正アクセス",
    Cause.RANSOMWARE: "ランサムウェア等による攻撃",
    Cause.WEB_SKIMMING: "入力ページの改ざん（Webスキミング）",
    Cause.INSIDER_THEFT: "従業者による顧客データの持ち出し・第三者への提供",
}


@dataclass(frozen=True)
class TriggerCheck:
    reasons: dict[str, str]  # code -> Japanese sentence with article, in code order
    notes: tuple[str, ...]  # why a trigger that looks close does not apply
    open_questions: tuple[str, ...]


def check_triggers(facts: IncidentFacts) -> TriggerCheck:
    public = facts.organisation.public_body
    prefix = "R43" if public else "R7"
    reasons: dict[str, str] = {}
    notes: list[str] = []
    questions: list[str] = []
    acquiring = facts.cause is Cause.WEB_SKIMMING
    if acquiring and not public and facts.deadline_start < t.SKIMMING_AMENDMENT_FROM:
        notes.append(
            "2024年4月1日より前の事案では、取得途中の情報をスキミングされた場合は個人データに当たらず報告対象外だった"
            "（令和5年個人情報保護委員会規則第5号による規則7条3号改正前）"
        )
        return TriggerCheck({}, tuple(notes), ())
    if acquiring and not public:
        notes.append(
            "Webスキミングで窃取されたのは取得しようとしている個人情報のため、規則7条1号・2号・4号（個人データのみが対象）"
            "ではなく3号で判断した（2024年4月1日施行の改正）"
        )
    else:
        _sensitive(facts, prefix, reasons)
        _property(facts, prefix, reasons, notes, questions)
    _malice(facts, prefix, reasons, acquiring and not public)
    if not acquiring or public:
        _number(facts, prefix, reasons, notes)
    if public:
        _ordinance(facts, reasons)
    elif "ORDINANCE_SENSITIVE" in facts.item_types:
        notes.append("条例要配慮個人情報（規則43条5号）は行政機関等（地方公共団体の機関等）にのみ適用される")
    return TriggerCheck(reasons, tuple(notes), tuple(questions))


def _sensitive(facts: IncidentFacts, prefix: str, reasons: dict[str, str]) -> None:
    kinds = [item_name_ja(i.type, i.subtype) for i in facts.data_items if i.type == "SENSITIVE"]
    if not kinds:
        return
    code = f"{prefix}-1"
    who = f"（対象{facts.sensitive_people:,}人）" if facts.sensitive_people else ""
    reasons[code] = (
        f"{'、'.join(kinds)}が含まれる個人データの漏えい等{who}に当たる。人数にかかわらず1人から報告対象"
        f"（{t.TRIGGERS[code].citation.ref}）"
    )


def _property(
    facts: IncidentFacts, prefix: str, reasons: dict[str, str], notes: list[str], questions: list[str]
) -> None:
    code = f"{prefix}-2"
    ref = t.TRIGGERS[code].citation.ref
    types = facts.item_types
    full_card = any(i.type == "CREDIT_CARD" and i.subtype != "last4" for i in facts.data_items)
    if full_card:
        reasons[code] = (
            f"クレジットカード番号が含まれ、不正利用による財産的被害のおそれがある。カード番号のみでも該当する"
            f"（{ref}、PPC FAQ Q6-12）"
        )
        return
    if "CREDIT_CARD" in types:
        notes.append(
            "カード番号の末尾4桁と有効期限だけでは財産的被害のおそれがあるとはいえない（PPC FAQ Q6-12）"
        )
    if {"BANK_ACCOUNT", "PASSWORD"} <= types:
        reasons[code] = f"口座番号と暗証番号の組合せが含まれ、不正利用による財産的被害のおそれがある（{ref}）"
        return
    if {"LOGIN_ID", "PASSWORD"} <= types:
        payment = [i.payment_service for i in facts.data_items if i.type in ("LOGIN_ID", "PASSWORD")]
        if any(payment):
            reasons[code] = (
                f"送金・決済機能のあるサービスのログインIDとパスワードの組合せが含まれる（{ref}、ガイドライン事例2）"
            )
            return
        if all(p is None for p in payment):
            questions.append(
                "ログインIDとパスワードが送金・決済機能のあるサービスのものなら規則7条2号に該当する。"
                "data_items の payment_service に true / false を指定してください"
            )
    if "BANK_ACCOUNT" in types:
        notes.append("口座番号のみでは財産的被害のおそれは個別判断となる（暗証番号等と組み合わさると該当）")
    if types & {"ADDRESS", "PHONE", "EMAIL"}:
        notes.append(
            "住所・電話番号・メールアドレス・SNSアカウントのみでは規則7条2号に当たらない（PPC FAQ Q6-11）"
        )


def _malice(facts: IncidentFacts, prefix: str, reasons: dict[str, str], acquiring: bool) -> None:
    what = MALICIOUS_CAUSES.get(facts.cause)
    if what is None:
        return
    code = f"{prefix}-3"
    target = (
        "取得しようとしている個人情報（個人データとして取り扱う予定のもの）を含む"
        if acquiring
        else "個人データの"
    )
    reasons[code] = (
        f"{what}は不正の目的をもって行われたおそれがある行為であり、{target}漏えい等に当たる。人数にかかわらず対象"
        f"（{t.TRIGGERS[code].citation.ref}）"
    )


def _number(facts: IncidentFacts, prefix: str, reasons: dict[str, str], notes: list[str]) -> None:
    code = f"{prefix}-4"
    trigger = t.TRIGGERS[code]
    threshold = trigger.people_threshold or 0
    count = facts.people.max
    range_note = f"（人数が確定しないため最大値{count:,}人で判断）" if facts.people.is_range else ""
    if count > threshold:
        reasons[code] = (
            f"本人の数{count:,}人{range_note}は「{threshold:,}人を超える」に当たる（{trigger.citation.ref}）"
        )
    elif count == threshold:
        notes.append(
            f"本人の数{count:,}人は「{threshold:,}人を超える」に当たらない（{threshold + 1:,}人以上で該当、"
            f"{trigger.citation.ref}）。人数が増えた時点で報告対象になる"
        )


def _ordinance(facts: IncidentFacts, reasons: dict[str, str]) -> None:
    if "ORDINANCE_SENSITIVE" in facts.item_types:
        reasons["R43-5"] = (
            f"条例要配慮個人情報が含まれる保有個人情報の漏えい等に当たる（{t.R43_5.citation.ref}）"
        )
