"""`mamori incident assess` and `mamori incident draft` as a user runs them."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from typer.testing import CliRunner

from mamori.cli.app import app

from .cases import MEDICAL, NAME_ADDRESS, facts

runner = CliRunner()


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    return _write(
        tmp_path,
        facts(
            title="営業用ノートPCの紛失",
            cause="loss",
            medium="laptop",
            event=None,
            certainty=None,
            evidence={"left_premises": True},
            data_items=[*NAME_ADDRESS, MEDICAL, {"type": "CREDIT_CARD"}],
            people=1200,
            sensitive_people=3,
            contact={"desk": "お客様相談室", "phone": "0120-000-000"},
        ),
    )


def test_assess_json(laptop: Path) -> None:
    result = runner.invoke(app, ["incident", "assess", str(laptop), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["report_required"] is True
    assert data["triggers"] == ["R7-1", "R7-2", "R7-4"]
    assert data["final_report"]["due_date"] == "2026-03-31"
    assert data["jnsa"]["per_person_yen"] == 105_000


def test_assess_summary_in_japanese(laptop: Path) -> None:
    result = runner.invoke(app, ["incident", "assess", str(laptop)])
    assert result.exit_code == 0, result.output
    assert "報告が必要です" in result.stdout
    assert "R7-1" in result.stdout and "2026-03-31" in result.stdout


def test_bad_input_exits_2_with_bilingual_message(tmp_path: Path) -> None:
    path = _write(tmp_path, facts(people=-5))
    result = runner.invoke(app, ["incident", "assess", str(path)])
    assert result.exit_code == 2
    assert "people" in result.stderr
    assert "負の数" in result.stderr and "negative" in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["incident", "assess", str(tmp_path / "none.yaml")])
    assert result.exit_code == 2
    assert "読めません" in result.stderr


@pytest.mark.parametrize("doc", ["ppc-report", "notice", "apology", "public", "police"])
def test_draft_markdown_for_every_document(laptop: Path, doc: str) -> None:
    result = runner.invoke(app, ["incident", "draft", str(laptop), "--doc", doc])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert "株式会社サンプル" in result.stdout


def test_ppc_report_has_the_nine_items_and_marks_unknowns(laptop: Path) -> None:
    result = runner.invoke(app, ["incident", "draft", str(laptop), "--doc", "ppc-report"])
    for number in range(1, 10):
        assert f"| {number}号 " in result.stdout
    assert "【未確定】" in result.stdout
    assert "1,200人（うち要配慮個人情報 3人）" in result.stdout


def test_notice_advises_on_card_statements(laptop: Path) -> None:
    result = runner.invoke(app, ["incident", "draft", str(laptop), "--doc", "notice"])
    assert "利用明細" in result.stdout and "お客様相談室" in result.stdout


@pytest.mark.usefixtures("usual_umask")
def test_draft_html_is_escaped_japanese_page(tmp_path: Path) -> None:
    path = _write(tmp_path, facts(title="<script>誤送信</script>", people=1001))
    out = tmp_path / "public.html"
    result = runner.invoke(
        app, ["incident", "draft", str(path), "--doc", "public", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="ja"' in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def _draft_docx(laptop: Path, tmp_path: Path) -> Path:
    out = tmp_path / "report.docx"
    result = runner.invoke(
        app, ["incident", "draft", str(laptop), "--doc", "ppc-report", "--format", "docx", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


def test_docx_reopens_with_paragraphs_and_tables(laptop: Path, tmp_path: Path) -> None:
    document = docx.Document(str(_draft_docx(laptop, tmp_path)))
    texts = [p.text for p in document.paragraphs]
    assert any("個人データの漏えい等に関する報告" in t for t in texts)
    items_table = document.tables[1]
    assert len(items_table.rows) == 10  # header + 規則8条1項1号〜9号
    assert items_table.rows[3].cells[0].text.startswith("3号")
    assert "1,200人" in items_table.rows[3].cells[1].text


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed on this machine"
)
def test_docx_converts_with_libreoffice(laptop: Path, tmp_path: Path) -> None:
    source = _draft_docx(laptop, tmp_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "report.pdf").stat().st_size > 0


def test_unknown_document_kind_is_refused(laptop: Path) -> None:
    result = runner.invoke(app, ["incident", "draft", str(laptop), "--doc", "memo"])
    assert result.exit_code == 2
