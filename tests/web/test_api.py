"""Every route of the JSON API and every page, over a ledger holding a scan of the demo drive: what a
user of the dashboard sees, with values masked as in the CLI."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from mamori.ledger import open_ledger
from tests.web.conftest import Site, csrf_of, login

FACTS = {
    "title": "患者名簿の紛失",
    "discovered_on": "2026-11-20",
    "organisation": {"name": "医療法人テスト"},
    "cause": "loss",
    "data_items": ["PERSON", {"type": "SENSITIVE", "subtype": "medical"}],
    "people": 40,
}


def _csrf(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": csrf_of(client)}


def _raw_values(site: Site) -> list[str]:
    """Values the scan found, as they stand in the demo drive's customer list (never to be shown)."""
    text = next(site.drive.rglob("*.csv")).read_bytes().decode("cp932")
    return [line.split(",")[1] for line in text.splitlines()[1:6]]


def test_overview_counts_people_classes_and_exposure(clients: dict[str, TestClient]) -> None:
    data = clients["viewer"].get("/api/overview").json()
    assert data["people"] > 0
    assert {c["appi_class"] for c in data["classes"]} >= {"要配慮個人情報"}
    assert data["trend"][-1]["people"] == data["people"]
    page = clients["viewer"].get("/").text
    assert "保有する本人の数" in page and "<svg" in page


def test_assets_are_listed_most_people_first_and_filtered(clients: dict[str, TestClient]) -> None:
    viewer = clients["viewer"]
    everything = viewer.get("/api/assets").json()
    people = [a["people"] for a in everything["assets"]]
    assert people == sorted(people, reverse=True) and everything["total"] == len(people)
    sensitive = viewer.get("/api/assets", params={"appi_class": "要配慮個人情報"}).json()
    assert 0 < sensitive["total"] < everything["total"]
    assert all(a["appi_class"] == "要配慮個人情報" for a in sensitive["assets"])
    csv_only = viewer.get("/api/assets", params={"kind": "csv"}).json()
    assert csv_only["total"] >= 1 and all(a["kind"] == "csv" for a in csv_only["assets"])
    by_type = viewer.get("/api/assets", params={"type": "MY_NUMBER"}).json()
    assert by_type["total"] <= everything["total"]
    folder = everything["assets"][0]["location"].rsplit("/", 1)[0]
    assert viewer.get("/api/assets", params={"folder": folder}).json()["total"] >= 1
    assert viewer.get("/api/assets", params={"folder": "/nowhere"}).json()["total"] == 0
    page = viewer.get("/assets", params={"appi_class": "要配慮個人情報"}).text
    assert "絞り込む" in page and f"{sensitive['total']}件中" in page


def test_an_asset_shows_how_it_was_counted_with_masked_values_only(
    site: Site, clients: dict[str, TestClient]
) -> None:
    viewer = clients["viewer"]
    csv = viewer.get("/api/assets", params={"kind": "csv"}).json()["assets"][0]
    detail = viewer.get(f"/api/assets/{csv['id']}").json()
    assert detail["people_method"] and detail["explanation"]
    assert detail["columns"] and all(c["why"] for c in detail["columns"])
    assert detail["findings"] and all("*" in f["preview"] or "＊" in f["preview"] for f in detail["findings"])
    page = viewer.get(f"/assets/{csv['id']}").text
    assert "列の判定" in page
    for raw in _raw_values(site):
        assert raw not in str(detail) and raw not in page
    assert viewer.get("/api/assets/999999").status_code == 404
    assert "台帳にありません" in viewer.get("/assets/999999").text


def test_a_scan_started_through_the_api_runs_in_the_background_and_finishes(
    site: Site, clients: dict[str, TestClient]
) -> None:
    officer = clients["officer"]
    job = officer.post("/api/scans", json={"target": str(site.drive)}, headers=_csrf(officer))
    assert job.status_code == 202
    job_id = job.json()["id"]
    for _ in range(240):
        state = officer.get(f"/api/scans/jobs/{job_id}").json()
        if state["status"] != "running":
            break
        time.sleep(0.5)
    assert state["status"] == "done" and state["scan_id"] is not None
    history = officer.get("/api/scans").json()
    assert history["scans"][0]["id"] == state["scan_id"]
    assert "完了" in officer.get("/scans").text
    missing = officer.post("/api/scans", json={"target": "/no/such/folder"}, headers=_csrf(officer))
    assert missing.status_code == 400 and "ありません" in missing.json()["detail"]


def test_a_cancelled_scan_ends_interrupted(site: Site, clients: dict[str, TestClient]) -> None:
    officer = clients["officer"]
    job = officer.post("/api/scans", json={"target": str(site.drive)}, headers=_csrf(officer)).json()
    cancelled = officer.post(f"/api/scans/jobs/{job['id']}/cancel", headers=_csrf(officer))
    assert cancelled.status_code == 200
    for _ in range(240):
        state = officer.get(f"/api/scans/jobs/{job['id']}").json()
        if state["status"] != "running":
            break
        time.sleep(0.5)
    assert state["status"] in ("interrupted", "done")  # a scan of 7 files may finish before it hears
    assert officer.get("/api/scans/jobs/999").status_code == 404


