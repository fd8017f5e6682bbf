"""Masked previews: enough of a value for a person to recognise it, not enough to misuse it."""

from __future__ import annotations

from mamori.detect.normalize import shadow
from mamori.detect.types import EntityType

MASK = "*"


def _mask_alnum(value: str, keep_head: int, keep_tail: int) -> str:
    """Mask letters and digits, keeping the first `keep_head` and last `keep_tail` of them."""
    folded = shadow(value)
    positions = [i for i, c in enumerate(folded) if c.isalnum()]
    keep = set(positions[:keep_head]) | set(positions[len(positions) - keep_tail :] if keep_tail else [])
    return "".join(c if (i in keep or not folded[i].isalnum()) else MASK for i, c in enumerate(value))


def masked_preview(kind: EntityType, value: str) -> str:
    """A preview safe to print or store: `090-****-5678`, `t***@example.co.jp`, `山田 **`."""
    if kind is EntityType.EMAIL:
        local, _, domain = value.partition("@")
        return (local[:1] + MASK * 3 + "@" + domain) if domain else MASK * len(value)
    if kind is EntityType.PHONE:
        folded = shadow(value)
        digits = sum(c.isdigit() for c in folded)
        head = 3 if folded.lstrip("+(").startswith(("070", "080", "090", "050", "0120", "0800")) else 2
        return _mask_alnum(value, head if digits > 8 else 0, 4)
    if kind in (EntityType.MY_NUMBER, EntityType.CREDIT_CARD, EntityType.DRIVERS_LICENSE):
        return _mask_alnum(value, 0, 4)
    if kind in (EntityType.POSTAL_CODE, EntityType.IP_ADDRESS):
        return _mask_alnum(value, 3, 0)
    if kind in (EntityType.PERSON,):
        stripped = value.strip()
        cut = next((i for i, c in enumerate(stripped) if c in " 　"), min(2, max(1, len(stripped) // 2)))
        return stripped[:cut] + " " + MASK * 2
    if kind is EntityType.ADDRESS:
        return value[:3] + MASK * 3 if len(value) > 3 else MASK * 3
    if kind is EntityType.CORPORATE_NUMBER:
        return value  # a corporation's public number is not personal data
    return _mask_alnum(value, 0, 2 if len(value) > 6 else 0)
