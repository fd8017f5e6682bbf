"""The Rich summary printed after a scan: totals, the assets that matter most, and what could not be read."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from mamori.report.labels import exposure_short, trigger_short, type_label, yen
from mamori.report.model import ScanReport
from mamori.report.times import STATUS_JA

TOP_ASSETS = 15


def _relative(display: str, roots: tuple[str, ...]) -> str:
    """A path under a scanned folder is shown from that folder: the table stays narrow."""
    for root in roots:
        prefix = root.rstrip("/") + "/"
        if display.startswith(prefix):
            return display[len(prefix) :]
    return display


def render_terminal(report: ScanReport, console: Console, *, top: int = TOP_ASSETS) -> None:
    counts = report.scan.counts
    status = STATUS_JA.get(report.scan.status, report.scan.status)
    lines = [
        f"スキャン #{report.scan.id}（{status}） 対象: {'、'.join(report.scan.roots)}",
        f"台帳: {report.database}",
        f"ファイル {counts.get('files', 0):,} 件: 読み取り {counts.get('read', 0):,} 件・"
        f"変更なし（再読込なし） {counts.get('unchanged', 0):,} 件・エラー {counts.get('errors', 0):,} 件",
    ]
    if counts.get("resumed"):
        lines.append(
            f"中断したスキャンを再開しました（前回までに処理済み {counts.get('already_done', 0):,} 件）"
        )
    if counts.get("databases"):
        lines.append(f"データベース {counts['databases']:,} 件")
    classes = report.class_counts()
    lines.append(
        "個人情報を含む資産 "
        + f"{len(report.personal):,} 件"
        + ("（" + "・".join(f"{name} {n:,}" for name, n in classes.items()) + "）" if classes else "")
    )
    lines.append(f"本人の数（重複除去後）: [bold]{report.people:,}人[/bold]")
    lines.append(f"[dim]{report.people_explanation}[/dim]")
    triggered = report.triggered()
    if triggered:
        lines.append(
            f"[bold red]漏えい時に個人情報保護委員会への報告対象となる資産: {len(triggered):,} 件[/bold red]"
        )
    console.print(Panel(Group(*lines), title="mamori スキャン結果", expand=False))
    personal = report.personal
    if personal:
        table = Table(
            title=f"注意すべき資産（上位{min(top, len(personal))}件: 機微度・人数順）", show_lines=False
        )
        table.add_column("保管場所", overflow="fold", ratio=3)
        table.add_column("分類", no_wrap=True)
        table.add_column("人数", justify="right")
        table.add_column("項目", overflow="fold", ratio=2)
        table.add_column("漏えい時報告", overflow="fold")
        table.add_column("JNSA試算", justify="right", no_wrap=True)
        table.add_column("露出", overflow="fold", ratio=1)
        for asset in personal[:top]:
            table.add_row(
                _relative(asset.display, report.scan.roots),
                f"[red]{asset.appi_class}[/red]" if asset.sensitive else str(asset.appi_class),
                f"{asset.people:,}",
                "・".join(type_label(t) for t in sorted(asset.types, key=lambda t: -asset.types[t])),
                "・".join(trigger_short(t).replace("規則", "") for t in asset.report_triggers) or "—",
                yen(asset.jnsa_yen),
                "・".join(exposure_short(f) for f in asset.exposure) or "—",
            )
        console.print(table)
    totals = report.type_totals
    if totals:
        kinds = Table(title="検出した項目（件数）")
        kinds.add_column("項目")
        kinds.add_column("件数", justify="right")
        for code, n in totals.most_common():
            kinds.add_row(type_label(code), f"{n:,}")
        console.print(kinds)
    errors = report.errors
    if errors:
        problems = Table(title=f"読み取れなかったもの（{len(errors):,} 件）")
        problems.add_column("場所", overflow="fold", max_width=70)
        problems.add_column("理由", overflow="fold")
        for asset in errors[:50]:
            problems.add_row(asset.display, asset.error or "")
        console.print(problems)
    if not personal:
        console.print("個人情報は見つかりませんでした。")
