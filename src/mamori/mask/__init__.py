"""Mask and pseudonymise text and files, keeping their format: operators over findings, format writers,
the 仮名加工情報 (法41条) and 匿名加工情報 (法43条) modes, and a vault for reversible tokens."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mamori.detect import Finding
from mamori.mask.engine import Masker
from mamori.mask.operators import parse_operator
from mamori.mask.policy import Policy, default_policy, parse_assignment
from mamori.privacy import installation_key

__all__ = ["Masker", "Policy", "default_policy", "mask", "parse_operator"]


def mask(
    text: str,
    *,
    operators: Mapping[str, str] | None = None,
    policy: Policy | None = None,
    column: str | None = None,
    findings: Iterable[Finding] | None = None,
    key: bytes | None = None,
) -> str:
    """Mask personal data in `text` under the Japanese defaults (or `policy`).

    `operators` overrides per type code or column (``{"PERSON": "placeholder", "PHONE": "partial"}``);
    `findings` skips detection and masks exactly those spans; `key` defaults to the installation key.
    """
    chosen = policy or default_policy()
    for name, spec in (operators or {}).items():
        chosen = parse_assignment(chosen, f"{name}={spec}")
    masker = Masker(chosen, key=key if key is not None else installation_key())
    return masker.mask_text(text, column, findings)
