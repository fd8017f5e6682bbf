"""From a question to the best entry and its related questions, or to nothing when nothing fits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mamori.guide.entries import GuideEntry, load_entries
from mamori.guide.search import Hit, Index, fold
from mamori.guide.situation import Situation, read_situation

# Below these a "best" hit shares only incidental bigrams with the question (e.g. 個人, 情報): it is
# answered only when the question is about this subject at all (`on_subject`), with lower confidence.
MIN_SCORE = 8.0
MIN_COVERAGE = 0.3
RELATED_COUNT = 3
# The entry shown beside an assessed situation when no stored question is closer.
SITUATION_ENTRY = "report-triggers"

# Words only a question about personal information, leaks and their law uses; a question without any
# (天気, 料理, 株価) is off the subject and declined rather than answered with the least bad entry.
_SUBJECT = re.compile(
    r"個人情報|個人データ|個人番号|マイナンバー|特定個人情報|要配慮|プライバシー|漏[えれら洩]|ろうえい|流出|"
    r"誤送信|誤送付|BCC|名簿|顧客情報|顧客データ|"
    r"お客様の情報|委員会|PPC|速報|確報|報告義務|罰則|JNSA|"
    r"第三者提供|不正アクセス|ランサム|安全管理|保護法|番号法|規則7条|ガイドライン|"
    r"(?:1,?000|千)人|レコード|本人への(?:通知|連絡)|本人通知|通知義務|"
    # records and slips that hold other people's data, handed or sent to the wrong person
    r"カルテ|診療録|宛名|封入|誤って(?:お?渡|送|配|掲載|公開)|取り違え|顧客(?:DB|データベース|リスト)|"
    r"安全対策|セキュリティ対策|情報セキュリティ|"
    # apology money and letters after a leak; the abolished 5,000-person rule; telling persons one by one
    r"お詫び(?:金|状|文)|(?:5,?000|五千)人|個別に(?:お知らせ|連絡|通知)|連絡先が(?:分から|わから|不明)",
    re.IGNORECASE,
)
# Words of an incident or of its law that ordinary life uses too (傘をなくした, 雨漏りの損害賠償): on the
# subject only beside something that holds data or names people.
_INCIDENT_WORD = re.compile(
    r"紛失|なくし|無くし|失くし|盗難|盗まれ|誤配|誤って送|宛先|罰金|懲役|拘禁刑|賠償|慰謝料|お詫び|委託|"
    r"暗号化|持ち出|一斉送信|(?<![a-z])cc(?![a-z])"
)
_HOLDS_DATA = re.compile(
    r"データ|情報|ファイル|書類|資料|名簿|リスト|一覧|台帳|顧客|お客|患者|会員|社員|従業員|利用者|生徒|USB|PC|"
    r"パソコン|ノート|スマホ|携帯|端末|メール|FAX|ファックス|郵送|サーバ|クラウド|システム|漏|流出|報告|本人|"
    r"[0-9０-９,]+(?:人|名|件)|会社|企業|法人|事業者|従業者|委員会|被害者",
    re.IGNORECASE,
)
# Leaks of water, gas or oil: 漏れ that says nothing about information.
_PHYSICAL_LEAK = re.compile(r"(?:水|ガス|雨|油|液|オイル|冷媒|空気|排水|配管)(?:が|の)?漏[れり]|漏電|雨漏")
# Kinds of personal data, on the subject only beside a word about handling them: 「会社の住所」 is not.
_DATA_WORD = re.compile(
    r"氏名|名前|住所|電話番号|メールアドレス|メアド|生年月日|IPアドレス|Cookie|クッキー|カード番号|病歴|診断",
    re.IGNORECASE,
)
_HANDLING = re.compile(
    r"個人|扱|保護|報告|通知|削除|提供|管理|送信|公開|漏|保存|本人|同意|取得|利用|当たる|含まれ"
)


@dataclass(frozen=True)
class GuideNote:
    """What the question's own words add to the entry's answer (a My Number leak's separate rule)."""

    text: str
    citations: tuple[str, ...]


@dataclass(frozen=True)
class GuideAnswer:
    entry: GuideEntry
    score: float
    related: tuple[GuideEntry, ...]
    # 高: the question's words are the entry's; 低: the best of weak matches for a question on the subject
    confidence: str = "高"
    # The incident the question told, assessed as `incident assess` would (None for a general question)
    situation: Situation | None = None
    notes: tuple[GuideNote, ...] = ()


@cache
def default_index() -> Index:
    return Index(load_entries())


def _related(best: GuideEntry, others: list[GuideEntry], index: Index) -> tuple[GuideEntry, ...]:
    by_id = {e.id: e for e in index.entries}
    chosen = [by_id[i] for i in best.related if i in by_id]
    for entry in others:
        if entry.id != best.id and entry not in chosen:
            chosen.append(entry)
    return tuple(chosen[:RELATED_COUNT])


def on_subject(question: str) -> bool:
    """Whether the question is about personal information, leaks or their law at all."""
    text = _PHYSICAL_LEAK.sub("", fold(question))  # kana spelt in kanji, variants as the search reads them
    if _SUBJECT.search(text) is not None:
        return True
    if _INCIDENT_WORD.search(text) is not None and _HOLDS_DATA.search(text) is not None:
        return True
    return _DATA_WORD.search(text) is not None and _HANDLING.search(text) is not None


# Beliefs the law no longer holds, as questions carry them: the entry whose `changed` note names the change
# answers them (「報告は努力義務だよね？」 → the report duty, made law on 2022-04-01).
_OLD_BELIEFS = ("努力義務", "任意", "懲役", "5,000人", "5000人", "五千人")
BELIEF_BOOST = 1.5


def _beliefs_first(question: str, hits: list[Hit], index: Index) -> list[Hit]:
    """Hits reordered so that the one entry correcting a belief the question carries comes first. A belief
    that several entries correct (懲役) leaves the order to the search."""
    beliefs = [b for b in _OLD_BELIEFS if b in question]
    correcting = {e.id for b in beliefs for e in index.entries if b in (e.changed or "")}
    if len(correcting) != 1:
        return hits

    def weight(hit: Hit) -> float:
        return hit.score * (BELIEF_BOOST if hit.entry.id in correcting else 1.0)

    return sorted(hits, key=weight, reverse=True)


# A leak of My Numbers is reported under the My Number act as well (番号法29条の4), whatever else the
# question asks about it (a lost envelope, a mail sent to the wrong person, a contractor): the answer to
# what was asked carries that as a note.
_MY_NUMBER = re.compile(r"マイナンバー|個人番号|特定個人情報")
_LEAKED = re.compile(r"漏|流出|紛失|なくし|無くし|失くし|誤送|誤って|盗|報告|届け出|届出")
MY_NUMBER_ENTRY = "my-number-leak"
MY_NUMBER_NOTE = GuideNote(
    "マイナンバーを含む特定個人情報の漏えいは、個人情報保護法とは別に、番号法29条の4とその報告規則で委員会への"
    "報告の要否を判断します。個人番号利用事務のシステムに関わる事案や、電磁的方法で不特定多数が閲覧できるおそれの"
    "ある事案などが対象です（詳しくは「マイナンバーが漏えいした場合はどうすればよいですか？」）。",
    ("番号法29条の4", "番号法29条の4の報告規則（平成27年特定個人情報保護委員会規則第5号）"),
)


def _notes(question: str, best: GuideEntry) -> tuple[GuideNote, ...]:
    folded = fold(question)
    if best.id != MY_NUMBER_ENTRY and _MY_NUMBER.search(folded) and _LEAKED.search(folded):
        return (MY_NUMBER_NOTE,)
    return ()


def ask(question: str, index: Index | None = None) -> GuideAnswer | None:
    """The best answer to `question`, or None when it is off the subject (or nothing matches at all).
    A question that tells an incident is also assessed (`situation`)."""
    used = index or default_index()
    hits = used.search(question)
    about = on_subject(question)
    situation = read_situation(question) if about else None
    if not hits:
        if situation is None:
            return None
        fallback = next(e for e in used.entries if e.id == SITUATION_ENTRY)
        return GuideAnswer(fallback, 0.0, _related(fallback, [], used), "低", situation)
    hits = _beliefs_first(question, hits, used)
    best = hits[0]
    strong = best.score >= MIN_SCORE and best.coverage >= MIN_COVERAGE
    if not about and (not strong or _PHYSICAL_LEAK.search(question)):
        # a strong match without a subject word is a stored question's own phrasing (本人に知らせる必要は
        # ある？); one that speaks of water or gas leaking (水漏れ) shares only 漏れ with the entries
        return None
    related = _related(best.entry, [h.entry for h in hits[1:]], used)
    notes = _notes(question, best.entry)
    return GuideAnswer(best.entry, best.score, related, "高" if strong else "低", situation, notes)
