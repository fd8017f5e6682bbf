"""Scans: files, folders, archives and mail (and, through `scan.database`, databases) into the ledger.

Seams shared with the database scanner: `ScanOptions` (options.py), `assess_asset` (assess.py) and
`PeopleCounter` (people.py). See docs/scan.md.
"""

from mamori.scan.assess import AssetAssessment, assess_asset
from mamori.scan.options import ScanOptions
from mamori.scan.people import PeopleCounter

__all__ = ["AssetAssessment", "PeopleCounter", "ScanOptions", "assess_asset"]
