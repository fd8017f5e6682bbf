"""`iter_items`: one file in, its items out — archives and mail expanded, every failure an `ItemError`."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import olefile

from mamori.sources import sniff
from mamori.sources.archive import check_container, read_zip
from mamori.sources.items import Item, ItemError, ItemKind
from mamori.sources.limits import DEFAULT_LIMITS, Limits
from mamori.sources.location import file_uri
from mamori.sources.mail import read_eml, read_mbox, read_msg
from mamori.sources.markup import read_html, read_xml
from mamori.sources.office import read_docx, read_odt, read_pptx
from mamori.sources.pdf import read_pdf
from mamori.sources.source import (
    CORRUPT,
    BinaryStream,
    Context,
    Source,
    SourceError,
    random_access,
    unreadable,
)
from mamori.sources.spreadsheet import PASSWORD_PROTECTED, read_ods, read_xls, read_xlsx
from mamori.sources.sqldump import read_sql
from mamori.sources.structured import read_json, read_jsonl
from mamori.sources.text import read_csv, read_text
from mamori.sources.vcard import read_vcard

Reader = Callable[[Source, BinaryStream, Context], Iterator[Item | ItemError]]

_HEAD = 8192
_TEXT_READERS: dict[str, Reader] = {
    "text": read_text,
    "csv": read_csv,
    "json": read_json,
    "jsonl": read_jsonl,
    "xml": read_xml,
    "html": read_html,
    "eml": read_eml,
    "mbox": read_mbox,
    "vcard": read_vcard,
    "sql": read_sql,
}
_CONTAINER_READERS: dict[str, Reader] = {
    "xlsx": read_xlsx,
    "docx": read_docx,
    "pptx": read_pptx,
    "ods": read_ods,
    "odt": read_odt,
    "zip": read_zip,
    "xls": read_xls,
    "msg": read_msg,
    "pdf": read_pdf,
}
_UNSUPPORTED = {
    "doc": "Word 97-2003 (.doc)",
    "ppt": "PowerPoint 97-2003 (.ppt)",
    "ole": "OLE2 compound file",
}


def iter_items(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item | ItemError]:
    """Every item of one file, depth first. Nothing raises: what cannot be read is an `ItemError`, and
    iteration goes on with the next item. Consume an item's units or rows before asking for the next."""
    path = Path(path)
    location = file_uri(path)
    ctx = Context(limits, dispatch=lambda src: _dispatch(src, ctx))
    try:
        if not path.is_file():
            yield _missing(location, path)
            return
    except OSError as exc:
        yield ItemError(location, *_os_reason(exc), path)
        return
    src = Source(location, os.fsdecode(path.name), lambda: open(path, "rb"), path, on_disk=True)  # noqa: SIM115
    for item in _dispatch(src, ctx):
        yield item
        yield from ctx.take_deferred()
    yield from ctx.take_deferred()


def _dispatch(src: Source, ctx: Context) -> Iterator[Item | ItemError]:
    if src.depth > ctx.limits.max_depth:
        yield ItemError(
            src.location,
            f"入れ子が深すぎるため展開しません（上限 {ctx.limits.max_depth} 段）",
            f"nested deeper than {ctx.limits.max_depth} levels",
            src.path,
        )
        return
    try:
        with src.open() as head_stream:
            head = head_stream.read(_HEAD)
        fmt = sniff.sniff_head(head, src.suffix)
        if fmt == sniff.BINARY:
            yield Item(src.location, ItemKind.BINARY, "binary", src.path)
            return
        if fmt in _TEXT_READERS:
            with src.open() as stream:
                yield from _TEXT_READERS[fmt](src, stream, ctx)
            return
        with random_access(src, ctx.limits) as stream:
            yield from _read_container(src, stream, fmt, ctx)
    except SourceError as exc:
        yield ItemError(src.location, exc.reason_ja, exc.reason_en, src.path)
    except OSError as exc:
        yield ItemError(src.location, *_os_reason(exc), src.path)
    except Exception as exc:  # third-party parsers raise anything on hostile input; the scan goes on
        yield unreadable(src.location, src.path, exc)


def _read_container(src: Source, stream: BinaryStream, fmt: str, ctx: Context) -> Iterator[Item | ItemError]:
    if fmt == sniff.ZIP:
        try:
            with zipfile.ZipFile(stream) as archive:
                fmt = sniff.zip_format(archive)
        except zipfile.BadZipFile:
            raise SourceError(*CORRUPT) from None
        stream.seek(0)
        if fmt != "zip":
            check_container(stream, ctx)
    elif fmt == sniff.OLE:
        fmt = _ole_format(stream)
    if fmt == "encrypted-office":
        raise SourceError(*PASSWORD_PROTECTED)
    if fmt in _UNSUPPORTED:
        raise SourceError(
            f"この形式（{_UNSUPPORTED[fmt]}）の読み取りには対応していません",
            f"unsupported format: {_UNSUPPORTED[fmt]}",
        )
    yield from _CONTAINER_READERS[fmt](src, stream, ctx)


def _ole_format(stream: BinaryStream) -> str:
    try:
        with olefile.OleFileIO(stream) as ole:
            fmt = sniff.ole_format(ole.listdir(streams=True, storages=True))
    except OSError:
        raise SourceError(*CORRUPT) from None
    stream.seek(0)
    return fmt


def _missing(location: str, path: Path) -> ItemError:
    if path.is_dir():
        return ItemError(
            location, "フォルダーです（walk で中のファイルを列挙してください）", "is a directory", path
        )
    return ItemError(
        location, "ファイルが見つかりません（削除または移動された可能性があります）", "file not found", path
    )


def _os_reason(exc: OSError) -> tuple[str, str]:
    if isinstance(exc, PermissionError):
        return "アクセス権がないため読み取れません", f"permission denied: {exc.strerror}"
    if isinstance(exc, FileNotFoundError):
        return "ファイルが見つかりません（削除または移動された可能性があります）", "file not found (vanished)"
    return "ファイルを読み取れません（入出力エラー）", f"I/O error: {exc}"
