"""The fast pipeline on prose: only the lines that can hold a format-defined value, read in one pass.

A format-defined value (phone, e-mail, My Number …) is never written without a digit or an "@", so
lines without one are not looked at. The lines that are left go to the detector joined into texts of
one detector segment, so a log or a memo costs one detector call per 64 K characters instead of one per
line (and short units, such as the paragraphs of a docx, are joined too: `find_units`); lines that
were not next to each other are joined by `_APART`, which neither a number nor a label reaches across.

A log repeats the same few line shapes (`2026-11-23T10:00:00 INFO GET /api/orders/9 200 12ms`). A
line whose shape (digits as 9, letters as a) came out empty `EMPTY_SHAPE_TRUST` times running in this
file is not looked at again, as table columns do; one line of that shape with a finding keeps the
shape looked at for good.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress

from mamori.detect import Detector, Finding
from mamori.detect.engine import SEGMENT
from mamori.scan.tables import EMPTY_SHAPE_TRUST, MAY_HOLD_FORMAT, SHAPE_CACHE_LIMIT, SHAPE_TABLE

# A line break, a character no recognizer reads as a separator or a word, and a line break: a label
# before it fails the gap rule, a digit token stops at it, an e-mail's local part stops at it.
_APART = "\n\x00\n"
# Between units joined for one pass: NUL ends the last line of a unit (a shape no line inside a unit
# has), then a line with no digit keeps the next unit's first line out of the same run.
_UNIT_APART = "\x00\n\x00\n"
# A batch stops short of a detector segment by the length of a line or so, so it stays one segment.
_BATCH_ROOM = 4096
# Shapes are kept for short ASCII lines only: those are the lines a log repeats.
SHAPED_LINE = 300
_NEVER = -(1 << 30)


@dataclass
class _Joined:
    """The lines sent to the detector, joined, and where each run of them sits in the unit."""

    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # offset of each run in the joined text
    origins: list[int] = field(default_factory=list)  # offset of each run in the unit
    first_part: list[int] = field(default_factory=list)  # index in `parts` of each run's first line
    length: int = 0
    last_end: int = -1  # unit offset where the previous line ended

    def add(self, line: str, offset: int) -> int:
        """Append a line at unit offset `offset`; returns its offset in the joined text."""
        if offset != self.last_end:
            if self.parts:
                self.parts.append(_APART)
                self.length += len(_APART)
            self.starts.append(self.length)
            self.origins.append(offset)
            self.first_part.append(len(self.parts))
        at = self.length
        self.parts.append(line)
        self.length += len(line)
        self.last_end = offset + len(line)
        return at

    def batches(self, size: int) -> Iterator[tuple[int, int]]:
        """Runs [first, stop) whose joined text is about `size` characters (more if one run is longer).

        Cut only between runs, where `_APART` already stops every value and label: a batch of at most
        one detector segment is read in one piece, so findings come back without a segment shift.
        """
        if not self.starts:  # every line was skipped
            return
        first = 0
        for run in range(1, len(self.starts)):
            if self.starts[run] - self.starts[first] > size:
                yield first, run
                first = run
        yield first, len(self.starts)

    def text(self, first: int, stop: int) -> str:
        end = self.first_part[stop] - 1 if stop < len(self.first_part) else len(self.parts)
        return "".join(self.parts[self.first_part[first] : end])


class ProseScanner:
    """Format-defined findings of the text units of one file, remembering line shapes across units."""

    def __init__(self, detector: Detector) -> None:
        self._detector = detector
        self._empty: dict[str, int] = {}

    def find(self, text: str) -> list[Finding]:
        if MAY_HOLD_FORMAT.search(text) is None:
            return []
        joined = _Joined()
        shaped: list[tuple[int, int, str]] = []  # (joined start, joined end, shape) of shaped lines
        lines = text.splitlines(keepends=True)
        if text.isascii():  # a log: every line's shape from one translate of the unit
            # Translating the whole unit at once is a C loop; line by line, call overhead would dominate.
            shapes = text.translate(SHAPE_TABLE).splitlines(keepends=True)
            self._select_shaped(lines, shapes, joined, shaped)
        else:
            self._select(lines, joined, shaped)
        out: list[Finding] = []
        starts: list[int] = []  # joined offsets of the findings, for `_learn`
        for first, stop in joined.batches(SEGMENT - _BATCH_ROOM):
            base = joined.starts[first]
            run = first
            for f in self._detector.detect(joined.text(first, stop)):
                at = base + f.start
                while run + 1 < stop and joined.starts[run + 1] <= at:
                    run += 1
                starts.append(at)
                out.append(f.shifted(joined.origins[run] + at - joined.starts[run] - f.start))
        self._learn(starts, shaped)
        return out

    def find_units(self, texts: list[str]) -> list[tuple[int, Finding]]:
        """`find` over many short units (paragraphs, cells, JSON strings) in one pass: (index of the
        unit, finding at offsets of that unit). Same findings as a `find` per unit: the units are
        joined by `_UNIT_APART`, whose lines hold no digit, so each unit's last line keeps a shape of
        its own and the lines of two units never form one run."""
        joined = _UNIT_APART.join(texts)
        out = []
        unit = 0
        begin = 0  # offset of unit `unit` in the joined text
        for f in self.find(joined):
            while f.start >= begin + len(texts[unit]):
                begin += len(texts[unit]) + len(_UNIT_APART)
                unit += 1
            out.append((unit, f.shifted(-begin)))
        return out

    def _select_shaped(
        self, lines: list[str], shapes: list[str], joined: _Joined, shaped: list[tuple[int, int, str]]
    ) -> None:
        """ASCII lines: a digit is a 9 and an "@" stays in the shape, so the shape alone says whether
        the line can hold a value."""
        get = self._empty.get
        # Most lines of a log are dropped here: decide them in one comprehension and loop in Python
        # only over the lines kept.
        keep = [("9" in shape or "@" in shape) and get(shape, 0) < EMPTY_SHAPE_TRUST for shape in shapes]
        ends = list(accumulate(map(len, lines)))
        for index in compress(range(len(lines)), keep):
            line = lines[index]
            at = joined.add(line, ends[index] - len(line))
            if len(line) <= SHAPED_LINE:
                shaped.append((at, at + len(line), shapes[index]))

    def _select(self, lines: list[str], joined: _Joined, shaped: list[tuple[int, int, str]]) -> None:
        empty = self._empty
        search = MAY_HOLD_FORMAT.search
        ends = list(accumulate(map(len, lines)))
        for index in compress(range(len(lines)), [search(line) is not None for line in lines]):
            line = lines[index]
            short = len(line) <= SHAPED_LINE and line.isascii()
            shape = line.translate(SHAPE_TABLE) if short else ""
            if not shape or empty.get(shape, 0) < EMPTY_SHAPE_TRUST:
                at = joined.add(line, ends[index] - len(line))
                if shape:
                    shaped.append((at, at + len(line), shape))

    def _learn(self, starts: list[int], shaped: list[tuple[int, int, str]]) -> None:
        """Count each shaped line as empty or not, by the findings that start inside it (`starts`:
        their joined offsets, in order)."""
        empty = self._empty
        for begin, end, shape in shaped:
            k = bisect_right(starts, begin - 1)
            has_finding = k < len(starts) and starts[k] < end
            if has_finding:
                empty[shape] = _NEVER
            elif shape in empty or len(empty) < SHAPE_CACHE_LIMIT:
                empty[shape] = empty.get(shape, 0) + 1
