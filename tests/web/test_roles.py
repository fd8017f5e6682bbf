"""A viewer reads; an officer scans and edits incidents; only an admin manages users."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import Site, csrf_of

FACTS = {
    "title": "顧客名簿の誤送信",
    "discovered_on": "2026-11-20",
    "organisation": {"name": "株式会社テスト"},
    "cause": "misdelivery_email",
    "data_items": ["PERSON", "EMAIL"],
    "people": 120,
}


def _post(client: TestClient, path: str, body: object) -> int:
    return client.post(path, json=body, headers={"X-CSRF-Token": csrf_of(client)}).status_code


def test_a_viewer_cannot_start_a_scan(site: Site, clients: dict[str, TestClient]) -> None:
    viewer = clients["viewer"]
    assert _post(viewer, "/api/scans", {"target": str(site.drive)}) == 403
    page = viewer.post("/scans", data={"target": str(site.drive), "csrf_token": csrf_of(viewer)})
    assert page.status_code == 403
    assert "担当者以上の権限が必要です" in page.text
    assert "スキャンを開始" not in viewer.get("/scans").text


def test_a_viewer_cannot_file_or_edit_an_incident(clients: dict[str, TestClient]) -> None:
    viewer, officer = clients["viewer"], clients["officer"]
    assert _post(viewer, "/api/incidents", FACTS) == 403
    made = officer.post("/api/incidents", json=FACTS, headers={"X-CSRF-Token": csrf_of(officer)}).json()
    assert _post(viewer, f"/api/incidents/{made['id']}/events", {"text": "速報提出"}) == 403
    edit = viewer.post(f"/incidents/{made['id']}/facts", data={"csrf_token": csrf_of(viewer), "title": "x"})
    assert edit.status_code == 403
    assert viewer.get(f"/incidents/{made['id']}/drafts/ppc-report.md").status_code == 403


def test_only_an_admin_adds_a_user(clients: dict[str, TestClient]) -> None:
    user = {"name": "newcomer", "role": "viewer", "password": "password123"}
    assert _post(clients["viewer"], "/api/users", user) == 403
    assert _post(clients["officer"], "/api/users", user) == 403
    assert clients["officer"].get("/users").status_code == 403
    assert _post(clients["admin"], "/api/users", user) == 201
    assert "newcomer" in clients["admin"].get("/users").text


def test_the_navigation_shows_what_the_role_may_use(clients: dict[str, TestClient]) -> None:
    assert 'href="/users"' not in clients["viewer"].get("/").text
    assert 'href="/users"' in clients["admin"].get("/").text


def test_every_action_is_in_the_audit_log_with_who_did_it(clients: dict[str, TestClient]) -> None:
    officer = clients["officer"]
    officer.post(
        "/api/guide", json={"question": "速報の期限は？"}, headers={"X-CSRF-Token": csrf_of(officer)}
    )
    entries = clients["admin"].get("/api/audit").json()
    assert any(e["actor"] == "officer" and e["action"] == "guide_ask" for e in entries)
    assert any(e["actor"] == "officer" and e["action"] == "login" for e in entries)
    assert all("速報" not in e["target"] for e in entries)
