"""What the scanner does with a table column (its `Role`), and the decisions a header or a sample of values
makes before any cell is read: a column headed 免許証番号 holds licences, a column of 12-digit numbers whose
check digits agree only by chance holds parcel or product codes, not My Numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from stdnum import ean

from mamori.detect.column_kinds import ColumnMeaning
from mamori.detect.types import JAPANESE_NAMES, EntityType
from mamori.detect.validators import is_corporate_number, is_drivers_license, is_luhn, is_my_number
from mamori.scan.people_keys import role_mailboxes

# A column whose values are a check-digit type's shape is that type only when nearly all pass the check:
# a real My Number column passes 100 %, random 12-digit values about 9 %.
CHECK_PASS_RATE = 0.9
SHAPE_SHARE = 0.6
# A header naming an identifier is believed when this share of the sample looks like one.
HEADER_SHARE = 0.6
_NOT_DIGITS = re.compile(r"[\s\-‐－ー―−]")
_DIGIT = re.compile(r"[0-9０-９]")


class Role(Enum):
    DIRECT = "direct"  # every non-empty cell is one finding of the column's type
    FORMAT_COLUMN = "format_column"  # cells of one format-defined type, checked via shape cache
    TEXT = "text"  # free text: the full pipeline on every cell
    FORMAT_ONLY = "format_only"  # the format-defined layer on cells with a digit or @
    CODE = "code"  # ids, order numbers, barcodes: only an e-mail address in a cell is looked for
    ORGANISATION = "organisation"  # an organisation's name or contact point: nobody's personal data


@dataclass
class ColumnPlan:
    index: int
    header: str
    role: Role
    type: EntityType | None = None
    subtype: str | None = None
    reason: str = ""
    subject: str = ""  # whose column: "" for the row's own person, else 配偶者, 子1, recipient …
    part: str | None = None  # a name column holding only the family or the given name
    pass_rate: float | None = None  # share of sampled values whose check digit agreed, where one was tried
    kanji: bool = False  # a name column written in kanji (not a kana or Latin reading of another)
    reading: bool = False  # a name column read by its values as another's reading (no header says so)

    def to_dict(self) -> dict[str, object]:
        """The decision as reports show it."""
        data: dict[str, object] = {
            "index": self.index,
            "header": self.header,
            "role": self.role.value,
            "why": self.reason,
        }
        if self.type is not None:
            data["holds"] = self.type.value
        if self.subject:
            data["subject"] = self.subject
        if self.pass_rate is not None:
            data["pass_rate"] = round(self.pass_rate, 3)
        return data


_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]")


def mostly_kanji(values: list[str]) -> bool:
    """Whether most of a name column's values are written in kanji."""
    return bool(values) and sum(1 for v in values if _IDEOGRAPH.search(v)) >= len(values) * SHAPE_SHARE


def _digits(value: str) -> str:
    return _NOT_DIGITS.sub("", value)


def identifier_plan(index: int, header: str, meaning: ColumnMeaning, values: list[str]) -> ColumnPlan | None:
    """The plan a header naming an identifier (電話, 免許証番号, pasupooto_no …) makes, when the sample
    looks like one; None when the values say the header is wrong (a 電話 column of names)."""
    assert meaning.entity is not None
    code = EntityType(meaning.entity)
    label = f"見出し「{header}」"
    if not values:
        return ColumnPlan(index, header, Role.DIRECT, code, reason=f"{label}（{JAPANESE_NAMES[code]}）")
    if code is EntityType.EMAIL:
        fits = sum(1 for v in values if "@" in v or "＠" in v)
        roles = len(role_mailboxes(values))
        if fits and roles >= fits * HEADER_SHARE:
            return ColumnPlan(
                index,
                header,
                Role.ORGANISATION,
                reason=f"{label}: 標本{len(values)}件中{roles}件が info@ 等の窓口のアドレス（個人ではない）",
            )
    else:
        least = 1 if code is EntityType.HEALTH_INSURANCE else 4
        fits = sum(1 for v in values if len(_DIGIT.findall(v)) >= least)
    if fits < len(values) * HEADER_SHARE:
        return None
    return ColumnPlan(
        index,
        header,
        Role.DIRECT,
        code,
        reason=f"{label}（{JAPANESE_NAMES[code]}）: 標本{len(values)}件中{fits}件がその形",
    )


def _rate(values: list[str], check: Callable[[str], bool]) -> float:
    return sum(1 for v in values if check(v)) / len(values)


def _upc(digits: str) -> bool:
    return bool(ean.is_valid("0" + digits))


def _ean(digits: str) -> bool:
    return bool(ean.is_valid(digits))


def chance_plan(index: int, label: str, header: str, sample: list[str]) -> ColumnPlan | None:
    """A column of 12–16-digit numbers whose check digits agree only as often as chance would have them
    agree is a column of codes (parcels, products, orders), however many happen to pass; a column whose
    values pass a driver's licence check is licences. None when the values say nothing of the kind."""
    digits = [_digits(v) for v in sample]
    lengths = Counter(len(d) for d in digits if d.isdigit())
    if not lengths:
        return None
    length, count = lengths.most_common(1)[0]
    if count < len(sample) * SHAPE_SHARE or not 12 <= length <= 16:
        return None
    same = [d for d in digits if d.isdigit() and len(d) == length]
    what = f"標本{len(sample)}件中{count}件が{length}桁の数字"
    if length == 12:
        passed = _rate(same, is_my_number)
        if passed >= CHECK_PASS_RATE:
            return None
        licence = _rate(same, is_drivers_license)
        if licence >= CHECK_PASS_RATE:
            return ColumnPlan(
                index,
                header,
                Role.DIRECT,
                EntityType.DRIVERS_LICENSE,
                reason=f"{label}: {what}で、{licence:.0%}が運転免許証番号の検査数字に合う",
                pass_rate=licence,
            )
        if _rate(same, _upc) >= CHECK_PASS_RATE:
            why = "UPC（商品バーコード）の検査数字に合う"
        else:
            why = f"マイナンバーの検査数字に合うのは{passed:.0%}（偶然の水準）"
        return _code(index, header, f"{label}: {what}で、{why}: 番号・コードの列", passed)
    if length == 13:
        if _rate(same, _ean) >= CHECK_PASS_RATE:
            return _code(index, header, f"{label}: {what}で、JAN/EAN（商品バーコード）の検査数字に合う", None)
        passed = _rate(same, is_corporate_number)
        if passed >= CHECK_PASS_RATE:
            return None
        return _code(
            index,
            header,
            f"{label}: {what}で、法人番号の検査数字に合うのは{passed:.0%}: 番号・コードの列",
            passed,
        )
    passed = _rate(same, is_luhn)
    if passed >= CHECK_PASS_RATE:
        return None
    return _code(
        index,
        header,
        f"{label}: {what}で、カード番号の検査数字に合うのは{passed:.0%}: 番号・コードの列",
        passed,
    )


def _code(index: int, header: str, reason: str, passed: float | None) -> ColumnPlan:
    return ColumnPlan(index, header, Role.CODE, reason=reason, pass_rate=passed)
