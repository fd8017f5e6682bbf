"""The ledger: what mamori remembers — incidents with their timeline and deadlines, scans and their assets.

SQLAlchemy 2 underneath (SQLite by default, PostgreSQL or MariaDB by URL), schema kept by the Alembic
migrations shipped in `migrations/` and applied on open. Callers pass and receive the dataclasses of
`mamori.ledger.records`; no ORM object or session leaves the package.
"""

from __future__ import annotations

from mamori.ledger.deadlines import (
    FINAL_REPORT,
    NOTIFY_INDIVIDUALS,
    PRELIMINARY_REPORT,
    deadlines_from_assessment,
    kinds_closed_by,
)
from mamori.ledger.errors import LedgerError, LedgerUnavailableError, NotFoundError, RawValueRefusedError
from mamori.ledger.incidents import IncidentRepository
from mamori.ledger.ledger import Ledger, open_ledger
from mamori.ledger.locations import without_credentials
from mamori.ledger.records import (
    Asset,
    Deadline,
    FindingSummary,
    Incident,
    IncidentEvent,
    NewAsset,
    NewDeadline,
    NewFinding,
    NewIncident,
    Scan,
)
from mamori.ledger.scans import ScanRepository

__all__ = [
    "FINAL_REPORT",
    "NOTIFY_INDIVIDUALS",
    "PRELIMINARY_REPORT",
    "Asset",
    "Deadline",
    "FindingSummary",
    "Incident",
    "IncidentEvent",
    "IncidentRepository",
    "Ledger",
    "LedgerError",
    "LedgerUnavailableError",
    "NewAsset",
    "NewDeadline",
    "NewFinding",
    "NewIncident",
    "NotFoundError",
    "RawValueRefusedError",
    "Scan",
    "ScanRepository",
    "deadlines_from_assessment",
    "kinds_closed_by",
    "open_ledger",
    "without_credentials",
]
