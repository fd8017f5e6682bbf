"""Realistic substitutes per type, every choice keyed by the value (see `Prf`), never random, never stored."""

from __future__ import annotations

from collections.abc import Callable

from stdnum import luhn
from stdnum.jp import cn, in_

from mamori.detect.dates import parse_date
from mamori.detect.normalize import shadow
from mamori.detect.types import EntityType
from mamori.mask.jpdata import CITIES, PREFECTURES, TOWNS, find_prefecture
from mamori.mask.names import pseudonym_name
from mamori.mask.prf import Prf

_FULL_WIDTH_DIGIT_OFFSET = ord("０") - ord("0")
_SPECIAL_PREFIXES = ("070", "080", "090", "050", "020", "0120", "0800", "0570")


def _like(original: str, digit: str) -> str:
    """Write `digit` the way `original` (a digit) is written: full width stays full width."""
    return chr(ord(digit) + _FULL_WIDTH_DIGIT_OFFSET) if original != shadow(original) else digit


def _uses_full_width(value: str) -> bool:
    return any("０" <= c <= "９" for c in value)


def _digits(value: str, prf: Prf, keep: int, lead: str = "") -> str:
    """Replace every digit after the first `keep` digits, keeping separators and width; the first
    replaced digit is `lead` when given."""
    out = []
    seen = 0
    for c in value:
        if shadow(c).isdigit():
            seen += 1
            digit = lead if lead and seen == keep + 1 else prf.digit()
            out.append(c if seen <= keep else _like(c, digit))
        else:
            out.append(c)
    return "".join(out)


def _different(make: Callable[[Prf], str], original: str, prf: Prf) -> str:
    for _ in range(8):
        candidate = make(prf)
        if candidate != original:
            return candidate
    return candidate


def phone(value: str, key: bytes) -> str:
    """A number of the same kind that no one has: mobile stays mobile (070/080/090), a fixed line keeps
    its area code, and the subscriber part starts with 0."""
    folded = shadow(value).strip()
    international = folded.startswith("+81")
    national = "0" + folded[3:].lstrip(" -(") if international else folded
    digits = "".join(c for c in national if c.isdigit())
    prefix = next((p for p in _SPECIAL_PREFIXES if digits.startswith(p)), None)
    head = national.lstrip("(（ ").split("-")[0].split(")")[0]
    if prefix is not None:
        keep = len(prefix)
    else:
        keep = len(head) if head.isdigit() and 2 <= len(head) <= 5 and head != digits else 2
    # "+81" has two digits where the national form has one leading 0.
    keep += 1 if international else 0
    # No subscriber number begins with 0 (it is the trunk prefix), so 090-0xxx-xxxx or 03-0xxx-xxxx rings
    # no one: a substitute someone dials by mistake must not reach a real person.
    return _different(lambda p: _digits(value, p, keep, lead="0"), value, Prf(key, "phone", value))


def postal_code(value: str, key: bytes) -> str:
    """The first three digits (the delivery region) are kept, the rest substituted."""
    return _different(lambda p: _digits(value, p, 3), value, Prf(key, "postal", value))


def email(value: str, key: bytes) -> str:
    """A romaji name at example.com (reserved by RFC 2606, so no mail can reach a real person)."""
    # Faker takes a tenth of a second to import; most processes (scan workers) never mask an address.
    from faker.providers.person.ja_JP import Provider as PersonProvider

    prf = Prf(key, "email", value)
    family = prf.choice(list(PersonProvider.last_name_pairs))[2].lower()
    given = prf.choice(PersonProvider.first_name_pairs)[2].lower()
    return f"{family}.{given[0]}{prf.below(100):02d}@example.com"


def address(value: str, key: bytes) -> str:
    """Another address in the same prefecture, written in the same style (丁目 or hyphens, digit width)."""
    prf = Prf(key, "address", value)
    prefecture = find_prefecture(shadow(value))
    city = prf.choice(CITIES[prefecture or prf.choice(PREFECTURES)])
    town = prf.choice(TOWNS)
    block, lot, house = prf.below(5) + 1, prf.below(30) + 1, prf.below(20) + 1
    numbers = f"{block}丁目{lot}番{house}号" if "丁目" in value else f"{block}-{lot}-{house}"
    if _uses_full_width(value):
        numbers = "".join(_like("０", c) if c.isdigit() else c for c in numbers)
    return (prefecture or "") + city + town + numbers


def date_of_birth(value: str, key: bytes) -> str:
    """The same year, another month and day, in the same layout; unparseable dates get new digits."""
    parsed = parse_date(value)
    prf = Prf(key, "dob", value)
    if parsed is None or parsed.month_span is None:
        return _different(lambda p: _digits(value, p, 0), value, prf)
    replacements = [(parsed.month_span, prf.below(12) + 1)]
    if parsed.day_span is not None:
        replacements.append((parsed.day_span, prf.below(28) + 1))
    out = value
    for span, number in reversed(replacements):
        original = value[span.start : span.end]
        text = f"{number:0{len(original)}d}" if original.startswith(("0", "０")) else str(number)
        if original != shadow(original):
            text = "".join(_like("０", c) for c in text)
        out = out[: span.start] + text + out[span.end :]
    return out


def _invalid_check_digit(value: str, is_valid: Callable[[str], bool]) -> str:
    """A substitute must never be a valid number that could belong to someone: break its check digit."""
    digits = "".join(c for c in shadow(value) if c.isdigit())
    if not is_valid(digits):
        return value
    positions = [i for i, c in enumerate(value) if shadow(c).isdigit()]
    last = positions[-1]
    bumped = str((int(shadow(value[last])) + 1) % 10)
    return value[:last] + _like(value[last], bumped) + value[last + 1 :]


_CHECKED: dict[EntityType, Callable[[str], bool]] = {
    EntityType.MY_NUMBER: in_.is_valid,
    EntityType.CORPORATE_NUMBER: cn.is_valid,
    EntityType.CREDIT_CARD: luhn.is_valid,
}


def characters(value: str, key: bytes, domain: str) -> str:
    """Digits become other digits and letters other letters; layout, case and width are kept."""
    prf = Prf(key, domain, value)
    out = []
    for c in value:
        folded = shadow(c)
        if folded.isdigit():
            out.append(_like(c, prf.digit()))
        elif folded.isascii() and folded.isalpha():
            letter = chr(ord("A") + prf.below(26))
            out.append(letter.lower() if folded.islower() else letter)
        else:
            out.append(c)
    return "".join(out)


def pseudonym(kind: EntityType | None, value: str, key: bytes) -> str:
    if kind is EntityType.PERSON:
        return pseudonym_name(value, key)
    if kind is EntityType.ADDRESS:
        return address(value, key)
    if kind is EntityType.PHONE:
        return phone(value, key)
    if kind is EntityType.EMAIL:
        return email(value, key)
    if kind is EntityType.POSTAL_CODE:
        return postal_code(value, key)
    if kind is EntityType.DATE_OF_BIRTH:
        return date_of_birth(value, key)
    substitute = characters(value, key, kind.value if kind else "value")
    check = _CHECKED.get(kind) if kind else None
    return _invalid_check_digit(substitute, check) if check else substitute
