"""A dashboard over a ledger holding a real scan of the demo drive, and a browser-like client per role."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from mamori.demo.drive import build_shared_drive
from mamori.ledger import open_ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.web.app import create_app
from mamori.web.passwords import hash_password
from mamori.web.settings import WebSettings

PASSWORD = "correct-horse-battery"
ROLES = ("admin", "officer", "viewer")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class Site:
    app: FastAPI
    home: Path
    drive: Path
    ledger_path: Path


def make_site(root: Path, *, scan: bool) -> Site:
    home = root / "home"
    home.mkdir(parents=True)
    drive = build_shared_drive(root / "drive")
    ledger_path = home / "ledger.db"
    with open_ledger(str(ledger_path)) as ledger:
        for role in ROLES:
            ledger.accounts.add_user(role, role, hash_password(PASSWORD))  # type: ignore[arg-type]
        if scan:
            run_scan([str(drive)], ledger, ScanOptions(workers=1))
    app = create_app(WebSettings(ledger_url=str(ledger_path)))
    return Site(app, home, drive, ledger_path)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """Shared by the tests that only read, or add records they name themselves."""
    root = tmp_path_factory.mktemp("web")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAMORI_HOME", str(root / "home"))
        yield make_site(root, scan=True)


@pytest.fixture
def fresh_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    """An empty ledger of its own: for tests that lock logins out or change users."""
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    return make_site(tmp_path, scan=False)


def login(app: FastAPI, name: str, password: str = PASSWORD) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    page = client.get("/login")
    token = CSRF.search(page.text)
    assert token is not None
    answer = client.post(
        "/login", data={"name": name, "password": password, "csrf_token": token.group(1), "next": "/"}
    )
    assert answer.status_code == 303, answer.text
    return client


def csrf_of(client: TestClient, path: str = "/") -> str:
    found = CSRF.search(client.get(path).text)
    assert found is not None
    return found.group(1)


@pytest.fixture(scope="session")
def clients(site: Site) -> dict[str, TestClient]:
    return {role: login(site.app, role) for role in ROLES}
