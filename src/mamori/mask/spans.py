"""The findings of a whole file in the file's own text, as the masker sees it.

`mamori mask` detects a CSV/TSV cell by cell with its column's header, and any other text whole; this
gives the same findings with offsets into the decoded file, so `mamori detect FILE` and the benchmarks
report exactly what a mask run would replace.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from mamori.detect import Detector, Finding
from mamori.detect.columns import first_row_is_data, table_headers
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
    """Each cell below the header row detected with its column's header, as `mask` does (a first row of
    values is no header)."""
    records = parse(text, delimiter)
    names = [f.value for f in records[0].fields] if records else []
    body = records[1:]
    if first_row_is_data(
        names, lambda cell: max((f.end - f.start for f in detector.detect(cell)), default=0)
    ):
        names, body = [], records
    header = table_headers(names)
    for record in body:
        for position, cell in enumerate(record.fields):
            if not cell.value.strip():
                continue
            column = header[position] if position < len(header) else None
            for finding in detector.detect(cell.value, column=column):
                start, end = _raw_offset(cell, finding.start), _raw_offset(cell, finding.end)
                yield Finding(start, end, finding.type, finding.score, finding.reasons, finding.subtype)


def _raw_offset(cell: Field, index: int) -> int:
    """Where the value's `index` sits in the file: after the opening quote, counting doubled quotes."""
    if not cell.quoted:
        return cell.start + index
    quotes = cell.value.count('"', 0, index)
    return cell.start + 1 + index + quotes
