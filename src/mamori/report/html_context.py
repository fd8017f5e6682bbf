"""What an HTML report template sees: the scan, its figures and its assets as display-ready values.

Every name here is a documented promise to users who write their own template (docs/reports.md): rename
nothing without updating that page. Values are plain text; the template escapes them (autoescape is on),
except the charts, which are SVG built and escaped by `charts`. Previews are masked as in every report;
`FindingRow.value` is set only when the ledger holds raw values and the user asked to show them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markupsafe import Markup

from mamori.report.charts import bar_chart, stacked_chart
from mamori.report.labels import exposure_label, size_label, trigger_label, type_label, yen
from mamori.report.model import AssetView, ScanReport
from mamori.report.times import STATUS_JA, jst_text

TOP_FOLDERS = 12
TOP_ASSETS = 20

NOTE = (
    "JNSAモデルは上限的な試算です。漏えい時の報告対象は、原因が不正目的（不正アクセス・盗難等）なら"
    "人数にかかわらず規則7条3号にも当たります。値はマスクして表示しています。"
)


@dataclass(frozen=True)
class ScanInfo:
    id: int
    started: str
    status: str
    roots: tuple[str, ...]
    database: str


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str


@dataclass(frozen=True)
class Charts:
    folders: Markup
    people: Markup


@dataclass(frozen=True)
class TypeCount:
    label: str
    count: int


@dataclass(frozen=True)
class ColumnRow:
    name: str
    holds: str
    subject: str
    why: str


@dataclass(frozen=True)
class FindingRow:
    label: str
    count: int
    preview: str
    value: str | None
    location: str


@dataclass(frozen=True)
class AssetRow:
    location: str
    appi_class: str
    sensitive: bool
    people: int
    types: tuple[TypeCount, ...]
    triggers: tuple[str, ...]
    jnsa: str
    exposure: tuple[str, ...]
    owner: str
    size: str
    explanation: str
    people_method: str
    columns: tuple[ColumnRow, ...]
    readers: tuple[str, ...]
    findings: tuple[FindingRow, ...]


@dataclass(frozen=True)
class ErrorRow:
    location: str
    reason: str


def template_context(report: ScanReport, *, now: datetime | None = None) -> dict[str, Any]:
    """The variables of an HTML report template (listed in docs/reports.md)."""
    scan = report.scan
    counts = scan.counts
    personal = report.personal
    names = {code: type_label(code) for code in report.type_totals}
    return {
        "title": f"mamori スキャン報告 #{scan.id}",
        "scan": ScanInfo(
            id=scan.id,
            started=jst_text(scan.started_at),
            status=STATUS_JA.get(scan.status, scan.status),
            roots=tuple(scan.roots),
            database=report.database,
        ),
        "generated": jst_text(now or report.generated_at),
        "kpis": [
            Kpi("ファイル", f"{counts.get('files', 0):,}"),
            Kpi("変更なし", f"{counts.get('unchanged', 0):,}"),
            Kpi("個人情報を含む資産", f"{len(personal):,}"),
            Kpi("本人の数", f"{report.people:,}人"),
            Kpi("漏えい時の報告対象資産", f"{len(report.triggered()):,}"),
            Kpi("エラー", f"{len(report.errors):,}"),
        ],
        "people_explanation": report.people_explanation,
        # The chart builders escape every label themselves: Markup keeps autoescape from escaping twice.
        "charts": Charts(
            folders=Markup(stacked_chart("フォルダ別の検出項目", _types_by_folder(report), names)),
            people=Markup(
                bar_chart(
                    "資産別の本人の数",
                    [(a.display, a.people) for a in sorted(personal, key=lambda a: -a.people)[:TOP_ASSETS]],
                    unit="人",
                )
            ),
        ),
        "assets": [_asset_row(a) for a in personal],
        "errors": [ErrorRow(a.display, a.error or "") for a in report.errors],
        "note": NOTE,
        "report": report,
    }


def _types_by_folder(report: ScanReport) -> list[tuple[str, dict[str, int]]]:
    folders: dict[str, Counter[str]] = defaultdict(Counter)
    for asset in report.assets:
        if asset.personal:
            folders[asset.folder].update(asset.types)
    ranked = sorted(folders.items(), key=lambda kv: -sum(kv[1].values()))[:TOP_FOLDERS]
    return [(folder, dict(counts)) for folder, counts in ranked]


def _asset_row(asset: AssetView) -> AssetRow:
    return AssetRow(
        location=asset.display,
        appi_class=asset.appi_class or "",
        sensitive=asset.sensitive,
        people=asset.people,
        types=tuple(
            TypeCount(type_label(t), n) for t, n in sorted(asset.types.items(), key=lambda kv: -kv[1])
        ),
        triggers=tuple(trigger_label(t) for t in asset.report_triggers),
        jnsa=yen(asset.jnsa_yen),
        exposure=tuple(exposure_label(f) for f in asset.exposure),
        owner=asset.owner or "",
        size=size_label(asset.size),
        explanation=asset.explanation,
        people_method=asset.people_method or "",
        columns=tuple(
            ColumnRow(
                name=c.name or "（見出しなし）",
                holds=type_label(c.holds) if c.holds else "—",
                subject=c.subject or "本人",
                why=c.why,
            )
            for c in asset.columns
        ),
        readers=asset.readers,
        findings=tuple(
            FindingRow(type_label(f.type, f.subtype), f.count, f.preview, f.value, f.location or "")
            for f in asset.findings
        ),
    )
