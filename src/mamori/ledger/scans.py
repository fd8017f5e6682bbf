"""Scans, the assets they saw and the summaries of what was found in each asset."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mamori.ledger.errors import NotFoundError, RawValueRefusedError
from mamori.ledger.locations import location_key, without_credentials
from mamori.ledger.models import AssetRow, FindingSummaryRow, ScanRow
from mamori.ledger.records import (
    Asset,
    AssetState,
    FindingSummary,
    NewAsset,
    NewFinding,
    Scan,
    ScanStatus,
)
from mamori.ledger.session import Transactions

HMAC_HEX = re.compile(r"[0-9a-f]{64}")
# Asset kinds that are no file of the scanned folders: items inside a file, databases and their tables.
NOT_FILES = frozenset({"item", "database", "table", "view"})


@dataclass(frozen=True)
class ScanTotals:
    files: int
    errors: int
    findings: int


PREVIEW_MAX = 200


def _scan(row: ScanRow) -> Scan:
    status: ScanStatus = row.status  # type: ignore[assignment]
    counts = {str(k): int(v) for k, v in row.counts.items()}
    return Scan(row.id, row.started_at, row.finished_at, tuple(row.roots), status, counts)


def _asset(row: AssetRow) -> Asset:
    state: AssetState = row.state  # type: ignore[assignment]
    return Asset(
        id=row.id,
        scan_id=row.scan_id,
        location=row.location,
        kind=row.kind,
        state=state,
        size=row.size,
        mtime_ns=row.mtime_ns,
        content_hash=row.content_hash,
        encoding=row.encoding,
        error=row.error,
        people_estimate=row.people_estimate,
        people_method=row.people_method,
        appi_class=row.appi_class,
        sensitive=row.sensitive,
        report_triggers=tuple(row.report_triggers),
        jnsa_yen=row.jnsa_yen,
        exposure=dict(row.exposure),
        owner=row.owner,
    )


def _finding(row: FindingSummaryRow) -> FindingSummary:
    return FindingSummary(
        row.id,
        row.asset_id,
        row.type,
        row.subtype,
        row.count,
        row.preview,
        row.keyed_hash,
        row.location,
        row.raw_value,
    )


def _asset_row(scan_id: int, asset: NewAsset) -> AssetRow:
    location = without_credentials(asset.location)
    return AssetRow(
        scan_id=scan_id,
        location=location,
        location_key=location_key(location),
        kind=asset.kind,
        size=asset.size,
        mtime_ns=asset.mtime_ns,
        content_hash=asset.content_hash,
        encoding=asset.encoding,
        state=asset.state,
        error=asset.error,
        people_estimate=asset.people_estimate,
        people_method=asset.people_method,
        appi_class=asset.appi_class,
        sensitive=asset.sensitive,
        report_triggers=list(asset.report_triggers),
        jnsa_yen=asset.jnsa_yen,
        exposure=dict(asset.exposure),
        owner=asset.owner,
    )


class ScanRepository:
    def __init__(self, tx: Transactions, *, store_values: bool) -> None:
        self._tx = tx
        self._store_values = store_values

    def start(self, roots: Sequence[str]) -> Scan:
        row = ScanRow(
            started_at=datetime.now(UTC),
            roots=[without_credentials(r) for r in roots],
            status="running",
            counts={},
        )
        with self._tx.begin() as session:
            session.add(row)
            session.flush()
            return _scan(row)

    def finish(self, scan_id: int, counts: dict[str, int], *, interrupted: bool = False) -> Scan:
        with self._tx.begin() as session:
            row = self._scan_row(session, scan_id)
            row.status = "interrupted" if interrupted else "done"
            row.finished_at = datetime.now(UTC)
            row.counts = dict(counts)
            return _scan(row)

    def get(self, scan_id: int) -> Scan:
        with self._tx.begin() as session:
            return _scan(self._scan_row(session, scan_id))

    def all(self) -> list[Scan]:
        with self._tx.begin() as session:
            return [_scan(r) for r in session.scalars(select(ScanRow).order_by(ScanRow.id))]

    def latest(self, status: ScanStatus | None = "done") -> Scan | None:
        query = select(ScanRow).order_by(ScanRow.id.desc()).limit(1)
        if status is not None:
            query = query.where(ScanRow.status == status)
        with self._tx.begin() as session:
            row = session.scalars(query).first()
            return None if row is None else _scan(row)

    def add_asset(self, scan_id: int, asset: NewAsset, findings: Sequence[NewFinding] = ()) -> Asset:
        """Store an asset and its finding summaries together: both or neither."""
        rows = [self._finding_row(f) for f in findings]
        with self._tx.begin() as session:
            self._scan_row(session, scan_id)
            row = _asset_row(scan_id, asset)
            row.findings = rows
            session.add(row)
            session.flush()
            return _asset(row)

    def assets(self, scan_id: int) -> list[Asset]:
        query = select(AssetRow).where(AssetRow.scan_id == scan_id).order_by(AssetRow.id)
        with self._tx.begin() as session:
            self._scan_row(session, scan_id)
            return [_asset(r) for r in session.scalars(query)]

    def totals(self, scan_id: int) -> ScanTotals:
        """What a scan holds, counted in the ledger: the files (not the items inside them, nor database
        tables), those in error, and the findings — for a scan resumed over several runs."""
        by_kind = (
            select(AssetRow.kind, AssetRow.state, func.count())
            .where(AssetRow.scan_id == scan_id)
            .group_by(AssetRow.kind, AssetRow.state)
        )
        found = (
            select(func.coalesce(func.sum(FindingSummaryRow.count), 0))
            .join(AssetRow, FindingSummaryRow.asset_id == AssetRow.id)
            .where(AssetRow.scan_id == scan_id)
        )
        with self._tx.begin() as session:
            kinds = session.execute(by_kind).all()
            findings = int(session.execute(found).scalar_one())
        files = sum(n for kind, _, n in kinds if kind not in NOT_FILES)
        errors = sum(n for kind, state, n in kinds if state == "error" and kind != "database")
        return ScanTotals(files=files, errors=errors, findings=findings)

    def findings(self, asset_id: int) -> list[FindingSummary]:
        with self._tx.begin() as session:
            return [_finding(f) for f in self._asset_row(session, asset_id).findings]

    def findings_of_scan(self, scan_id: int) -> dict[int, list[FindingSummary]]:
        """Every finding summary of a scan by asset id, in one query (a report over thousands of assets)."""
        query = (
            select(FindingSummaryRow)
            .join(AssetRow, FindingSummaryRow.asset_id == AssetRow.id)
            .where(AssetRow.scan_id == scan_id)
            .order_by(FindingSummaryRow.id)
        )
        out: dict[int, list[FindingSummary]] = {}
        with self._tx.begin() as session:
            for row in session.scalars(query):
                out.setdefault(row.asset_id, []).append(_finding(row))
        return out

    def previous_asset(
        self,
        location: str,
        *,
        size: int | None,
        mtime_ns: int | None,
        content_hash: str | None = None,
        before_scan: int | None = None,
    ) -> Asset | None:
        """The latest analysed (`ok`) asset here with the same size and mtime (and content hash, if given).

        If there is one, the item is unchanged since that scan and need not be read again: `carry_forward` it.
        """
        stored = without_credentials(location)
        query = (
            select(AssetRow)
            .where(
                AssetRow.location_key == location_key(stored),
                AssetRow.state == "ok",
                AssetRow.size.is_(None) if size is None else AssetRow.size == size,
                AssetRow.mtime_ns.is_(None) if mtime_ns is None else AssetRow.mtime_ns == mtime_ns,
            )
            .order_by(AssetRow.scan_id.desc(), AssetRow.id.desc())
            .limit(1)
        )
        if content_hash is not None:
            query = query.where(AssetRow.content_hash == content_hash)
        if before_scan is not None:
            query = query.where(AssetRow.scan_id < before_scan)
        with self._tx.begin() as session:
            row = session.scalars(query).first()
            return None if row is None or row.location != stored else _asset(row)

    def carry_forward(
        self,
        asset_id: int,
        scan_id: int,
        *,
        mtime_ns: int | None = None,
        exposure: dict[str, Any] | None = None,
    ) -> Asset:
        """Copy an unchanged asset and its finding summaries into a new scan without reading it again;
        `mtime_ns` is the file's modification time now, when only that changed (a `touch`), so the next
        scan finds it unchanged by size and time without hashing it again; `exposure` replaces the
        stored one (permissions and age change without the bytes changing)."""
        with self._tx.begin() as session:
            self._scan_row(session, scan_id)
            old = self._asset_row(session, asset_id)
            fields = {c.key: getattr(old, c.key) for c in AssetRow.__table__.columns if c.key not in ("id",)}
            if mtime_ns is not None:
                fields["mtime_ns"] = mtime_ns
            if exposure is not None:
                fields["exposure"] = dict(exposure)
            row = AssetRow(**{**fields, "scan_id": scan_id})
            row.findings = [
                FindingSummaryRow(
                    type=f.type,
                    subtype=f.subtype,
                    count=f.count,
                    preview=f.preview,
                    keyed_hash=f.keyed_hash,
                    location=f.location,
                    raw_value=f.raw_value,
                )
                for f in old.findings
            ]
            session.add(row)
            session.flush()
            return _asset(row)

    def _finding_row(self, finding: NewFinding) -> FindingSummaryRow:
        if finding.raw_value is not None and not self._store_values:
            raise RawValueRefusedError(
                "raw values are stored only when the ledger is opened with store_values=True (--store-values)"
            )
        if not HMAC_HEX.fullmatch(finding.keyed_hash):
            raise ValueError("keyed_hash must be the lowercase HMAC-SHA256 hex digest of the value")
        if len(finding.preview) > PREVIEW_MAX:
            raise ValueError(f"a masked preview is at most {PREVIEW_MAX} characters")
        if finding.count < 1:
            raise ValueError("a finding summary counts at least one occurrence")
        return FindingSummaryRow(
            type=finding.type,
            subtype=finding.subtype,
            count=finding.count,
            preview=finding.preview,
            keyed_hash=finding.keyed_hash,
            location=finding.location,
            raw_value=finding.raw_value,
        )

    @staticmethod
    def _scan_row(session: Session, scan_id: int) -> ScanRow:
        row = session.get(ScanRow, scan_id)
        if row is None:
            raise NotFoundError(f"スキャン {scan_id} は台帳にありません")
        return row

    @staticmethod
    def _asset_row(session: Session, asset_id: int) -> AssetRow:
        row = session.get(AssetRow, asset_id)
        if row is None:
            raise NotFoundError(f"資産 {asset_id} は台帳にありません")
        return row
