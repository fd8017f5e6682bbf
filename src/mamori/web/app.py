"""The FastAPI application: routes, static files, error pages, security headers, a log without values."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from mamori import __version__
from mamori.ledger import open_ledger
from mamori.web import errors
from mamori.web.auth import Caller, viewer
from mamori.web.routes import assets, guide, incidents, ledger_xlsx, login, overview, scans, users
from mamori.web.scan_facts import ScanFactsCache
from mamori.web.scan_jobs import ScanJobs
from mamori.web.settings import WebSettings
from mamori.web.state import AppState

log = logging.getLogger("mamori.web")
STATIC = Path(__file__).parent / "static"
# Everything is served from here: no CDN, no inline script, no framing by another site.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


async def _headers_and_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    if not request.url.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    # The path only: a query string may carry a folder name or a filter typed by the user.
    log.info("%s %s %d", request.method, request.url.path, response.status_code)
    return response


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """The dashboard over the ledger at `settings.ledger_url` (opened, and migrated, here)."""
    used = settings or WebSettings()
    ledger = open_ledger(used.ledger_url)
    state = AppState(ledger, used, ScanJobs(used.ledger_url, used.scan_workers), ScanFactsCache())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.jobs.wait(timeout=30)
        ledger.close()

    app = FastAPI(
        title="mamori",
        version=__version__,
        description="個人データ管理台帳・スキャン・インシデント・ガイドの API。"
        "`Authorization: Bearer <APIトークン>` で認証します。",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.mamori = state
    app.middleware("http")(_headers_and_log)
    errors.install(app)
    for module in (login, overview, assets, scans, incidents, guide, ledger_xlsx, users):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi(caller: Caller = Depends(viewer)) -> dict[str, Any]:
        return app.openapi()

    return app
