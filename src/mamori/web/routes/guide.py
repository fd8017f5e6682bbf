"""The guide: a question answered with its citations, as `mamori guide` answers it."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from mamori.guide import GuideAnswer, ask
from mamori.guide.situation import situation_text
from mamori.web.audit import audit
from mamori.web.auth import Caller, viewer
from mamori.web.pages import render
from mamori.web.state import AppState, app_state

router = APIRouter()
NO_MATCH = "その質問に合う回答が見つかりませんでした。個人情報や漏えい対応についての質問をお試しください。"


class GuideIn(BaseModel):
    question: str = Field(max_length=1000)


class RelatedOut(BaseModel):
    id: str
    question: str


class GuideOut(BaseModel):
    found: bool
    question: str | None
    answer: str | None
    notes: list[str] = []
    sources: list[str]
    confidence: str | None
    situation: str | None
    related: list[RelatedOut]
    message: str | None


def answer_out(answer: GuideAnswer | None) -> GuideOut:
    if answer is None:
        return GuideOut(
            found=False,
            question=None,
            answer=None,
            sources=[],
            confidence=None,
            situation=None,
            related=[],
            message=NO_MATCH,
        )
    entry = answer.entry
    return GuideOut(
        found=True,
        question=entry.question,
        answer=entry.answer,
        notes=[n.text for n in answer.notes],
        sources=[*entry.citations, *(c for n in answer.notes for c in n.citations)],
        confidence=answer.confidence,
        situation=situation_text(answer.situation) if answer.situation else None,
        related=[RelatedOut(id=r.id, question=r.question) for r in answer.related],
        message=None,
    )


def _ask(state: AppState, caller: Caller, question: str) -> GuideOut:
    # The question may tell an incident in a user's words: the audit log records that one was asked, not what.
    audit(state.ledger, caller.name, "guide_ask")
    return answer_out(ask(question) if question.strip() else None)


@router.post("/api/guide", response_model=GuideOut, tags=["guide"])
def api_guide(
    body: GuideIn, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> GuideOut:
    """The answer to a question about personal information and leaks, with its sources."""
    return _ask(state, caller, body.question)


@router.get("/guide", response_class=HTMLResponse, include_in_schema=False)
def page_guide(request: Request, caller: Caller = Depends(viewer)) -> HTMLResponse:
    return render(request, "guide.html.j2", caller, question="", result=None)


@router.post("/guide", response_class=HTMLResponse, include_in_schema=False)
def page_ask(
    request: Request,
    question: str = Form("", max_length=1000),
    caller: Caller = Depends(viewer),
    state: AppState = Depends(app_state),
) -> HTMLResponse:
    return render(request, "guide.html.j2", caller, question=question, result=_ask(state, caller, question))
