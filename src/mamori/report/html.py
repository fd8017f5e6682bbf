"""The self-contained HTML report: summary, charts (types by folder, people by asset), the asset table
with how each count and class was reached, and what could not be read."""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from pathlib import Path

from mamori.mask.atomic import write_private
from mamori.report.charts import bar_chart, stacked_chart
from mamori.report.labels import exposure_label, size_label, trigger_label, type_label, yen
from mamori.report.model import AssetView, ScanReport
from mamori.report.times import STATUS_JA, jst_text

TOP_FOLDERS = 12
TOP_ASSETS = 20

STYLE = """
body{font-family:"Hiragino Sans","Noto Sans JP","Yu Gothic",sans-serif;margin:2em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ddd;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#eef3f8}td.n{text-align:right;white-space:nowrap}
.sens{color:#b00020;font-weight:bold}.muted{color:#666;font-size:.9em}.chart{font-size:12px;margin:1em 0}
details{margin:.2em 0}.kpi{display:inline-block;margin:0 2em .5em 0}.kpi b{font-size:1.6em;display:block}
"""


def _types_by_folder(report: ScanReport) -> list[tuple[str, dict[str, int]]]:
    folders: dict[str, Counter[str]] = defaultdict(Counter)
    for asset in report.assets:
        if asset.personal:
            folders[asset.folder].update(asset.types)
    ranked = sorted(folders.items(), key=lambda kv: -sum(kv[1].values()))[:TOP_FOLDERS]
    return [(folder, dict(counts)) for folder, counts in ranked]


def _asset_row(asset: AssetView) -> str:
    types = "、".join(
        f"{escape(type_label(t))} {n:,}" for t, n in sorted(asset.types.items(), key=lambda kv: -kv[1])
    )
    findings = "".join(
        f"<li>{escape(type_label(f.type, f.subtype))}: {f.count:,}件 例 <code>{escape(f.preview)}</code>"
        + (f" 値 <code>{escape(f.value)}</code>" if f.value is not None else "")
        + f" <span class=muted>{escape(f.location or '')}</span></li>"
        for f in asset.findings
    )
    columns = "".join(
        f"<tr><td>{escape(c.name or '（見出しなし）')}</td>"
        f"<td>{escape(type_label(c.holds) if c.holds else '—')}</td>"
        f"<td>{escape(c.subject or '本人')}</td><td>{escape(c.why)}</td></tr>"
        for c in asset.columns
    )
    readers = "".join(f"<li>{escape(r)}</li>" for r in asset.readers)
    detail = (
        f"<details><summary>根拠</summary><p>{escape(asset.explanation).replace(chr(10), '<br>')}</p>"
        f"<p>人数: {escape(asset.people_method or '')}</p>"
        + (
            "<p>列の判定:</p><table class=cols><tr><th>列</th><th>種類</th><th>人物</th><th>根拠</th></tr>"
            f"{columns}</table>"
            if columns
            else ""
        )
        + (f"<p>閲覧できる者:</p><ul>{readers}</ul>" if readers else "")
        + f"<ul>{findings}</ul></details>"
    )
    triggers = "<br>".join(escape(trigger_label(t)) for t in asset.report_triggers) or "—"
    klass = (
        f'<span class="sens">{escape(asset.appi_class or "")}</span>'
        if asset.sensitive
        else escape(asset.appi_class or "")
    )
    return (
        f"<tr><td>{escape(asset.display)}{detail}</td><td>{klass}</td><td class=n>{asset.people:,}</td>"
        f"<td>{types}</td><td>{triggers}</td>"
        f"<td class=n>{escape(yen(asset.jnsa_yen))}</td>"
        f"<td>{'<br>'.join(escape(exposure_label(f)) for f in asset.exposure) or '—'}</td>"
        f"<td>{escape(asset.owner or '')}</td><td class=n>{escape(size_label(asset.size))}</td></tr>"
    )


def render_html(report: ScanReport) -> str:
    scan = report.scan
    counts = scan.counts
    personal = report.personal
    names = {code: type_label(code) for code in report.type_totals}
    folder_chart = stacked_chart("フォルダ別の検出項目", _types_by_folder(report), names)
    people_chart = bar_chart(
        "資産別の本人の数",
        [(a.display, a.people) for a in sorted(personal, key=lambda a: -a.people)[:TOP_ASSETS]],
        unit="人",
    )
    kpis = [
        ("ファイル", f"{counts.get('files', 0):,}"),
        ("変更なし", f"{counts.get('unchanged', 0):,}"),
        ("個人情報を含む資産", f"{len(personal):,}"),
        ("本人の数", f"{report.people:,}人"),
        ("漏えい時の報告対象資産", f"{len(report.triggered()):,}"),
        ("エラー", f"{len(report.errors):,}"),
    ]
    errors = "".join(
        f"<tr><td>{escape(a.display)}</td><td>{escape(a.error or '')}</td></tr>" for a in report.errors
    )
    status = STATUS_JA.get(scan.status, scan.status)
    return (
        "<!DOCTYPE html><html lang=ja><head><meta charset=utf-8>"
        f"<title>mamori スキャン報告 #{scan.id}</title><style>{STYLE}</style></head><body>"
        f"<h1>mamori スキャン報告 #{scan.id}</h1>"
        f"<p class=muted>開始 {jst_text(scan.started_at)} ・ 状態 {escape(status)} ・ 対象 "
        f"{escape('、'.join(scan.roots))} ・ 台帳 {escape(report.database)}</p>"
        + "".join(f'<div class="kpi"><b>{escape(v)}</b>{escape(k)}</div>' for k, v in kpis)
        + f"<p>{escape(report.people_explanation)}</p>"
        + "<h2>グラフ</h2>"
        + folder_chart
        + people_chart
        + "<h2>個人情報を含む資産（機微度・人数順）</h2>"
        "<table><tr><th>保管場所</th><th>分類</th><th>人数</th><th>項目</th><th>漏えい時の報告対象</th>"
        "<th>JNSA想定賠償額</th><th>露出</th><th>所有者</th><th>サイズ</th></tr>"
        + "".join(_asset_row(a) for a in personal)
        + "</table>"
        + (
            f"<h2>読み取れなかったもの（{len(report.errors):,}件）</h2><table><tr><th>場所</th><th>理由</th></tr>"
            + errors
            + "</table>"
            if errors
            else ""
        )
        + "<p class=muted>JNSAモデルは上限的な試算です。漏えい時の報告対象は、"
        "原因が不正目的（不正アクセス・盗難等）なら人数にかかわらず規則7条3号にも当たります。値はマスクして表示しています。</p></body></html>"
    )


def write_html(report: ScanReport, path: Path) -> None:
    write_private(path, render_html(report).encode("utf-8"))
