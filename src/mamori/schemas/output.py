"""The JSON mamori prints, described as pydantic models: `mamori detect --json` (a list of findings) and
`mamori scan --json` (the report of `mamori.report.json.report_dict`).

These models are never used to build the output; they exist to publish its schema. Unknown keys are
refused (`additionalProperties: false`) so that a key added to the output without its model makes the
schema tests fail rather than the published schema silently fall behind.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.json_schema import SkipJsonSchema

from mamori.detect import EntityType
from mamori.ledger.records import AssetState, ScanStatus
from mamori.report.json import FORMAT_VERSION
from mamori.scan.assess import APPI_CLASSES

AppiClass = Literal[APPI_CLASSES]  # type: ignore[valid-type]  # the four classes, in Japanese
Count = Annotated[int, Field(ge=0)]


def _absent_when_unset(schema: dict[str, Any]) -> None:
    """A key the output leaves out when it has nothing to say (never `null`): no default to publish."""
    schema.pop("default", None)


def _optional() -> Any:
    return Field(default=None, json_schema_extra=_absent_when_unset)


class _Output(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class DetectedFinding(_Output):
    """One piece of personal data found in the input."""

    type: EntityType
    start: Count
    """Code-point offset into the decoded input (CSV/TSV: the whole file), inclusive."""
    end: Count
    """Code-point offset, exclusive: `text[start:end]` is the value as written."""
    score: Annotated[float, Field(ge=0, le=1)]
    reasons: list[str]
    """Why it was reported: validators, labels and context words (`validator:check_digit`, `label:電話`)."""
    subtype: str | SkipJsonSchema[None] = _optional()
    """SENSITIVE only: medical, criminal_record, creed, race, social_status, disability, crime_victim."""
    preview: str
    """The value masked (`090-****-5678`)."""
    value: str | SkipJsonSchema[None] = _optional()
    """The raw value: only with `--show-values`."""


DetectOutput = list[DetectedFinding]


class ScanInfo(_Output):
    id: int
    status: ScanStatus
    started_at: datetime
    finished_at: datetime | None
    roots: list[str]
    counts: dict[str, int]
    """Totals of the run: files, read, unchanged, errors, findings, bytes_read, people, databases, …"""


class ColumnDecision(_Output):
    """How the scanner read one column of a table: what it holds, how that was decided, whose it is."""

    column: str
    holds: str | None
    """The finding type the column holds, or null."""
    role: str | None
    why: str
    subject: str | SkipJsonSchema[None] = _optional()
    """Whose data the column is when not the row's own person (配偶者, 届け先, …)."""
    pass_rate: float | SkipJsonSchema[None] = _optional()
    """Share of sampled values that had the column's shape."""
    sheet: str | SkipJsonSchema[None] = _optional()


class FindingSummary(_Output):
    """One kind of value found in an asset, summarised: a masked preview, never the value by default."""

    type: str
    subtype: str | None
    count: Count
    preview: str
    location: str | None
    """Where the first one is (a URI with `#row=…&col=…`, `#line=…`, a table and column)."""
    value: str | SkipJsonSchema[None] = _optional()
    """The raw value: only with `--show-values` on a ledger scanned with `--store-values`."""


class AssetReport(_Output):
    """One asset (a file, a sheet, an archive member, a mail part, a database table)."""

    location: str
    kind: str
    state: AssetState
    error: str | None
    size: Count | None
    modified: datetime | None
    owner: str | None
    appi_class: AppiClass | None
    """The asset's class under the APPI, or null when it holds no personal information."""
    sensitive: bool
    people: Count
    people_method: str | None
    report_triggers_if_leaked: list[str]
    """規則7条 triggers a leak of this asset would meet (R7-1 …)."""
    jnsa_yen: int | None
    exposure: list[str]
    columns: list[str]
    """The column decisions of columns holding personal data, one line each, in Japanese."""
    column_decisions: list[ColumnDecision]
    readers: list[str]
    types: dict[str, Count]
    explanation: str
    findings: list[FindingSummary]


class ScanOutput(_Output):
    """A scan read back from the ledger, as `mamori scan --json` prints it."""

    model_config = ConfigDict(title="mamori scan report")

    format_version: Literal[FORMAT_VERSION]  # type: ignore[valid-type]  # a constant of report.json
    scan: ScanInfo
    ledger: str
    """The ledger's database URL."""
    people: Count
    people_explanation: str
    types: dict[str, Count]
    appi_classes: dict[AppiClass, Count]
    assets: list[AssetReport]


def detect_json_schema() -> dict[str, Any]:
    """The JSON Schema of `mamori detect --json`, as published in `schemas/detect.schema.json`."""
    schema = TypeAdapter(DetectOutput).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mamori detect findings",
        "description": "What `mamori detect --json` prints: every finding of the input, in order.",
        **schema,
    }


def scan_json_schema() -> dict[str, Any]:
    """The JSON Schema of `mamori scan --json`, as published in `schemas/scan.schema.json`."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **ScanOutput.model_json_schema()}
