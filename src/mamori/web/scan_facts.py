"""The aggregates of a scan the pages show beside its assets (assets by class, exposure, the kinds and
types to filter by), computed once per scan: a finished scan does not change, and counting a hundred
thousand assets on every page view would cost more than the page itself."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from mamori.ledger import Ledger, Scan
from mamori.ledger.asset_queries import ClassCount
from mamori.scan.exposure import EXPOSURE_LABELS


@dataclass(frozen=True)
class ScanFacts:
    classes: tuple[ClassCount, ...]
    exposure: dict[str, int]
    kinds: tuple[str, ...]
    finding_types: tuple[str, ...]


def count_scan(ledger: Ledger, scan_id: int) -> ScanFacts:
    queries = ledger.asset_queries
    return ScanFacts(
        classes=tuple(queries.class_counts(scan_id)),
        exposure=queries.exposure_counts(scan_id, list(EXPOSURE_LABELS)),
        kinds=tuple(queries.kinds(scan_id)),
        finding_types=tuple(queries.finding_types(scan_id)),
    )


class ScanFactsCache:
    """The facts of the scan last asked for. A running scan is counted afresh each time; a finished one
    is keyed by its status and end time, so a resumed (and finished again) scan is counted again."""

    def __init__(self) -> None:
        self._key: tuple[int, str, datetime | None] | None = None
        self._facts: ScanFacts | None = None
        self._lock = threading.Lock()

    def get(self, ledger: Ledger, scan: Scan) -> ScanFacts:
        if scan.status == "running":
            return count_scan(ledger, scan.id)
        key = (scan.id, scan.status, scan.finished_at)
        with self._lock:
            if self._key != key or self._facts is None:
                self._facts, self._key = count_scan(ledger, scan.id), key
            return self._facts
