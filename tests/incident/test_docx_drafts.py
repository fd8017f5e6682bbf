"""Word drafts as a Japanese office opens them: A4, Japanese fonts, the organisation as author, and the
organisation's own letterhead when it gives a template."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.incident.documents import Document, to_docx
from mamori.incident.documents.model import Bullets, Heading, Table

from .cases import facts

runner = CliRunner()

LETTERHEAD = "株式会社サンプル 〒100-0005 東京都千代田区丸の内1-1-1"
FOOTER = "社外秘"


@pytest.fixture
def incident(tmp_path: Path) -> Path:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(facts(people=1001), ensure_ascii=False), encoding="utf-8")
    return path


def _draft(incident: Path, tmp_path: Path, *extra: str, doc: str = "notice") -> docx.document.Document:
    out = tmp_path / "draft.docx"
    args = ["incident", "draft", str(incident), "--doc", doc, "--format", "docx", "-o", str(out)]
    result = runner.invoke(app, [*args, *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _fonts(document: docx.document.Document, style: str) -> dict[str, str]:
    rpr = document.styles[style].element.rPr
    fonts = rpr.find(qn("w:rFonts"))
    return {key.split("}")[1]: value for key, value in fonts.attrib.items()}


def _letterhead(tmp_path: Path, *, word_like: bool = False) -> Path:
    """An organisation's template: letterhead in the header, a footer, a body the draft replaces."""
    template = docx.Document()
    section = template.sections[0]
    section.header.paragraphs[0].text = LETTERHEAD
    section.footer.paragraphs[0].text = FOOTER
    template.add_paragraph("ここに本文を書きます（テンプレートの見本）")
    custom = template.styles.add_style("社内本文", 1)
    custom.font.name = "MS 明朝"
    if word_like:
        # Word saves only the styles a document uses: the draft's headings, bullets and grid are absent.
        styles = template.styles.element
        for style_id in ("Title", "Heading1", "Heading2", "Heading3", "ListBullet", "TableGrid"):
            styles.remove(styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']"))
    path = tmp_path / "letterhead.docx"
    template.save(str(path))
    return path


def test_a_draft_is_a4_with_japanese_fonts_on_its_styles(incident: Path, tmp_path: Path) -> None:
    document = _draft(incident, tmp_path)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.top_margin.mm) == 35 and round(section.left_margin.mm) == 30
    body = _fonts(document, "Normal")
    assert body["eastAsia"] == "游明朝" and "eastAsiaTheme" not in body  # a theme font would win in Word
    for style in ("Title", "Heading 2"):
        heading = _fonts(document, style)
        assert heading["eastAsia"] == "游ゴシック" and "eastAsiaTheme" not in heading
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert not any(fonts.get(qn("w:eastAsiaTheme")) for fonts in defaults.iter(qn("w:rFonts"))), (
        "the document default must not fall back to the theme's Latin font"
    )
    assert document.styles["Normal"].font.size.pt == 10.5


def test_the_author_is_the_organisation_never_python_docx(incident: Path, tmp_path: Path) -> None:
    document = _draft(incident, tmp_path)
    props = document.core_properties
    assert props.author == "株式会社サンプル" and props.last_modified_by == "株式会社サンプル"
    assert "python-docx" not in (props.author, props.last_modified_by, props.comments)
    assert props.title == document.paragraphs[0].text  # the draft's own title, not "Word Document"
    assert props.created.year >= 2025  # not the 2013 date of python-docx's template
    bare = Document("memo", "メモ", (Heading("経緯"),))
    unsigned = docx.Document(io.BytesIO(to_docx(bare))).core_properties
    assert unsigned.author == "mamori"


def test_a_user_template_keeps_its_letterhead_and_styles(incident: Path, tmp_path: Path) -> None:
    template = _letterhead(tmp_path)
    document = _draft(incident, tmp_path, "--docx-template", str(template), doc="ppc-report")
    section = document.sections[0]
    assert section.header.paragraphs[0].text == LETTERHEAD
    assert section.footer.paragraphs[0].text == FOOTER
    texts = "\n".join(p.text for p in document.paragraphs)
    assert "テンプレートの見本" not in texts  # the template's body is replaced by the draft
    assert "個人データの漏えい等に関する報告" in texts and document.tables
    assert "社内本文" in [s.name for s in document.styles]
    assert document.core_properties.author == "株式会社サンプル"


def test_a_template_saved_by_word_without_the_drafts_styles_still_drafts(tmp_path: Path) -> None:
    template = _letterhead(tmp_path, word_like=True)
    draft = Document(
        "memo",
        "事案メモ",
        (
            Heading("経緯", level=2),
            Bullets(("発見", "報告")),
            Table(("項目", "内容"), (("人数", "1,001人"),)),
        ),
        organisation="株式会社サンプル",
    )
    document = docx.Document(io.BytesIO(to_docx(draft, template=template)))
    assert document.sections[0].header.paragraphs[0].text == LETTERHEAD
    texts = [p.text for p in document.paragraphs]
    assert texts[:4] == ["事案メモ", "経緯", "・発見", "・報告"]
    assert _fonts(document, "Heading 2")["eastAsia"] == "游ゴシック"
    borders = document.styles["Table Grid"].element.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    assert borders is not None and document.tables[0].cell(1, 1).text == "1,001人"


def test_a_word_template_file_dotx_is_accepted(incident: Path, tmp_path: Path) -> None:
    source = _letterhead(tmp_path)
    dotx = tmp_path / "letterhead.dotx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dotx, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(info, data)
    document = _draft(incident, tmp_path, "--docx-template", str(dotx))
    assert document.sections[0].header.paragraphs[0].text == LETTERHEAD


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p / "none.docx", "見つかりません"),
        (lambda p: _write(p / "notes.docx", b"not a zip"), "Word 文書として読めません"),
        (lambda p: _write(p / "broken.docx", b"PK\x03\x04broken"), "Word 文書として読めません"),
        (lambda p: p, "ファイルではありません"),
    ],
)
def test_a_bad_template_exits_2_with_a_japanese_message(
    incident: Path, tmp_path: Path, make: Callable[[Path], Path], said: str
) -> None:
    template = make(tmp_path)
    out = tmp_path / "draft.docx"
    result = runner.invoke(
        app,
        [
            *("incident", "draft", str(incident), "--doc", "notice", "--format", "docx", "-o", str(out)),
            *("--docx-template", str(template)),
        ],
    )
    assert result.exit_code == 2
    said_on_one_line = "".join(result.stderr.split())  # the terminal wraps long paths
    assert said.replace(" ", "") in said_on_one_line and "Wordテンプレート" in said_on_one_line
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_docx_template_needs_the_docx_format(incident: Path, tmp_path: Path) -> None:
    template = _letterhead(tmp_path)
    result = runner.invoke(
        app, ["incident", "draft", str(incident), "--doc", "notice", "--docx-template", str(template)]
    )
    assert result.exit_code == 2 and "--format docx" in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
