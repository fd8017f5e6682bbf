"""The Rich summary of `mamori check`: measures with their verdicts, what the scans contradict, the plan."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from mamori.controls import CheckResult
from mamori.controls.evidence import RULES
from mamori.controls.measures import measure_for_rule
from mamori.controls.result import VERDICT_JA

TOP_ACTIONS = 10
_VERDICT_STYLE = {"ok": "green", "contradicted": "bold red", "open": "yellow", "na": "dim"}


def _header(result: CheckResult, console: Console) -> None:
    counts = result.counts()
    sheet = result.sheet
    scope = "中小規模事業者の手法で回答" if sheet.small_business else "通常の手法で回答"
    console.print(
        f"[bold]安全管理措置の自己点検[/bold]（通則編 10-1〜10-7）{sheet.answered_on.isoformat()} "
        f"回答者: {escape(sheet.answerer)}・{scope}"
    )
    scanned = (
        f"スキャン #{result.scan_id}" if result.scan_id is not None else "スキャンなし（証拠は回答のみ）"
    )
    console.print(
        f"{scanned}・措置 {counts['measures']} 項目: 実施済み {counts['ok']}・"
        f"[red]スキャン結果と矛盾 {counts['contradicted']}[/red]・未実施/一部 {counts['open']}・"
        f"該当なし {counts['na']}"
    )


def _measures(result: CheckResult) -> Table:
    table = Table(title="措置ごとの結果", show_lines=False)
    table.add_column("根拠")
    table.add_column("措置")
    table.add_column("回答")
    table.add_column("判定")
    table.add_column("スキャンの証拠", justify="right")
    for s in result.measures:
        style = _VERDICT_STYLE[s.verdict]
        table.add_row(
            s.measure.citation,
            s.measure.title,
            s.answer_ja,
            f"[{style}]{VERDICT_JA[s.verdict]}[/{style}]",
            f"{len(s.contradictions):,} 件" if s.contradictions else "",
        )
    return table


def _findings(result: CheckResult, top: int) -> Table:
    table = Table(title=f"スキャン結果との矛盾: {len(result.contradictions):,} 件", show_lines=False)
    table.add_column("根拠")
    table.add_column("問題")
    table.add_column("資産")
    table.add_column("内容")
    ranked = sorted(result.contradictions, key=lambda c: (-c.jnsa_yen, -c.people, c.rule, c.asset))
    for c in ranked[:top]:
        table.add_row(
            measure_for_rule(c.rule).citation,
            RULES[c.rule],
            escape(c.asset),
            escape(c.detail + (f"（例: {c.preview}）" if c.preview else "")),
        )
    return table


def _plan(result: CheckResult, top: int) -> Table:
    table = Table(title=f"対策の計画（想定賠償額の大きい順）: {len(result.plan):,} 件", show_lines=False)
    table.add_column("#", justify="right")
    table.add_column("対策")
    table.add_column("想定賠償額", justify="right")
    table.add_column("人数", justify="right")
    table.add_column("担当")
    table.add_column("期限")
    table.add_column("根拠")
    for number, action in enumerate(result.plan[:top], 1):
        table.add_row(
            str(number),
            escape(action.summary),
            f"{action.jnsa_yen:,}円" if action.jnsa_yen else "—",
            f"{action.people:,}" if action.people else "—",
            escape(action.owner),
            action.due_on.isoformat(),
            action.citation,
        )
    return table


def _change(result: CheckResult, console: Console) -> None:
    change = result.change
    if change is None:
        console.print("前回の自己点検はありません（次回の実行時に、この結果との差分を表示します）。")
        return
    console.print(
        f"前回（#{change.previous_id}、{change.previous_on.isoformat()}）から: 想定賠償額 "
        f"{change.yen_before:,}円 → {change.yen_after:,}円、対象人数 {change.people_before:,} → "
        f"{change.people_after:,}、解消 {len(change.resolved):,} 件・新規 {len(change.added):,} 件"
    )
    for line in change.resolved[:5]:
        console.print(f"  [green]解消[/green] {escape(line)}")
    for line in change.added[:5]:
        console.print(f"  [red]新規[/red] {escape(line)}")


def render_check(
    result: CheckResult, console: Console, *, top: int = TOP_ACTIONS, short: bool = False
) -> None:
    """The whole result, or with `short` the header, the contradictions' count and the first actions
    (what `mamori demo` ends with)."""
    _header(result, console)
    if short:
        _plan_lines(result, console, top)
        return
    console.print(_measures(result))
    if result.contradictions:
        console.print(_findings(result, top))
    console.print(_plan(result, top))
    _change(result, console)


def _plan_lines(result: CheckResult, console: Console, top: int) -> None:
    """The first actions as sentences: a narrow terminal keeps them whole, a table would cut them."""
    console.print(
        f"スキャン結果との矛盾 {len(result.contradictions):,} 件。対策（想定賠償額の大きい順、上位 "
        f"{min(top, len(result.plan))} 件 / {len(result.plan):,} 件）:"
    )
    for number, action in enumerate(result.plan[:top], 1):
        console.print(
            f"  {number}. {escape(action.summary)}（{action.citation}・担当 {escape(action.owner)}・"
            f"期限 {action.due_on.isoformat()}）"
        )
