"""A minimal PDF writer for the demo: Japanese text in a Type0 font with a ToUnicode map.

No font program is embedded, so viewers may draw placeholder glyphs, but the text layer reads back
exactly (as text extraction and mamori see it). Enough for a sample invoice; no PDF library needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def write_text_pdf(path: Path, lines: Sequence[str]) -> None:
    chars = sorted({ch for line in lines for ch in line})
    glyph = {ch: i + 1 for i, ch in enumerate(chars)}
    shows = []
    for n, line in enumerate(lines):
        codes = "".join(f"{glyph[ch]:04X}" for ch in line)
        shows.append(f"BT /F1 11 Tf 50 {780 - n * 18} Td <{codes}> Tj ET")
    content = "\n".join(shows)
    mapping = "\n".join(f"<{glyph[ch]:04X}> <{ord(ch):04X}>" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Custom def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{mapping}\nendbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('ascii'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type0 /BaseFont /MSMincho /Encoding /Identity-H"
        " /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MSMincho /DW 1000"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        f"<< /Length {len(cmap.encode('ascii'))} >>\nstream\n{cmap}\nendstream",
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
