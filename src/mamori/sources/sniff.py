"""Tell a file's format from its content, with the extension only as a hint, so a renamed file still
reads: zip-based office files by their members, OLE2 files by their streams, PDF by `%PDF`."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence

from mamori.sources.encoding import UndecodableError, detect_encoding
from mamori.sources.sqldump import is_sql
from mamori.sources.vcard import is_vcard

ZIP = "zip"
OLE = "ole"
PDF = "pdf"
BINARY = "binary"

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"OggS",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
_BY_SUFFIX = {
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "xml",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "eml",
    ".mbox": "mbox",
    ".mbx": "mbox",
    ".sql": "sql",
}
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.MULTILINE)
_MAIL_HEADERS = re.compile(
    rb"^(from|to|cc|subject|date|message-id|mime-version|received|return-path):", re.MULTILINE | re.IGNORECASE
)
_OFFICE_MAIN_PARTS = (
    ("xl/workbook.xml", "xlsx"),
    ("word/document.xml", "docx"),
    ("ppt/presentation.xml", "pptx"),
)
_ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt",
}


def sniff_head(head: bytes, suffix: str) -> str:
    """The format as far as the first bytes tell: a final text format, or ZIP / OLE / PDF / BINARY."""
    if head.startswith(_ZIP_MAGIC):
        return ZIP
    if head.startswith(_OLE_MAGIC):
        return OLE
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(_BINARY_MAGIC) or _is_binary(head):
        return BINARY
    return _text_format(head, suffix)


def zip_format(archive: zipfile.ZipFile) -> str:
    """xlsx (and xlsm), docx, pptx, ods, odt — or a plain zip."""
    names = set(archive.namelist())
    if "[Content_Types].xml" in names:
        for part, fmt in _OFFICE_MAIN_PARTS:
            if part in names:
                return fmt
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        if info.file_size < 200:
            mimetype = archive.read(info).decode("ascii", "replace").strip()
            return _ODF_MIMETYPES.get(mimetype, ZIP)
    return ZIP


def ole_format(streams: Sequence[Sequence[str]]) -> str:
    """xls, msg, an encrypted OOXML file ('encrypted-office'), or a legacy format we do not read."""
    top = {s[0] for s in streams if s}
    if "EncryptedPackage" in top:
        return "encrypted-office"
    if "Workbook" in top or "Book" in top:
        return "xls"
    if any(name.startswith("__substg1.0_") or name == "__properties_version1.0" for name in top):
        return "msg"
    if "WordDocument" in top:
        return "doc"
    if "PowerPoint Document" in top:
        return "ppt"
    return "ole"


def _is_binary(head: bytes) -> bool:
    """NUL bytes mean binary, unless the head reads as UTF-16 text."""
    if b"\x00" not in head:
        return False
    try:
        detect_encoding(head, complete=False)
    except UndecodableError:
        return True
    return False


def _text_format(head: bytes, suffix: str) -> str:
    if is_vcard(head):  # `.vcf`, `.vcard` or any other name: cards are read by their content
        return "vcard"
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = start[:512].lower()
    if lower.startswith((b"<!doctype html", b"<html")):
        return "html"
    if lower.startswith(b"<?xml"):
        return "html" if b"<html" in lower else "xml"
    if start.startswith(b"From ") and len(_MAIL_HEADERS.findall(head)) >= 2:
        return "mbox"
    if _HEADER_LINE.match(start) and len(_MAIL_HEADERS.findall(head)) >= 2:
        return "eml"
    if start.startswith(b"{") and b"\n{" in start:
        return "jsonl"
    if start.startswith((b"{", b"[")):
        return "json"
    if is_sql(head):
        return "sql"
    return "text"
