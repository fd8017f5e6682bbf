"""The HTML report from a template the user replaces: their words appear, hostile names stay text, and a
broken template is a Japanese sentence with exit code 2, not a traceback."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app

runner = CliRunner()

HOSTILE = "<script>alert(1)<.script>顧客.csv"


@pytest.fixture
def drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    root = tmp_path / "drive"
    root.mkdir()
    (root / HOSTILE).write_text(
        "氏名,電話番号\n" + "".join(f"山田 太郎{i},090-1234-{i:04d}\n" for i in range(5)), encoding="utf-8"
    )
    return root


def _scan(drive: Path, tmp_path: Path, *extra: str) -> tuple[int, str, Path]:
    html = tmp_path / "report.html"
    args = ["scan", str(drive), "--db", str(tmp_path / "l.db"), "--fast", "--workers", "1"]
    result = runner.invoke(app, [*args, "--html", str(html), *extra])
    return result.exit_code, "".join(result.stderr.split()), html  # on one line: the terminal wraps paths


def _template(tmp_path: Path, text: str, name: str = "letterhead.html.j2") -> Path:
    path = tmp_path / "templates" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_template_ships_inside_the_package() -> None:
    template = resources.files("mamori.report").joinpath("templates/report.html.j2")
    assert template.is_file() and "{% block assets %}" in template.read_text(encoding="utf-8")


def test_a_user_template_gives_the_report_their_words(drive: Path, tmp_path: Path) -> None:
    template = _template(
        tmp_path,
        "<html><body><header>株式会社サンプル 情報セキュリティ室</header><h1>{{ title }}</h1>\n"
        "{% for asset in assets %}<p>{{ asset.location }}: {{ asset.people|num }}人 {{ asset.appi_class }}"
        "{% for f in asset.findings %} {{ f.preview }}{% endfor %}</p>{% endfor %}</body></html>",
    )
    code, stderr, html = _scan(drive, tmp_path, "--html-template", str(template))
    assert code == 0, stderr
    page = html.read_text(encoding="utf-8")
    assert "株式会社サンプル 情報セキュリティ室" in page and "mamori スキャン報告 #1" in page
    assert "5人 個人データ" in page
    assert "090-1234-0001" not in page and "****" in page  # previews stay masked


def test_a_hostile_file_name_is_escaped_by_default_and_in_a_user_template(
    drive: Path, tmp_path: Path
) -> None:
    code, stderr, html = _scan(drive, tmp_path)
    assert code == 0, stderr
    page = html.read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(1)" in page
    template = _template(tmp_path, "{% for asset in assets %}<p>{{ asset.location }}</p>{% endfor %}")
    code, stderr, html = _scan(drive, tmp_path, "--html-template", str(template))
    assert code == 0, stderr
    page = html.read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(1)" in page


def test_a_user_template_can_extend_the_packaged_one(drive: Path, tmp_path: Path) -> None:
    template = _template(
        tmp_path,
        '{% extends "mamori/report.html.j2" %}{% block header %}<p>社外秘・総務部</p>{{ super() }}'
        "{% endblock %}",
    )
    code, stderr, html = _scan(drive, tmp_path, "--html-template", str(template))
    assert code == 0, stderr
    page = html.read_text(encoding="utf-8")
    assert "社外秘・総務部" in page and page.count("<svg") == 2  # the charts are still inline


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("<p>\n{% for asset in assets %}{{ asset.location }\n", "2行目に構文の誤りがあります"),
        ("<p>\n{{ organisation_name }}</p>", "2行目で定義されていない変数を使っています"),
        ("{% for asset in assets %}{{ asset.nickname }}{% endfor %}", "定義されていない変数"),
        ("{{ assets.__class__.__mro__ }}", "許可されていない操作"),
        ('{% include "missing.html" %}', "missing.htmlが見つかりません"),
    ],
)
def test_a_broken_template_exits_2_with_a_japanese_message(
    drive: Path, tmp_path: Path, text: str, said: str
) -> None:
    template = _template(tmp_path, text)
    code, stderr, html = _scan(drive, tmp_path, "--html-template", str(template))
    assert code == 2
    assert said in stderr and "HTMLテンプレート" in stderr
    assert "Traceback" not in stderr
    assert not html.exists()


def test_a_template_with_a_syntax_error_is_refused_before_the_scan(drive: Path, tmp_path: Path) -> None:
    template = _template(tmp_path, "{% if %}")
    code, stderr, _ = _scan(drive, tmp_path, "--html-template", str(template))
    assert code == 2 and "構文の誤り" in stderr
    assert not (tmp_path / "l.db").exists()  # nothing was scanned


def test_a_missing_template_or_one_without_html_is_a_usage_error(drive: Path, tmp_path: Path) -> None:
    code, stderr, _ = _scan(drive, tmp_path, "--html-template", str(tmp_path / "none.j2"))
    assert code == 2 and "見つかりません" in stderr
    template = _template(tmp_path, "{{ title }}")
    result = runner.invoke(
        app, ["scan", str(drive), "--db", str(tmp_path / "l.db"), "--html-template", str(template)]
    )
    assert result.exit_code == 2 and "--html と一緒に" in result.stderr
