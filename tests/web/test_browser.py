"""The dashboard in a real Chromium (Debian's `chromium`, driven by Playwright; no browser is ever
downloaded): log in, scan the demo drive and watch it finish, open an asset, file an incident and
download its PPC-report draft, ask the guide, log out.

With MAMORI_SCREENSHOTS=<folder> (`make screenshots`) each page is also saved there as a PNG.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import PASSWORD, Site, make_site

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(
        "Chromium is not installed (apt-get install chromium); the browser tests need it",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
uvicorn = pytest.importorskip("uvicorn")

SHOTS = os.environ.get("MAMORI_SCREENSHOTS")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Site]]:
    root = tmp_path_factory.mktemp("browser")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAMORI_HOME", str(root / "home"))
        site = make_site(root, scan=False)
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(site.app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", site
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def page(served: tuple[str, Site]) -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        context = browser.new_context(
            accept_downloads=True, viewport={"width": 1280, "height": 900}, locale="ja-JP"
        )
        yield context.new_page()
        browser.close()


def _shot(page: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"web-{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_an_officer_scans_reads_files_asks_and_logs_out(
    served: tuple[str, Site], page: object, tmp_path: Path
) -> None:
    base, site = served
    p: sync_api.Page = page  # type: ignore[assignment]
    p.goto(base + "/")
    assert "/login" in p.url
    _shot(p, "login")
    p.fill("input[name=name]", "admin")
    p.fill("input[name=password]", PASSWORD)
    p.click("button[type=submit]")
    p.wait_for_url(base + "/")
    assert p.locator("h1").inner_text() == "概要"

    p.goto(base + "/scans")
    p.fill("input[name=target]", str(site.drive))
    p.click("text=スキャンを開始")
    # the page polls the API and reloads itself when the scan is over
    p.wait_for_selector("tr.job[data-status=done]", timeout=180_000)
    _shot(p, "scans")

    p.goto(base + "/")
    assert "要配慮個人情報" in p.content()
    _shot(p, "overview")
    p.goto(base + "/assets")
    _shot(p, "assets")
    p.locator("table.assets a").first.click()
    p.wait_for_selector("text=検出した項目")
    assert "人数の算定方法" in p.content()
    _shot(p, "asset")

    p.goto(base + "/incidents")
    p.fill("input[name=title]", "顧客名簿の誤送信")
    p.fill("input[name=organisation]", "株式会社サンプル")
    p.select_option("select[name=cause]", "misdelivery_email")
    p.check("input[name=items][value=SENSITIVE]")
    p.fill("input[name=people]", "120")
    p.click("button[value=assess]")
    p.wait_for_selector("text=個人情報保護委員会への報告が必要です")
    _shot(p, "incidents")
    p.click("button[value=save]")
    p.wait_for_selector("text=文書の下書き")
    _shot(p, "incident")
    with p.expect_download() as waiting:
        p.locator("a[href$='/drafts/ppc-report.docx']").click()
    download = waiting.value
    assert download.suggested_filename.endswith("-ppc-report.docx")
    saved = tmp_path / download.suggested_filename
    download.save_as(str(saved))
    assert saved.read_bytes()[:2] == b"PK"

    p.goto(base + "/guide")
    p.fill("input[name=question]", "速報の期限はいつまで？")
    p.click("text=質問する")
    p.wait_for_selector("text=根拠")
    _shot(p, "guide")
    p.goto(base + "/users")
    _shot(p, "users")

    p.click("text=ログアウト")
    p.wait_for_url(base + "/login")
    p.goto(base + "/")
    assert "/login" in p.url
