"""PDF text layer: pages as units; Japanese through a CID font; locked and truncated files as errors."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from sources_helpers import only, only_error, read

from mamori.demo.pdf import write_text_pdf

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


def test_pdf_pages_are_units(tmp_path: Path) -> None:
    got = only(_pdf(tmp_path / "report.pdf"))
    assert [(u.fragment, u.text) for u in got.units] == [("page=1", _TEXT), ("page=2", "Page two")]


def test_japanese_text_through_a_cid_font(tmp_path: Path) -> None:
    # The demo's writer draws text as Japanese PDFs from Word or OCR do: a Type0 font with Identity-H
    # glyph ids and a ToUnicode map.
    path = tmp_path / "名簿.pdf"
    write_text_pdf(path, ["山田太郎 東京都千代田区"])
    got = only(path)
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


def test_lines_end_with_a_line_feed(tmp_path: Path) -> None:
    # PDFium separates lines with CRLF; units carry LF as every other reader's do.
    path = tmp_path / "住所録.pdf"
    write_text_pdf(path, ["山田太郎", "東京都千代田区"])
    assert only(path).text == "山田太郎\n東京都千代田区"


def test_a_broken_page_is_an_error_and_the_next_page_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    write_text_pdf(path, ["山田太郎"])
    # The first kid of the page tree points at a font, not a page: that page cannot be loaded.
    path.write_bytes(path.read_bytes().replace(b"/Kids [3 0 R] /Count 1", b"/Kids [5 0 R 3 0 R] /Count 2"))
    reads, errors = read(path)
    assert [(u.fragment, u.text) for u in reads[0].units] == [("page=2", "山田太郎")]
    assert [e.location.rsplit("#", 1)[1] for e in errors] == ["page=1"]


def test_a_word_hyphenated_at_a_line_end_reads_as_drawn(tmp_path: Path) -> None:
    # PDFium joins such a word through U+FFFE; the text keeps the hyphen and the line break instead.
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.cell(60, 8, "Call 090-1234-", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(60, 8, "5678 or inter-", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(60, 8, "national")
    pdf.output(str(tmp_path / "memo.pdf"))
    assert only(tmp_path / "memo.pdf").text == "Call 090-1234-\n5678 or inter-\nnational"
