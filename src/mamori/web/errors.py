"""How failures reach a user: a Japanese page for a browser, JSON for the API, never a traceback."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from mamori.web.auth import ForbiddenError, NotAuthenticatedError
from mamori.web.pages import render


class NotFoundPageError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInputError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _message(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html.j2", None, status_code=status, message=message)


async def _not_authenticated(request: Request, exc: Exception) -> Response:
    if _wants_json(request):
        return JSONResponse(
            {"detail": "ログインしてください（またはAPIトークンを指定してください）"},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)


async def _forbidden(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ForbiddenError)
    return _message(request, 403, exc.message)


async def _not_found(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NotFoundPageError)
    return _message(request, 404, exc.message)


async def _bad_input(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BadInputError)
    return _message(request, 400, exc.message)


def install(app: FastAPI) -> None:
    app.add_exception_handler(NotAuthenticatedError, _not_authenticated)
    app.add_exception_handler(ForbiddenError, _forbidden)
    app.add_exception_handler(NotFoundPageError, _not_found)
    app.add_exception_handler(BadInputError, _bad_input)
