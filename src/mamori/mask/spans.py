"""The findings of a whole file in the file's own text, as the masker sees it.

`mamori mask` detects a CSV/TSV cell by cell with its column's header, and any other text whole; this
gives the same findings with offsets into the decoded file, so `mamori detect FILE` and the benchmarks
report exactly what a mask run would replace.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from mamori.detect import Detector, Finding
from mamori.detect.aggregates import is_aggregate_table
from mamori.detect.column_kinds import ColumnKind
from mamori.detect.columns import column_meaning, table_headers
from mamori.detect.table_layout import table_layout
from mamori.mask.formats import format_for
from mamori.mask.formats.csv import DELIMITERS, Field, parse
from mamori.mask.formats.text import read_text


def file_findings(path: Path, detector: Detector) -> tuple[str, list[Finding]]:
    """The decoded text of `path` and its findings, in offsets of that text."""
    text, _ = read_text(path)
    fmt = format_for(path)
    if fmt.name not in DELIMITERS:
        return text, detector.detect(text)
    return text, list(table_findings(text, DELIMITERS[fmt.name], detector))


def table_findings(text: str, delimiter: str, detector: Detector) -> Iterator[Finding]:
    """Each cell below the header row detected with its column's header, as `mask` does: the header row
    and a headerless table's column names decided by content (`table_layout`)."""
    records = parse(text, delimiter)
    layout = table_layout(
        [[f.value for f in r.fields] for r in records[:200]],
        lambda cell: max((f.end - f.start for f in detector.detect(cell)), default=0),
    )
    start = 0 if layout.header_row is None else layout.header_row + 1
    for record in records[: max(0, start - 1)]:  # a title row above the header: text
        for cell in record.fields:
            if cell.value.strip():
                yield from _shifted(cell, detector.detect(cell.value))
    named = table_headers(layout.headers)
    header: list[str | None] = list(named)
    if is_aggregate_table(named):
        # a table of counts: its 傷病名 column names categories, so its cells are read as plain text
        header = [None if _sensitive(h) else h for h in named]
    for record in records[start:]:
        for position, cell in enumerate(record.fields):
            if not cell.value.strip():
                continue
            column = header[position] if position < len(header) else None
            yield from _shifted(cell, detector.detect(cell.value, column=column))


def _sensitive(header: str | None) -> bool:
    meaning = column_meaning(header)
    return meaning is not None and meaning.kind is ColumnKind.SENSITIVE


def _shifted(cell: Field, findings: list[Finding]) -> Iterator[Finding]:
    for finding in findings:
        start, end = _raw_offset(cell, finding.start), _raw_offset(cell, finding.end)
        yield Finding(start, end, finding.type, finding.score, finding.reasons, finding.subtype)


def _raw_offset(cell: Field, index: int) -> int:
    """Where the value's `index` sits in the file: after the opening quote, counting doubled quotes."""
    if not cell.quoted:
        return cell.start + index
    quotes = cell.value.count('"', 0, index)
    return cell.start + 1 + index + quotes
