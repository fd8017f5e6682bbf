"""Render a `Document` as Markdown, HTML or a Word file (python-docx) the user can edit."""

from __future__ import annotations

import html
import io

import docx
from docx.oxml.ns import qn
from docx.shared import Pt

from mamori.incident.documents.model import Bullets, Document, Heading, Paragraph

JAPANESE_FONT = "游明朝"


def to_markdown(doc: Document) -> str:
    lines = [f"# {doc.title}", ""]
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            lines += [block.text.replace("\n", "  \n"), ""]
        elif isinstance(block, Bullets):
            lines += [f"- {item}" for item in block.items] + [""]
        else:
            lines.append("| " + " | ".join(block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in block.rows]
            lines.append("")
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def to_html(doc: Document) -> str:
    e = html.escape
    body = [f"<h1>{e(doc.title)}</h1>"]
    for block in doc.blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{e(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            body.append("<p>" + e(block.text).replace("\n", "<br>") + "</p>")
        elif isinstance(block, Bullets):
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in block.items) + "</ul>")
        else:
            head = "".join(f"<th>{e(h)}</th>" for h in block.header)
            rows = "".join(
                "<tr>" + "".join("<td>" + e(c).replace("\n", "<br>") + "</td>" for c in row) + "</tr>"
                for row in block.rows
            )
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    style = (
        "body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.7}"
        "table{border-collapse:collapse}th,td{border:1px solid #888;padding:.3em .6em;vertical-align:top}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="ja">\n<head><meta charset="utf-8">'
        f"<title>{e(doc.title)}</title><style>{style}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def to_docx(doc: Document) -> bytes:
    word = docx.Document()
    _japanese_font(word)
    word.add_heading(doc.title, level=0)
    for block in doc.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=min(block.level, 9))
        elif isinstance(block, Paragraph):
            word.add_paragraph(block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                word.add_paragraph(item, style="List Bullet")
        else:
            table = word.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = text
            for row in block.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _japanese_font(word: docx.document.Document) -> None:
    # Word picks the East Asian font from w:eastAsia; without it Japanese text falls back unpredictably.
    word.styles["Normal"].font.size = Pt(10.5)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        rpr = word.styles[name].element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), JAPANESE_FONT)
