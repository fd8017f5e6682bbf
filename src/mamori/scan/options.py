"""What the user asked of a scan, passed unchanged to every source scanner (files, databases)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from mamori.sources import Limits

DEFAULT_SAMPLE_ROWS = 200


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ScanOptions:
    """`workers` processes; `full` re-reads what is unchanged; `fast` keeps to format-defined types and
    column headers (no morphological analysis); `sample` rows of an unlabelled column are read to decide
    what it holds (database scanners may also read only this many rows of a large table); `store_values`
    keeps raw values in the ledger (off by default); `min_score` is the detector's threshold;
    `retention_days` is the age past which a file is flagged for a retention review."""

    workers: int = field(default_factory=default_workers)
    full: bool = False
    fast: bool = False
    sample: int = DEFAULT_SAMPLE_ROWS
    store_values: bool = False
    min_score: float = 0.5
    follow_symlinks: bool = False
    limits: Limits = field(default_factory=Limits)
    retention_days: int = 365 * 5
