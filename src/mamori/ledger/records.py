"""The dataclasses that cross the ledger's boundary. Callers never see ORM rows or sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

JsonDict = dict[str, Any]

IncidentStatus = Literal["open", "closed"]
ScanStatus = Literal["running", "done", "interrupted"]
AssetState = Literal["ok", "error", "skipped"]


@dataclass(frozen=True)
class NewDeadline:
    """A duty with a due date, e.g. kind `preliminary_report`, label `速報`; `due_on` None = 速やかに."""

    kind: str
    label: str
    due_on: date | None = None


@dataclass(frozen=True)
class Deadline:
    id: int
    incident_id: int
    incident_title: str
    kind: str
    label: str
    due_on: date | None
    closed_at: datetime | None
    closed_by_event_id: int | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class NewIncident:
    title: str
    facts: JsonDict
    discovered_on: date
    deadlines: tuple[NewDeadline, ...] = ()


@dataclass(frozen=True)
class Incident:
    id: int
    title: str
    facts: JsonDict
    discovered_on: date
    created_at: datetime
    status: IncidentStatus


@dataclass(frozen=True)
class IncidentEvent:
    id: int
    incident_id: int
    at: datetime
    text: str
    closed_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scan:
    id: int
    started_at: datetime
    finished_at: datetime | None
    roots: tuple[str, ...]
    status: ScanStatus
    counts: dict[str, int]


@dataclass(frozen=True)
class NewFinding:
    """One kind of value found in an asset, summarised: never the value itself.

    `keyed_hash` is the HMAC-SHA256 hex of the value (`mamori.privacy.keys.keyed_hash`) and `preview` a
    masked preview. `raw_value` is refused unless the ledger was opened with `store_values=True`, which
    the scanner does only for `--store-values`.
    """

    type: str
    count: int
    preview: str
    keyed_hash: str
    subtype: str | None = None
    location: str | None = None
    raw_value: str | None = None


@dataclass(frozen=True)
class FindingSummary:
    id: int
    asset_id: int
    type: str
    subtype: str | None
    count: int
    preview: str
    keyed_hash: str
    location: str | None
    raw_value: str | None


@dataclass(frozen=True)
class NewAsset:
    """What the scanner learned about one item (file, sheet, table, mail part…).

    `location` is a URI; any user name, password or token in it is removed before storage.
    `mtime_ns` is `os.stat().st_mtime_ns`, stored as an integer so that re-scan comparisons are exact.
    """

    location: str
    kind: str
    state: AssetState = "ok"
    size: int | None = None
    mtime_ns: int | None = None
    content_hash: str | None = None
    encoding: str | None = None
    error: str | None = None
    people_estimate: int | None = None
    people_method: str | None = None
    appi_class: str | None = None
    sensitive: bool = False
    report_triggers: tuple[str, ...] = ()
    jnsa_yen: int | None = None
    exposure: JsonDict = field(default_factory=dict)
    owner: str | None = None


@dataclass(frozen=True)
class Asset:
    id: int
    scan_id: int
    location: str
    kind: str
    state: AssetState
    size: int | None
    mtime_ns: int | None
    content_hash: str | None
    encoding: str | None
    error: str | None
    people_estimate: int | None
    people_method: str | None
    appi_class: str | None
    sensitive: bool
    report_triggers: tuple[str, ...]
    jnsa_yen: int | None
    exposure: JsonDict
    owner: str | None


@dataclass(frozen=True)
class NewControlCheck:
    """A self-assessment to store: `answers` is the answers file as read back (answerer, date, settings,
    answers), `result` what `mamori check --json` prints (measures, findings, plan)."""

    answered_on: date
    answerer: str
    answers: JsonDict
    result: JsonDict
    scan_id: int | None = None


@dataclass(frozen=True)
class ControlCheck:
    id: int
    created_at: datetime
    answered_on: date
    answerer: str
    scan_id: int | None
    answers: JsonDict
    result: JsonDict
