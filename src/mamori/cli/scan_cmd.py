"""`mamori scan`: its options and help; the scan itself runs in `mamori.cli.scan_flow`, imported only when
a scan starts (`mamori scan --help` should not wait for the scanners to load)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)


def scan(
    targets: Annotated[
        list[str],
        typer.Argument(help="スキャンするフォルダ・ファイル、またはデータベースURL", show_default=False),
    ],
    db: Annotated[
        str | None, typer.Option("--db", help="台帳（SQLiteのパスまたはURL）。既定は ~/.mamori/ledger.db")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="結果をJSONで標準出力に出す")] = False,
    html: Annotated[
        Path | None, typer.Option("--html", help="HTML報告書（グラフ付き、1ファイル）を書き出す")
    ] = None,
    html_template: Annotated[
        Path | None,
        typer.Option(
            "--html-template", help="HTML報告書のテンプレート（Jinja2）。既定は同梱のもの", show_default=False
        ),
    ] = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="Excelの個人データ管理台帳を書き出す")] = None,
    sarif: Annotated[Path | None, typer.Option("--sarif", help="CI向けのSARIFを書き出す")] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="並列プロセス数（既定: CPUコア数）", show_default=False),
    ] = None,
    full: Annotated[bool, typer.Option("--full", help="変更のないファイルも読み直す")] = False,
    fast: Annotated[
        bool, typer.Option("--fast", help="高速モード: 形式で定まる項目と列見出しのみ（形態素解析なし）")
    ] = False,
    sample: Annotated[
        int | None,
        typer.Option(
            "--sample",
            min=1,
            help="標本の行数（既定: 見出しのない列の判定に200行、データベースは表ごとに1,000行）",
            show_default=False,
        ),
    ] = None,
    store_values: Annotated[
        bool, typer.Option("--store-values", help="検出した値そのものを台帳に保存する（既定は保存しない）")
    ] = False,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="報告に値を表示する（--store-values で保存した値のみ）")
    ] = False,
    follow_symlinks: Annotated[
        bool, typer.Option("--follow-symlinks", help="シンボリックリンクをたどる")
    ] = False,
    retention_days: Annotated[
        int,
        typer.Option("--retention-days", min=1, help="これより古いファイルを保存期間の確認対象にする（日）"),
    ] = 365 * 5,
    top: Annotated[int, typer.Option("--top", min=1, help="端末に表示する資産の数")] = 15,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            help="読まないパス（.gitignore と同じ書き方、スキャンするフォルダーからの相対パス）。繰り返し可",
            show_default=False,
        ),
    ] = None,
    gitignore: Annotated[
        bool,
        typer.Option(
            "--gitignore/--no-gitignore", help="フォルダー直下の .gitignore に書かれたパスを読まない"
        ),
    ] = True,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="解析を実行するエンジン: local（このマシンのプロセス）または spark（Apache Spark、"
            "pip install 'mamori[spark]'）",
        ),
    ] = "local",
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            help="Spark のマスター（local[N]、spark://ホスト:ポート、yarn など。既定は Spark の設定、"
            "なければ local[*]）",
            show_default=False,
        ),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(
            "--partitions", min=1, help="Spark のパーティション数（既定: コア数の4倍）", show_default=False
        ),
    ] = None,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="該当する資産があれば終了コード1で終える（CI向け）。種類 MY_NUMBER、区分 要配慮個人情報"
            "（それより重い区分も含む）、報告の要件 R7-4、または personal。繰り返し・カンマ区切り可",
            show_default=False,
        ),
    ] = None,
) -> None:
    """フォルダ・ファイル・メール・アーカイブ・データベースをスキャンして個人データ管理台帳に記録する。

    2回目以降は変更のないファイルを読み直さず、中断したスキャンは同じコマンドで続きから再開する。

    終了コード: 0 問題なし、1 --fail-on に該当、2 指定の誤り、3 スキャンできない対象あり、130 中断。
    """
    from mamori.cli.scan_flow import ScanRequest, run

    run(
        ScanRequest(
            targets=targets,
            db=db,
            as_json=as_json,
            html=html,
            html_template=html_template,
            xlsx=xlsx,
            sarif=sarif,
            workers=workers,
            full=full,
            fast=fast,
            sample=sample,
            store_values=store_values,
            show_values=show_values,
            follow_symlinks=follow_symlinks,
            retention_days=retention_days,
            top=top,
            exclude=exclude,
            gitignore=gitignore,
            fail_on=fail_on,
            engine=engine,
            master=master,
            partitions=partitions,
        )
    )
