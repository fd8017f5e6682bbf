"""docs/api.md is what `python -m mamori.apidoc` writes from the code's docstrings."""

from __future__ import annotations

from pathlib import Path

from mamori.apidoc import MODULES, render

API_MD = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def test_committed_api_docs_are_what_the_code_generates() -> None:
    page = render()
    assert API_MD.read_text(encoding="utf-8") == page, "docs/api.md is stale: run `make api-docs`"


def test_the_api_docs_cover_every_package_export() -> None:
    page = API_MD.read_text(encoding="utf-8")
    for module in MODULES:
        assert f"## `{module}`" in page
    for name in ("mamori.detect.detect", "mamori.mask.mask", "mamori.incident.triage", "mamori.guide.ask"):
        assert f"### `{name}`" in page
    assert "def detect(text: str, *" in page  # signatures as written, annotations unquoted
