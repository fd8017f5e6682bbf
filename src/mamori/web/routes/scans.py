"""Scans: start a folder or database scan (it runs in a background thread, never in the request),
follow its progress, cancel it, resume an interrupted one; the history from the ledger."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from mamori.ledger import Scan, without_credentials
from mamori.report.times import STATUS_JA
from mamori.scan.targets import is_database_url
from mamori.web.audit import audit
from mamori.web.auth import Caller, officer, viewer
from mamori.web.errors import BadInputError, NotFoundPageError
from mamori.web.pages import render
from mamori.web.params import RecordId
from mamori.web.scan_jobs import ScanJob
from mamori.web.state import AppState, app_state

router = APIRouter()
JOB_STATUS_JA = {**STATUS_JA, "failed": "失敗"}


class ScanOut(BaseModel):
    id: int
    started_at: datetime
    finished_at: datetime | None
    roots: list[str]
    status: str
    counts: dict[str, int]


class ScanJobOut(BaseModel):
    id: int
    targets: list[str]
    started_by: str
    started_at: datetime
    status: str
    status_ja: str
    listed: int
    files_total: int
    files_done: int
    findings: int
    scan_id: int | None
    error: str | None


class ScanListOut(BaseModel):
    jobs: list[ScanJobOut]
    scans: list[ScanOut]


class ScanIn(BaseModel):
    target: str


def _scan_out(scan: Scan) -> ScanOut:
    return ScanOut(
        id=scan.id,
        started_at=scan.started_at,
        finished_at=scan.finished_at,
        roots=list(scan.roots),
        status=scan.status,
        counts=scan.counts,
    )


def job_out(job: ScanJob) -> ScanJobOut:
    return ScanJobOut(
        id=job.id,
        targets=list(job.shown_targets),
        started_by=job.started_by,
        started_at=job.started_at,
        status=job.status,
        status_ja=JOB_STATUS_JA.get(job.status, job.status),
        listed=job.listed,
        files_total=job.files_total,
        files_done=job.files_done,
        findings=job.findings,
        scan_id=job.scan_id,
        error=job.error,
    )


def _start(state: AppState, caller: Caller, target: str) -> ScanJob:
    typed = target.strip()
    if not typed:
        raise BadInputError("スキャンするフォルダーまたはデータベースURLを入力してください")
    if not is_database_url(typed) and not Path(typed).exists():
        raise BadInputError(f"{typed} はこのサーバー上にありません")
    job = state.jobs.start((typed,), caller.name)
    audit(state.ledger, caller.name, "scan_start", without_credentials(typed))
    return job


def _job(state: AppState, job_id: RecordId) -> ScanJob:
    job = state.jobs.get(job_id)
    if job is None:
        raise NotFoundPageError(f"スキャンの実行 {job_id} はありません")
    return job


def _cancel(state: AppState, caller: Caller, job_id: RecordId) -> ScanJob:
    job = _job(state, job_id)
    state.jobs.cancel(job_id)
    audit(state.ledger, caller.name, "scan_cancel", f"job:{job_id}")
    return job


def scan_list(state: AppState) -> ScanListOut:
    return ScanListOut(
        jobs=[job_out(j) for j in state.jobs.all()],
        scans=[_scan_out(s) for s in reversed(state.ledger.scans.all())],
    )


@router.get("/api/scans", response_model=ScanListOut, tags=["scans"])
def api_scans(caller: Caller = Depends(viewer), state: AppState = Depends(app_state)) -> ScanListOut:
    """Scans running from this server, and the history of scans in the ledger (newest first)."""
    return scan_list(state)


@router.post("/api/scans", response_model=ScanJobOut, status_code=202, tags=["scans"])
def api_start(
    body: ScanIn, caller: Caller = Depends(officer), state: AppState = Depends(app_state)
) -> ScanJobOut:
    """Start a scan of a folder on the server or a database URL; poll `/api/scans/jobs/{id}`."""
    return job_out(_start(state, caller, body.target))


@router.get("/api/scans/jobs/{job_id}", response_model=ScanJobOut, tags=["scans"])
def api_job(
    job_id: RecordId, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> ScanJobOut:
    """A running (or finished) scan's progress."""
    return job_out(_job(state, job_id))


@router.post("/api/scans/jobs/{job_id}/cancel", response_model=ScanJobOut, tags=["scans"])
def api_cancel(
    job_id: RecordId, caller: Caller = Depends(officer), state: AppState = Depends(app_state)
) -> ScanJobOut:
    """Stop a scan; what it finished is kept and starting the same target again resumes it."""
    return job_out(_cancel(state, caller, job_id))


@router.get("/scans", response_class=HTMLResponse, include_in_schema=False)
def page_scans(
    request: Request, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> HTMLResponse:
    return render(request, "scans.html.j2", caller, data=scan_list(state), status_ja=JOB_STATUS_JA)


@router.post("/scans", include_in_schema=False)
def page_start(
    request: Request,
    target: str = Form(""),
    caller: Caller = Depends(officer),
    state: AppState = Depends(app_state),
) -> Response:
    try:
        _start(state, caller, target)
    except BadInputError as exc:
        return render(
            request,
            "scans.html.j2",
            caller,
            status_code=400,
            data=scan_list(state),
            status_ja=JOB_STATUS_JA,
            error=exc.message,
            target=target,
        )
    return RedirectResponse("/scans", status_code=303)


@router.post("/scans/jobs/{job_id}/cancel", include_in_schema=False)
def page_cancel(
    job_id: RecordId, caller: Caller = Depends(officer), state: AppState = Depends(app_state)
) -> Response:
    _cancel(state, caller, job_id)
    return RedirectResponse("/scans", status_code=303)
