"""Check-digit and numbering-plan validators for Japanese identifiers.

python-stdnum knows My Number (`jp.in_`), the corporate number (`jp.cn`), Luhn and EAN, and phonenumbers
knows Japan's numbering plan; we hand-write only what neither library has: the driver's licence check
digit and the issuing-commission codes, and card-brand prefixes (stdnum has no brand table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from stdnum import ean, luhn
from stdnum.jp import cn as corporate_number
from stdnum.jp import in_ as my_number


def is_my_number(digits: str) -> bool:
    return len(digits) == 12 and bool(my_number.is_valid(digits))


def is_corporate_number(digits: str) -> bool:
    return len(digits) == 13 and bool(corporate_number.is_valid(digits))


def looks_like_jan(digits: str) -> bool:
    """A JAN (Japanese EAN-13) code: 45/49 prefix and a valid EAN check digit."""
    return len(digits) == 13 and digits[:2] in ("45", "49") and bool(ean.is_valid(digits))


# 公安委員会 codes: the first two digits of a licence number name the issuing commission.
_LICENSE_COMMISSIONS = frozenset(
    ["00", *(str(n) for n in range(10, 15)), *(str(n) for n in range(20, 26)), "30"]
    + [str(n) for n in range(40, 56)]
    + [str(n) for n in range(60, 66)]
    + [str(n) for n in range(70, 75)]
    + [str(n) for n in range(80, 84)]
    + [str(n) for n in range(90, 98)]
)
_LICENSE_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def is_drivers_license(digits: str) -> bool:
    """運転免許証番号: 12 digits, the 11th a mod-11 check digit over the first ten."""
    if len(digits) != 12 or not digits.isdigit() or digits[:2] not in _LICENSE_COMMISSIONS:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], _LICENSE_WEIGHTS, strict=True))
    return (11 - total % 11) % 10 == int(digits[10])


def card_brand(digits: str) -> str | None:
    """The card brand a number's prefix and length belong to, or None."""
    n = len(digits)
    two, four = int(digits[:2]), int(digits[:4])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= two <= 55 or 2221 <= four <= 2720) and n == 16:
        return "mastercard"
    if two in (34, 37) and n == 15:
        return "amex"
    if 3528 <= four <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305) and 14 <= n <= 16:
        return "diners"
    if (digits.startswith("6011") or two == 65 or 644 <= int(digits[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    if two == 62 and 16 <= n <= 19:
        return "unionpay"
    return None


def is_luhn(digits: str) -> bool:
    return bool(luhn.is_valid(digits))


_PHONE_KINDS = {
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixed",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed",
    phonenumbers.PhoneNumberType.VOIP: "ip_phone",
    phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
    phonenumbers.PhoneNumberType.SHARED_COST: "navi_dial",
    phonenumbers.PhoneNumberType.UAN: "navi_dial",
    phonenumbers.PhoneNumberType.PAGER: "pager",
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "premium",
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER: "personal",
}
PHONE_KINDS = frozenset({*_PHONE_KINDS.values(), "other"})
"""Every kind `japanese_phone_kind` may return."""


# phonenumbers' own order of type checks (`_number_type_helper`); FIXED_LINE before MOBILE.
_TYPE_ORDER = (
    ("premium_rate", phonenumbers.PhoneNumberType.PREMIUM_RATE),
    ("toll_free", phonenumbers.PhoneNumberType.TOLL_FREE),
    ("shared_cost", phonenumbers.PhoneNumberType.SHARED_COST),
    ("voip", phonenumbers.PhoneNumberType.VOIP),
    ("personal_number", phonenumbers.PhoneNumberType.PERSONAL_NUMBER),
    ("pager", phonenumbers.PhoneNumberType.PAGER),
    ("uan", phonenumbers.PhoneNumberType.UAN),
    ("voicemail", phonenumbers.PhoneNumberType.VOICEMAIL),
    ("fixed_line", phonenumbers.PhoneNumberType.FIXED_LINE),
    ("mobile", phonenumbers.PhoneNumberType.MOBILE),
)


@dataclass(frozen=True)
class _Desc:
    lengths: frozenset[int]
    pattern: re.Pattern[str]


def _descs() -> tuple[_Desc, list[tuple[_Desc, str]]]:
    """Japan's numbering plan as phonenumbers ships it, compiled once. `parse` + `is_valid_number` +
    `number_type` cost about 250 µs a number; matching the same patterns directly costs about 2 µs,
    which matters when a log holds a phone-shaped number on every line."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region("JP")
    assert meta is not None and meta.general_desc is not None

    def compile_desc(desc: phonenumbers.PhoneNumberDesc) -> _Desc:
        pattern = re.compile(desc.national_number_pattern or "(?!)")
        return _Desc(frozenset(desc.possible_length or ()), pattern)

    kinds = []
    for attribute, number_type in _TYPE_ORDER:
        desc = getattr(meta, attribute)
        if desc is not None and desc.national_number_pattern:
            kinds.append((compile_desc(desc), _PHONE_KINDS.get(number_type, "other")))
    return compile_desc(meta.general_desc), kinds


_GENERAL, _KINDS = _descs()


def _by_length(length: int) -> tuple[re.Pattern[str], dict[str, str]]:
    """The type patterns a number of `length` digits can match, in phonenumbers' order, as one
    alternation: the first alternative that matches names the type, in one regex call instead of ten."""
    names: dict[str, str] = {}
    branches = []
    for i, (desc, kind) in enumerate(_KINDS):
        if desc.lengths and length not in desc.lengths:
            continue
        names[f"k{i}"] = kind
        branches.append(f"(?P<k{i}>{desc.pattern.pattern})")
    return re.compile("|".join(branches) or "(?!)"), names


# National significant numbers of the national forms we read (10 or 11 digits with the leading 0).
_TYPES_BY_LENGTH = {length: _by_length(length) for length in (9, 10)}


def _matches(desc: _Desc, nsn: str) -> bool:
    return (not desc.lengths or len(nsn) in desc.lengths) and desc.pattern.fullmatch(nsn) is not None


@lru_cache(maxsize=65536)
def japanese_phone_kind(national: str) -> str | None:
    """The kind of a Japanese number written nationally (leading 0), or None if not a valid number."""
    if len(national) < 10 or len(national) > 11 or national[0] != "0" or not national.isdigit():
        return None
    if national.startswith("00"):  # international and carrier prefixes: let the library parse them
        return _library_phone_kind(national)
    nsn = national[1:]
    if not _matches(_GENERAL, nsn):
        return None
    types, names = _TYPES_BY_LENGTH[len(nsn)]
    match = types.fullmatch(nsn)
    return names[match.lastgroup] if match is not None and match.lastgroup is not None else None


def is_international_phone(digits: str) -> bool:
    """`digits` after a "+" (country code first) is a valid number of some country other than Japan."""
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return number.country_code != 81 and phonenumbers.is_valid_number(number)


def _library_phone_kind(national: str) -> str | None:
    try:
        number = phonenumbers.parse(national, "JP")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return _PHONE_KINDS.get(phonenumbers.number_type(number), "other")
