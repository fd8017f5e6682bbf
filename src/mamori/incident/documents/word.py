"""Drafts as Word files: A4 with Japanese fonts, or built on the organisation's own .docx (its letterhead).

Without a template the draft starts from python-docx's blank document, made Japanese: A4 portrait with the
margins of Word's Japanese edition, 游明朝 for text and 游ゴシック for headings, set for the East Asian
script too. With a template, its header, footer, page setup and styles are kept and its body is replaced;
a style the draft needs and the template lacks (Word saves only the styles a document uses) is added in
the same Japanese form. Either way the file's author is the organisation, never python-docx's default.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.oxml.text.font import CT_Fonts
from docx.shared import Length, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from mamori.incident.documents.model import Bullets, Document, Heading, Paragraph

BODY_FONT = "游明朝"
HEADING_FONT = "游ゴシック"
DEFAULT_AUTHOR = "mamori"
# Word 日本語版's blank document: A4, 35 mm at the top, 30 mm on the other sides.
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(35), "bottom": Mm(30), "left": Mm(30), "right": Mm(30)}
BODY_SIZE = Pt(10.5)
# Title, then heading levels 1, 2, 3 …; deeper levels keep the body size.
HEADING_SIZES = {0: Pt(16), 1: Pt(14), 2: Pt(12), 3: Pt(11)}
BULLET = "・"

_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


class DocxTemplateError(Exception):
    """A Word template that cannot be used; `str(error)` is the Japanese message for the user."""


def to_docx(doc: Document, *, template: Path | None = None) -> bytes:
    """The draft as a .docx; raises DocxTemplateError when `template` is missing or not a Word file."""
    if template is None:
        word = docx.Document()
        _japanese_page(word)
        _japanese_styles(word)
    else:
        word = open_template(template)
        _clear_body(word)
    _write_blocks(word, doc)
    _core_properties(word, doc)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def open_template(path: Path) -> docx.document.Document:
    """The user's .docx (or Word template, .dotx) as a document to write into."""
    if not path.exists():
        raise DocxTemplateError(f"Word テンプレート {path} が見つかりません")
    if not path.is_file():
        raise DocxTemplateError(f"Word テンプレート {path} はファイルではありません")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocxTemplateError(f"Word テンプレート {path} を読めません（{exc.strerror or exc}）") from None
    try:
        return docx.Document(io.BytesIO(_as_document(data)))
    except Exception:
        # A damaged or foreign file fails in python-docx, zipfile or lxml in many ways; all mean the same.
        raise DocxTemplateError(
            f"Word テンプレート {path} を Word 文書として読めません。"
            "Word で .docx（または .dotx）形式で保存したファイルを指定してください"
        ) from None


def _as_document(data: bytes) -> bytes:
    """A .dotx differs from a .docx only by its main part's content type, which python-docx refuses."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            types = source.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    content = source.read(info)
                    if info.filename == "[Content_Types].xml":
                        content = types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    target.writestr(info, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx then says it is not a Word file


def _clear_body(word: docx.document.Document) -> None:
    # The body's last sectPr holds the page setup and the references to the header and footer: kept.
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _write_blocks(word: docx.document.Document, doc: Document) -> None:
    _ensure_style(word, "Title")
    word.add_heading(doc.title, level=0)
    for block in doc.blocks:
        if isinstance(block, Heading):
            level = min(block.level, 9)
            _ensure_style(word, f"Heading {level}")
            word.add_heading(block.text, level=level)
        elif isinstance(block, Paragraph):
            word.add_paragraph(block.text)
        elif isinstance(block, Bullets):
            # A List Bullet the draft adds has no numbering behind it: the bullet is then written out.
            numbered = _ensure_style(word, "List Bullet")
            for item in block.items:
                word.add_paragraph(item if numbered else BULLET + item, style="List Bullet")
        else:
            _ensure_style(word, "Table Grid")
            table = word.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = text
            for row in block.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text


def _core_properties(word: docx.document.Document, doc: Document) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    author = doc.organisation.strip() or DEFAULT_AUTHOR
    props = word.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = doc.title
    props.comments = "mamori で作成した下書き"
    props.language = "ja-JP"
    props.created = now
    props.modified = now
    props.revision = 1


def _japanese_page(word: docx.document.Document) -> None:
    for section in word.sections:
        section.page_width, section.page_height = PAGE
        for side, size in MARGINS.items():
            setattr(section, f"{side}_margin", size)


def _japanese_styles(word: docx.document.Document) -> None:
    """Explicit Japanese fonts everywhere the blank document names a theme font.

    Word lets a theme attribute (w:eastAsiaTheme …) win over an explicit font, and the blank document's
    theme names Latin fonts: without removing them Japanese text falls back to whatever the machine has.
    """
    styles = word.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        themes = [fonts.get(qn(a)) or "" for a in _THEME_ATTRIBUTES]
        if any(themes):  # a style that names its own font (Macro Text: Courier) keeps it
            _set_fonts(fonts, HEADING_FONT if any(t.startswith("major") for t in themes) else BODY_FONT)
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for size in defaults.iter(qn("w:sz"), qn("w:szCs")):
            size.set(qn("w:val"), str(int(BODY_SIZE.pt * 2)))
        for lang in defaults.iter(qn("w:lang")):
            lang.set(qn("w:val"), "ja-JP")
            lang.set(qn("w:eastAsia"), "ja-JP")
    normal = word.styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr().get_or_add_rFonts(), BODY_FONT)
    _set_size(normal, BODY_SIZE)
    for level in range(10):
        name = "Title" if level == 0 else f"Heading {level}"
        if name in word.styles:
            _heading_look(word.styles[name], level)


def _ensure_style(word: docx.document.Document, name: str) -> bool:
    """True when the document already had the style; otherwise add it in the Japanese form."""
    if name in word.styles:
        return True
    if name == "Table Grid":
        style = word.styles.add_style(name, WD_STYLE_TYPE.TABLE)
        _grid_borders(style.element)
        return False
    style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = word.styles["Normal"]
    if name == "List Bullet":
        style.paragraph_format.left_indent = Mm(5)
        style.paragraph_format.first_line_indent = Mm(-5)
    else:
        level = 0 if name == "Title" else int(name.rsplit(" ", 1)[1])
        _heading_look(style, level)
        style.paragraph_format.keep_with_next = True
    return False


def _heading_look(style: ParagraphStyle, level: int) -> None:
    _set_fonts(style.element.get_or_add_rPr().get_or_add_rFonts(), HEADING_FONT)
    style.font.bold = True
    _set_size(style, HEADING_SIZES.get(level, BODY_SIZE))
    # Black: a report to a ministry or a letter to customers, not a web page.
    style.font.color.rgb = RGBColor(0, 0, 0)
    if level == 0:
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        borders = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
        if borders is not None:
            style.element.pPr.remove(borders)


def _set_size(style: ParagraphStyle, size: Length) -> None:
    # python-docx sets w:sz only; a stale w:szCs would leave two sizes in one style.
    style.font.size = size
    rpr = style.element.get_or_add_rPr()
    complex_size = rpr.find(qn("w:szCs"))
    if complex_size is not None:
        complex_size.set(qn("w:val"), str(round(size.pt * 2)))


def _set_fonts(fonts: CT_Fonts, name: str) -> None:
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def _grid_borders(style: CT_Style) -> None:
    properties = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "auto")):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
    properties.append(borders)
    style.append(properties)
