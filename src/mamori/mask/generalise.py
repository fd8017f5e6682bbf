"""Coarser forms of a value: birth date → year or age band, address → city or prefecture, and so on.

The same functions are the generalisation hierarchies that `anonymised` climbs to reach k-anonymity.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date

from mamori.detect.dates import age_on, parse_date
from mamori.detect.normalize import shadow
from mamori.detect.types import EntityType
from mamori.mask.jpdata import find_prefecture

SUPPRESSED = "*"
REDACTED = "■■■"
DATE_LEVELS = ("year", "age_band", "decade")
ADDRESS_LEVELS = ("city", "prefecture")

_CITY = re.compile(r"^(.+?郡.+?[町村]|.+?市(?!市)[^\d-]{1,4}?区|.+?[市区町村](?![市区町村]))")


def birth_date(value: str, level: str, today: date) -> str:
    parsed = parse_date(value)
    if parsed is None:
        return REDACTED
    if level == "year":
        return f"{parsed.year}年"
    if level == "decade":
        return f"{parsed.year // 10 * 10}年代"
    age = age_on(parsed, today)
    return f"{age // 10 * 10}代"


def address(value: str, level: str) -> str:
    folded = shadow(value).strip()
    prefecture = find_prefecture(folded)
    if prefecture is None:
        match = _CITY.match(folded)
        return match.group(1) if match and level == "city" else REDACTED
    if level == "prefecture":
        return prefecture
    match = _CITY.match(folded[len(prefecture) :])
    return prefecture + (match.group(1) if match else "")


def postal_code(value: str, keep: int = 3) -> str:
    digits = "".join(c for c in shadow(value) if c.isdigit())
    if len(digits) != 7:
        return REDACTED
    masked = digits[:keep] + "*" * (7 - keep)
    return f"{masked[:3]}-{masked[3:]}"


def phone(value: str) -> str:
    digits = "".join(c for c in shadow(value) if c.isdigit())
    if digits.startswith(("070", "080", "090")):
        return "携帯電話"
    if digits.startswith("050"):
        return "IP電話"
    if digits.startswith(("0120", "0800")):
        return "フリーダイヤル"
    return "固定電話"


def email(value: str) -> str:
    _, at, domain = value.rpartition("@")
    return f"*@{domain}" if at else REDACTED


def ip_address(value: str) -> str:
    try:
        ip = ipaddress.ip_address(shadow(value).strip())
    except ValueError:
        return REDACTED
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def generalise(kind: EntityType | None, value: str, level: str | None, today: date) -> str:
    if kind is EntityType.DATE_OF_BIRTH:
        return birth_date(value, level or "year", today)
    if kind is EntityType.ADDRESS:
        return address(value, level or "city")
    if kind is EntityType.POSTAL_CODE:
        return postal_code(value)
    if kind is EntityType.PHONE:
        return phone(value)
    if kind is EntityType.EMAIL:
        return email(value)
    if kind is EntityType.IP_ADDRESS:
        return ip_address(value)
    return REDACTED
