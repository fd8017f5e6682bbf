"""Decode bytes as Japanese organisations write them: UTF-8 (with or without BOM), UTF-16, CP932, EUC-JP,
ISO-2022-JP. A text that decodes under none of them is reported, never silently read as garbage.

Whole byte strings go through `decode_bytes`; streams through `open_text`, which decides on a head sample
and then decodes incrementally, so a file of any size is read in bounded memory.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

HEAD_SAMPLE = 64 * 1024


class UndecodableError(ValueError):
    """No supported encoding decodes the bytes."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data`, choosing the encoding as `detect_encoding` does."""
    name = detect_encoding(data)
    return Decoded(data.decode(name), name)


def detect_encoding(sample: bytes, *, complete: bool = True) -> str:
    """The encoding of `sample`, a whole text (`complete`) or the head of one that may end mid-character.

    ISO-2022-JP is 7-bit and only tried when escape sequences are present. When both CP932 and EUC-JP
    decode the bytes (EUC-JP byte pairs are nearly always valid CP932, as half-width katakana), EUC-JP is
    chosen only when its reading has kana: Japanese prose has them, and a CP932 reading made of
    half-width katakana alone is a real thing (bank transfer files, 全銀 format).
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if b"\x00" in sample:  # no other supported encoding has NUL in text
        for name in _utf16_order(sample):
            if _decodes(sample, name, complete) is not None:
                return name
        raise UndecodableError("NUL bytes, but not UTF-16 text")
    escaped = b"\x1b$" in sample or b"\x1b(" in sample
    if escaped and _decodes(sample, "iso-2022-jp", complete) is not None:
        return "iso-2022-jp"
    if _decodes(sample, "utf-8", complete) is not None:
        return "utf-8"
    cp932 = _decodes(sample, "cp932", complete)
    euc = _decodes(sample, "euc-jp", complete)
    if euc is not None and (cp932 is None or _has_kana(euc)):
        return "euc-jp"
    if cp932 is not None:
        return "cp932"
    raise UndecodableError("no supported encoding (UTF-8, UTF-16, CP932, EUC-JP, ISO-2022-JP) decodes it")


def open_text(stream: IO[bytes], *, probe_bytes: int = 16 * 1024 * 1024) -> tuple[str, io.TextIOWrapper]:
    """Detect the encoding of a seekable binary stream and wrap it for incremental decoding.

    An ASCII-only head says nothing about the rest, so reading goes on (up to `probe_bytes`) until bytes
    that tell appear; the sample is taken from there. Line endings are kept as they are (`newline=""`).
    Raises `UndecodableError`; a later part that does not decode raises `UnicodeDecodeError` while reading.
    """
    start = stream.tell()
    sample = stream.read(HEAD_SAMPLE)
    complete = len(sample) < HEAD_SAMPLE
    probed = len(sample)
    while sample.isascii() and b"\x1b" not in sample and not complete and probed < probe_bytes:
        sample = stream.read(HEAD_SAMPLE)
        probed += len(sample)
        complete = len(sample) < HEAD_SAMPLE
    name = "utf-8" if not sample else detect_encoding(sample, complete=complete)
    stream.seek(start)
    return name, io.TextIOWrapper(stream, encoding=name, newline="")


def _decodes(data: bytes, name: str, complete: bool) -> str | None:
    try:
        text = codecs.getincrementaldecoder(name)().decode(data, final=complete)
    except UnicodeDecodeError:
        return None
    return text if _plausible(text, name) else None


def _plausible(text: str, name: str) -> bool:
    """Rejects readings full of control characters or private-use code points, the marks of a wrong guess
    (Python's CP932 maps even unassigned bytes to something)."""
    if "\x00" in text and not name.startswith("utf-16"):
        return False
    odd = sum(1 for ch in text if (ch < " " and ch not in _ALLOWED_CONTROLS) or "\ue000" <= ch <= "\uf8ff")
    return odd * 100 <= len(text)


def _has_kana(text: str) -> bool:
    return any("\u3041" <= ch <= "\u30ff" for ch in text)


def _utf16_order(data: bytes) -> tuple[str, str]:
    """Little-endian first when NULs sit in odd positions (ASCII in UTF-16-LE), as Windows writes it."""
    if data[1::2].count(0) >= data[0::2].count(0):
        return "utf-16-le", "utf-16-be"
    return "utf-16-be", "utf-16-le"


def iter_decoded(
    stream: IO[bytes], *, chunk_bytes: int, probe_bytes: int = 16 * 1024 * 1024
) -> Iterator[str]:
    """A binary stream that need not seek (standard input, a pipe) as text, `chunk_bytes` at a time.

    The encoding is decided as `open_text` decides it, on a head read on past an ASCII-only start (up to
    `probe_bytes`, the only bytes held at once beyond a chunk); an input no longer than that is decided
    on the whole of it, exactly as `decode_bytes` would. Raises `UndecodableError` before the first chunk;
    a later part that does not decode raises `UnicodeDecodeError` while iterating."""
    head = bytearray()
    complete = False
    while not complete and len(head) < probe_bytes:
        piece = stream.read(chunk_bytes)
        complete = not piece
        head += piece
        if not head.isascii() or b"\x1b" in head:
            break
    if not complete:  # one read more tells whether the head is the whole input, as for `decode_bytes`
        piece = stream.read(chunk_bytes)
        complete = not piece
        head += piece
    name = "utf-8" if not head else detect_encoding(bytes(head), complete=complete)
    decoder = codecs.getincrementaldecoder(name)()
    return _decoding(decoder, bytes(head), stream, chunk_bytes, complete)


def _decoding(
    decoder: codecs.IncrementalDecoder, head: bytes, stream: IO[bytes], chunk_bytes: int, complete: bool
) -> Iterator[str]:
    for start in range(0, len(head), chunk_bytes):
        yield decoder.decode(head[start : start + chunk_bytes])
    while not complete:
        piece = stream.read(chunk_bytes)
        complete = not piece
        yield decoder.decode(piece, final=complete)
    yield decoder.decode(b"", final=True)
