"""The overview: people held, assets by APPI class, exposure, the trend over scans, open incidents."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from pydantic import BaseModel

from mamori.ledger import Deadline
from mamori.report.charts import bar_chart
from mamori.report.labels import exposure_label
from mamori.report.times import in_jst
from mamori.scan.assess import APPI_CLASSES
from mamori.web.auth import Caller, viewer
from mamori.web.current import current_scan
from mamori.web.pages import render
from mamori.web.state import AppState, app_state

router = APIRouter()
TREND_SCANS = 12


class ClassCountOut(BaseModel):
    appi_class: str
    assets: int
    people: int


class ExposureOut(BaseModel):
    flag: str
    label: str
    assets: int


class TrendPointOut(BaseModel):
    scan_id: int
    started_at: datetime
    status: str
    people: int
    findings: int
    files: int


class DeadlineOut(BaseModel):
    incident_id: int
    incident_title: str
    label: str
    due_on: date | None
    days_left: int | None
    overdue: bool


class OverviewOut(BaseModel):
    scan_id: int | None
    scan_started_at: datetime | None
    people: int
    personal_assets: int
    classes: list[ClassCountOut]
    exposure: list[ExposureOut]
    trend: list[TrendPointOut]
    open_incidents: int
    deadlines: list[DeadlineOut]


def deadline_out(deadline: Deadline, today: date) -> DeadlineOut:
    left = None if deadline.due_on is None else (deadline.due_on - today).days
    return DeadlineOut(
        incident_id=deadline.incident_id,
        incident_title=deadline.incident_title,
        label=deadline.label,
        due_on=deadline.due_on,
        days_left=left,
        overdue=deadline.is_overdue(today),
    )


def overview(state: AppState) -> OverviewOut:
    ledger = state.ledger
    scan = current_scan(ledger)
    classes: list[ClassCountOut] = []
    exposure: list[ExposureOut] = []
    if scan is not None:
        facts = state.scan_facts.get(ledger, scan)
        counted = {c.appi_class: c for c in facts.classes}
        order = [c for c in APPI_CLASSES if c in counted] + sorted(set(counted) - set(APPI_CLASSES))
        classes = [
            ClassCountOut(appi_class=c, assets=counted[c].assets, people=counted[c].people) for c in order
        ]
        exposure = [ExposureOut(flag=f, label=exposure_label(f), assets=n) for f, n in facts.exposure.items()]
    trend = [
        TrendPointOut(
            scan_id=s.id,
            started_at=s.started_at,
            status=s.status,
            people=s.counts.get("people", 0),
            findings=s.counts.get("findings", 0),
            files=s.counts.get("files", 0),
        )
        for s in ledger.scans.all()[-TREND_SCANS:]
    ]
    today = date.today()
    return OverviewOut(
        scan_id=scan.id if scan else None,
        scan_started_at=scan.started_at if scan else None,
        people=scan.counts.get("people", 0) if scan else 0,
        personal_assets=sum(c.assets for c in classes),
        classes=classes,
        exposure=exposure,
        trend=trend,
        open_incidents=len(ledger.incidents.all(status="open")),
        deadlines=[deadline_out(d, today) for d in ledger.incidents.open_deadlines()],
    )


@router.get("/api/overview", response_model=OverviewOut, tags=["overview"])
def api_overview(caller: Caller = Depends(viewer), state: AppState = Depends(app_state)) -> OverviewOut:
    """Where the organisation stands: people held, assets by APPI class, exposure, trend, incidents."""
    return overview(state)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def page_overview(
    request: Request, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> HTMLResponse:
    data = overview(state)
    charts = {
        "classes": Markup(
            bar_chart("APPI上の区分別の資産数", [(c.appi_class, c.assets) for c in data.classes])
        ),
        "exposure": Markup(bar_chart("露出の状況（資産数）", [(e.label, e.assets) for e in data.exposure])),
        "trend": Markup(
            bar_chart(
                "スキャンごとの本人の数",
                [(f"#{t.scan_id} {in_jst(t.started_at):%Y-%m-%d}", t.people) for t in data.trend],
                unit="人",
            )
        ),
    }
    return render(request, "overview.html.j2", caller, data=data, charts=charts)
