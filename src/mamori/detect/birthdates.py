"""DATE_OF_BIRTH: a date in a birth context, in any of the forms Japanese records use.

Forms: 1985年4月1日, 昭和60年4月1日 (and 昭和六十年四月一日, 元年), S60.4.1, R2/4/1, 1985/04/01,
1985-04-01, ８５年４月１日 (full width is folded in the shadow text). A date is a date of birth only when
the closest date label before it is a birth label (生年月日, 誕生日, 生年, DOB, Date of Birth, 年齢 …), when
生まれ/生 follows it, or when its column header says so. Dates under 申込日, 発行日, 有効期限, 入社日 …
are not findings: the closest label decides, as for numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.context import gap_ok
from mamori.detect.finding import Finding
from mamori.detect.name_lexicon import is_person_name, lexicon
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

_KNUM = r"[0-9一二三四五六七八九十〇元]"
# Eras written out, as one kanji (昭44.5.6) or as one letter (S47/11/03).
_ERA = r"(?:明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHRmtshr])"
_YEAR = r"(?:1[89]|20)[0-9]{2}"
_MONTH_NAME = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"(?<![0-9])(?:"
    rf"{_ERA}\.?[ 　]*{_KNUM}{{1,3}}[ 　]*[年./-][ 　]*{_KNUM}{{1,3}}[ 　]*[月./-][ 　]*{_KNUM}{{1,3}}"
    rf"(?:[ 　]*日)?"
    # 昭和54年（1979年）3月3日
    rf"|{_ERA}[ ]?{_KNUM}{{1,2}}年[ ]?[(（]{_YEAR}年[)）][ ]?[0-9]{{1,2}}[ ]?月[ ]?[0-9]{{1,2}}[ ]?日"
    rf"|{_YEAR}[ ]?年[ ]?(?:[(（]{_ERA}[ ]?{_KNUM}{{1,2}}年[)）][ ]?)?"  # 1981年（昭和56年）10月16日
    rf"[0-9]{{1,2}}[ ]?月[ ]?[0-9]{{1,2}}[ ]?日"
    rf"|{_YEAR}([/.-])[0-9]{{1,2}}\1[0-9]{{1,2}}(?![0-9])"
    rf"|[0-9]{{1,2}}([/.-])[0-9]{{1,2}}\2{_YEAR}(?![0-9])"  # 03/14/1985, 14.03.1985
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?[ -]{_MONTH_NAME}[ ,-]*{_YEAR}"  # 3 Mar 1979, 3-Mar-1979
    rf"|{_MONTH_NAME} [0-9]{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}"  # March 3, 1979
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"  # 19850401
    r"|[MTSHRmtshr][0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"  # S241219
    rf"|[0-9]{{2}}年[0-9]{{1,2}}月[0-9]{{1,2}}日"
    # 一九八三年二月二十七日
    r"|[一二三四五六七八九〇]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    rf"|[0-9]{{1,2}}月[0-9]{{1,2}}日"
    rf")"
)
_BIRTH = (
    r"生[ 　]年[ 　]月[ 　]日|生年月日|誕生日|誕生|出生日|出生|生年|年齢|DOB|D\.O\.B|[Dd]ate of [Bb]irth|"
    r"[Bb]irth ?[Dd]ate|"
    r"[Bb]irthday|[Bb]orn|(?<!発)生日|"
    # a record's key: birth: 1974-05-03, "birth": "1974-05-03" (JSON), birth_date
    r"(?<![A-Za-z])[Bb]irth(?=[\"']?\s*[:：=])"
)
_OTHER = (
    r"申込日|申し込み日|申請日|発行日|交付日|有効期限|期限|入社日|入学日|退社日|登録日|作成日|更新日|契約日|"
    r"受付日|利用日|購入日|注文日|日付|日時|発送日|締切|納期|開始日|終了日|予定日|実施日|記入日|提出日|"
    r"支払日|入金日|来店日|受診日|診察日|入院日|退院日|死亡日|[Dd]ate|[Ii]ssued?|[Ee]xpir\w*"
)
_LABEL = re.compile(rf"(?P<birth>{_BIRTH})|(?P<other>{_OTHER})")
# 生まれ/生 after the date, or the age the person had then: 平成4年3月4日　満32歳 (a résumé's line)
_AFTER = re.compile(
    r"[ ]?(?:[(（][月火水木金土日][)）])?[ ]?(?:生まれ|生(?!年)|に生まれ|誕生|出生)"
    r"|[ 　]*[(（]?満[ ]?[0-9]{1,3}[ ]?歳"
)
_WINDOW = 24
_ENGLISH_WINDOW = 48  # English labels take more room: "Date of birth (as on passport): "
_ENGLISH_LABEL = re.compile(r"DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday")
_COLUMN_SHORT = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{6}")
_NONZERO = re.compile(r"[1-9一二三四五六七八九十元]")
_ENGLISH_GAP = re.compile(r"[ \t]*\(?[ \t]*(?:[A-Za-z]{1,12}[ \t]*){0,3}[(:)][ \t:)]*")
_AGE = re.compile(r"満?[0-9]{1,3}歳|西暦|和暦")  # 年齢：38歳（1985年4月1日）, 生年月日（西暦）
_FULL_YEAR_OR_ERA = re.compile(
    rf"^(?:{_ERA}|(?:1[89]|20)[0-9]{{2}}|[0-9]{{2}}年|[一二]〇?[一二三四五六七八九〇]{{2,3}}年)|{_YEAR}$"
)

T = EntityType.DATE_OF_BIRTH
_NAME_BEFORE = re.compile(r"[一-龥々ぁ-んァ-ヴー]{1,5}(?:[ 　][一-龥々ぁ-んァ-ヴー]{1,5})?(?=[ 　]?$)")


def _after_name(shadow: str, start: int, end: int) -> bool:
    """被保険者：上田　和也（昭和32年8月13日）: a date in brackets right after a person's name is theirs."""
    if start < 2 or shadow[start - 1] not in "（(" or (end < len(shadow) and shadow[end] not in ")）\r\n"):
        return False
    name = _NAME_BEFORE.search(shadow, max(0, start - 13), start - 1)
    return name is not None and is_person_name(name.group(), lexicon())


