"""Which scan the dashboard shows: the latest finished one, or the latest of any status before that."""

from __future__ import annotations

from mamori.ledger import Ledger, Scan


def current_scan(ledger: Ledger) -> Scan | None:
    return ledger.scans.latest(status="done") or ledger.scans.latest(status=None)
