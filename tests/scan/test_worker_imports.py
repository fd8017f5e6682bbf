"""A scan worker starts without the libraries it may never need: every scan with workers waits for the
forkserver to import `mamori.scan.workers` (about 1.9 s with everything, 0.5 s without)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEFERRED = (
    "sqlalchemy",
    "alembic",
    "faker",
    "extract_msg",
    "docx",
    "pptx",
    "pypdfium2",
    "openpyxl",
    "pydantic",
)


def test_worker_module_loads_no_ledger_office_or_pdf_library() -> None:
    code = f"import sys, mamori.scan.workers\nprint(' '.join(m for m in {DEFERRED!r} if m in sys.modules))\n"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []


def test_readers_still_load_their_library_when_a_file_needs_it(tmp_path: Path) -> None:
    code = (
        "import sys, io, docx\n"
        "from pathlib import Path\n"
        "from mamori.sources import iter_items\n"
        "doc = docx.Document(); doc.add_paragraph('連絡先 090-1234-5678')\n"
        f"path = Path({str(tmp_path)!r}) / 'a.docx'; doc.save(str(path))\n"
        "items = list(iter_items(path))\n"
        "print([u.text for i in items for u in i.units])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "連絡先 090-1234-5678" in out
