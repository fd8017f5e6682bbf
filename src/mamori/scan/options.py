"""What the user asked of a scan, passed unchanged to every source scanner (files, databases)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from mamori.sources import Limits

DEFAULT_SAMPLE_ROWS = 200  # rows of an unlabelled file column read to decide what it holds
DEFAULT_TABLE_SAMPLE_ROWS = 1_000  # rows read per database table unless --full


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ScanOptions:
    """`workers` processes; `full` re-reads what is unchanged; `fast` keeps to format-defined types and
    column headers (no morphological analysis); `sample`, when given, sets both the rows of an unlabelled
    column read to decide what it holds (`column_sample`, default 200) and the rows a database scan reads
    per table without `full` (`table_sample`, default 1,000, as issue 7 asks); `store_values`
    keeps raw values in the ledger (off by default); `min_score` is the detector's threshold;
    `retention_days` is the age past which a file is flagged for a retention review."""

    workers: int = field(default_factory=default_workers)
    full: bool = False
    fast: bool = False
    sample: int | None = None
    store_values: bool = False
    min_score: float = 0.5
    follow_symlinks: bool = False
    limits: Limits = field(default_factory=Limits)
    retention_days: int = 365 * 5
    # Left out of folder walks: version-control folders always; these gitignore-style patterns; the
    # root's .gitignore when `gitignore`.
    exclude: tuple[str, ...] = ()
    gitignore: bool = True

    @property
    def column_sample(self) -> int:
        return self.sample or DEFAULT_SAMPLE_ROWS

    @property
    def table_sample(self) -> int:
        return self.sample or DEFAULT_TABLE_SAMPLE_ROWS
