"""PERSON from where a name stands rather than what it looks like: chat speakers and mail headers.

    [10:02] 佐藤: 了解です         辻  17:10            From: Grace Lee <grace.lee@example.com>
    10:05 東「ありがとうございます」   先方から折り返し…     Kind regards,⏎Grace Lee

A chat log names its speaker at the start of every message, and a mail names its sender in From: and
its writer under the closing. Single-kanji surnames (東, 原, 辻) and Western names are not words the
analyser tags as names, but in those places they are persons. A speaker counts only in a document that
is a chat (three message lines at least) and only when the name is one the name lexicon knows (a surname,
a surname and a given name, or a given name), so 受付: or システム: stays a role. A mail's display name counts
unless it names a team or a company.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mamori.detect.finding import Finding
from mamori.detect.name_lexicon import NameLexicon, is_person_name, lexicon
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

T = EntityType.PERSON
_NAME = r"[一-龥々〆ヶぁ-んァ-ヴー]{1,6}(?:[ 　][一-龥々〆ヶぁ-んァ-ヴー]{1,6})?"
_TIME = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
# 「[10:02] 佐藤: 本文」「10:02 佐藤花子「本文」」「(10:02) 佐藤 > 本文」
_TIME_FIRST = re.compile(
    rf"^[ \t]*(?:[0-9/.-]{{8,10}}[ T])?[\[(（]?{_TIME}[\])）]?[ \t]*(?P<name>{_NAME})[ \t]*(?:[:：「>＞]|\t)",
    re.MULTILINE,
)
# 「佐藤 10:02」 on a line of its own, the message on the next
_TIME_AFTER = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]+(?:[0-9/.-]{{8,10}} )?{_TIME}[ \t]*$", re.MULTILINE)
# 「隆：母、鬱っぽくて…（15:39）」: the name before a colon, the time closing the line
_TIME_END = re.compile(
    rf"^[ \t]*(?P<name>{_NAME})[ \t]*[:：][^\n]{{1,200}}[(（]{_TIME}[)）][ \t]*$", re.MULTILINE
)
_MIN_MESSAGES = 3


def is_chat(text: str) -> bool:
    """Whether the text is a chat log (three or more lines headed by a speaker and a time): every message in
    it is someone's, about someone."""
    if ":" not in text:
        return False
    count = 0
    for pattern in (_TIME_FIRST, _TIME_AFTER, _TIME_END):
        for _ in pattern.finditer(text):
            count += 1
            if count >= _MIN_MESSAGES:
                return True
    return False


_MAIL_HEADER = re.compile(
    r"^(?:From|To|Cc|CC|Reply-To|差出人|宛先|送信者):[ \t]*\"?(?P<name>[^\"<>\n@]{2,40}?)\"?[ \t]*"
    r"<[^<>\n@]+@[^<>\n]+>",
    re.MULTILINE,
)
_WESTERN = re.compile(
    r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?: [A-Z]\.)?(?: [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2}"
)
_CLOSING = re.compile(
    r"^(?:Best regards|Kind regards|Warm regards|Regards|Best wishes|Sincerely(?: yours)?|Yours sincerely|"
    r"Yours faithfully|Many thanks|Thanks(?: and regards)?|Thank you|Best|Cheers),?[ \t]*\r?\n"
    r"(?P<name>[^\n\r]{3,40})$",
    re.MULTILINE,
)
_NOT_A_PERSON = re.compile(
    r"(?i)team|support|desk|service|center|centre|office|department|dept|group|inc\b|ltd|llc|corp|co\.|"
    r"company|info|noreply|no-reply|admin|system|notification|news|sales|customer|recruit|"
    r"株式会社|有限会社|事務局|センター|窓口|係|部|課|室|チーム|サポート|システム|お知らせ|運営"
)