_RECORD_HEAD = re.compile(
    r"[ \t]*(?:[-*・•●○]|[0-9]{1,3}[.)．）])?[ \t　]*(?P<name>[^\s0-9０-９][^\n]{0,14}?)[ \t　,，、/／|｜]+$"
)
_HEADING_REACH = 300  # characters above a record where the list's heading is looked for


def _record_of_birth_list(shadow: str, start: int) -> bool:
    """・鈴木浩二　19670724　070(…) under a heading or an item list that names 生年月日: a record of a list
    whose date field is the birth date. The nearest date word above decides (入会日 lists are not)."""
    line_start = shadow.rfind("\n", 0, start) + 1
    head = _RECORD_HEAD.fullmatch(shadow, line_start, start)
    if head is None or not is_person_name(head.group("name").strip(" \t　"), lexicon()):
        return False
    labels = list(_LABEL.finditer(shadow, max(0, line_start - _HEADING_REACH), line_start))
    return bool(labels) and labels[-1].group("birth") is not None


class BirthDateRecognizer:
    name = "birthdates"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        shadow = segment.shadow
        meaning = column_meaning(segment.column)
        in_birth_column = meaning is not None and meaning.kind is ColumnKind.BIRTH_DATE
        if (
            not in_birth_column
            and "生" not in shadow
            and "歳" not in shadow
            and "（" not in shadow
            and "(" not in shadow
            and _LABEL.search(shadow) is None
        ):
            return
        if in_birth_column:
            short = _COLUMN_SHORT.fullmatch(shadow.strip())
            if short is not None and _DATE.search(shadow) is None:
                # 47.12.16 or 611216 under 生年月日 beside a 元号 column: the era is in the next cell
                start = shadow.index(short.group())
                yield Finding(start, start + len(short.group()), T, 0.85, ("column", "era-in-other-column"))
                return
        last_end = -2
        for match in _DATE.finditer(shadow):
            start, end = match.span()
            date = match.group()
            if _NONZERO.search(date) is None:
                continue  # 昭和〇〇年〇月〇日: a form's sample, not a date
            has_year = _FULL_YEAR_OR_ERA.search(date) is not None
            reason = _birth_reason(shadow, start, end, in_birth_column)
            if reason is None and start == last_end + 1 and shadow[last_end] in "（(":
                reason = "bracketed-after-birth-date"  # 1979年3月3日（昭和54年3月3日）: the same date again
            if reason is None:
                continue
            if not has_year and not reason.startswith(("label:誕生日", "column")):
                continue  # 4月1日 alone is a birthday only under 誕生日
            last_end = end
            yield Finding(start, end, T, 0.9 if has_year else 0.7, (reason,))


def _birth_reason(shadow: str, start: int, end: int, in_birth_column: bool) -> str | None:
    after = _AFTER.match(shadow, end)
    if after is not None:
        return "after:" + after.group().strip()
    if _after_name(shadow, start, end):
        return "bracketed-after-name"
    label = None
    for hit in _LABEL.finditer(shadow, max(0, start - _WINDOW), start):
        label = hit
    if label is None:
        english = _ENGLISH_LABEL.search(shadow, max(0, start - _ENGLISH_WINDOW), start)
        if english is not None and _ENGLISH_GAP.fullmatch(shadow, english.end(), start):
            return "label:" + english.group()  # Date of birth (for verification): 1971/12/18
    if label is not None:
        if label.group("birth"):
            # A line break between label and date is fine (forms); a sentence end, or words that make
            # the label part of another phrase (生年月日の確認書類は…に受領), are not.
            gap = _AGE.sub("", shadow[label.end() : start])
            spelled = label.group().isascii() and _ENGLISH_GAP.fullmatch(gap) is not None  # "on file:"
            if "。" not in gap and (spelled or gap_ok(gap, 0, len(gap))):
                return "label:" + label.group()
            return "record-under-birth-heading" if _record_of_birth_list(shadow, start) else None
        return None
    if in_birth_column:
        return "column"
    return "record-under-birth-heading" if _record_of_birth_list(shadow, start) else None
