"""Decode bytes as Japanese organisations write them: UTF-8 (with or without BOM), UTF-16, CP932, EUC-JP,
ISO-2022-JP. A text that decodes under none of them is reported, never silently read as garbage.

Whole byte strings go through `decode_bytes`; streams through `open_text`, which decides on a head sample
and then decodes incrementally, so a file of any size is read in bounded memory. A stream is read even when
a few of its bytes do not decode (a damaged line, a last character cut off): they become U+FFFD and the
lines they were on are kept for the report, so one bad byte does not lose the findings of a whole file.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

HEAD_SAMPLE = 64 * 1024
# Bad bytes are marked with a lone surrogate, which no strict decoder outputs, so a U+FFFD written in
# the file itself is not taken for one; the mark becomes U+FFFD before anyone reads the text.
_MARK = "\udcff"
_MARKING = "mamori.mark-undecodable"
_SHOWN_LINES = 5
_CANDIDATES = ("utf-8", "cp932", "euc-jp")
_ASCII = bytes(range(128))


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


def detect_encoding(sample: bytes, *, complete: bool = True, tolerant: bool = False) -> str:
    """The encoding of `sample`, a whole text (`complete`) or the head of one that may end mid-character.

    `tolerant` is for readers that replace what does not decode: a text whose last character is cut off
    is still UTF-8, and when no encoding decodes every byte, the one that fails on fewest wins if the
    failures are rare (see `_fewest_failures`).

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
    if _decodes(sample, "utf-8", complete and not tolerant) is not None:
        return "utf-8"
    cp932 = _decodes(sample, "cp932", complete)
    euc = _decodes(sample, "euc-jp", complete)
    if euc is not None and (cp932 is None or _has_kana(euc)):
        return "euc-jp"
    if cp932 is not None:
        return "cp932"
    if tolerant and (fewest := _fewest_failures(sample, complete)) is not None:
        return fewest
    raise UndecodableError("no supported encoding (UTF-8, UTF-16, CP932, EUC-JP, ISO-2022-JP) decodes it")


def _fewest_failures(sample: bytes, complete: bool) -> str | None:
    """The encoding under which the fewest byte sequences fail, if they are at most one in a hundred of
    the non-ASCII bytes (or a single one): a damaged byte in a real text, not the wrong encoding, whose
    failures come with nearly every character."""
    escaped = b"\x1b$" in sample or b"\x1b(" in sample
    failures: dict[str, int] = {}
    for name in (("iso-2022-jp",) if escaped else ()) + _CANDIDATES:
        if (count := _failures(sample, name, complete)) is not None:
            failures[name] = count
    best = min(failures, key=failures.__getitem__, default=None)
    return best if best is not None and _rare(sample, failures[best]) else None


def _failures(sample: bytes, name: str, complete: bool) -> int | None:
    """How many byte sequences fail to decode as `name`; None when the reading is implausible."""
    text = codecs.getincrementaldecoder(name)(_MARKING).decode(sample, final=complete)
    return text.count(_MARK) if _plausible(text, name) else None


def _rare(sample: bytes, failures: int) -> bool:
    return failures <= max(1, len(sample.translate(None, _ASCII)) // 100)


def decode_whole(data: bytes, declared: str | None = None) -> tuple[str, DecodedText]:
    """All of `data` as text, for readers that parse a whole document (JSON, a mail part): bytes that do
    not decode are replaced and counted as `DecodedText` does, so one bad byte does not lose the rest.
    A charset the data declares (a mail part's) is kept when it fails on few bytes. Raises
    `UndecodableError` when no encoding reads it with failures that rare."""
    name = declared if declared and _fits(data, declared) else detect_encoding(data, tolerant=True)
    reader = DecodedText(io.BytesIO(data), name)
    return reader.read(), reader


def _fits(data: bytes, name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return (count := _failures(data, name, True)) is not None and _rare(data, count)


def open_text(stream: IO[bytes], *, probe_bytes: int = 16 * 1024 * 1024) -> tuple[str, DecodedText]:
    """Detect the encoding of a seekable binary stream and wrap it for incremental decoding.

    An ASCII-only head says nothing about the rest, so reading goes on (up to `probe_bytes`) until bytes
    that tell appear; the sample is taken from there. Line endings are kept as they are (`newline=""`).
    Raises `UndecodableError`; bytes that do not decode later are replaced (see `DecodedText`).
    """
    start = stream.tell()
    sample = stream.read(HEAD_SAMPLE)
    complete = len(sample) < HEAD_SAMPLE
    probed = len(sample)
    while sample.isascii() and b"\x1b" not in sample and not complete and probed < probe_bytes:
        sample = stream.read(HEAD_SAMPLE)
        probed += len(sample)
        complete = len(sample) < HEAD_SAMPLE
    name = "utf-8" if not sample else detect_encoding(sample, complete=complete, tolerant=True)
    stream.seek(start)
    return name, DecodedText(stream, name)


class DecodedText(io.TextIOBase):
    """A binary stream read as text in `encoding`, bytes that do not decode replaced by U+FFFD.

    `replaced` counts the replacements, `bad_lines` holds the first lines (1-based, counted by \\n) they
    were on and `more_lines` says whether there were more, for the reader to report. Only `read` and
    `seek(0)` are offered: they are all the readers use.
    """

    def __init__(self, stream: IO[bytes], encoding: str) -> None:
        super().__init__()
        self.encoding_name = encoding
        self._text = io.TextIOWrapper(stream, encoding=encoding, errors=_MARKING, newline="")
        self._rewind()

    def _rewind(self) -> None:
        self._line = 1
        self.replaced = 0
        self.bad_lines: list[int] = []
        self.more_lines = False

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> str:
        text = self._text.read(size)
        if _MARK in text:
            text = self._note_marks(text)
        self._line += text.count("\n")
        return text

    def seek(self, offset: int, whence: int = io.SEEK_SET, /) -> int:
        """Back to the start only: the counts start again with the text."""
        if (offset, whence) != (0, io.SEEK_SET):
            raise io.UnsupportedOperation("only seek(0) is supported")
        self._rewind()
        return self._text.seek(0)

    def _note_marks(self, text: str) -> str:
        line, counted = self._line, 0
        at = text.find(_MARK)
        while at >= 0:
            self.replaced += 1
            line += text.count("\n", counted, at)  # from the last mark on: linear however many there are
            counted = at
            if line not in self.bad_lines[-1:]:  # marks are met in order: a repeat is the last line
                if len(self.bad_lines) < _SHOWN_LINES:
                    self.bad_lines.append(line)
                else:
                    self.more_lines = True
            at = text.find(_MARK, at + 1)
        return text.replace(_MARK, "\ufffd")


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return _MARK, exc.end


codecs.register_error(_MARKING, _mark_undecodable)


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
