"""`mamori detect`'s reading: the input in bounded chunks, with the findings reading it whole would give.

A text goes through `Detector.detect_stream`, which already reads across chunk ends (a look-back for
labels, an overlap for values); the values are taken from a window of the text kept just long enough.
A CSV/TSV is cut between records (never inside a quoted field, which may hold line breaks) and each
part is detected under the file's header, as `mamori mask` reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mamori.detect import Detector, Finding
from mamori.detect.engine import SEGMENT
from mamori.mask.formats.csv import Record, parse
from mamori.mask.spans import table_findings

CHUNK_BYTES = 1 << 20
# A CSV record (a quoted field holding whole paragraphs) longer than this is detected with what has
# been read of it rather than held ever longer.
MAX_RECORD_CHARS = 16 << 20


@dataclass(frozen=True, slots=True)
class Found:
    finding: Finding  # offsets into the whole decoded input
    value: str


def text_findings(chunks: Iterable[str], detector: Detector) -> Iterator[Found]:
    window = _Window(chunks)
    for finding in detector.detect_stream(window):
        yield Found(finding, window.value(finding))


class _Window:
    """The chunks, passed on; the end of the text they make, kept for the values of findings.

    `detect_stream` asks for a chunk only when it has reported every finding it can before it, and what
    it still has to report starts at most a segment and an overlap before that chunk: two segments more
    than the chunk is plenty."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self._text = ""
        self._base = 0  # offset of _text[0] in the whole input

    def __iter__(self) -> Iterator[str]:
        for chunk in self._chunks:
            keep = len(chunk) + 2 * SEGMENT
            text = self._text + chunk
            if len(text) > keep:
                self._base += len(text) - keep
                text = text[-keep:]
            self._text = text
            yield chunk

    def value(self, finding: Finding) -> str:
        assert finding.start >= self._base, "a finding before the kept window"
        return self._text[finding.start - self._base : finding.end - self._base]


def table_chunk_findings(chunks: Iterable[str], delimiter: str, detector: Detector) -> Iterator[Found]:
    """The findings of `table_findings` over the concatenated chunks, a run of whole records at a time."""
    header: str | None = None
    pending = ""  # text not yet detected
    base = 0  # offset of pending[0] in the whole input
    for chunk, final in _marked_last(chunks):
        pending += chunk
        if header is None:
            records = parse(pending, delimiter)
            whole = final or len(pending) > MAX_RECORD_CHARS
            if not whole and (len(records) < 2 or _unclosed_quote(pending, records[0])):
                continue  # the header record may go on in the next chunk
            header = pending[: records[0].end] if records else ""
            pending, base = pending[len(header) :], len(header)
        text = header + pending
        cut = len(text) if final or len(pending) > MAX_RECORD_CHARS else _records_end(text, delimiter)
        if cut <= len(header):
            continue
        shift = base - len(header)
        for finding in table_findings(text[:cut], delimiter, detector):
            yield Found(finding.shifted(shift), text[finding.start : finding.end])
        pending, base = text[cut:], base + cut - len(header)


def _records_end(text: str, delimiter: str) -> int:
    """Where the records that the rest of the input cannot change end: before the last record (it may go
    on) and before any record with a quoted field that does not surely close here (it may go on, line
    breaks and all)."""
    records = parse(text, delimiter)
    last = len(records) - 1
    for record in records[1:last]:
        if _unclosed_quote(text, record):
            return record.start
    return records[last].start if last >= 1 else 0


def _unclosed_quote(text: str, record: Record) -> bool:
    return any(text.startswith('"', f.start) and not _closes(text, f.start) for f in record.fields)


def _closes(text: str, opening: int) -> bool:
    """Whether the quoted field opened at `opening` closes within `text`. The parser's pattern, finding no
    closing quote, backtracks and takes one quote of an escaped pair ("") for the closing one: the
    field is read here as the pattern reads it when a closing quote exists, a quote alone (a quote at the
    very end may be the first of a pair)."""
    at = opening + 1
    while (quote := text.find('"', at)) != -1:
        if quote + 1 >= len(text):
            return False
        if text[quote + 1] != '"':
            return True
        at = quote + 2
    return False


def _marked_last(chunks: Iterable[str]) -> Iterator[tuple[str, bool]]:
    iterator = iter(chunks)
    previous = next(iterator, None)
    if previous is None:
        yield "", True
        return
    for chunk in iterator:
        yield previous, False
        previous = chunk
    yield previous, True
