"""Scans: files, folders, archives and mail (and, through `scan.database`, databases) into the ledger.

Seams shared with the database scanner: `ScanOptions` (options.py), `assess_asset` (assess.py) and
`PeopleCounter` (people.py). See docs/scan.md.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mamori.scan.assess import AssetAssessment, assess_asset
    from mamori.scan.options import ScanOptions
    from mamori.scan.people import PeopleCounter

# The names load on first use: a scan worker imports `mamori.scan.workers`, and with it this package,
# before it can take a file, and has no use for the legal assessment's tables (assess.py).
_HOMES = {
    "AssetAssessment": "mamori.scan.assess",
    "assess_asset": "mamori.scan.assess",
    "ScanOptions": "mamori.scan.options",
    "PeopleCounter": "mamori.scan.people",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)


__all__ = ["AssetAssessment", "PeopleCounter", "ScanOptions", "assess_asset"]
