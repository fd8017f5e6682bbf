"""Plain text, logs, Markdown and CSV/TSV, streamed through an incremental decoder."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from typing import TypeVar

from mamori.sources.encoding import DecodedText, UndecodableError, open_text
from mamori.sources.items import Item, ItemError, ItemKind, Row, Table, TextUnit
from mamori.sources.source import UNDECODABLE, BinaryStream, Context, Source, SourceError
from mamori.sources.tables import split_header

_DELIMITERS = ",\t;|"
_SNIFF_CHARS = 64 * 1024
_LINE_BLOCK = 1 << 20
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp932": "Shift_JIS", "euc-jp": "EUC-JP"}
T = TypeVar("T")


def open_decoded(stream: BinaryStream, ctx: Context) -> tuple[str, DecodedText]:
    try:
        return open_text(stream, probe_bytes=ctx.limits.encoding_probe_bytes)
    except UndecodableError:
        raise SourceError(*UNDECODABLE) from None


def guard_decoded(src: Source, ctx: Context, text: DecodedText, stream: Iterator[T]) -> Iterator[T]:
    """`stream` guarded as `Context.guard` does; bytes of `text` replaced while it was read are reported
    right after the item, so the user knows which lines to check by hand."""
    yield from ctx.guard(src.location, src.path, stream)
    note_replaced(src, ctx, text)


def note_replaced(src: Source, ctx: Context, text: DecodedText, location: str | None = None) -> None:
    """Report the bytes `text` replaced, at `location` (a part of the source) or the source's own."""
    if not text.replaced:
        return
    lines = ", ".join(map(str, text.bad_lines))
    name = _ENCODING_NAMES.get(text.encoding_name, text.encoding_name.upper())
    ctx.deferred.append(
        ItemError(
            location or src.location,
            f"文字コード（{name}）として読めないバイトが {text.replaced} か所あり、「\ufffd」に置き換えて"
            f"読みました（{lines} 行目{'ほか' if text.more_lines else ''}）。ほかの部分は読み取っています",
            f"undecodable bytes replaced: {text.replaced} as {text.encoding_name}, at line {lines}"
            + (" and more" if text.more_lines else ""),
            src.path,
        )
    )


def read_text(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    encoding, text = open_decoded(stream, ctx)
    units = guard_decoded(src, ctx, text, chunked_units(text, ctx.limits.text_chunk_chars))
    yield Item(src.location, ItemKind.TEXT, "text", src.path, encoding, units=units)


def chunked_units(text: io.TextIOBase, chunk_chars: int) -> Iterator[TextUnit]:
    """Units of at most `chunk_chars`, ending at a line break where there is one; each says the line it
    starts on."""
    line = 1
    carry = ""
    while block := text.read(chunk_chars - len(carry)):
        buf = carry + block
        cut = buf.rfind("\n") + 1
        if cut == 0:
            if len(buf) < chunk_chars:
                carry = buf
                continue
            cut = len(buf)
        unit, carry = buf[:cut], buf[cut:]
        yield TextUnit(unit, f"line={line}")
        line += unit.count("\n")
    if carry:
        yield TextUnit(carry, f"line={line}")


def bounded_lines(text: io.TextIOBase, max_chars: int) -> Iterator[str]:
    """The lines of `text` as `readline` gives them (ending in \\n, \\r\\n or \\r), read a block at a
    time: a line-splitting regex over a block costs a fraction of one `readline` call per line. A line
    longer than `max_chars` stops the reading (a file without line breaks must not fill the memory)."""
    return itertools.chain.from_iterable(_line_blocks(text, max_chars))


def _line_blocks(text: io.TextIOBase, max_chars: int) -> Iterator[list[str]]:
    carry = ""
    while block := text.read(_LINE_BLOCK):
        buf = carry + block
        if buf.endswith("\r"):  # the \n of this \r\n may start the next block
            buf, carry = buf[:-1], "\r"
        else:
            carry = ""
        if "\r" in buf and buf.count("\r") != buf.count("\r\n"):
            lines = _LINE.findall(buf)  # lone \r line ends (old Mac files): the slow, exact way
            tail = buf[sum(map(len, lines)) :]
        else:
            parts = buf.split("\n")
            tail = parts.pop()
            lines = [part + "\n" for part in parts]
        carry = tail + carry
        if len(carry) >= max_chars or (lines and max(map(len, lines)) > max_chars):
            raise SourceError(
                "1 行が長すぎるため読み取りを中止しました", f"a line is longer than {max_chars} characters"
            )
        yield lines
    if carry:
        yield [carry]


def read_csv(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    encoding, text = open_decoded(stream, ctx)
    dialect = _sniff_dialect(text.read(_SNIFF_CHARS), src.suffix)
    text.seek(0)
    records = csv.reader(bounded_lines(text, ctx.limits.max_line_chars), dialect)
    rows = guard_decoded(src, ctx, text, _numbered_rows(records))
    header, header_row, rest = split_header(rows)
    table = Table(header, rest, header_row)
    yield Item(src.location, ItemKind.TABLE, "csv", src.path, encoding, table=table)


def _numbered_rows(records: Iterator[list[str]]) -> Iterator[Row]:
    """Rows numbered as a spreadsheet shows them, trailing empty cells dropped, empty rows skipped."""
    for number, cells in enumerate(records, 1):
        while cells and not cells[-1]:
            cells.pop()  # the reader's own list: trimmed in place, no copy per row
        if cells:
            yield Row(number, cells)


def _sniff_dialect(sample: str, suffix: str) -> type[csv.Dialect] | csv.Dialect:
    complete = sample[: sample.rfind("\n") + 1] or sample
    try:
        return csv.Sniffer().sniff(complete, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel_tab if suffix in (".tsv", ".tab") else csv.excel
