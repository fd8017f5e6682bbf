"""PDF text layer: pages as units; Japanese through a CID font; locked and truncated files as errors."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from sources_helpers import only, only_error

_TEXT = "Customer: Taro Yamada, tel 090-1234-5678"


def _pdf(path: Path, user_password: str | None = None) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(text=_TEXT)
    pdf.add_page()
    pdf.cell(text="Page two")
    if user_password is not None:
        pdf.set_encryption("owner", user_password=user_password, encryption_method=EncryptionMethod.RC4)
    pdf.output(str(path))
    return path


def _cid_font_pdf(path: Path, text: str) -> Path:
    """A PDF whose text is drawn in a Type0 font with Identity-H glyph ids and a ToUnicode map, as
    Japanese PDFs from Word or a scanner's OCR are; no font program is needed to extract the text."""
    glyphs = "".join(f"{i + 1:04X}" for i in range(len(text)))
    cmap_lines = "\n".join(f"<{i + 1:04X}> <{ord(ch):04X}>" for i, ch in enumerate(text))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Custom def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(text)} beginbfchar\n{cmap_lines}\nendbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    )
    content = f"BT /F1 12 Tf 50 700 Td <{glyphs}> Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type0 /BaseFont /MSMincho /Encoding /Identity-H"
        " /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MSMincho /DW 1000"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    path.write_bytes(bytes(out))
    return path


def test_pdf_pages_are_units(tmp_path: Path) -> None:
    got = only(_pdf(tmp_path / "report.pdf"))
    assert [(u.fragment, u.text) for u in got.units] == [("page=1", _TEXT), ("page=2", "Page two")]


def test_japanese_text_through_a_cid_font(tmp_path: Path) -> None:
    got = only(_cid_font_pdf(tmp_path / "名簿.pdf", "山田太郎 東京都千代田区"))
    assert got.text.replace(" ", "") == "山田太郎東京都千代田区"


def test_renamed_pdf_is_read(tmp_path: Path) -> None:
    assert only(_pdf(tmp_path / "scan.bin")).item.format == "pdf"


def test_password_protected_pdf_is_an_error(tmp_path: Path) -> None:
    error = only_error(_pdf(tmp_path / "locked.pdf", user_password="secret"))
    assert error.reason_en == "password protected"
    assert "パスワード" in error.reason_ja


def test_pdf_with_only_an_owner_password_still_reads(tmp_path: Path) -> None:
    got = only(_pdf(tmp_path / "no-print.pdf", user_password=""))
    assert got.units[0].text == _TEXT


def test_truncated_pdf_is_an_error(tmp_path: Path) -> None:
    data = _pdf(tmp_path / "good.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    error = only_error(path)
    assert error.location.endswith("cut.pdf")
