"""The ledger: what mamori remembers — incidents with their timeline and deadlines, scans and their assets.

SQLAlchemy 2 underneath (SQLite by default, PostgreSQL or MariaDB by URL), schema kept by the Alembic
migrations shipped in `migrations/` and applied on open. Callers pass and receive the dataclasses of
`mamori.ledger.records`; no ORM object or session leaves the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from mamori.ledger.deadlines import (
    FINAL_REPORT,
    NOTIFY_INDIVIDUALS,
    PRELIMINARY_REPORT,
    deadlines_from_assessment,
    kinds_closed_by,
)
from mamori.ledger.errors import LedgerError, LedgerUnavailableError, NotFoundError, RawValueRefusedError
from mamori.ledger.locations import without_credentials
from mamori.ledger.records import (
    Asset,
    ControlCheck,
    Deadline,
    FindingSummary,
    Incident,
    IncidentEvent,
    NewAsset,
    NewControlCheck,
    NewDeadline,
    NewFinding,
    NewIncident,
    Scan,
)

if TYPE_CHECKING:
    from mamori.ledger.checks import ControlCheckRepository
    from mamori.ledger.incidents import IncidentRepository
    from mamori.ledger.ledger import Ledger, open_ledger
    from mamori.ledger.scans import ScanRepository

# The records are plain dataclasses that scan workers build; SQLAlchemy and Alembic (about half a second
# to import) load only when a ledger is opened, so a worker process starts without them.
_LAZY = {
    "ControlCheckRepository": "mamori.ledger.checks",
    "IncidentRepository": "mamori.ledger.incidents",
    "Ledger": "mamori.ledger.ledger",
    "open_ledger": "mamori.ledger.ledger",
    "ScanRepository": "mamori.ledger.scans",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "FINAL_REPORT",
    "NOTIFY_INDIVIDUALS",
    "PRELIMINARY_REPORT",
    "Asset",
    "ControlCheck",
    "ControlCheckRepository",
    "Deadline",
    "FindingSummary",
    "Incident",
    "IncidentEvent",
    "IncidentRepository",
    "Ledger",
    "LedgerError",
    "LedgerUnavailableError",
    "NewAsset",
    "NewControlCheck",
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
