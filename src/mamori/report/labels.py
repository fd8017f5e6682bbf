"""Japanese labels shared by the renderers."""

from __future__ import annotations

from mamori.detect.types import JAPANESE_NAMES, EntityType
from mamori.law import SENSITIVE_SUBTYPES, TRIGGERS
from mamori.scan.exposure import EXPOSURE_LABELS, EXPOSURE_SHORT


def type_label(code: str, subtype: str | None = None) -> str:
    try:
        name = JAPANESE_NAMES[EntityType(code)]
    except ValueError:
        name = code
    if subtype and code == "SENSITIVE":
        return f"{name}（{SENSITIVE_SUBTYPES.get(subtype, subtype)}）"
    return name


def trigger_label(code: str) -> str:
    trigger = TRIGGERS.get(code)
    return f"{trigger.citation.ref}（{trigger.label_ja}）" if trigger else code


def trigger_short(code: str) -> str:
    trigger = TRIGGERS.get(code)
    return trigger.citation.ref.replace("個人情報保護法施行", "") if trigger else code


def exposure_label(flag: str) -> str:
    return EXPOSURE_LABELS.get(flag, flag)


def exposure_short(flag: str) -> str:
    return EXPOSURE_SHORT.get(flag, flag)


def yen(value: int | None) -> str:
    return "—" if value is None else f"{value:,}円"


def size_label(size: int | None) -> str:
    if size is None:
        return "—"
    step = 1024.0
    amount = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < step:
            return f"{amount:.0f}{unit}" if unit == "B" else f"{amount:.1f}{unit}"
        amount /= step
    return f"{amount:.1f}TB"
