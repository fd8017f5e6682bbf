"""Phone numbers as a call memo writes down what was said: in kanji numerals (〇九〇の一二三四の五六七八)
or one spoken digit at a time (0 9 0 1 2 3 4 5 6 7 8).

`numbers.py` reads digits in their usual groups; these shapes have no digits or no groups, and are found
here only when the digits they spell are a phone number by Japan's numbering plan or the mobile shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mamori.detect import validators
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

T = EntityType.PHONE
_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
_KANJI = re.compile(r"[〇一二三四五六七八九]{2,5}(?:[のー－\-、][〇一二三四五六七八九]{1,5}){1,3}")
_SPACED = re.compile(r"(?<![0-9])0(?: [0-9]){9,10}(?![ 0-9])")
_REASONS = ("pattern:spoken digits",)


class SpokenNumberRecognizer:
    name = "spoken_numbers"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        text = segment.shadow
        if "〇" in text:
            for match in _KANJI.finditer(text):
                yield from _phone(match.start(), match.end(), match.group().translate(_KANJI_DIGITS))
        if "0 " in text:
            for match in _SPACED.finditer(text):
                yield from _phone(match.start(), match.end(), match.group())


def _phone(start: int, end: int, spelled: str) -> Iterator[Finding]:
    digits = "".join(c for c in spelled if c.isdigit())
    if not digits.startswith("0") or len(digits) not in (10, 11):
        return
    mobile = len(digits) == 11 and digits[:3] in ("070", "080", "090")
    if mobile or validators.japanese_phone_kind(digits) is not None:
        yield Finding(start, end, T, 0.8, _REASONS)
