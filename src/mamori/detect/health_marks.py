"""HEALTH_INSURANCE: the 記号 of a health-insurance card written with kana or kanji (東京671, 37イ48, ア949),
and 記号・番号 written as one value (5110・4243935, 55イ57／2479080).

`numbers.py` reads the 記号 and 番号 that are digits only. Some insurers print letters in the 記号: those
are found here, after a 記号 label (記号, Kigo, Symbol) in a text that speaks of insurance or pairs the
記号 with a 番号, and never without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mamori.detect.columns import column_meaning
from mamori.detect.dates import iso_date
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

T = EntityType.HEALTH_INSURANCE
_MARK = re.compile(
    r"(?:記号|Kigo|kigo|Card symbol|Symbol|symbol)[ \t]*[:：]?[ \t\u3000]*(?:\r?\n)?[ \t\u3000]*"
    r"(?P<value>[一-龥ぁ-んァ-ヴA-Za-z0-9]{1,10})"
)
# 「記号・番号：5110・4243935」「記号/番号：55イ57／2479080」: the pair written as one value
_JOINED = re.compile(
    r"記号[・･/／]?番号(?:[・･/／]枝番)?[ \t\u3000]*[:：】]?[ \t\u3000\n]*(?:[-*・][ \t\u3000]*)?"
    r"(?P<value>[一-龥ぁ-んァ-ヴA-Za-z0-9]{1,10}[・･/／\-ー 　][0-9]{1,10}(?:[・･/／\-ー][0-9]{1,3})?)"
)
# 「保険証：協会けんぽ　75 - 6572805」: the card, its insurer's name, then 記号 - 番号
_CARD_PAIR = re.compile(
    r"(?:保険証|被保険者証|健康保険証)[ \t\u3000]*[:：】]?[ \t\u3000]*"
    r"(?:協会けんぽ|[一-龥ァ-ヴー]{1,14}(?:健康保険組合|健保組合|共済組合|国民健康保険|健康保険|国保|健保))?"
    r"[ \t\u3000]*(?P<value>[0-9]{1,8}[ \t\u3000]*[-－ー・][ \t\u3000]*[0-9]{1,8})(?![0-9])"
)
_CONTEXT = re.compile(r"保険|被保険者|資格確認|[Ii]nsur|番号|Bango|bango|No\.")


_CELL_MARK = re.compile(r"[ \t\u3000]*(?P<value>[一-龥ぁ-んァ-ヴA-Za-z]{1,4}[0-9]{1,8})[ \t\u3000]*")


def _mark_cell(segment: Segment) -> Iterator[Finding]:
    """A cell under a 記号 header (健保記号, 保険証記号) that holds letters and digits (ＡＢ３３２, KT955)."""
    meaning = column_meaning(segment.column)
    if meaning is None or meaning.entity != T.value:
        return
    match = _CELL_MARK.fullmatch(segment.shadow)
    if match is not None:
        yield Finding(match.start("value"), match.end("value"), T, 0.9, (f"column:{segment.column}",))


class HealthMarkRecognizer:
    name = "health_marks"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        shadow = segment.shadow
        if segment.column is not None:
            yield from _mark_cell(segment)
            return
        if "保険証" in shadow or "被保険者証" in shadow:
            for match in _CARD_PAIR.finditer(shadow):
                if iso_date(match.group("value")) is None:
                    yield Finding(
                        match.start("value"), match.end("value"), T, 0.9, ("label:保険証", "joined")
                    )
        if "記号" not in shadow and "igo" not in shadow and "ymbol" not in shadow:
            return
        for match in _JOINED.finditer(shadow):
            if iso_date(match.group("value")) is not None:
                continue  # 記号・番号：2012/05/14 is a date put in the wrong field, not a card
            yield Finding(match.start("value"), match.end("value"), T, 0.95, ("label:記号・番号", "joined"))
        for match in _MARK.finditer(shadow):
            value = match.group("value")
            if value.isdigit() or not any(c.isdigit() for c in value):
                continue  # digits alone are numbers.py's; a word without digits is no 記号
            near = shadow[max(0, match.start() - 80) : match.end() + 40]
            if _CONTEXT.search(near) is not None:
                yield Finding(
                    match.start("value"), match.end("value"), T, 0.9, ("label:記号", "kana-or-kanji")
                )
