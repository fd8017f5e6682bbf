"""Server-rendered pages: the Jinja2 environment (autoescaped) and what every page template sees."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from mamori.report.times import jst_text
from mamori.web.auth import ROLE_JA, Caller
from mamori.web.csrf import FORM_FIELD

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
NAV: tuple[tuple[str, str, str], ...] = (
    ("/", "概要", "viewer"),
    ("/assets", "資産", "viewer"),
    ("/scans", "スキャン", "viewer"),
    ("/incidents", "インシデント", "viewer"),
    ("/guide", "ガイド", "viewer"),
    ("/users", "ユーザー", "admin"),
)


def _jst(moment: datetime | None) -> str:
    return "—" if moment is None else jst_text(moment)


def _days_left(due: date | None, today: date | None = None) -> str:
    if due is None:
        return "速やかに（日数の定めなし）"
    left = (due - (today or date.today())).days
    if left < 0:
        return f"{due.isoformat()}（期限切れ: {-left}日超過）"
    return f"{due.isoformat()}（本日が期限）" if left == 0 else f"{due.isoformat()}（あと{left}日）"


TEMPLATES.env.filters["jst"] = _jst
TEMPLATES.env.filters["days_left"] = _days_left
TEMPLATES.env.globals["csrf_field"] = FORM_FIELD
TEMPLATES.env.globals["role_ja"] = ROLE_JA


def render(
    request: Request, template: str, caller: Caller | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    nav = [(href, label) for href, label, role in NAV if caller is not None and caller.can(role)]  # type: ignore[arg-type]
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {"caller": caller, "csrf_token": caller.csrf_token if caller else "", "nav": nav, **context},
        status_code=status_code,
    )