# Mr. Tanaka, Ms. Olivia Turner; Name: David Wong, Name: BROWN, Michael; リ・シャオメイ（LI XIAOMEI）
_TITLED = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_NAME_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Name|Full [Nn]ame|Employee [Nn]ame|Applicant|Candidate|Contact [Pp]erson|Patient)"
    r"[ \t]*:[ \t]*"
    r"(?P<name>[A-Z][A-Za-z'-]+(?:,? [A-Z][A-Za-z'-]+){1,3})[ \t]*$"
)
# Dear Sugawara-san, / Dear Olivia Turner,
_ROMAJI_SAN = re.compile(r"\b(?P<name>[A-Z][a-z]+)-(?:san|sama|sensei)\b")
_DEAR = re.compile(r"(?m)^Dear (?P<name>[A-Z][a-z]+ [A-Z][a-z]+),")
# A signature: a name on its own line, the next line a title or a company (Global HR | Northwind Ltd.)
_SIGNATURE = re.compile(
    r"(?m)^(?P<name>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*\r?\n"
    r"[^\n]*(?:\||Ltd|Inc\b|Corp|LLC|GmbH|Co\.|Manager|Director|Officer|Department|HR\b|Acquisition|Procurement)"
)
# A mail opened to someone and signed by someone: 「森様」 on the first line, 「お疲れさまです。林です。」
_ADDRESSEE = re.compile(rf"(?m)^(?P<name>{_NAME})(?:様|さん|殿)[ 　]*$")
_SELF_INTRODUCTION = re.compile(
    rf"(?:お疲れ様です|お疲れさまです|お世話になっております|お世話になります)[。、][ 　]*(?:\r?\n)?"
    rf"(?:[^\n。]{{0,16}}の)?(?P<name>{_NAME})(?:です|と申します)"
)
# A given name with さん in a chat (恵子さんも会議に…), once the document is a chat
_GIVEN_SAN = re.compile(r"(?P<name>[一-龥々]{1,3})(?:さん|ちゃん|くん)")
_LATIN_READING = re.compile(
    r"(?<=[ァ-ヴー・一-龥々])[（(](?P<name>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,3})[）)]"
)


class SpeakerRecognizer:
    name = "speakers"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        text = segment.text
        if segment.column is not None:
            return
        if ":" in text:
            yield from _speakers(text, lexicon())
            yield from _mail_names(text)
        if "です" in text or "様" in text or "さん" in text:
            yield from _greetings(text, lexicon())
        if "\n" in text and _CLOSING.search(text) is not None:
            yield from _signatures(text)
        if text.isascii() or "(" in text or "（" in text:
            for pattern in (_TITLED, _NAME_LABEL, _LATIN_READING, _ROMAJI_SAN, _DEAR, _SIGNATURE):
                for match in pattern.finditer(text):
                    if _NOT_A_PERSON.search(match.group("name")) is None:
                        yield Finding(match.start("name"), match.end("name"), T, 0.8, ("latin-name",))


def _speakers(text: str, lex: NameLexicon) -> Iterator[Finding]:
    lines = [m for pattern in (_TIME_FIRST, _TIME_AFTER, _TIME_END) for m in pattern.finditer(text)]
    if len(lines) < _MIN_MESSAGES:
        return
    for match in lines:
        name = match.group("name")
        if _known_name(name, lex):
            yield Finding(match.start("name"), match.end("name"), T, 0.85, ("speaker",))
    for match in _GIVEN_SAN.finditer(text):
        if match.group("name") in lex.given:
            yield Finding(match.start("name"), match.end("name"), T, 0.75, ("speaker", "given+さん"))


def _greetings(text: str, lex: NameLexicon) -> Iterator[Finding]:
    for pattern in (_ADDRESSEE, _SELF_INTRODUCTION):
        for match in pattern.finditer(text):
            if _known_name(match.group("name"), lex):
                yield Finding(match.start("name"), match.end("name"), T, 0.8, ("greeting",))


def _known_name(name: str, lex: NameLexicon) -> bool:
    return name.strip() not in _KIN and is_person_name(name, lex)


# A family chat's speakers named by who they are to each other (長男, 義母): no one's name.
_KIN_WORDS = (
    "父 母 兄 姉 弟 妹 夫 妻 嫁 婿 孫 息子 娘 長男 長女 次男 次女 三男 三女 義父 義母 義兄 義姉 義弟 義妹 "
    "祖父 祖母 叔父 叔母 伯父 伯母 親父 お袋 お父さん お母さん 父さん 母さん 兄さん 姉さん 旦那 主人 家内"
)
_KIN = frozenset(_KIN_WORDS.split())


def _mail_names(text: str) -> Iterator[Finding]:
    for match in _MAIL_HEADER.finditer(text):
        name = match.group("name").strip()
        if _NOT_A_PERSON.search(name) is None and any(not c.isdigit() for c in name):
            start = match.start("name") + match.group("name").index(name)
            yield Finding(start, start + len(name), T, 0.85, ("mail-header",))


def _signatures(text: str) -> Iterator[Finding]:
    for match in _CLOSING.finditer(text):
        line = match.group("name").strip()
        if _WESTERN.fullmatch(line) and _NOT_A_PERSON.search(line) is None:
            start = match.start("name") + match.group("name").index(line)
            yield Finding(start, start + len(line), T, 0.8, ("signature",))
