"""Nothing answers without a login; logins are throttled; forms need their CSRF token; tokens work
until revoked."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, Site, csrf_of, login

OPEN_PATHS = {"/login"}


def _api_routes(routes: Iterable[object]) -> Iterator[APIRoute]:
    """Every route, also those of included routers (which newer FastAPI versions wrap)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif (inner := getattr(route, "original_router", None)) is not None:
            yield from _api_routes(inner.routes)


def _routes(site: Site) -> list[tuple[str, str]]:
    found = []
    for route in _api_routes(site.app.routes):
        if route.path in OPEN_PATHS:
            continue
        path = re.sub(r"\{[^}]+\}", "1", route.path).replace("1.1", "ppc-report.md")
        found.extend((method, path) for method in sorted(route.methods))
    return found


def test_every_route_but_the_login_and_static_files_refuses_an_anonymous_caller(site: Site) -> None:
    anonymous = TestClient(site.app, follow_redirects=False)
    routes = _routes(site)
    assert len(routes) > 30
    for method, path in routes:
        answer = anonymous.request(method, path, json={}, data=None)
        if path.startswith("/api/"):
            assert answer.status_code == 401, (method, path, answer.status_code)
            assert answer.json() == {"detail": "ログインしてください（またはAPIトークンを指定してください）"}
        else:
            assert answer.status_code == 303, (method, path, answer.status_code)
            assert answer.headers["location"].startswith("/login")


def test_the_login_page_and_static_files_are_open(site: Site) -> None:
    anonymous = TestClient(site.app)
    assert "ログイン" in anonymous.get("/login").text
    assert anonymous.get("/static/style.css").status_code == 200
    assert anonymous.get("/static/app.js").status_code == 200


def test_a_login_sets_an_httponly_samesite_cookie_and_logout_ends_the_session(site: Site) -> None:
    client = TestClient(site.app, follow_redirects=False)
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    answer = client.post(
        "/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token.group(1)}
    )
    cookie = answer.headers["set-cookie"]
    assert "mamori_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert client.get("/").status_code == 200
    client.post("/logout", data={"csrf_token": csrf_of(client)})
    assert client.get("/").status_code == 303


def test_a_wrong_password_is_refused_in_japanese(site: Site) -> None:
    client = TestClient(site.app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    answer = client.post(
        "/login", data={"name": "admin-nobody", "password": "wrong-password", "csrf_token": token.group(1)}
    )
    assert answer.status_code == 401
    assert "ユーザー名またはパスワードが違います" in answer.text


def test_logins_are_refused_after_five_failures_even_with_the_right_password(fresh_site: Site) -> None:
    client = TestClient(fresh_site.app)
    for _ in range(5):
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        answer = client.post(
            "/login", data={"name": "viewer", "password": "guess", "csrf_token": token.group(1)}
        )
        assert answer.status_code == 401
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    answer = client.post(
        "/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token.group(1)}
    )
    assert answer.status_code == 429
    assert "ログインを受け付けません" in answer.text


def test_a_login_without_the_forms_csrf_token_is_refused(site: Site) -> None:
    client = TestClient(site.app)
    client.get("/login")
    answer = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": "forged"})
    assert answer.status_code == 403


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/guide", {"question": "速報の期限は？"}),
        ("/scans", {"target": "/tmp"}),
        ("/incidents", {"title": "x"}),
        ("/users", {"name": "mallory", "role": "admin", "password": "password123"}),
    ],
)
def test_a_form_post_without_its_csrf_token_is_refused(
    clients: dict[str, TestClient], path: str, data: dict[str, str]
) -> None:
    answer = clients["admin"].post(path, data=data)
    assert answer.status_code == 403
    assert "ページを読み込み直して" in answer.text
    forged = clients["admin"].post(path, data={**data, "csrf_token": "forged"})
    assert forged.status_code == 403


def test_an_api_post_with_the_session_cookie_needs_the_csrf_header(clients: dict[str, TestClient]) -> None:
    officer = clients["officer"]
    assert officer.post("/api/guide", json={"question": "速報の期限は？"}).status_code == 403
    answer = officer.post(
        "/api/guide", json={"question": "速報の期限は？"}, headers={"X-CSRF-Token": csrf_of(officer)}
    )
    assert answer.status_code == 200


def test_an_api_token_works_without_csrf_until_it_is_revoked(
    site: Site, clients: dict[str, TestClient]
) -> None:
    admin = clients["admin"]
    made = admin.post(
        "/api/tokens", json={"user": "viewer", "label": "nightly"}, headers={"X-CSRF-Token": csrf_of(admin)}
    ).json()
    bot = TestClient(site.app)
    bearer = {"Authorization": f"Bearer {made['token']}"}
    assert bot.get("/api/me", headers=bearer).json() == {"name": "viewer", "role": "viewer"}
    assert bot.post("/api/guide", json={"question": "速報の期限は？"}, headers=bearer).status_code == 200
    listed = admin.get("/api/tokens").json()
    assert made["token"] not in str(listed)
    admin.post(f"/api/tokens/{made['id']}/revoke", headers={"X-CSRF-Token": csrf_of(admin)})
    assert bot.get("/api/me", headers=bearer).status_code == 401


def test_a_disabled_user_is_logged_out_at_once(fresh_site: Site) -> None:
    viewer = login(fresh_site.app, "viewer")
    admin = login(fresh_site.app, "admin")
    admin.post("/users/viewer/disable", data={"csrf_token": csrf_of(admin), "disabled": "true"})
    assert viewer.get("/").status_code == 303


def test_pages_carry_a_content_security_policy_without_outside_sources(
    clients: dict[str, TestClient],
) -> None:
    answer = clients["viewer"].get("/")
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert "http" not in re.sub(r"http://www\.w3\.org/2000/svg", "", answer.text)
