"""The fields of a health form, in every layout a 問診票 is written in: a label and its answer on one line
(既往歴：胃がん, two pairs per line), the answer in brackets (既往歴【 胃がん 】), a two-column table row
(| 既往歴 | 胃がん |), or the label alone on its line and the answer on the next (■既往歴 / 胃がん).

A label that asks about health (既往歴, 現在治療中の病気, 食物アレルギー, どこが痛みますか, 障害者手帳)
binds to its answer: the answer is the person's fact unless it says there is none (なし, 服用していない).
The label itself is a question, never a fact: words in it (治療中, 血圧の薬) state nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Words of a label that asks about the person's health, and the subtype its answer is.
_HEALTH_LABEL = re.compile(
    r"既往|病気|病名|傷病|疾患|持病|アレルギー|痛み|痛む|痛い|しびれ|症状|服薬|服用|お薬|薬|治療|通院|入院|手術|"
    r"診断|体調|健康状態|食事制限の理由|現病歴|主訴|負傷|受傷|施術経過"
)
_DISABILITY_LABEL = re.compile(r"障害|障がい|手帳|介護|要支援|要介護")
_ANY_LABEL = re.compile(f"{_HEALTH_LABEL.pattern}|{_DISABILITY_LABEL.pattern}")
# An answer that says there is nothing: no fact in it.
_NONE = re.compile(
    r"(?:特に)?(?:なし|無し|ない|無|ありません|いいえ|該当なし|不明|未記入|空欄|（空欄）|\(空欄\)|-|ー|―|／|/)"
    r"|(?:服用|治療|通院|入院)?(?:して)?いない|(?:ありませ|ございませ)ん|□あり\s*☑なし|なし（.*）"
)
# A label starts a line, or a second column after two spaces; nothing in a field crosses a line.
_LABEL = (
    r"(?:^|(?<=[ \t]{2})|(?<=\u3000))[ \t\u3000]*[■●◆◇・]?[ \t\u3000]*"
    r"(?P<label>[^\s:：|｜【［\[（(■●◆][^:：|｜【［\[（(\n]{0,24}?)[ \t\u3000]*"
)
_SAME_LINE = re.compile(
    _LABEL + r"[:：][ \t\u3000]*(?P<value>[^\n]*?)[ \t\u3000]*(?=[ \t]{2,}|\u3000|$)", re.MULTILINE
)
_BRACKETS = re.compile(
    _LABEL + r"(?:【\s*(?P<v1>[^】\n]*?)\s*】|［\s*(?P<v2>[^］\n]*?)\s*］|\[\s*(?P<v3>[^\]\n]*?)\s*\]"
    r"|[（(]\s*(?P<v4>[^\n]*?)\s*[）)])\s*$",
    re.MULTILINE,
)
_TABLE_ROW = re.compile(
    r"^\s*[|｜]\s*(?P<label>[^|｜\n]{1,24}?)\s*[|｜]\s*(?P<value>[^|｜\n]*?)\s*[|｜]\s*$", re.MULTILINE
)
_LABEL_LINE = re.compile(
    r"^\s*(?:[■●◆◇]\s*(?P<label>[^\n:：]{1,24}?)|【(?P<label2>[^】\n]{1,24})】)\s*\n\s*(?P<value>[^\n■●◆◇【]+?)\s*$",
    re.MULTILINE,
)


_HEADED_LIST = re.compile(
    # the heading, at most one line under it (the writer, the date), then the items
    r"^\s*[【■●◆]?\s*(?P<label>[^\n:：【】■(（]{1,12})\s*[】:：]?[^\n]*\n(?:[^\n・\-‐●][^\n]*\n)?"
    r"(?:[ \t\u3000]*[・\-‐●][^\n]*(?:\n|$))+",
    re.MULTILINE,
)
_ITEM = re.compile(r"^[ \t\u3000]*[・\-‐●][ \t\u3000]*(?P<value>[^\n]*?)[ \t\u3000]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Field:
    label: tuple[int, int]
    value: tuple[int, int]
    subtype: str | None  # the subtype of a health field's answer, None for any other field


def asks_about_health(shadow: str) -> bool:
    """Whether a field that asks about health can be in the text at all: a field's mark, then one pass of
    the label words (most prose has neither, and is read no further here)."""
    return _has_field_mark(shadow) and _ANY_LABEL.search(shadow) is not None


def _has_field_mark(shadow: str) -> bool:
    return ":" in shadow or "|" in shadow or any(c in shadow for c in "【［[（(■●◆")


def form_fields(shadow: str) -> Iterator[Field]:
    """Label–answer pairs of a form, in the offsets of `shadow`."""
    if not _has_field_mark(shadow):
        return
    for match in _SAME_LINE.finditer(shadow):
        yield _field(match, "label", "value")
    for match in _BRACKETS.finditer(shadow):
        value = next(g for g in ("v1", "v2", "v3", "v4") if match.group(g) is not None)
        # round brackets after a fact add its detail (金属アレルギー（ニッケル）, 高血圧（治療中））: a field
        # only when the form pads them (既往歴（ 胃がん ）) or the label asks (既往歴（胃がん）)
        if (
            value == "v4"
            and not _PADDED.match(shadow, match.end("label"))
            and not _QUESTION.search(match.group("label"))
        ):
            continue
        yield _field(match, "label", value)
    for match in _TABLE_ROW.finditer(shadow):
        if not set(match.group("value")) <= set("-:= "):  # not a table's rule line
            yield _field(match, "label", "value")
    for match in _LABEL_LINE.finditer(shadow):
        yield _field(match, "label" if match.group("label") is not None else "label2", "value")
    for match in _HEADED_LIST.finditer(shadow):  # 【既往歴】 and a bulleted item per line below it
        field = _field(match, "label", "label")
        for item in _ITEM.finditer(shadow, match.end("label"), match.end()):
            yield Field(field.label, item.span("value"), field.subtype)


# A label ends with what it asks (既往歴, 現在治療中の病気, どこが痛みますか): 「緑内障のため抗コリン薬禁忌
# （本人申告）」 is a statement with a note in brackets, not a field.
_ASKS = re.compile(
    r"(?:既往歴|既往症|既往|病気|病名|傷病名|疾患|持病|アレルギー|症状|服薬|服用薬|服用|お薬|薬|治療|手術|通院|入院|"
    r"診断名|診断|体調|健康状態|理由|現病歴|主訴|負傷名|負傷原因|受傷原因|施術経過|障害|障がい|手帳|介護度|認定|"
    r"ますか|ですか)\s*[0-9０-９]*\s*$"
)


_PADDED = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]")
_QUESTION = re.compile(r"(?:歴|病気|病名|ますか|ですか|有無|状況|内容|理由|症状)\s*[0-9０-９]*\s*$")
# A blank to fill in (病名（　　　）, 宗派：＿＿＿, 【既往症：　　】, and what a masked copy's re-check blanks
# out): a template's field or a removed answer, never an answer.
_BLANK = re.compile(r"[（(][ \t\u3000]*[）)]|[＿_]{2,}|[:：][ \t\u3000]*[】\]]")


def _field(match: re.Match[str], label: str, value: str) -> Field:
    words = match.group(label)
    subtype = None
    if _ASKS.search(words):
        if _DISABILITY_LABEL.search(words):
            subtype = "disability"
        elif _HEALTH_LABEL.search(words):
            subtype = "medical"
    return Field(match.span(label), match.span(value), subtype)


def stated_parts(shadow: str, field: Field) -> Iterator[tuple[int, int]]:
    """Spans of a health field's answer that state the fact: the whole of a short answer (えび・かに, 右膝が
    痛い), and of a long one (a 現病歴 paragraph) each clause that tells a symptom or a course of illness, not
    its dates or the request that closes a letter."""
    if states_a_fact(shadow, field):
        yield field.value
        return
    start, end = field.value
    if end - start <= MAX_ANSWER and _DATE.search(shadow, start, end) is None:
        return
    for clause in _CLAUSE.finditer(shadow, start, end):
        text = clause.group()
        if _SYMPTOM.search(text) is None or _INSTRUCTION.search(text) is not None:
            continue
        dated = _DATE_PREFIX.match(text)
        begin = clause.start() + (dated.end() if dated else 0)
        # up to the next date and the label before it (右肘関節捻挫 負傷日 2023/06/24)
        date = _DATE.search(shadow, begin, clause.end())
        stop = (
            clause.end() if date is None else begin + len(_NEXT_LABEL.sub("", shadow[begin : date.start()]))
        )
        if stop - begin >= 2 and _SYMPTOM.search(shadow, begin, stop):
            yield begin, stop


_CLAUSE = re.compile(r"[^、。,，]+")
# What a clinical history tells: symptoms and their course
_SYMPTOM = re.compile(
    r"痛|しびれ|痺れ|めまい|眩暈|困難|出現|増悪|悪化|発作|麻痺|低下|腫れ|腫脹|発熱|咳|吐き気|嘔吐|倦怠|動悸|息切れ|"
    r"出血|むくみ|浮腫|不眠|食欲|骨折|捻挫|受傷|転倒"
)
_DATE_PREFIX = re.compile(r"[^、。]*?(?:頃|ごろ)?(?:より|から)")
_NEXT_LABEL = re.compile(r"[ \t\u3000]+[^ \t\u3000]{0,8}[ \t\u3000]*$")


def masked(text: str) -> bool:
    """Whether a span holds what a masked copy writes for a value (<要配慮情報_2>, ■■■)."""
    return _MASKED.search(text) is not None


def says_none(shadow: str, field: Field) -> bool:
    """Whether a health field's answer says there is nothing (なし, 服用していない), is a hint (（例：…）) or
    an instruction (あてはまるものに(レ)): nothing in it is a fact."""
    start, end = field.value
    answer = shadow[start:end].strip()
    return (
        not answer
        or _BLANK.search(answer) is not None
        or _NONE.fullmatch(answer) is not None
        or _EXAMPLE.match(answer) is not None
        or _INSTRUCTION.search(answer) is not None
    )


def states_a_fact(shadow: str, field: Field) -> bool:
    """Whether a health field's answer states something (胃がん, えび・かに), not that there is nothing. A
    long answer (a 現病歴 paragraph) or a list of options to tick is left to the sentences' own reading."""
    start, end = field.value
    answer = shadow[start:end].strip()
    return (
        0 < len(answer) <= MAX_ANSWER
        and _OPTIONS.search(answer) is None
        and _MASKED.search(answer) is None
        and _BLANK.search(answer) is None
        and _DATE.search(answer) is None
        and _NONE.fullmatch(answer) is None
        and _EXAMPLE.match(answer) is None
        and _INSTRUCTION.search(answer) is None
        and not answer.replace("/", "").isdigit()
    )


MAX_ANSWER = 40
# What a masked copy holds where the answer was (<要配慮_1>, ■■■, ＊＊＊): nothing left to find.
_MASKED = re.compile(r"<[^<>\n]{1,16}_[0-9]+>|■{2,}|＊{2,}|\*{3,}")
_OPTIONS = re.compile(r"[□☐■☑✓✔〇○◯]|\( \)|\(レ\)")
_DATE = re.compile(r"[0-9]{4}[/年.-][0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2}")
# A blank form's instruction (あてはまるものに(レ), ご記入ください): how to answer, not an answer.
_INSTRUCTION = re.compile(r"あてはまる|当てはまる|該当する|ください|下さい|つけて|選んで|ご記入")
# A blank form's hint (（例：高血圧）, 記入例: …): a sample, not an answer.
_EXAMPLE = re.compile(r"[（(]?\s*(?:例|記入例|例え?ば)\s*[:：)）]")
