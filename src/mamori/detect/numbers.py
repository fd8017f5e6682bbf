"""Every identifier that is written with digits, found in one pass.

A single regex collects "digit tokens" (digit groups joined by short separators) from the shadow text;
each token is then cut into windows and each window classified by its digit count, its grouping, check
digits and the label before it. One pass instead of a regex per type keeps the layer linear and fast, and
classifying a window once means the competing readings of 12 digits (My Number, driver's licence, …) are
decided in one place.

Windows may only be cut at weak separators (spaces, line breaks, slashes): a phone-shaped run inside
"1-090-1234-5678-9" is part of a longer code, not a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from mamori.detect import validators
from mamori.detect.addresses import PREFECTURES
from mamori.detect.column_kinds import ColumnKind
from mamori.detect.columns import column_meaning
from mamori.detect.context import Label, LabelHit, label_before, label_of_header
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType

# Possessive quantifiers: a token, once started, never backtracks, so finditer stays linear. Digits are
# [0-9], not \d: the shadow has folded full-width digits to ASCII (and prose lines without an ASCII or
# full-width digit are never read), and a range test is cheaper than \d's Unicode lookup per character
# (a fifth of this regex's cost on a log).
_TOKEN = re.compile(r"\+?\(?[0-9](?:[-./() \n\rー]{1,3}+(?=[0-9])|[0-9])*+")
# The same tokens, but only those that can be an identifier without a health-insurance label: at least
# 7 digits, or a first group of at most 3 digits before a dot (an IPv4 address). The pattern starts with
# a digit so the regex engine skips everything else in C; the look-behinds refuse a start that `_TOKEN`
# would have joined to the digits before it, and the `+(` prefix is taken back in `_token_start`. Times,
# amounts and counters (most tokens of a log) never reach Python.
_SEP = r"[-./() \n\rー]"
# It also refuses, in the regex engine because a log or a mailing list has one on every line, a token
# that is a date standing alone (2026-11-23 in `2026-11-23T10:00`: no identifier) and a token glued to
# a code before or after it (`ip=192.0.2.1`, `/orders/1234567`, `sato.1234567@`, `1234567.pdf`: the
# same verdicts as `_edges`).
# A date (19xx or 20xx, then month and day) from the second digit of its year on: the token's first
# digit is the year's first.
_DATE_AFTER_FIRST_DIGIT = r"(?:(?<=1)9|(?<=2)0)[0-9][0-9]([-/.])[01]?[0-9]\1[0-3]?[0-9]"
_LIKELY_TOKEN = re.compile(
    rf"[0-9](?<![0-9][0-9])(?<![0-9]{_SEP}[0-9])(?<![0-9]{_SEP}{{2}}[0-9])(?<![0-9]{_SEP}{{3}}[0-9])"
    r"(?<![A-Za-z0-9][-_/=&?@][0-9])"
    # the date test starts after the first digit: a pattern that starts with a digit is searched for
    # by the regex engine's fast scan, one that starts with a look-ahead is tried at every position
    rf"(?!{_DATE_AFTER_FIRST_DIGIT}(?![0-9]|{_SEP}{{1,3}}+[0-9]))"
    rf"(?=(?:{_SEP}{{0,3}}[0-9]){{6}}|[0-9]{{0,2}}\.[0-9])(?:{_SEP}{{1,3}}+(?=[0-9])|[0-9])*+"
    r"(?![-_@][A-Za-z0-9]|\.[A-Za-z])"
)
_HYPHENATED = re.compile(r"[0-9]{2,5}-[0-9]{1,4}-[0-9]{3,4}")
_DIGITS = re.compile(r"[0-9]+")
_LETTERS_BEFORE = re.compile(r"[A-Za-z]{1,12}$")
# A number grouped by thousands or followed by a unit of counting or money is a quantity, not a card's.
_AMOUNT_AFTER = re.compile(r"[,，][0-9０-９]{3}(?![0-9０-９])|[ \t]*(?:名|人|円|件|%|％|歳|万|千|億)")
_AMOUNT_BEFORE = re.compile(r"(?:[0-9０-９][,，]|[¥￥])$")
_HEALTH_NEAR = re.compile(r"保険|被保険者|資格確認|[Ii]nsur")
_MARK_NEAR = re.compile(r"(?:記号|Kigo|kigo|[Ss]ymbol)[\s:：]{0,4}[^\s]{0,8}[0-9]")
# Words that make 1–6 digit values worth reading: only a health-insurance card has numbers that short.
_SHORT_HINT = re.compile(r"記号|保険|枝番|Kigo|kigo|Bango|bango|[Ss]ymbol|[Ii]nsur")
_MARK_NUMBER = re.compile(r"記号[・･/ 、]?(?:及び|および|と)?番号")
_COUNT_UNIT = re.compile(r"桁|ケタ|文字|件|名|人|回|円|歳|%|％")
_DATE_AT = re.compile(r"(?:19|20)[0-9]{2}[-/.／年][0-9]{1,2}[-/.／月][0-9]{1,2}")
_BRANCH_JOINED = re.compile(r"記号[・･/ 、]?番号[・･/ 、]?枝番")
# After a 記号's value, the 番号 that pairs with it: 「記号：12345 番号：678」.
_NUMBER_AFTER = re.compile(r"[ 　、,/]*(?:番号|No\.?)")

_MAX_GROUPS = 5
_MAX_DIGITS = 19
_SHORT = 7  # tokens with fewer digits are only health-insurance marks/numbers, read from their label
# Lengths an ungrouped run of digits can have when no health-insurance label is around: bank account,
# postal code and passport (7), residence card (8), phones and pension (10–11), My Number and licence
# (12), corporate number (13), cards (14–19).
_PLAUSIBLE_LENGTHS = frozenset({7, 8, *range(10, 20)})
_CODE_JOINERS = frozenset("-_/=&?@")
_DROP_NON_DIGITS = str.maketrans("", "", "+-./() \n\rー")
# Letters glued to a number that are labels, not part of a code: TEL090…, No.123, T1234567890123.
_GLUED_LABELS = frozenset(
    {"tel", "fax", "phone", "mobile", "no", "ip", "t", "f", "m", "p", "zip", "id", "ph", "cell"}
    | {"visa", "jcb", "amex", "master", "mastercard", "card", "diners"}
)

T = EntityType
# Reason tuples of every phone verdict, built once: a memo has a phone number every few lines.
_PHONE_REASONS = {
    (kind, why): (f"validator:phonenumbers:{kind}", why)
    for kind in validators.PHONE_KINDS
    for why in ("label", "label:not_personal", "label:other_type", "pattern:grouped", "pattern:ungrouped")
}
_PREFECTURE_AFTER = re.compile(r"[ \u3000\t]*(?:" + "|".join(PREFECTURES) + ")")
_UNALLOCATED_REASONS = ("label", "validator failed:phonenumbers")
_UNALLOCATED_GROUPED = ("pattern:mobile 3-4-4", "validator failed:phonenumbers")
_MOBILE_PREFIXES = frozenset({"070", "080", "090"})
_FOREIGN_REASONS = ("validator:phonenumbers:international",)
_Add = Callable[[Finding], None]


@dataclass(slots=True)
class _Window:
    start: int
    end: int
    digits: str
    shape: tuple[int, ...]
    separators: tuple[str, ...]
    plus: bool


class _Edges(NamedTuple):
    """What is glued to a token: letters before (TK1234567) and after (…5678CD)."""

    prefix: str
    suffix: str


_NO_EDGES = _Edges("", "")  # most tokens: built once, not once per token


_POSTAL_PART = re.compile(r"\s*([0-9]{3}|[0-9]{4})\s*")


class NumberRecognizer:
    name = "numbers"
    types = frozenset(
        {
            T.POSTAL_CODE,
            T.PHONE,
            T.MY_NUMBER,
            T.CORPORATE_NUMBER,
            T.CREDIT_CARD,
            T.BANK_ACCOUNT,
            T.PASSPORT,
            T.DRIVERS_LICENSE,
            T.HEALTH_INSURANCE,
            T.PENSION_NUMBER,
            T.RESIDENCE_CARD,
            T.IP_ADDRESS,
        }
    )

    def find(self, segment: Segment) -> Iterator[Finding]:
        shadow = segment.shadow
        column_label = header_label(segment.column) if segment.column else None
        if column_label is not None and column_label.label is Label.POSTAL:
            part = _POSTAL_PART.fullmatch(shadow)
            if part is not None:  # zip1 / zip2, 〒上3桁: a postal code split over two cells
                yield Finding(part.start(1), part.end(1), T.POSTAL_CODE, 0.8, ("column:postal code part",))
                return
        health_possible = self._short_possible(segment, column_label)
        tokens = _TOKEN if health_possible else _LIKELY_TOKEN
        for match in tokens.finditer(shadow):
            start, end = match.span()
            token = match.group()
            if not health_possible:
                if len(token) < _SHORT and token.isdigit():
                    continue
                if start and shadow[start - 1] in "(+":
                    start = _token_start(shadow, start)
                    token = shadow[start:end]
            plain = token.isdigit()
            if plain and not health_possible and len(token) not in _PLAUSIBLE_LENGTHS:
                continue
            hyphenated = not plain and _HYPHENATED.fullmatch(token) is not None
            if hyphenated:
                few_digits = len(token) - 2 < _SHORT
            else:
                few_digits = (
                    not plain and "." not in token and len(token.translate(_DROP_NON_DIGITS)) < _SHORT
                )
            if few_digits and not health_possible:
                continue  # 1-2-3 of an address, 2026/3/2: too few digits for any identifier
            edges = _edges(shadow, start, end)
            if edges is None:
                continue
            if plain:  # the common case: one group, one window
                window = _Window(start, end, token, (len(token),), (), False)
                found = self._classify(segment, window, edges, column_label)
                if found is not None:
                    yield found
                continue
            if hyphenated:  # 090-1234-5678: the whole token is the first window tried
                groups = token.split("-")
                window = _Window(start, end, "".join(groups), tuple(map(len, groups)), ("-",) * 2, False)
                found = self._classify(segment, window, edges, column_label)
                if found is not None:
                    yield found
                    continue
            yield from self._token(segment, start, token, edges, column_label, health_possible)

    @staticmethod
    def _short_possible(segment: Segment, column_label: LabelHit | None) -> bool:
        """Whether 1–6 digit values can matter here: only health-insurance 記号・番号 are that short."""
        if column_label is not None and column_label.label in (Label.HEALTH, Label.HEALTH_MARK):
            return True
        return _SHORT_HINT.search(segment.shadow) is not None

    def _token(
        self,
        segment: Segment,
        start: int,
        token: str,
        edges: _Edges,
        column_label: LabelHit | None,
        short_ok: bool,
    ) -> Iterator[Finding]:
        groups = [(m.start() + start, m.end() + start) for m in _DIGITS.finditer(token)]
        shadow = segment.shadow
        plus = token.startswith("+")
        # Segments: runs of groups joined by strong separators; windows are cut only between them.
        segments: list[tuple[int, int]] = []
        first = 0
        for k in range(1, len(groups)):
            sep = shadow[groups[k - 1][1] : groups[k][0]]
            if any(c in " \n\r/" for c in sep):
                segments.append((first, k - 1))
                first = k
        segments.append((first, len(groups) - 1))
        if len(groups) == 4 and all(e - s == 4 for s, e in groups):
            # 16 digits in fours is a card's shape, Luhn or not: no 12-digit My Number is cut from it
            segments = [(0, 3)]

        # Digits before each group, so a window's digit count costs one subtraction.
        before = [0]
        for s, e in groups:
            before.append(before[-1] + e - s)
        i = 0
        while i < len(segments):
            found = None
            # Every segment holds at least one group, so no window spans more than _MAX_GROUPS segments.
            for j in range(min(len(segments), i + _MAX_GROUPS) - 1, i - 1, -1):
                g0, g1 = segments[i][0], segments[j][1]
                digits = before[g1 + 1] - before[g0]
                if g1 - g0 + 1 > _MAX_GROUPS or digits > _MAX_DIGITS + 1:
                    continue
                if digits < _SHORT and not (short_ok or (i == j and g1 - g0 == 3)):
                    continue  # too short for anything but a labelled health number or an IPv4 address
                window = self._window(shadow, groups, g0, g1, plus and g0 == 0)
                window_edges = _Edges(
                    edges.prefix if g0 == 0 else "", edges.suffix if g1 == len(groups) - 1 else ""
                )
                found = self._classify(segment, window, window_edges, column_label)
                if found is not None:
                    i = j + 1
                    yield found
                    break
            if found is None:
                i += 1

    @staticmethod
    def _window(shadow: str, groups: list[tuple[int, int]], g0: int, g1: int, plus: bool) -> _Window:
        parts = groups[g0 : g1 + 1]
        digits = "".join(shadow[s:e] for s, e in parts)
        seps = tuple(shadow[parts[k][1] : parts[k + 1][0]] for k in range(len(parts) - 1))
        start = parts[0][0]
        if plus:
            start = shadow.rfind("+", max(0, start - 2), start)
        elif start > 0 and shadow[start - 1] == "(" and ")" in (seps[0] if seps else ""):
            start -= 1
        return _Window(start, parts[-1][1], digits, tuple(e - s for s, e in parts), seps, plus)

    def _classify(
        self, segment: Segment, w: _Window, edges: _Edges, column_label: LabelHit | None
    ) -> Finding | None:
        hit = label_before(segment.shadow, w.start - len(edges.prefix)) or column_label
        label = hit.label if hit is not None else None
        n = len(w.digits)
        candidates: list[Finding] = []
        add = candidates.append

        if edges.prefix and edges.prefix.isupper() and len(edges.prefix) == 2:
            if n == 8 and w.shape == (8,) and len(edges.suffix) == 2 and edges.suffix.isupper():
                score = 0.99 if label is Label.RESIDENCE else 0.9
                return self._make(
                    w,
                    T.RESIDENCE_CARD,
                    score,
                    ["pattern:2letters+8digits+2letters"],
                    hit,
                    start=w.start - 2,
                    end=w.end + 2,
                )
            if n == 7 and w.shape == (7,) and not edges.suffix:
                score = {Label.PASSPORT: 0.97, Label.RESIDENCE: 0.3}.get(label, 0.45) if label else 0.45
                return self._make(w, T.PASSPORT, score, ["pattern:2letters+7digits"], hit, start=w.start - 2)
            return None
        if edges.suffix:
            return None
        if edges.prefix == "T" and n == 13 and validators.is_corporate_number(w.digits):
            return self._make(
                w,
                T.CORPORATE_NUMBER,
                0.97,
                ["pattern:T+13digits", "validator:check_digit"],
                hit,
                start=w.start - 1,
            )

        if n < _SHORT:
            return self._short(segment, w, hit)
        if (10 <= n <= 13 and (w.plus or w.digits[0] == "0")) or (w.plus and 8 <= n <= 15):
            phone = self._phone(w, label)
            if phone is not None:
                add(self._make(w, T.PHONE, phone[0], phone[1], hit))
        if n == 12 and w.shape in ((12,), (4, 4, 4)):
            self._twelve(w, label, hit, add)
        elif n == 13 and w.shape in ((13,), (1, 4, 4, 4)):
            self._thirteen(w, label, hit, add)
        elif n == 10 and w.shape in ((4, 6), (10,)):
            if label is Label.PENSION:
                add(self._make(w, T.PENSION_NUMBER, 0.97 if w.shape == (4, 6) else 0.9, ["label"], hit))
            elif w.shape == (4, 6) and label is None:
                add(self._make(w, T.PENSION_NUMBER, 0.45, ["pattern:4-6 without label"], hit))
        elif n == 7 and w.shape in ((3, 4), (7,)):
            self._seven(w, label, hit, add, _PREFECTURE_AFTER.match(segment.shadow, w.end) is not None)
        elif n == 13 and w.shape == (5, 8) and label is Label.BANK:
            add(self._make(w, T.BANK_ACCOUNT, 0.85, ["pattern:ゆうちょ記号-番号", "label"], hit))
        if 14 <= n <= 19:
            self._card(w, label, hit, add)
        if len(w.shape) == 4 and all(s == "." for s in w.separators):
            self._ipv4(w, label, hit, add)
        # under a 被保険者番号 label a ten-digit 介護保険 number is the card's, though it reads as a landline
        health_first = not candidates or label is Label.HEALTH
        if health_first and n <= 16 and len(w.shape) <= 3 and not any("\n" in sep for sep in w.separators):
            health = self._health(segment, w, hit)
            if health is not None:
                add(health)
        if len(candidates) < 2:
            return candidates[0] if candidates else None
        return max(candidates, key=lambda f: f.score)

    def _short(self, segment: Segment, w: _Window, hit: LabelHit | None) -> Finding | None:
        """1–6 digits: only the 記号 and 番号 of a health-insurance card, known by their labels."""
        if len(w.shape) > 2:
            return None
        return self._health(segment, w, hit)

    def _health(self, segment: Segment, w: _Window, hit: LabelHit | None) -> Finding | None:
        """The 記号 and 番号 of a health-insurance card, known by their labels: a 保険 label, or 記号 paired
        with a 番号 (「記号：12345 番号：678」, 「記号・番号：123-45」) — the pair is what a card prints."""
        if hit is None:
            return None
        shadow = segment.shadow
        if _COUNT_UNIT.match(shadow, w.end) is not None:
            return None  # 保険者番号（8桁）: a count of digits, not a value
        if _AMOUNT_AFTER.match(shadow, w.end) is not None or _AMOUNT_BEFORE.search(
            shadow, max(0, w.start - 2), w.start
        ):
            return (
                None  # 被保険者数：2,019名, 健康保険料：35,740円: a count or an amount, grouped by thousands
            )
        if any(
            d.start() <= w.start and w.end <= d.end()
            for d in _DATE_AT.finditer(shadow, max(0, w.start - 8), w.end + 8)
        ):
            return None  # 2012/05/14 under 交付年月日 is a date, whatever label came before
        if len(w.shape) == 3 and _BRANCH_JOINED.search(shadow, max(0, w.start - 16), w.start) is None:
            return None  # three groups only as 記号・番号・枝番
        if hit.label is Label.HEALTH:
            return self._make(w, T.HEALTH_INSURANCE, 0.85, ["label"], hit)
        near_health = _HEALTH_NEAR.search(shadow, max(0, w.start - 80), w.start) is not None
        if hit.label is Label.HEALTH_MARK:
            if near_health:
                return self._make(w, T.HEALTH_INSURANCE, 0.85, ["label", "context:保険"], hit)
            paired = _MARK_NUMBER.search(shadow, max(0, w.start - 12), w.start) is not None
            if paired or _NUMBER_AFTER.match(shadow, w.end) is not None or _health_column(segment.column):
                return self._make(w, T.HEALTH_INSURANCE, 0.8, ["label", "context:記号…番号"], hit)
            return None
        if hit.label is Label.NUMBER and _MARK_NEAR.search(shadow, max(0, w.start - 40), w.start) is not None:
            return self._make(w, T.HEALTH_INSURANCE, 0.8, ["label", "context:記号…番号"], hit)
        return None

    @staticmethod
    def _phone(w: _Window, label: Label | None) -> tuple[float, tuple[str, ...]] | None:
        if w.plus:
            if not w.digits.startswith("81"):
                # +1 (415) 555-0159, +44 20 7946 0227: a number abroad, as the numbering plans say
                if validators.is_international_phone(w.digits):
                    return (0.97 if label is Label.PHONE else 0.85), _FOREIGN_REASONS
                return None
            # +81 90 …, +81(0)90 …, and +819012345678 written in one piece
            if w.shape[0] != 2 and len(w.shape) > 1:
                return None
            rest = w.digits[2:]
            if (len(w.shape) == 1 or w.shape[1] == 1) and rest[0] == "0":  # +81 (0)3 …, +81090…
                rest = rest[1:]
            national = "0" + rest
        else:
            national = w.digits
            shape = w.shape
            if len(shape) > 1 and not (
                2 <= shape[0] <= 5 and 3 <= shape[-1] <= 4 and all(1 <= s <= 4 for s in shape[1:-1])
            ):
                return None
        kind = validators.japanese_phone_kind(national)
        if kind is None:
            # A number the numbering plan leaves unallocated (090-0123-…) is still the phone its label
            # or column says it is: a typed or invented number is as personal as a real one.
            if label is Label.PHONE and 10 <= len(national) <= 11 and national[1] != "0":
                return 0.6, _UNALLOCATED_REASONS
            if label is None and w.shape == (3, 4, 4) and national[:3] in _MOBILE_PREFIXES:
                return 0.6, _UNALLOCATED_GROUPED  # 070-0784-1793: a mobile number in its own shape

            return None
        if label is Label.PHONE:
            return 0.97, _PHONE_REASONS[kind, "label"]
        if label is Label.NOT_PERSONAL:
            return 0.3, _PHONE_REASONS[kind, "label:not_personal"]
        if label not in (None, Label.NUMBER):
            return 0.4, _PHONE_REASONS[kind, "label:other_type"]
        if len(w.shape) > 1 or w.plus:
            return 0.85, _PHONE_REASONS[kind, "pattern:grouped"]
        return (0.7 if kind == "mobile" else 0.55), _PHONE_REASONS[kind, "pattern:ungrouped"]

    def _twelve(self, w: _Window, label: Label | None, hit: LabelHit | None, add: _Add) -> None:
        if validators.is_my_number(w.digits):
            score = (
                {
                    Label.MY_NUMBER: 0.99,
                    Label.NOT_PERSONAL: 0.2,
                    Label.NUMBER: 0.6,
                }.get(label, 0.3)
                if label is not None
                else 0.6
            )
            add(self._make(w, T.MY_NUMBER, score, ["validator:check_digit"], hit))
        elif label is Label.MY_NUMBER:
            # Under its label a number with a wrong check digit is a mistyped My Number, not a miss.
            add(self._make(w, T.MY_NUMBER, 0.6, ["label", "validator failed:check_digit"], hit))
        if validators.is_drivers_license(w.digits):
            score = 0.97 if label is Label.LICENSE else 0.35
            add(self._make(w, T.DRIVERS_LICENSE, score, ["validator:check_digit"], hit))
        elif label is Label.LICENSE:
            add(self._make(w, T.DRIVERS_LICENSE, 0.6, ["label", "validator failed:check_digit"], hit))

    def _thirteen(self, w: _Window, label: Label | None, hit: LabelHit | None, add: _Add) -> None:
        if not validators.is_corporate_number(w.digits):
            return
        if label is Label.CORPORATE:
            score, why = 0.99, "label"
        elif label is Label.NOT_PERSONAL:
            score, why = 0.2, "label:not_personal"
        elif validators.looks_like_jan(w.digits):
            score, why = 0.3, "looks_like:JAN"
        else:
            score, why = 0.7, "no_label"
        add(self._make(w, T.CORPORATE_NUMBER, score, ["validator:check_digit", why], hit))

    def _seven(
        self, w: _Window, label: Label | None, hit: LabelHit | None, add: _Add, before_address: bool
    ) -> None:
        if label is Label.BANK and w.shape == (7,):
            add(self._make(w, T.BANK_ACCOUNT, 0.9, ["label"], hit))
        elif label is Label.POSTAL:
            add(self._make(w, T.POSTAL_CODE, 0.97 if w.shape == (3, 4) else 0.9, ["label"], hit))
        elif before_address and label in (None, Label.NUMBER, Label.POSTAL):
            # 1669420 東京都杉並区…: seven digits in front of an address are its postal code
            add(self._make(w, T.POSTAL_CODE, 0.85, ["pattern:before an address"], hit))
        elif w.shape == (3, 4) and w.separators == ("-",):
            score = 0.6 if label in (None, Label.NUMBER) else 0.2
            add(self._make(w, T.POSTAL_CODE, score, ["pattern:3-4"], hit))

    def _card(self, w: _Window, label: Label | None, hit: LabelHit | None, add: _Add) -> None:
        if len(w.shape) > 1 and not (3 <= len(w.shape) <= 5 and all(3 <= s <= 6 for s in w.shape)):
            return
        if not validators.is_luhn(w.digits):
            return
        brand = validators.card_brand(w.digits)
        reasons = ["validator:luhn"]
        if brand:
            reasons.append(f"brand:{brand}")
        if label is Label.CARD:
            score = 0.99 if brand else 0.8
        elif label is Label.NOT_PERSONAL:
            score = 0.25
        else:
            score = 0.9 if brand else 0.4
        add(self._make(w, T.CREDIT_CARD, score, reasons, hit))

    def _ipv4(self, w: _Window, label: Label | None, hit: LabelHit | None, add: _Add) -> None:
        shadow_parts = w.shape
        if any(s > 3 for s in shadow_parts):
            return
        octets = []
        pos = 0
        for size in shadow_parts:
            octets.append(int(w.digits[pos : pos + size]))
            pos += size
        if any(o > 255 for o in octets):
            return
        if label is Label.IP:
            score = 0.95
        elif label is Label.NOT_PERSONAL:
            score = 0.2
        else:
            score = 0.85
        add(self._make(w, T.IP_ADDRESS, score, ["pattern:ipv4"], hit))

    @staticmethod
    def _make(
        w: _Window,
        kind: EntityType,
        score: float,
        reasons: Sequence[str],
        hit: LabelHit | None,
        *,
        start: int | None = None,
        end: int | None = None,
    ) -> Finding:
        why = tuple(reasons) if hit is None else _named_reasons(tuple(reasons), hit.word)
        return Finding(w.start if start is None else start, w.end if end is None else end, kind, score, why)


@lru_cache(maxsize=4096)
def _named_reasons(reasons: tuple[str, ...], word: str) -> tuple[str, ...]:
    """`label` becomes `label:<word>`; without a label reason the word is noted as `near:<word>`.
    Cached: reasons are a few constants and label words a few hundred."""
    named = [r if r != "label" else f"label:{word}" for r in reasons]
    if not any(r.startswith("label") for r in named):
        named.append(f"near:{word}")
    return tuple(named)


_ENTITY_LABELS = {
    "PHONE": Label.PHONE,
    "POSTAL_CODE": Label.POSTAL,
    "MY_NUMBER": Label.MY_NUMBER,
    "CORPORATE_NUMBER": Label.CORPORATE,
    "CREDIT_CARD": Label.CARD,
    "BANK_ACCOUNT": Label.BANK,
    "PASSPORT": Label.PASSPORT,
    "DRIVERS_LICENSE": Label.LICENSE,
    "HEALTH_INSURANCE": Label.HEALTH,
    "PENSION_NUMBER": Label.PENSION,
    "RESIDENCE_CARD": Label.RESIDENCE,
    "IP_ADDRESS": Label.IP,
}


@lru_cache(maxsize=4096)
def header_label(header: str) -> LabelHit | None:
    """The label a column header gives its cells: its own label words (電話, Tel), else what the header
    means once read (romaji and abbreviations: denwa, keitai, yubin, unten_menkyo)."""
    meaning = column_meaning(header)
    if meaning is not None and meaning.kind is ColumnKind.CODE:
        return LabelHit(Label.NOT_PERSONAL, header, 0)  # 保険証券番号, 会員カード番号: a code
    hit = label_of_header(header)
    if hit is not None and hit.label is not Label.NUMBER:
        return hit
    label = _ENTITY_LABELS.get(meaning.entity or "") if meaning is not None else None
    return LabelHit(label, header, 0) if label is not None else hit


def _health_column(header: str | None) -> bool:
    """A column whose header alone says health insurance (記号, 保険証番号): its cells need no 保険 nearby."""
    meaning = column_meaning(header)
    return meaning is not None and meaning.entity == T.HEALTH_INSURANCE.value


def _token_start(shadow: str, start: int) -> int:
    """Where `_TOKEN` would have started a token whose first digit is at `start`: before `+`, `(`, `+(`."""
    if start > 0 and shadow[start - 1] == "(":
        start -= 1
    if start > 0 and shadow[start - 1] == "+":
        start -= 1
    return start


def _edges(shadow: str, start: int, end: int) -> _Edges | None:
    """Letters glued to the token, or None when the token is part of a longer code or URL."""
    prefix = ""
    if start > 0:
        before = shadow[start - 1]
        if before.isascii() and before.isalpha():
            run = _LETTERS_BEFORE.search(shadow, max(0, start - 12), start)
            letters = run.group() if run else before
            ahead = shadow[start - len(letters) - 1] if start - len(letters) > 0 else " "
            if ahead.isascii() and (ahead.isalnum() or ahead in "-_/"):
                return None
            if letters.lower() not in _GLUED_LABELS or (len(letters) == 1 and letters.isupper()):
                if not letters.isupper() or len(letters) > 2:
                    return None
                prefix = letters
        elif before in _CODE_JOINERS and start > 1:
            ahead = shadow[start - 2]
            if ahead.isascii() and ahead.isalnum():
                return None
        elif before == "." and start > 1 and shadow[start - 2].isascii() and shadow[start - 2].isalpha():
            # "ver.1.2.3" is a version, "Tel.03…" a phone: keep only known glued labels.
            run = _LETTERS_BEFORE.search(shadow, max(0, start - 13), start - 1)
            era = run is not None and len(run.group()) == 1 and run.group() in "MTSHRmtshr"
            if not era and (run is None or run.group().lower() not in _GLUED_LABELS):
                return None  # but "H.9.9.16 090 …" is a date in era letters, and a phone after it
    suffix = ""
    if end < len(shadow):
        after = shadow[end]
        if after.isascii() and after.isalpha():
            tail = shadow[end : end + 3]
            if (
                len(tail) >= 2
                and tail[:2].isupper()
                and tail[:2].isalpha()
                and (len(tail) == 2 or not (tail[2].isascii() and tail[2].isalnum()))
            ):
                suffix = tail[:2]
            else:
                return None
        elif after in "-_@" and end + 1 < len(shadow):
            nxt = shadow[end + 1]
            if nxt.isascii() and nxt.isalnum():
                return None
        elif (
            after == "." and end + 1 < len(shadow) and shadow[end + 1].isascii() and shadow[end + 1].isalpha()
        ):
            return None
    return _Edges(prefix, suffix) if prefix or suffix else _NO_EDGES
