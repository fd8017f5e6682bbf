"""Word documents streamed from the zip give the units python-docx gives, and an odd or broken document
still gives python-docx's reading or its error, never an aborted scan."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from sources_helpers import only, read

from mamori.sources.docx_stream import NotPlainDocx, docx_units
from mamori.sources.office import _docx_units

_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _saved(document: Any, path: Path) -> Path:
    document.save(str(path))
    return path


def _library(path: Path) -> list[tuple[str, str]]:
    return [(u.fragment, u.text) for u in _docx_units(docx.Document(str(path)))]


def _streamed(path: Path) -> list[tuple[str, str]]:
    with path.open("rb") as stream:
        return [(u.fragment, u.text) for u in docx_units(stream)]


def _rich_document() -> Any:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "社外秘 人事部"
    section.footer.paragraphs[0].text = "作成者 佐藤"
    section.footer.add_table(rows=1, cols=2, width=Pt(300)).cell(0, 1).text = "内線 1234"
    paragraph = document.add_paragraph("連絡先: ")
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="rId9">'
            "<w:r><w:t>yamada@example.jp</w:t></w:r></w:hyperlink>"
        )
    )
    paragraph.add_run("担当 山田").add_break()
    paragraph.add_run("太郎").add_tab()
    field = document.add_paragraph("ページ ")
    field._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    ruby = document.add_paragraph("氏名 ")
    ruby._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')}><w:ruby><w:rt><w:r><w:t>やまだ</w:t></w:r></w:rt>"
            "<w:rubyBase><w:r><w:t>山田</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        )
    )
    box = document.add_paragraph("図: ")
    box._p.append(
        parse_xml(
            f"<w:r {nsdecls('w', 'a')} {_WPS}><w:drawing><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
            "<w:txbxContent><w:p><w:r><w:t>090-1234-5678</w:t></w:r></w:p></w:txbxContent>"
            "</wps:txbx></wps:wsp></a:graphicData></a:graphic></w:drawing></w:r>"
        )
    )
    table = document.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"{r}-{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across
    table.cell(1, 2).merge(table.cell(2, 2))  # down
    table.cell(1, 0).add_table(rows=1, cols=1).cell(0, 0).text = "入れ子"
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "第二節 鈴木"
    document.add_paragraph("本文の続き")
    return document


def test_streamed_units_are_python_docx_units(tmp_path: Path) -> None:
    path = _saved(_rich_document(), tmp_path / "記録.docx")
    assert _streamed(path) == _library(path)


def test_what_a_reader_of_the_document_sees_is_located(tmp_path: Path) -> None:
    path = _saved(_rich_document(), tmp_path / "記録.docx")
    units = dict(_streamed(path))
    assert units["paragraph=1"] == "連絡先: yamada@example.jp担当 山田\n太郎\t"
    assert units["table=1&row=1&col=1"] == "0-0\n0-1"  # a cell across two columns, once
    assert units["table=1&row=3&col=3"] == units["table=1&row=2&col=3"]  # merged down: each row
    assert units["section=1&footer=table&table=1&row=1&col=2"] == "内線 1234"
    assert units["section=2&header=1"] == "第二節 鈴木"
    assert "section=2&footer=1" not in units  # linked to the first section's, read there


def test_an_unexpected_layout_is_left_to_python_docx(tmp_path: Path) -> None:
    path = _saved(docx.Document(), tmp_path / "a.docx")
    macro = tmp_path / "macro.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(macro, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
            dst.writestr(info, data)
    with macro.open("rb") as stream:
        try:
            docx_units(stream)
        except NotPlainDocx:
            pass
        else:
            raise AssertionError("a macro-enabled main part must go to python-docx")
    _, errors = read(macro)  # python-docx refuses it, as it always did: an error of that file
    assert len(errors) == 1


def test_a_corrupt_document_part_is_an_error_not_an_abort(tmp_path: Path) -> None:
    good = _saved(_rich_document(), tmp_path / "good.docx")
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    reads, errors = read(path)
    assert not reads and len(errors) == 1


def test_a_document_read_from_memory_is_read_the_same(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    _rich_document().save(buffer)
    path = tmp_path / "同じ.docx"
    path.write_bytes(buffer.getvalue())
    buffer.seek(0)
    assert [(u.fragment, u.text) for u in docx_units(buffer)] == [
        (u.fragment, u.text) for u in only(path).units
    ]
