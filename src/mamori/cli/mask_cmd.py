"""`mamori mask` and `mamori unmask`: mask a file keeping its format; restore tokens from a vault."""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from mamori.cli.inputs import special_file_refusal
from mamori.cli.output import console, err_console
from mamori.mask import anonymised, pseudonymised
from mamori.mask.anonymised import QuasiIdentifier
from mamori.mask.atomic import write_private
from mamori.mask.engine import Masker
from mamori.mask.folder import mask_folder
from mamori.mask.policy import Policy, PolicyError, default_policy, load_policy, parse_assignment
from mamori.mask.pseudonymised import OPERATOR_NAMES, Adjustment
from mamori.mask.run import MaskError, anonymise_file, check_paths, mask_file
from mamori.mask.vault import Unmasker, Vault, VaultError
from mamori.privacy import installation_key
from mamori.privacy.keys import key_path

PASSPHRASE_ENV = "MAMORI_VAULT_PASSPHRASE"
MY_NUMBER_NOTICE = (
    "マイナンバー（個人番号）は番号法が利用を制限しているため、対応表には保存せず復元できない形で削除します。"
)


class Mode(StrEnum):
    plain = "plain"
    pseudonymised = "pseudonymised"
    anonymised = "anonymised"


def register(app: typer.Typer) -> None:
    app.command("mask")(mask)
    app.command("unmask")(unmask)


def _fail(message: str) -> typer.Exit:
    err_console.print(f"[red]エラー[/red]: {message}")
    return typer.Exit(2)


def _passphrase(confirm: bool) -> str:
    return os.environ.get(PASSPHRASE_ENV) or typer.prompt(
        "対応表のパスフレーズ", hide_input=True, confirmation_prompt=confirm
    )


def _policy(mode: Mode, policy_file: Path | None, operators: list[str], reversible: bool) -> Policy:
    if mode is Mode.pseudonymised:
        base = pseudonymised.default_policy()
    elif mode is Mode.anonymised:
        base = anonymised.default_policy()
    else:
        base = default_policy(reversible=reversible)
    chosen = load_policy(policy_file, base) if policy_file else base
    for assignment in operators:
        chosen = parse_assignment(chosen, assignment)
    return chosen


def _summary(counts: Counter[tuple[str, str]], title: str) -> Table:
    table = Table(title=title)
    table.add_column("項目")
    table.add_column("方法")
    table.add_column("件数", justify="right")
    for (label, operator), n in sorted(counts.items()):
        table.add_row(label, OPERATOR_NAMES[operator], str(n))
    return table


def _record_path(output: Path, record: Path | None, mode: Mode) -> Path:
    suffix = "仮名加工記録" if mode is Mode.pseudonymised else "匿名加工記録"
    return record or output.with_name(f"{output.name}.{suffix}.md")


def mask(
    source: Annotated[
        Path,
        typer.Argument(help="マスクするファイル（txt, csv, tsv, json, jsonl, xlsx, docx）またはフォルダ"),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="出力先（入力と同じ形式で書きます）")],
    policy_file: Annotated[
        Path | None, typer.Option("--policy", help="種類・列ごとの操作を定めた YAML / TOML ファイル")
    ] = None,
    operators: Annotated[
        list[str] | None,
        typer.Option("--operator", help="種類=操作 または 列名=操作（例: PERSON=placeholder）。複数指定可"),
    ] = None,
    mode: Annotated[
        Mode, typer.Option("--mode", help="plain / pseudonymised（仮名加工情報）/ anonymised（匿名加工情報）")
    ] = Mode.plain,
    quasi: Annotated[
        list[str] | None,
        typer.Option(
            "--quasi", help="匿名加工で k-匿名性を測る準識別子の列（例: 年齢, 郵便番号:postal_code）"
        ),
    ] = None,
    k: Annotated[int, typer.Option("--k", help="匿名加工で満たす k-匿名性の k")] = 5,
    max_suppression: Annotated[
        float, typer.Option("--max-suppression", help="匿名加工で削除してよいレコードの割合の上限")
    ] = 0.05,
    vault_path: Annotated[
        Path | None,
        typer.Option("--vault", help="復元用の暗号化対応表（指定したときだけ復元可能な記号にします）"),
    ] = None,
    record: Annotated[
        Path | None, typer.Option("--record", help="仮名加工・匿名加工の作成記録の出力先")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="既存の出力先を上書きする")] = False,
) -> None:
    """ファイル中の個人情報をマスク・仮名化し、同じ形式で書き出す。フォルダを指定すると、その中の
    ファイルを同じ構成で出力先フォルダにマスクして書き出す（並列）。"""
    if source.is_dir():
        _mask_folder(source, output, mode, policy_file, operators or [], vault_path, force)
        return
    if vault_path is not None and mode is not Mode.plain:
        raise _fail("仮名加工情報・匿名加工情報の作成では、復元用の対応表（--vault）は使えません")
    if mode is Mode.anonymised and not quasi:
        raise _fail("--mode anonymised には準識別子の列を --quasi で指定してください")
    if (refusal := special_file_refusal(source)) is not None:
        raise _fail(refusal)
    try:
        chosen = _policy(mode, policy_file, operators or [], reversible=vault_path is not None)
        check_paths(source, output, force=force)
        vault = (
            Vault.open(vault_path, _passphrase(not vault_path.exists()), create=True) if vault_path else None
        )
    except (PolicyError, MaskError, VaultError) as exc:
        raise _fail(str(exc)) from None
    adjustments: list[Adjustment] = []
    if mode is Mode.pseudonymised:
        chosen, adjustments = pseudonymised.enforce(chosen)
    elif mode is Mode.anonymised:
        chosen, adjustments = anonymised.enforce(chosen)
    masker = Masker(chosen, key=_key(), numbering=vault.number if vault else None)
    try:
        if mode is Mode.anonymised:
            qis = [QuasiIdentifier.parse(q) for q in quasi or []]
            result = anonymise_file(
                source, output, masker, qis, k, max_suppression=max_suppression, force=force
            )
        else:
            mask_file(source, output, masker, force=force)
        if vault is not None:
            vault.save()
    except (MaskError, ValueError) as exc:
        raise _fail(str(exc)) from None
    console.print(_summary(masker.counts, f"{source.name} → {output.name}"))
    if vault is not None:
        console.print(f"復元用の対応表: {vault.path}（mamori unmask で元に戻せます）")
        console.print(MY_NUMBER_NOTICE)
    if mode is Mode.plain:
        return
    now = datetime.now()
    if mode is Mode.pseudonymised:
        text = pseudonymised.record(
            source=source.name,
            output=output.name,
            counts=masker.counts,
            policy=chosen,
            adjustments=adjustments,
            now=now,
        )
    else:
        text = anonymised.record(
            source=source.name,
            output=output.name,
            masker_counts=masker.counts,
            policy=chosen,
            adjustments=adjustments,
            result=result,
            quasi=qis,
            now=now,
        )
        console.print(
            f"k-匿名性: 目標 k={result.k_target}、達成 k={result.k_achieved}、"
            f"削除 {len(result.suppressed)} 件"
        )
    path = _record_path(output, record, mode)
    write_private(path, text.encode("utf-8"))
    console.print(f"作成記録: {path}")


