"""A question that tells an incident becomes an assessment: its facts read from the words, the same
engine as `mamori incident assess`, and what was assumed.

「USBメモリを紛失、顧客300人分、暗号化なし。報告は必要？」 names a cause, a medium, a count and an
encryption state: `read_situation` turns that into `IncidentFacts` (the model `incident assess` reads
from YAML), `triage` decides, and the guide answers with the decision, the facts it read, what it had
to assume, and the facts that would change the answer. A question that names no incident (「暗号化して
いれば報告不要ですか」) is not a situation: the stored entries answer it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from mamori.incident.assessment import Assessment
from mamori.incident.facts import (
    Cause,
    DataItem,
    Encryption,
    IncidentFacts,
    Medium,
    Organisation,
    PeopleCount,
)
from mamori.incident.triage import triage

_CAUSES: tuple[tuple[Cause, re.Pattern[str]], ...] = (
    (Cause.RANSOMWARE, re.compile(r"ランサム")),
    (Cause.UNAUTHORIZED_ACCESS, re.compile(r"不正アクセス|ハッキング|サイバー攻撃|乗っ取ら|不正ログイン")),
    (Cause.WEB_SKIMMING, re.compile(r"スキミング|改ざん")),
    (Cause.INSIDER_THEFT, re.compile(r"持ち出|横流し|売却|売った|売って|売り渡|売られ|名簿業者|名簿屋")),
    (Cause.THEFT, re.compile(r"盗難|盗まれ|車上荒らし|空き巣|ひったくり")),
    (
        Cause.MISDELIVERY_EMAIL,
        re.compile(
            r"(?:メール|mail)[^。]{0,12}(?:誤送信|誤って送|宛先を?間違)|誤送信|CC|To|"
            r"(?:メール|mail)[^。]{0,20}(?:誤って|間違えて|間違って)[^。]{0,15}(?:送|届)|"
            # a list attached by mistake to a mail for someone else
            r"誤って[^。]{0,25}添付|添付(?:ミス|間違い|を間違)"
        ),
    ),
    (
        Cause.MISDELIVERY_POST,
        re.compile(
            r"誤送付|誤配|誤発送|送り間違|別の(?:人|方|お客|顧客)(?:さん|様)?(?:の|に)|宛名.{0,6}(?:ミ|間違)|"
            # handed or enclosed for the wrong person: 別の患者さんにお渡し, 封入ミス, 他人のとこに行ってた
            r"封入(?:ミス|誤り|間違)|別の[^、。\s]{1,6}?(?:さん|様)?に(?:お?渡|手渡|送|届|配)|"
            r"誤って[^。]{0,15}(?:お?渡し|手渡)|他人の(?:ところ|とこ|元|もと)に|"
            # a fax or a letter to a wrong number or address: 番号を間違えて知らない会社に送った
            r"(?:FAX|ファックス|ファクス|郵便|書類|封筒)[^。]{0,20}(?:間違え|間違っ|誤っ|誤り)[^。]{0,20}(?:送|届)"
        ),
    ),
    (Cause.MISCONFIGURATION, re.compile(r"設定(?:ミス|誤り)|公開状態|誰でも見られ|閲覧できる状態")),
    (Cause.LOSS, re.compile(r"紛失|なくし|無くし|置き忘れ|失くし|落とし|見当たらな")),
)
_MEDIA: tuple[tuple[Medium, re.Pattern[str]], ...] = (
    (Medium.USB, re.compile(r"USB|ＵＳＢ|メモリースティック|SDカード")),
    (Medium.LAPTOP, re.compile(r"ノート(?:パソコン|PC)|パソコン|PC|タブレット|スマホ|携帯電話")),
    (Medium.EMAIL, re.compile(r"メール")),
    (Medium.CLOUD, re.compile(r"クラウド")),
    (Medium.WEB, re.compile(r"サイト|ホームページ|Web|ウェブ")),
    (Medium.SERVER, re.compile(r"サーバ|システム|データベース|DB")),
    (
        Medium.PAPER,
        re.compile(
            r"書類|紙|はがき|ハガキ|名簿|明細|帳票|台帳|封筒|郵便|FAX|ファックス|コピー|DM|宛名|カルテ"
        ),
    ),
)
# Item words → item codes of `law.items` (SENSITIVE with its subtype).
_ITEMS: tuple[tuple[str, str | None, re.Pattern[str]], ...] = (
    ("PERSON", None, re.compile(r"氏名|名前|お名前")),
    ("ADDRESS", None, re.compile(r"住所")),
    ("PHONE", None, re.compile(r"電話")),
    ("EMAIL", None, re.compile(r"メールアドレス|メアド|アドレス")),
    ("DATE_OF_BIRTH", None, re.compile(r"生年月日|誕生日")),
    ("MY_NUMBER", None, re.compile(r"マイナンバー|個人番号")),
    ("CARD_EXPIRY", None, re.compile(r"有効期限")),
    ("CARD_CVC", None, re.compile(r"セキュリティコード|CVC|CVV")),
    ("PASSWORD", None, re.compile(r"パスワード|暗証番号")),
    ("BANK_ACCOUNT", None, re.compile(r"口座")),
    # a visit to a clinic is itself 要配慮 (診療を受けた事実, 令2条3号), even without a disease's name
    (
        "SENSITIVE",
        "medical",
        re.compile(r"健康診断|健診|診療|カルテ|病歴|病名|診断|処方|検査結果|患者|来院|通院|受診|診察"),
    ),
    ("SENSITIVE", "criminal_record", re.compile(r"前科|犯罪歴")),
    ("SENSITIVE", "creed", re.compile(r"信仰|信条|宗派")),
)
# A card number whole (R7-2), not its last four digits (FAQ Q6-12: those with the expiry are not).
_CARD = re.compile(r"(?:クレジット)?カード番号(?!.{0,3}下[0-9４4])")
_CARD_LAST4 = re.compile(r"カード番号.{0,3}(?:下|末尾)[0-9４4]桁")
_COUNT = re.compile(r"(約|およそ|ちょうど|計)?([0-9]+(?:,[0-9]{3})*)\s*(?:人|名|件)(?:分|程度|ほど)?")
_NO_ENCRYPTION = re.compile(
    r"暗号化(?:は|も)?(?:なし|無し|していな|してな|していませ|しておりませ|せず|されていな|されてな|されていませ)"
)
# The key or password kept apart (復号鍵は社内の鍵管理サーバで別に管理): said within the same clause.
_KEY_SAFE = re.compile(
    r"(?:鍵|パスワード|キー)[^。、]{0,20}?(?:別(?:に|で|の|管理|保管|々)|分けて|分離|安全に|厳重に)"
)
_KEY_LOST = re.compile(r"(?:鍵|パスワード)(?:も|を|が)?(?:付箋|一緒|同封|貼|漏|書いて|同じ)")
_ENCRYPTED = re.compile(r"暗号化|AES|BitLocker|ビットロッカー")
# The recipient deleted or returned it unread, and that was confirmed: no leak (Q&A 6-1).
_UNREAD = re.compile(
    r"(?:開(?:か|封せ)ず|読まず|未開封|閲覧せず|開封前)[^。]{0,10}(?:削除|破棄|返却|返送|回収)"
    r"[^。]{0,30}(?:確認|見せ|証明)"
)
_ASKS_WHAT_TO_DO = re.compile(r"報告|必要|義務|どうすれば|何をすべき|どう(?:動|対応)|しなきゃ|いる[？?]|対象")
# 法57条1項: these, handling information for these purposes, have no 法26条 duty.
_EXCLUDED = re.compile(
    r"(?:宗教(?:法人|団体).{0,20}(?:宗教活動|布教|信者))|(?:報道機関|新聞社|放送局).{0,20}(?:報道|取材)|"
    r"(?:政治団体|政党).{0,20}政治活動|著述"
)


@dataclass(frozen=True)
class Situation:
    facts: IncidentFacts
    assessment: Assessment | None  # None when 法57条 takes the case out of 法26条
    read: tuple[str, ...]  # what was read from the question, in Japanese
    assumed: tuple[str, ...]
    would_change: tuple[str, ...]
    excluded_by_57: bool = False

    @property
    def report_required(self) -> bool:
        return self.assessment is not None and self.assessment.report_required


def read_situation(question: str, today: date | None = None) -> Situation | None:
    """The incident the question tells, assessed; None when it tells none (no cause, or no detail)."""
    text = unicodedata.normalize("NFKC", question)
    cause = next((c for c, pattern in _CAUSES if pattern.search(text)), None)
    if cause is None:
        return None
    count = _whose_count(text)
    medium = next((m for m, pattern in _MEDIA if pattern.search(text)), None)
    items = _items(text)
    if count is None and medium is None and not items:
        return None
    if not _ASKS_WHAT_TO_DO.search(text) and count is None:
        return None
    read: list[str] = [f"原因: {_CAUSE_JA[cause]}"]
    assumed: list[str] = []
    people = int(count.group(2).replace(",", "")) if count is not None else 1
    if count is None:
        assumed.append("人数が書かれていないため1人とした")
    else:
        read.append(f"人数: {people:,}人")
    if medium is not None:
        read.append(f"媒体: {_MEDIUM_JA[medium]}")
    if not items:
        items = [DataItem("PERSON")]
        assumed.append("漏れた項目が書かれていないため氏名のみとした")
    read.append("項目: " + "・".join(_ITEM_JA.get(i.type, i.type) for i in items))
    encryption = _encryption(text, read, assumed)
    facts = IncidentFacts(
        title="ご質問の事案",
        discovered_on=today or date.today(),
        organisation=Organisation("（ご質問の事業者）"),
        cause=cause,
        data_items=tuple(items),
        people=PeopleCount(people, people),
        medium=medium,
        encryption=encryption,
        sensitive_people=people if any(i.type == "SENSITIVE" for i in items) else None,
        recovered_unread=_UNREAD.search(text) is not None,
    )
    if facts.recovered_unread:
        read.append("受け取った人が開かずに削除・返却したことを確認済み")
    if _EXCLUDED.search(text):
        read.append("取扱者: 法57条1項の団体がその目的で取り扱う情報")
        return Situation(facts, None, tuple(read), tuple(assumed), _changes(facts, None), excluded_by_57=True)
    assessment = triage(facts)
    return Situation(facts, assessment, tuple(read), tuple(assumed), _changes(facts, assessment))


def _whose_count(text: str) -> re.Match[str] | None:
    """The number of persons whose data it was (200名分), not of those it reached (1名の方に送付)."""
    counts = list(_COUNT.finditer(text))
    for count in counts:
        if text.startswith("分", count.end()) or count.group(0).endswith("分"):
            return count
    for count in counts:
        if not _RECIPIENTS_AFTER.match(text, count.end()):
            return count
    return counts[0] if counts else None


# What follows a count of those a mail or a letter reached: 1名の方に, 3人に送って
_RECIPIENTS_AFTER = re.compile(r"(?:の方|の方々|の人)?(?:に|へ)(?!関)")


def _items(text: str) -> list[DataItem]:
    found: list[DataItem] = []
    for code, subtype, pattern in _ITEMS:
        if pattern.search(text) and not any(i.type == code and i.subtype == subtype for i in found):
            found.append(DataItem(code, subtype))
    if _CARD_LAST4.search(text):  # FAQ Q6-12: the last four digits with the expiry are not R7-2
        found.append(DataItem("CREDIT_CARD", "last4"))  # (「全桁は含まれていません」 then only denies)
    elif _CARD.search(text):
        found.append(DataItem("CREDIT_CARD"))
    return found


def _encryption(text: str, read: list[str], assumed: list[str]) -> Encryption:
    if _NO_ENCRYPTION.search(text):
        read.append("暗号化: なし")
        return Encryption.NONE
    if not _ENCRYPTED.search(text):
        assumed.append("暗号化について書かれていないため、暗号化なしとした")
        return Encryption.NONE
    if _KEY_LOST.search(text):
        read.append("暗号化: あり（鍵・パスワードも漏えい）")
        return Encryption.ENCRYPTED_KEY_COMPROMISED
    if _KEY_SAFE.search(text):
        read.append("暗号化: 高度な暗号化、鍵は別に安全に管理")
        return Encryption.HIGH_GRADE_KEY_MANAGED
    assumed.append(
        "暗号化の方式と鍵の管理が書かれていないため、報告不要の条件（高度な暗号化かつ鍵が漏れていない）は"
        "満たさないものとした"
    )
    return Encryption.NONE


def _changes(facts: IncidentFacts, assessment: Assessment | None) -> tuple[str, ...]:
    """The one or two facts that would turn the answer."""
    out: list[str] = []
    people = facts.people.max
    if assessment is not None and "R7-4" not in assessment.triggers and people <= 1000:
        out.append(f"本人の数が1,000人を超えると規則7条4号に当たる（いまは{people:,}人）")
    if facts.cause in (Cause.LOSS, Cause.MISDELIVERY_POST, Cause.MISDELIVERY_EMAIL):
        out.append("盗難・不正アクセスなど不正の目的によるおそれがあれば、人数にかかわらず規則7条3号に当たる")
    if facts.encryption is Encryption.NONE and facts.medium in (Medium.USB, Medium.LAPTOP, Medium.SERVER):
        out.append("高度な暗号化がされ、鍵が漏れていなければ報告は不要になる（規則7条1号かっこ書き等）")
    if facts.encryption is Encryption.HIGH_GRADE_KEY_MANAGED:
        out.append("鍵やパスワードも一緒に漏れていれば、暗号化による報告不要の扱いはない")
    return tuple(out[:2])


_CAUSE_JA = {
    Cause.LOSS: "紛失",
    Cause.THEFT: "盗難",
    Cause.MISDELIVERY_POST: "誤送付",
    Cause.MISDELIVERY_EMAIL: "メールの誤送信",
    Cause.MISCONFIGURATION: "設定の誤り",
    Cause.UNAUTHORIZED_ACCESS: "不正アクセス",
    Cause.RANSOMWARE: "ランサムウェア",
    Cause.WEB_SKIMMING: "ウェブスキミング",
    Cause.INSIDER_THEFT: "従業者等による持ち出し",
    Cause.OTHER: "その他",
}
_MEDIUM_JA = {
    Medium.PAPER: "紙",
    Medium.LAPTOP: "パソコン等",
    Medium.USB: "USBメモリ等",
    Medium.SERVER: "サーバ・システム",
    Medium.CLOUD: "クラウド",
    Medium.EMAIL: "電子メール",
    Medium.WEB: "ウェブサイト",
    Medium.OTHER: "その他",
}
_ITEM_JA = {
    "PERSON": "氏名",
    "ADDRESS": "住所",
    "PHONE": "電話番号",
    "EMAIL": "メールアドレス",
    "DATE_OF_BIRTH": "生年月日",
    "MY_NUMBER": "個人番号",
    "CREDIT_CARD": "クレジットカード番号（全桁または下4桁）",
    "CARD_EXPIRY": "有効期限",
    "CARD_CVC": "セキュリティコード",
    "PASSWORD": "パスワード",
    "BANK_ACCOUNT": "口座番号",
    "SENSITIVE": "要配慮個人情報",
}


EXCLUDED_57 = (
    "法57条1項により、報道機関が報道の用に、著述を業として行う者が著述の用に、宗教団体が宗教活動の用に、"
    "政治団体が政治活動の用に供する目的で取り扱う個人情報には、法26条（委員会への報告・本人への通知）を"
    "含む第4章の義務は適用されません。安全管理のための措置や苦情の処理などを自ら講じ、その内容を公表するよう"
    "努める必要があります（法57条3項）。その目的以外で取り扱う情報（職員や取引先の情報など）は通常どおりです。"
)


def situation_text(situation: Situation) -> str:
    """The assessment said in Japanese: the duty, its grounds and deadlines, what was read and assumed,
    and what would change the answer."""
    lines: list[str] = []
    assessment = situation.assessment
    if assessment is None:
        lines += ["ご質問の事案では、委員会への報告義務はありません（法57条1項）。", EXCLUDED_57]
    elif assessment.report_required:
        lines.append(f"ご質問の事案では、{assessment.report_to}への報告と本人への通知が必要です（法26条）。")
        lines += [f"・{reason}" for reason in assessment.trigger_reasons.values()]
        preliminary, final = assessment.preliminary_report, assessment.final_report
        lines.append(
            f"速報は知った時から速やかに（おおむね3〜5日以内、目安 {preliminary.target_from}〜"
            f"{preliminary.target_to}）、確報は{final.days}日以内（期限 {final.due_date}）に提出します"
            "（規則8条）。"
        )
    else:
        lines.append(
            "ご質問の事案では、委員会への報告義務はありません（規則7条各号のいずれにも当たりません）。"
        )
        lines += [f"・{note}" for note in assessment.duty_notes]
        lines += [f"・{e.reason_ja}（{e.citation.ref}）" for e in assessment.exemptions]
    lines.append("読み取った事実: " + "、".join(situation.read))
    lines += [f"前提: {a}" for a in situation.assumed]
    lines += [f"答えが変わる事実: {c}" for c in situation.would_change]
    return "\n".join(lines)
