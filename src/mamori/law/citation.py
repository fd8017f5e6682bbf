"""A reference to the provision a rule rests on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    ref: str  # e.g. 「個人情報保護法施行規則7条1号」
    source: str  # where the wording was read (guideline section, FAQ number, …)

    def to_dict(self) -> dict[str, str]:
        return {"ref": self.ref, "source": self.source}


ACT = "個人情報の保護に関する法律（e-Gov 2025-09-24 時点）"
GUIDELINE = "個人情報保護委員会 ガイドライン（通則編）令和7年6月一部改正"
RULES = "個人情報の保護に関する法律施行規則（令和6年4月1日施行の規則7条を含む）"
