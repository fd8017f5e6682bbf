"""`mamori serve`: the web dashboard on this machine (127.0.0.1) unless told to listen wider."""

from __future__ import annotations

import logging
import socket
from typing import Annotated

import typer

from mamori.cli.output import console, err_console
from mamori.cli.web_extra import require_web_extra

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def serve(
    host: Annotated[
        str, typer.Option("--host", help="待ち受けるアドレス（既定はこのPCからのみ）")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="ポート番号（0: 空いている番号）")
    ] = 8765,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="MAMORI_LEDGER_URL",
            help="台帳（SQLiteのパスまたはURL）。既定は ~/.mamori/ledger.db",
        ),
    ] = None,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies", help="HTTPSのリバースプロキシの背後で使うとき、Cookieを HTTPS 限定にする"
        ),
    ] = False,
) -> None:
    """ウェブ画面（台帳・スキャン・インシデント・ガイド）を起動する。

    ユーザーは mamori users add で登録する。
    """
    require_web_extra()
    import uvicorn

    from mamori.ledger import LedgerError
    from mamori.web.app import create_app
    from mamori.web.settings import WebSettings

    try:
        app = create_app(WebSettings(ledger_url=db, secure_cookies=secure_cookies))
    except LedgerError as exc:
        err_console.print(f"[red]エラー[/red]: {exc}")
        raise typer.Exit(2) from None
    if not app.state.mamori.ledger.accounts.users():
        err_console.print(
            "[yellow]ユーザーが登録されていません。"
            "先に mamori users add NAME --role admin で登録してください。[/yellow]"
        )
    if host not in LOCAL_HOSTS:
        err_console.print(
            f"[yellow]警告: {host} で待ち受けます。ネットワーク上の他のPCからも接続できます。"
            "通信は暗号化されません: HTTPS のリバースプロキシの背後で"
            " --secure-cookies とともに使ってください。[/yellow]"
        )
    chosen = port or _free_port(host)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"mamori のウェブ画面: http://{shown}:{chosen}/ （終了は Ctrl-C）")
    # No access log: uvicorn's would print query strings; the app logs method, path and status itself.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    uvicorn.run(app, host=host, port=chosen, access_log=False, log_level="info")
