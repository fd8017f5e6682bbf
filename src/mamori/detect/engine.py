"""`detect()` and `detect_stream()`: run the recognizers over text of any length.

Text is processed in segments of 64 Ki characters, each read with a look-back (for labels before a value)
and an overlap (for a value that crosses the segment's end). Memory is bounded by the segment size, time is
linear, and a 200 MB string or an endless stream of chunks gives the same findings as one pass would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from mamori.detect.finding import Finding
from mamori.detect.normalize import shadow
from mamori.detect.recognizer import Recognizer, Segment
from mamori.detect.registry import default_recognizers
from mamori.detect.resolve import resolve
from mamori.detect.text_tables import reread_cells
from mamori.detect.types import EntityType, parse_types

SEGMENT = 1 << 16
LOOKBACK = 128
OVERLAP = 512  # no value we find is longer than this
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(piece: str) -> str:
    """Lone surrogates (from badly decoded files) become U+FFFD, one for one, so offsets still hold.

    Recognizers that hand text to C libraries (analysers, encoders) would otherwise fail on them.
    """
    try:
        piece.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", piece)
    return piece


class Detector:
    """A configured pipeline. Reuse one for many texts: recognizers are built once."""

    def __init__(
        self,
        *,
        types: Iterable[str] | str | None = None,
        min_score: float = 0.5,
        recognizers: Sequence[Recognizer] | None = None,
    ) -> None:
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be between 0 and 1, got {min_score}")
        self.types = parse_types(list(types) if types is not None and not isinstance(types, str) else types)
        self.min_score = min_score
        chosen = list(recognizers) if recognizers is not None else default_recognizers()
        if self.types is not None:
            chosen = [r for r in chosen if r.types & self.types]
        self.recognizers = chosen

    def detect(self, text: str, *, column: str | None = None) -> list[Finding]:
        """Leading white space is left out of the analysis, so that a text gives the same findings
        wherever it starts (the analyser reads a word after a space differently from one that opens the
        text); the offsets are still those of `text`."""
        body = text.lstrip()
        lead = len(text) - len(body)
        if not lead:
            return list(self._scan_text(text, column))
        return [f.shifted(lead) for f in self._scan_text(body, column)]

    def detect_stream(self, chunks: Iterable[str], *, column: str | None = None) -> Iterator[Finding]:
        buf = ""
        base = 0  # offset of buf[0] in the whole stream
        pos = 0  # findings before pos have been emitted
        last_end = 0
        for chunk in chunks:
            buf += chunk
            while len(buf) - (pos - base) >= SEGMENT + OVERLAP:
                stop = pos + SEGMENT
                found, last_end = self._segment(buf, base, pos, stop, last_end, column, final=False)
                yield from found
                pos = stop
                keep_from = max(0, pos - LOOKBACK - base)
                if keep_from > SEGMENT:
                    buf = buf[keep_from:]
                    base += keep_from
        end = base + len(buf)
        while pos < end:
            stop = min(end, pos + SEGMENT)
            found, last_end = self._segment(buf, base, pos, stop, last_end, column, final=stop == end)
            yield from found
            pos = stop

    def _scan_text(self, text: str, column: str | None) -> Iterator[Finding]:
        last_end = 0
        for pos in range(0, len(text), SEGMENT):
            stop = min(len(text), pos + SEGMENT)
            found, last_end = self._segment(text, 0, pos, stop, last_end, column, final=stop == len(text))
            yield from found

    def _segment(
        self,
        buf: str,
        base: int,
        pos: int,
        stop: int,
        last_end: int,
        column: str | None,
        *,
        final: bool,
    ) -> tuple[list[Finding], int]:
        """Findings starting in [pos, stop) of the stream; buf[0] is at stream offset `base`."""
        lo = max(base, pos - LOOKBACK)
        hi = min(base + len(buf), stop + OVERLAP)
        piece = _without_surrogates(buf[lo - base : hi - base])
        segment = Segment(piece, shadow(piece), column)
        candidates = [f for r in self.recognizers for f in r.find(segment)]
        if column is None:
            candidates = reread_cells(segment, candidates, self.recognizers)
        out: list[Finding] = []
        limit = hi if final else stop
        for f in resolve(candidates):
            start = f.start + lo
            if start < pos or start >= limit or start < last_end:
                continue
            if f.score < self.min_score or (self.types is not None and f.type not in self.types):
                continue
            shifted = f.shifted(lo)
            out.append(shifted)
            last_end = shifted.end
        return out, last_end


_DEFAULT: Detector | None = None


def _default() -> Detector:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Detector()
    return _DEFAULT


def detect(
    text: str,
    *,
    types: Iterable[str] | str | None = None,
    min_score: float = 0.5,
    column: str | None = None,
) -> list[Finding]:
    """Find personal data in `text`.

    Returns findings sorted by position and never overlapping; `text[f.start:f.end]` is the value as
    written. `types` limits the result to some type codes (e.g. ``["PHONE", "EMAIL"]``); `column` is the
    header of the table column `text` came from, which labels the value (``detect("佐藤", column="氏名")``).
    """
    if types is None and min_score == 0.5:
        return _default().detect(text, column=column)
    return Detector(types=types, min_score=min_score).detect(text, column=column)


def detect_stream(
    chunks: Iterable[str],
    *,
    types: Iterable[str] | str | None = None,
    min_score: float = 0.5,
    column: str | None = None,
) -> Iterator[Finding]:
    """Like `detect` over the concatenation of `chunks`, in bounded memory; offsets are stream offsets."""
    detector = (
        _default() if types is None and min_score == 0.5 else Detector(types=types, min_score=min_score)
    )
    return detector.detect_stream(chunks, column=column)


__all__ = ["Detector", "EntityType", "detect", "detect_stream"]
