"""Incidents: the list with their 速報/確報 countdown, a form that builds the facts and shows the
assessment as `mamori incident assess` does, the timeline, and each draft as a download."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from mamori.incident import Assessment, FactsError, IncidentFacts, facts_from_dict, triage
from mamori.incident.documents import DOCUMENT_KINDS, to_docx, to_html, to_markdown
from mamori.incident.documents import draft as build_document
from mamori.incident.documents.wording import event_phrase
from mamori.ledger import (
    Incident,
    Ledger,
    NewIncident,
    NotFoundError,
    deadlines_from_assessment,
    kinds_closed_by,
)
from mamori.web.audit import audit
from mamori.web.auth import Caller, officer, viewer
from mamori.web.errors import BadInputError, NotFoundPageError
from mamori.web.incident_form import CAUSES, ITEMS, MEDIA, SUBTYPES, IncidentForm, form_from_facts
from mamori.web.pages import render
from mamori.web.params import RecordId
from mamori.web.routes.overview import DeadlineOut, deadline_out
from mamori.web.state import AppState, app_state

router = APIRouter()
DOC_LABELS = {
    "ppc-report": "個人情報保護委員会への報告書",
    "notice": "本人への通知",
    "apology": "お詫び状",
    "public": "公表文",
    "police": "警察相談メモ",
}
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
Facts = Annotated[dict[str, Any], Body(description="the facts, as in an incident facts file")]


class IncidentOut(BaseModel):
    id: int
    title: str
    discovered_on: date
    created_at: datetime
    status: str


class EventOut(BaseModel):
    at: datetime
    text: str


class IncidentListOut(BaseModel):
    incidents: list[IncidentOut]
    open_deadlines: list[DeadlineOut]


class IncidentDetailOut(IncidentOut):
    assessment: dict[str, Any] | None
    deadlines: list[DeadlineOut]
    events: list[EventOut]


class EventIn(BaseModel):
    text: str


def _out(incident: Incident) -> IncidentOut:
    return IncidentOut(
        id=incident.id,
        title=incident.title,
        discovered_on=incident.discovered_on,
        created_at=incident.created_at,
        status=incident.status,
    )


def _assessed(raw: dict[str, Any]) -> tuple[IncidentFacts, Assessment]:
    try:
        facts = facts_from_dict(raw)
    except FactsError as exc:
        raise BadInputError(f"{exc.field}: {exc.message_ja}") from None
    return facts, triage(facts)


def _incident(ledger: Ledger, incident_id: RecordId) -> Incident:
    try:
        return ledger.incidents.get(incident_id)
    except NotFoundError as exc:
        raise NotFoundPageError(str(exc)) from None


def _create(state: AppState, caller: Caller, raw: dict[str, Any]) -> Incident:
    facts, assessment = _assessed(raw)
    record = NewIncident(
        facts.title, raw, facts.discovered_on, deadlines_from_assessment(assessment.to_dict())
    )
    incident = state.ledger.incidents.create(record)
    state.ledger.incidents.add_event(incident.id, f"台帳に登録（{caller.name}、ウェブ）")
    audit(state.ledger, caller.name, "incident_create", f"incident:{incident.id}")
    return incident


def incident_detail(ledger: Ledger, incident_id: RecordId) -> IncidentDetailOut:
    incident = _incident(ledger, incident_id)
    try:
        assessment: dict[str, Any] | None = triage(facts_from_dict(incident.facts)).to_dict()
    except FactsError:
        assessment = None
    today = date.today()
    return IncidentDetailOut(
        **_out(incident).model_dump(),
        assessment=assessment,
        deadlines=[deadline_out(d, today) for d in ledger.incidents.deadlines(incident_id) if d.is_open],
        events=[EventOut(at=e.at, text=e.text) for e in ledger.incidents.events(incident_id)],
    )


def _form(
    title: str = Form(""),
    discovered_on: str = Form(""),
    organisation: str = Form(""),
    cause: str = Form("other"),
    medium: str = Form("other"),
    items: list[str] = Form([]),
    sensitive_subtype: str = Form("medical"),
    people: int = Form(1, ge=0),
    encrypted: bool = Form(False),
) -> IncidentForm:
    return IncidentForm(
        title, discovered_on, organisation, cause, medium, items, sensitive_subtype, people, encrypted
    )


def _form_page(
    request: Request, caller: Caller, state: AppState, form: IncidentForm, **context: Any
) -> HTMLResponse:
    today = date.today()
    return render(
        request,
        "incidents.html.j2",
        caller,
        incidents=[_out(i) for i in reversed(state.ledger.incidents.all())],
        deadlines=[deadline_out(d, today) for d in state.ledger.incidents.open_deadlines()],
        form=form,
        choices={"causes": CAUSES, "media": MEDIA, "item_kinds": ITEMS, "subtypes": SUBTYPES},
        **context,
    )


def _assessment_context(assessment: Assessment) -> dict[str, Any]:
    return {"a": assessment, "event_text": event_phrase(assessment.event, assessment.certainty)}


# API


@router.get("/api/incidents", response_model=IncidentListOut, tags=["incidents"])
def api_incidents(caller: Caller = Depends(viewer), state: AppState = Depends(app_state)) -> IncidentListOut:
    """Every incident, and the open deadlines of open incidents (soonest first)."""
    today = date.today()
    return IncidentListOut(
        incidents=[_out(i) for i in state.ledger.incidents.all()],
        open_deadlines=[deadline_out(d, today) for d in state.ledger.incidents.open_deadlines()],
    )


@router.get("/api/incidents/{incident_id}", response_model=IncidentDetailOut, tags=["incidents"])
def api_incident(
    incident_id: RecordId, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> IncidentDetailOut:
    """One incident: its assessment (as `mamori incident assess --json`), open deadlines, timeline."""
    return incident_detail(state.ledger, incident_id)


@router.post("/api/incidents/assess", tags=["incidents"])
def api_assess(facts: Facts, caller: Caller = Depends(officer)) -> dict[str, Any]:
    """Assess facts without recording them (as `mamori incident assess --json`)."""
    return _assessed(facts)[1].to_dict()


@router.post("/api/incidents", response_model=IncidentOut, status_code=201, tags=["incidents"])
def api_create(
    facts: Facts, caller: Caller = Depends(officer), state: AppState = Depends(app_state)
) -> IncidentOut:
    """Record an incident from its facts; its deadlines come from the assessment."""
    return _out(_create(state, caller, facts))


@router.post(
    "/api/incidents/{incident_id}/events", response_model=EventOut, status_code=201, tags=["incidents"]
)
def api_log(
    incident_id: RecordId,
    event: EventIn,
    caller: Caller = Depends(officer),
    state: AppState = Depends(app_state),
) -> EventOut:
    """Add to the timeline; 「速報提出」「確報提出」「本人通知発送」 close the matching deadline."""
    return EventOut(**_log(state, caller, incident_id, event.text))


def _log(state: AppState, caller: Caller, incident_id: RecordId, text: str) -> dict[str, Any]:
    _incident(state.ledger, incident_id)
    if not text.strip():
        raise BadInputError("記録する内容が空です")
    event = state.ledger.incidents.add_event(incident_id, text, closes=kinds_closed_by(text))
    audit(state.ledger, caller.name, "incident_log", f"incident:{incident_id}")
    return {"at": event.at, "text": event.text}


# pages


@router.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
def page_incidents(
    request: Request, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> HTMLResponse:
    return _form_page(request, caller, state, IncidentForm())


@router.post("/incidents", include_in_schema=False)
def page_create(
    request: Request,
    action: Literal["assess", "save"] = Form("assess"),
    form: IncidentForm = Depends(_form),
    caller: Caller = Depends(officer),
    state: AppState = Depends(app_state),
) -> Response:
    try:
        _, assessment = _assessed(form.facts())
    except BadInputError as exc:
        return _form_page(request, caller, state, form, error=exc.message, status_code=400)
    if action == "assess":
        return _form_page(request, caller, state, form, **_assessment_context(assessment))
    incident = _create(state, caller, form.facts())
    return RedirectResponse(f"/incidents/{incident.id}", status_code=303)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
def page_incident(
    request: Request,
    incident_id: RecordId,
    caller: Caller = Depends(viewer),
    state: AppState = Depends(app_state),
) -> HTMLResponse:
    detail = incident_detail(state.ledger, incident_id)
    incident = _incident(state.ledger, incident_id)
    context: dict[str, Any] = {}
    try:
        context = _assessment_context(triage(facts_from_dict(incident.facts)))
    except FactsError as exc:
        context = {"error": f"保存された事実を判定できません: {exc.field}: {exc.message_ja}"}
    return render(
        request,
        "incident.html.j2",
        caller,
        incident=detail,
        form=form_from_facts(incident.facts),
        choices={"causes": CAUSES, "media": MEDIA, "item_kinds": ITEMS, "subtypes": SUBTYPES},
        documents=DOC_LABELS,
        **context,
    )


@router.post("/incidents/{incident_id}/facts", include_in_schema=False)
def page_update(
    incident_id: RecordId,
    form: IncidentForm = Depends(_form),
    caller: Caller = Depends(officer),
    state: AppState = Depends(app_state),
) -> Response:
    incident = _incident(state.ledger, incident_id)
    raw = {**incident.facts, **form.facts()}
    _, assessment = _assessed(raw)
    state.ledger.incidents.update_facts(incident_id, raw, deadlines_from_assessment(assessment.to_dict()))
    state.ledger.incidents.add_event(incident_id, f"事実を更新（{caller.name}、ウェブ）")
    audit(state.ledger, caller.name, "incident_update", f"incident:{incident_id}")
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.post("/incidents/{incident_id}/events", include_in_schema=False)
def page_log(
    incident_id: RecordId,
    text: str = Form(""),
    caller: Caller = Depends(officer),
    state: AppState = Depends(app_state),
) -> Response:
    _log(state, caller, incident_id, text)
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.get("/incidents/{incident_id}/drafts/{kind}.{fmt}", tags=["incidents"])
def download_draft(
    incident_id: RecordId,
    kind: str,
    fmt: Literal["md", "html", "docx"],
    caller: Caller = Depends(officer),
    state: AppState = Depends(app_state),
) -> Response:
    """A draft document of the incident (ppc-report, notice, apology, public, police) as md, html or docx."""
    if kind not in DOCUMENT_KINDS:
        raise NotFoundPageError(f"文書の種類 {kind} はありません")
    facts, assessment = _assessed(_incident(state.ledger, incident_id).facts)
    document = build_document(kind, facts, assessment)
    body = (
        to_docx(document)
        if fmt == "docx"
        else (to_markdown(document) if fmt == "md" else to_html(document)).encode()
    )
    audit(state.ledger, caller.name, "draft_download", f"incident:{incident_id} {kind}.{fmt}")
    filename = f"incident-{incident_id}-{kind}.{fmt}"
    return Response(
        body,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
