"""The 個人データ管理台帳 of the current scan as an Excel workbook, as `mamori scan --xlsx` writes it."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from mamori.report import build_report, xlsx_bytes
from mamori.web.audit import audit
from mamori.web.auth import Caller, viewer
from mamori.web.current import current_scan
from mamori.web.errors import NotFoundPageError
from mamori.web.state import AppState, app_state

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/ledger.xlsx", tags=["ledger"])
def download_ledger(caller: Caller = Depends(viewer), state: AppState = Depends(app_state)) -> Response:
    """The 台帳 workbook (masked previews only, like every report)."""
    scan = current_scan(state.ledger)
    if scan is None:
        raise NotFoundPageError("台帳にスキャンがありません。先にスキャンを実行してください。")
    body = xlsx_bytes(build_report(state.ledger, scan.id))
    audit(state.ledger, caller.name, "ledger_download", f"scan:{scan.id}")
    return Response(
        body,
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="mamori-ledger-scan-{scan.id}.xlsx"'},
    )