def _mask_folder(
    source: Path,
    output: Path,
    mode: Mode,
    policy_file: Path | None,
    operators: list[str],
    vault_path: Path | None,
    force: bool,
) -> None:
    """Exit 0 when every maskable file was written, 1 when some were refused (the tree is incomplete)."""
    if mode is not Mode.plain or vault_path is not None:
        raise _fail(
            "フォルダのマスクでは --mode plain のみ使えます（--vault・仮名加工・匿名加工は1ファイルずつ）"
        )
    try:
        chosen = _policy(mode, policy_file, operators, reversible=False)
        result = mask_folder(source, output, chosen, _key(), force=force)
    except (PolicyError, MaskError) as exc:
        raise _fail(str(exc)) from None
    console.print(_summary(result.counts, f"{source} → {output}（{len(result.written):,} ファイル）"))
    if result.skipped:
        console.print(
            f"[yellow]マスクできない形式のため書き出さなかったファイル {len(result.skipped):,} 件[/yellow]"
            "（コピーもしていません）: " + "、".join(result.skipped[:10])
        )
    for name, reason in result.refused:
        err_console.print(f"[red]書き出さなかったファイル[/red] {name}: {reason}")
    if result.refused:
        raise typer.Exit(1)


def unmask(
    source: Annotated[Path, typer.Argument(help="mamori mask --vault で作ったファイル")],
    output: Annotated[Path, typer.Option("--output", "-o", help="復元したファイルの出力先")],
    vault_path: Annotated[Path, typer.Option("--vault", help="mask のときに作った対応表")],
    force: Annotated[bool, typer.Option("--force", help="既存の出力先を上書きする")] = False,
) -> None:
    """対応表を使って、mask で置き換えた記号を元の値に戻す（マイナンバーは戻りません）。"""
    if (refusal := special_file_refusal(source)) is not None:
        raise _fail(refusal)
    try:
        check_paths(source, output, force=force)
        vault = Vault.open(vault_path, _passphrase(False), create=False)
        unmasker = Unmasker(vault)
        mask_file(source, output, unmasker, force=force)
    except (MaskError, VaultError) as exc:
        raise _fail(str(exc)) from None
    console.print(f"{source.name} → {output.name}: {unmasker.restored} 件を復元しました。")


def _key() -> bytes:
    """The installation key; the run that creates it says so, since the pseudonyms depend on it."""
    new = not key_path().exists()
    key = installation_key()
    if new:
        err_console.print(
            f"[yellow]秘密鍵を作成しました: {key_path()}（本人以外は読めない権限）。[/yellow]\n"
            "仮名・ハッシュはこの鍵で決まります。同じ値に同じ仮名を付け続けるには、この鍵を安全な場所に"
            "バックアップしてください（失うと次回から別の仮名になります。漏れると仮名から元の値を"
            "推測される手がかりになります）。",
            highlight=False,
        )
    return key
