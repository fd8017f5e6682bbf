"""Bounds that keep one hostile or huge file from exhausting memory, disk or time."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1 << 20
GiB = 1 << 30


@dataclass(frozen=True, slots=True)
class Limits:
    max_depth: int = 5
    """How deep archives and mail attachments may nest inside one file."""
    max_total_uncompressed: int = 4 * GiB
    """Bytes that may be decompressed from all archives inside one file, nested ones included."""
    max_ratio: float = 250.0
    """Uncompressed / compressed size above which a large archive member is taken for a bomb."""
    ratio_min_bytes: int = 1 * MiB
    """Members smaller than this are never judged by their ratio alone: small repetitive files are
    normal."""
    max_dense_uncompressed: int = 4 * MiB
    """Bytes one file may inflate from members compressed more than `max_ratio` that are too small to be
    judged alone: thirty members just under `ratio_min_bytes` are a bomb all the same."""
    max_members: int = 10_000
    """Members one archive may have."""
    max_parse_bytes: int = 256 * MiB
    """Largest JSON, XML or HTML document or mail parsed whole: a larger JSON is read as plain text,
    larger XML and HTML are streamed as prose (their records are not read as tables), a larger mail is
    an error (the stdlib mail parser keeps the whole message in memory)."""
    text_chunk_chars: int = 256 * 1024
    """Largest text unit streamed from a text file (units end at a line break when there is one)."""
    max_line_chars: int = 16 * MiB
    """Longest line of a CSV or JSONL file; a longer one is an error rather than unbounded memory."""
    spool_bytes: int = 32 * MiB
    """Nested members needing random access are kept in memory up to this size, on disk beyond it."""
    max_repeated_cells: int = 200_000
    """Cells an OpenDocument spreadsheet may add by its repeat counts (`number-rows-repeated`,
    `number-columns-repeated`) in one file: a 2 KB file can ask for a thousand rows of 16,384 cells."""
    item_seconds: float = 60.0
    """Wall-clock time one item (a sheet, a member, an attachment) may take in a scan; past it the item
    is reported as too costly and the scan moves on."""
    encoding_probe_bytes: int = 16 * MiB
    """How far to look past an ASCII-only start of a text file for the bytes that tell its encoding."""


DEFAULT_LIMITS = Limits()