def test_an_incident_is_assessed_filed_logged_and_drafted(clients: dict[str, TestClient]) -> None:
    officer = clients["officer"]
    assessed = officer.post("/api/incidents/assess", json=FACTS, headers=_csrf(officer)).json()
    assert assessed["report_required"] is True
    bad = officer.post("/api/incidents/assess", json={"title": "x"}, headers=_csrf(officer))
    assert bad.status_code == 400
    made = officer.post("/api/incidents", json=FACTS, headers=_csrf(officer))
    assert made.status_code == 201
    incident_id = made.json()["id"]
    listed = officer.get("/api/incidents").json()
    assert any(
        d["incident_id"] == incident_id and d["label"].startswith("速報") for d in listed["open_deadlines"]
    )
    logged = officer.post(
        f"/api/incidents/{incident_id}/events", json={"text": "速報提出"}, headers=_csrf(officer)
    )
    assert logged.status_code == 201
    detail = officer.get(f"/api/incidents/{incident_id}").json()
    assert not any(d["label"].startswith("速報") for d in detail["deadlines"])
    assert detail["assessment"]["report_required"] is True
    for fmt in ("md", "html", "docx"):
        draft = officer.get(f"/incidents/{incident_id}/drafts/ppc-report.{fmt}")
        assert draft.status_code == 200
        assert f"incident-{incident_id}-ppc-report.{fmt}" in draft.headers["content-disposition"]
    assert "個人情報保護委員会" in officer.get(f"/incidents/{incident_id}/drafts/ppc-report.md").text
    assert officer.get(f"/incidents/{incident_id}/drafts/nonsense.md").status_code == 404


def test_the_incident_form_shows_the_assessment_then_files_and_edits(clients: dict[str, TestClient]) -> None:
    officer = clients["officer"]
    form = {
        "csrf_token": csrf_of(officer, "/incidents"),
        "title": "顧客名簿の誤送信",
        "discovered_on": "2026-11-20",
        "organisation": "株式会社テスト",
        "cause": "misdelivery_email",
        "medium": "email",
        "items": ["PERSON", "SENSITIVE"],
        "sensitive_subtype": "medical",
        "people": "12",
        "action": "assess",
    }
    shown = officer.post("/incidents", data=form)
    assert "個人情報保護委員会への報告が必要です" in shown.text and "速報（目安）" in shown.text
    saved = officer.post("/incidents", data={**form, "action": "save"})
    assert saved.status_code == 303
    page = officer.get(saved.headers["location"])
    assert "顧客名簿の誤送信" in page.text and "ppc-report.docx" in page.text
    edited = officer.post(
        saved.headers["location"] + "/facts",
        data={**form, "title": "顧客名簿の誤送信（訂正）", "people": "1"},
    )
    assert edited.status_code == 303
    assert "事実を更新" in officer.get(saved.headers["location"]).text
    empty = officer.post("/incidents", data={**form, "items": [], "action": "assess"})
    assert empty.status_code == 400


def test_the_guide_answers_with_its_sources(clients: dict[str, TestClient]) -> None:
    viewer = clients["viewer"]
    answer = viewer.post(
        "/api/guide", json={"question": "確報の期限はいつまで？"}, headers=_csrf(viewer)
    ).json()
    assert answer["found"] and answer["sources"]
    off = viewer.post("/api/guide", json={"question": "今日の天気は？"}, headers=_csrf(viewer)).json()
    assert not off["found"] and off["message"]
    page = viewer.post("/guide", data={"question": "確報の期限はいつまで？", "csrf_token": csrf_of(viewer)})
    assert "根拠" in page.text


def test_the_ledger_downloads_as_the_same_workbook_as_the_cli(
    site: Site, clients: dict[str, TestClient], tmp_path: object
) -> None:
    answer = clients["viewer"].get("/ledger.xlsx")
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    path = site.home / "downloaded.xlsx"
    path.write_bytes(answer.content)
    book = load_workbook(path)
    assert "個人データ管理台帳" in book.sheetnames
    assert book["個人データ管理台帳"].max_row > 1


def test_users_tokens_and_audit_are_listed_for_an_admin(clients: dict[str, TestClient]) -> None:
    admin = clients["admin"]
    users = admin.get("/api/users").json()
    assert {u["name"] for u in users} >= {"admin", "officer", "viewer"}
    assert all("password" not in str(u) for u in users)
    duplicate = admin.post(
        "/api/users",
        json={"name": "viewer", "role": "viewer", "password": "password123"},
        headers=_csrf(admin),
    )
    assert duplicate.status_code == 400 and "既に登録" in duplicate.json()["detail"]
    assert isinstance(admin.get("/api/tokens").json(), list)
    assert admin.get("/api/audit").json()[0]["actor"]
    assert admin.get("/api/me").json() == {"name": "admin", "role": "admin"}
    spec = admin.get("/api/openapi.json").json()
    assert "/api/overview" in spec["paths"] and "/api/assets/{asset_id}" in spec["paths"]


def test_the_server_and_the_cli_share_the_ledger(site: Site, clients: dict[str, TestClient]) -> None:
    with open_ledger(str(site.ledger_path)) as ledger:
        mode = ledger._engine.connect().exec_driver_sql("PRAGMA journal_mode").scalar()
        ledger.incidents.add_event(1, "CLIから記録")
    assert mode == "wal"
    assert "CLIから記録" in clients["viewer"].get("/incidents/1").text


def test_an_interrupted_scan_in_the_history_offers_to_resume(fresh_site: Site) -> None:
    with open_ledger(str(fresh_site.ledger_path)) as ledger:
        scan = ledger.scans.start([str(fresh_site.drive)])
        ledger.scans.finish(scan.id, {}, interrupted=True)
    officer = login(fresh_site.app, "officer")
    page = officer.get("/scans").text
    assert "中断（次回の実行で再開）" in page and "再開</button>" in page
    assert "再開</button>" not in login(fresh_site.app, "viewer").get("/scans").text
