"""A scan as the reports see it: assets with their types, people, APPI class and exposure, and totals.

Built from the ledger only, so every report (terminal, JSON, HTML, SARIF, 台帳) says the same thing, for
file and database assets alike. Raw values appear only when the ledger holds them and the caller asks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from mamori.ledger import Asset, FindingSummary, Ledger, Scan
from mamori.scan.assess import APPI_CLASSES, assess_asset

SENSITIVITY_ORDER = {name: len(APPI_CLASSES) - i for i, name in enumerate(APPI_CLASSES)}


@dataclass(frozen=True)
class FindingView:
    type: str
    subtype: str | None
    count: int
    preview: str
    location: str | None
    value: str | None = None


@dataclass(frozen=True)
class ColumnView:
    """How the scanner read one column: what it holds, how that was decided, whose it is."""

    name: str
    holds: str | None
    role: str | None
    why: str
    subject: str = ""
    pass_rate: float | None = None
    sheet: str | None = None

    @property
    def line(self) -> str:
        where = f"{self.sheet}: " if self.sheet else ""
        whose = f"（{self.subject}）" if self.subject else ""
        return f"{where}{self.name or '（見出しなし）'}{whose}: {self.why} → {self.holds or '個人情報なし'}"

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "column": self.name,
            "holds": self.holds,
            "role": self.role,
            "why": self.why,
        }
        if self.subject:
            data["subject"] = self.subject
        if self.pass_rate is not None:
            data["pass_rate"] = self.pass_rate
        if self.sheet:
            data["sheet"] = self.sheet
        return data


@dataclass(frozen=True)
class AssetView:
    id: int
    location: str
    kind: str
    state: str
    error: str | None
    size: int | None
    modified: datetime | None
    owner: str | None
    people: int
    people_method: str | None
    appi_class: str | None
    sensitive: bool
    report_triggers: tuple[str, ...]
    jnsa_yen: int | None
    exposure: tuple[str, ...]
    columns: tuple[ColumnView, ...]
    readers: tuple[str, ...]
    types: dict[str, int]
    findings: tuple[FindingView, ...]
    explanation: str

    @property
    def personal(self) -> bool:
        return self.appi_class in APPI_CLASSES

    @property
    def folder(self) -> str:
        """Where the asset sits, for grouping: the folder of a file, the database of a table."""
        base = self.location.split("#", 1)[0]
        if base.startswith("file://"):
            return unquote(base[len("file://") :].rsplit("/", 1)[0] or "/")
        return base

    @property
    def display(self) -> str:
        """The location as a person reads it: a path, not a URI."""
        if self.location.startswith("file://"):
            return unquote(self.location[len("file://") :])
        return self.location

    @property
    def rank(self) -> tuple[int, int, int, int]:
        """Reportable if leaked first, then the graver class, then more people."""
        return (
            len(self.report_triggers),
            SENSITIVITY_ORDER.get(self.appi_class or "", 0),
            self.people,
            self.jnsa_yen or 0,
        )


@dataclass(frozen=True)
class ScanReport:
    scan: Scan
    database: str
    assets: tuple[AssetView, ...]
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def personal(self) -> list[AssetView]:
        return sorted((a for a in self.assets if a.personal), key=lambda a: a.rank, reverse=True)

    @property
    def errors(self) -> list[AssetView]:
        return [a for a in self.assets if a.state == "error"]

    @property
    def people(self) -> int:
        return self.scan.counts.get("people", sum(a.people for a in self.assets))

    @property
    def people_explanation(self) -> str:
        counts = self.scan.counts
        lines = [
            "人数は人物（本人）の数: 表では各行の本人と、配偶者・子・届け先など行が含む他の人物を、"
            "文章では氏名ごとにその後に続く連絡先・生年月日等とまとめて1人とした。",
            "マイナンバー・旅券等の番号・個人のメールアドレス、または氏名と生年月日・電話・住所の組合せが"
            "一致すれば同一人物とし（推移的に）、電話・住所・氏名だけでは別の記録と同一人物にしない。",
            "突き合わせは値そのものではなく鍵付きハッシュ（BLAKE2b、この環境だけの鍵）で行った。",
            "スキャン全体・データベース全体でも、複数の資産に現れる同じ人物を1人として数えた。",
        ]
        if not counts.get("people_exact", 1):
            lines.append("人数が多いため HyperLogLog による推定値（誤差 ±1% 程度）。")
        if counts.get("people_undeduplicated"):
            lines.append(
                f"うち{counts['people_undeduplicated']:,}人はデータベース等の資産ごとの人数の合計で、"
                "資産をまたぐ重複を除いていない。"
            )
        return "".join(lines)

    @property
    def type_totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for asset in self.assets:
            total.update(asset.types)
        return total

    def class_counts(self) -> Counter[str]:
        return Counter(a.appi_class for a in self.assets if a.personal and a.appi_class)

    def triggered(self) -> list[AssetView]:
        return [a for a in self.personal if a.report_triggers]

    def total_jnsa(self) -> int:
        """The sum over assets; a database counted as a whole is left out (its tables are in the sum)."""
        return sum(a.jnsa_yen or 0 for a in self.assets if a.kind != "database")


def build_report(ledger: Ledger, scan_id: int | None = None, *, show_values: bool = False) -> ScanReport:
    """The report of scan `scan_id` (default: the latest scan of any status)."""
    scan = ledger.scans.get(scan_id) if scan_id is not None else ledger.scans.latest(status=None)
    if scan is None:
        raise LookupError("台帳にスキャンがありません。先に mamori scan を実行してください")
    views = [
        asset_view(asset, ledger.scans.findings(asset.id), show_values=show_values)
        for asset in ledger.scans.assets(scan.id)
    ]
    return ScanReport(scan, ledger.database, tuple(views))


def asset_view(asset: Asset, summaries: Sequence[FindingSummary], *, show_values: bool = False) -> AssetView:
    """One asset as the reports show it: its findings summed by type, and how its class was reached."""
    findings = tuple(
        FindingView(f.type, f.subtype, f.count, f.preview, f.location, f.raw_value if show_values else None)
        for f in summaries
    )
    types: Counter[str] = Counter()
    subtypes: set[str] = set()
    for f in findings:
        types[f.type] += f.count
        if f.subtype and f.type == "SENSITIVE":
            subtypes.add(f.subtype)
    explanation = ""
    if asset.appi_class in APPI_CLASSES:
        structured = asset.appi_class != "個人情報"
        explanation = assess_asset(
            types, subtypes, asset.people_estimate or 0, structured=structured
        ).explanation
    modified = datetime.fromtimestamp(asset.mtime_ns / 1e9, tz=UTC) if asset.mtime_ns is not None else None
    exposure = asset.exposure or {}
    return AssetView(
        id=asset.id,
        location=asset.location,
        kind=asset.kind,
        state=asset.state,
        error=asset.error,
        size=asset.size,
        modified=modified,
        owner=asset.owner,
        people=asset.people_estimate or 0,
        people_method=asset.people_method,
        appi_class=asset.appi_class,
        sensitive=asset.sensitive,
        report_triggers=asset.report_triggers,
        jnsa_yen=asset.jnsa_yen,
        exposure=tuple(str(f) for f in exposure.get("flags", [])),
        columns=_columns(exposure.get("columns")),
        readers=_readers(exposure.get("readers")),
        types=dict(types),
        findings=findings,
        explanation=explanation,
    )


def _columns(raw: object) -> tuple[ColumnView, ...]:
    """Column decisions: a file scan stores a list (lines before version 0.5, dicts since), a database scan
    a dict per column name."""
    if isinstance(raw, dict):
        return tuple(
            _column(str(name), entry)
            for name, entry in raw.items()
            if isinstance(entry, dict) and entry.get("read")
        )
    if isinstance(raw, list):
        return tuple(
            _column(str(entry.get("header", "")), entry)
            if isinstance(entry, dict)
            else ColumnView("", None, None, str(entry))
            for entry in raw
        )
    return ()


def _column(name: str, entry: dict[str, Any]) -> ColumnView:
    rate = entry.get("pass_rate")
    return ColumnView(
        name=name,
        holds=str(entry["holds"]) if entry.get("holds") else None,
        role=str(entry["role"]) if entry.get("role") else None,
        why=str(entry.get("why", "")),
        subject=str(entry.get("subject", "")),
        pass_rate=float(rate) if isinstance(rate, int | float) else None,
        sheet=str(entry["sheet"]) if entry.get("sheet") else None,
    )


def _readers(raw: object) -> tuple[str, ...]:
    """Who can read a database table, one line each (`app（SELECT 権限、ログイン可）`)."""
    if not isinstance(raw, list):
        return ()
    lines = []
    for entry in raw:
        if not isinstance(entry, dict):
            continue
        how = [str(entry.get("via_ja") or entry.get("via", ""))]
        if entry.get("detail"):
            how.append(str(entry["detail"]))
        if entry.get("login") is not None:
            how.append("ログイン可" if entry["login"] else "ログイン不可")
        lines.append(f"{entry.get('role', '')}（{'、'.join(how)}）")
    return tuple(lines)
