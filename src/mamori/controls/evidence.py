"""Evidence rules: what the scans found that contradicts a measure, asset by asset.

Rule codes are fixed (benchmarks and users' scripts rely on them); `RULES` gives each its Japanese
description and the measure it contradicts. Every rule reads `ScannedAsset`s and `IncidentRecord`s, so
it sees locations, masked previews, modes and ages, never a value.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mamori.controls.answers import Policy
from mamori.controls.inventory import IncidentRecord, ScannedAsset
from mamori.controls.measures import measure_for_rule
from mamori.scan.exposure import FOLDER_WORLD_WRITABLE, WORLD_READABLE, WORLD_WRITABLE

PORTABLE_DEVICE = "portable_device"
WORLD_READABLE_RULE = "world_readable"
WORLD_WRITABLE_RULE = "world_writable"
MY_NUMBER_OUTSIDE_AREA = "my_number_outside_area"
RETENTION_EXPIRED = "retention_expired"
UNENCRYPTED_ATTACHMENT = "unencrypted_attachment"
DB_PUBLIC_READ = "db_public_read"
DB_WIDE_READ = "db_wide_read"
INCIDENT_NO_PREVENTION = "incident_no_prevention"

RULES: dict[str, str] = {
    PORTABLE_DEVICE: "個人データがデスクトップ・ダウンロードフォルダにある（持ち運ぶ機器に残っている）",
    WORLD_READABLE_RULE: "個人データのファイルを誰でも読める",
    WORLD_WRITABLE_RULE: "個人データのファイル、またはそのフォルダに誰でも書き込める",
    MY_NUMBER_OUTSIDE_AREA: "マイナンバーが決められた取扱区域（フォルダ）の外にある",
    RETENTION_EXPIRED: "保存期間を過ぎた個人データが残っている",
    UNENCRYPTED_ATTACHMENT: "個人データを暗号化せずにメールに添付している",
    DB_PUBLIC_READ: "個人データの表を PUBLIC（全ロール）が読める",
    DB_WIDE_READ: "個人データの表を読めるロールが多すぎる",
    INCIDENT_NO_PREVENTION: "漏えい等事案に再発防止策（実施済み・予定とも）の記録がない",
}
# Folder names of a computer's own, carried-about places (compared case-insensitively).
_PORTABLE_FOLDERS = frozenset({"desktop", "デスクトップ", "downloads", "ダウンロード"})
_NOT_COUNTED = frozenset({"owner", "superuser"})
DAY_NS = 86_400 * 10**9


@dataclass(frozen=True)
class Contradiction:
    """A finding of rule `rule` on `asset` (its name as a person reads it), contradicting measure
    `measure_id`; `detail` says in Japanese what was seen, `preview` is a masked example value."""

    rule: str
    measure_id: str
    asset: str
    location: str
    detail: str
    preview: str = ""
    people: int = 0
    jnsa_yen: int = 0
    report_triggers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "rule_ja": RULES[self.rule],
            "measure": self.measure_id,
            "citation": measure_for_rule(self.rule).citation,
            "asset": self.asset,
            "location": self.location,
            "detail": self.detail,
            "preview": self.preview,
            "people": self.people,
            "jnsa_yen": self.jnsa_yen,
            "report_triggers": list(self.report_triggers),
        }


def _found(rule: str, asset: ScannedAsset, detail: str, preview: str | None = None) -> Contradiction:
    return Contradiction(
        rule=rule,
        measure_id=measure_for_rule(rule).id,
        asset=asset.name,
        location=asset.location,
        detail=detail,
        preview=asset.preview if preview is None else preview,
        people=asset.people,
        jnsa_yen=asset.jnsa_yen,
        report_triggers=asset.report_triggers,
    )


def portable_device(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if not asset.personal or asset.is_table:
        return None
    folders = [part for part in asset.name.split("/")[:-1] if part.lower() in _PORTABLE_FOLDERS]
    if not folders:
        return None
    return _found(PORTABLE_DEVICE, asset, f"「{folders[-1]}」フォルダにあります")


def world_readable(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if not asset.personal or WORLD_READABLE not in asset.flags:
        return None
    return _found(WORLD_READABLE_RULE, asset, "他者（other）に読み取り権限があります")


def world_writable(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if not asset.personal:
        return None
    places = []
    if WORLD_WRITABLE in asset.flags:
        places.append("ファイル")
    if FOLDER_WORLD_WRITABLE in asset.flags:
        places.append("フォルダ")
    if not places:
        return None
    return _found(WORLD_WRITABLE_RULE, asset, f"{'と'.join(places)}に他者（other）の書き込み権限があります")


def _inside(relative: str, area: str) -> bool:
    area = area.strip("/")
    return relative == area or relative.startswith(area + "/")


def my_number_outside_area(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if asset.my_numbers == 0 or asset.relative is None:
        return None
    absolute = asset.location.split("#", 1)[0].removeprefix("file://")
    for area in policy.my_number_areas:
        if _inside(asset.relative, area) or (area.startswith("/") and _inside(absolute.lstrip("/"), area)):
            return None
    where = "、".join(policy.my_number_areas) or "（取扱区域が未設定）"
    return _found(
        MY_NUMBER_OUTSIDE_AREA,
        asset,
        f"マイナンバー {asset.my_numbers:,} 件が取扱区域 {where} の外にあります",
    )


def retention_expired(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if not asset.personal or asset.is_table or asset.mtime_ns is None:
        return None
    age = (now_ns - asset.mtime_ns) // DAY_NS
    if age <= policy.retention_days:
        return None
    return _found(
        RETENTION_EXPIRED,
        asset,
        f"最終更新から {age:,} 日（保存期間 {policy.retention_days:,} 日）が過ぎています",
    )


def unencrypted_attachment(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    # An encrypted ZIP or an S/MIME part cannot be read, so it yields no finding: only what mamori
    # could read inside an attachment counts.
    if not asset.attachment_previews:
        return None
    return _found(
        UNENCRYPTED_ATTACHMENT,
        asset,
        f"暗号化されていない添付ファイルに個人データ {len(asset.attachment_previews):,} 種類",
        asset.attachment_previews[0],
    )


def db_public_read(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if not asset.personal or not asset.is_table:
        return None
    if not any(r.get("role") == "PUBLIC" and r.get("via") not in _NOT_COUNTED for r in asset.readers):
        return None
    return _found(DB_PUBLIC_READ, asset, "PUBLIC に SELECT 権限が付与されています")


def table_readers(asset: ScannedAsset) -> list[str]:
    """Roles that may read the table through a grant, directly or as members of a granted role: not its
    owner, not superusers, not PUBLIC (that is `db_public_read`)."""
    exempt = {str(r.get("role")) for r in asset.readers if r.get("via") in _NOT_COUNTED}
    return sorted(
        {str(r.get("role")) for r in asset.readers if r.get("via") not in _NOT_COUNTED} - exempt - {"PUBLIC"}
    )


def db_wide_read(asset: ScannedAsset, policy: Policy, now_ns: int) -> Contradiction | None:
    if not asset.personal or not asset.is_table:
        return None
    roles = table_readers(asset)
    if len(roles) <= policy.max_table_readers:
        return None
    shown = "、".join(roles[:8]) + ("ほか" if len(roles) > 8 else "")
    return _found(
        DB_WIDE_READ,
        asset,
        f"{len(roles):,} ロールが読めます（上限 {policy.max_table_readers:,}）: {shown}",
    )


AssetRule = Callable[[ScannedAsset, Policy, int], Contradiction | None]
ASSET_RULES: tuple[AssetRule, ...] = (
    portable_device,
    world_readable,
    world_writable,
    my_number_outside_area,
    retention_expired,
    unencrypted_attachment,
    db_public_read,
    db_wide_read,
)


def incident_no_prevention(incident: IncidentRecord) -> Contradiction | None:
    if incident.prevention_done or incident.prevention_planned:
        return None
    return Contradiction(
        rule=INCIDENT_NO_PREVENTION,
        measure_id=measure_for_rule(INCIDENT_NO_PREVENTION).id,
        asset=incident.name,
        location=incident.name,
        detail=f"「{incident.title or incident.name}」に prevention_done・prevention_planned がありません",
        people=incident.people,
    )


def evaluate(
    assets: Sequence[ScannedAsset],
    incidents: Iterable[IncidentRecord],
    policy: Policy,
    now_ns: int | None = None,
) -> list[Contradiction]:
    """Every contradiction, in rule order then asset order."""
    now = time.time_ns() if now_ns is None else now_ns
    found = [c for rule in ASSET_RULES for a in assets if (c := rule(a, policy, now)) is not None]
    found += [c for i in incidents if (c := incident_no_prevention(i)) is not None]
    return found
