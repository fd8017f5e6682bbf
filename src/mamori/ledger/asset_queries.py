"""The assets of one scan, filtered, paged and counted in the database: what a dashboard shows of a
ledger of a hundred thousand assets without loading them all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import String, cast, func, select
from sqlalchemy.sql.elements import ColumnElement

from mamori.ledger.models import AssetRow, FindingSummaryRow
from mamori.ledger.records import Asset
from mamori.ledger.scans import _asset
from mamori.ledger.session import Transactions


@dataclass(frozen=True)
class AssetFilter:
    """What to show; None leaves a criterion out. `location_prefix` is a location URI (a folder's)."""

    appi_class: str | None = None
    kind: str | None = None
    finding_type: str | None = None
    location_prefix: str | None = None
    exposure_flag: str | None = None
    owner: str | None = None
    personal_only: bool = True


@dataclass(frozen=True)
class AssetPage:
    assets: tuple[Asset, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class ClassCount:
    appi_class: str
    assets: int
    people: int


def _flag_pattern(flag: str) -> str:
    # Flags sit in the JSON list `flags`; matching the quoted code after that key keeps a column header
    # of the same spelling (stored under `columns`, after `flags`) from counting.
    return f'%"flags": [%"{flag}"%]%'


def _conditions(scan_id: int, wanted: AssetFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = [AssetRow.scan_id == scan_id]
    if wanted.personal_only:
        found.append(AssetRow.appi_class.is_not(None))
    if wanted.appi_class:
        found.append(AssetRow.appi_class == wanted.appi_class)
    if wanted.kind:
        found.append(AssetRow.kind == wanted.kind)
    if wanted.owner:
        found.append(AssetRow.owner == wanted.owner)
    if wanted.location_prefix:
        found.append(AssetRow.location.startswith(wanted.location_prefix, autoescape=True))
    if wanted.exposure_flag:
        found.append(cast(AssetRow.exposure, String).like(_flag_pattern(wanted.exposure_flag)))
    if wanted.finding_type:
        # The finding rows of that type found through their index, then their assets: a correlated
        # EXISTS would look up every asset's findings in turn.
        found.append(
            AssetRow.id.in_(
                select(FindingSummaryRow.asset_id).where(FindingSummaryRow.type == wanted.finding_type)
            )
        )
    return found


class AssetQueries:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def page(self, scan_id: int, wanted: AssetFilter, *, offset: int = 0, limit: int = 50) -> AssetPage:
        """Assets most people first (then by id), `limit` of them from `offset`, and how many match."""
        where = _conditions(scan_id, wanted)
        # Sorted as ids alone, then the page's rows fetched: sorting whole rows (their exposure JSON and
        # all) is what made a deep page of a large scan slow.
        ids = (
            select(AssetRow.id)
            .where(*where)
            .order_by(AssetRow.people_estimate.desc(), AssetRow.id)
            .offset(offset)
            .limit(limit)
        )
        with self._tx.begin() as session:
            total = int(
                session.execute(select(func.count()).select_from(AssetRow).where(*where)).scalar_one()
            )
            order = list(session.scalars(ids))
            rows = {r.id: r for r in session.scalars(select(AssetRow).where(AssetRow.id.in_(order)))}
            assets = tuple(_asset(rows[i]) for i in order)
        return AssetPage(assets, total, offset, limit)

    def class_counts(self, scan_id: int) -> list[ClassCount]:
        query = (
            select(AssetRow.appi_class, func.count(), func.coalesce(func.sum(AssetRow.people_estimate), 0))
            .where(AssetRow.scan_id == scan_id, AssetRow.appi_class.is_not(None))
            .group_by(AssetRow.appi_class)
        )
        with self._tx.begin() as session:
            return [ClassCount(str(c), int(n), int(p or 0)) for c, n, p in session.execute(query)]

    def exposure_counts(self, scan_id: int, flags: Sequence[str]) -> dict[str, int]:
        """How many assets holding personal data carry each exposure flag."""
        text = cast(AssetRow.exposure, String)
        columns = [func.count().filter(text.like(_flag_pattern(flag))) for flag in flags]
        if not columns:
            return {}
        query = select(*columns).where(AssetRow.scan_id == scan_id, AssetRow.appi_class.is_not(None))
        with self._tx.begin() as session:
            counts = session.execute(query).one()
        return {flag: int(n) for flag, n in zip(flags, counts, strict=True) if n}

    def kinds(self, scan_id: int) -> list[str]:
        query = (
            select(AssetRow.kind)
            .where(AssetRow.scan_id == scan_id, AssetRow.appi_class.is_not(None))
            .distinct()
            .order_by(AssetRow.kind)
        )
        with self._tx.begin() as session:
            return [str(k) for k in session.scalars(query)]

    def finding_types(self, scan_id: int) -> list[str]:
        query = (
            select(FindingSummaryRow.type)
            .join(AssetRow, FindingSummaryRow.asset_id == AssetRow.id)
            .where(AssetRow.scan_id == scan_id)
            .distinct()
            .order_by(FindingSummaryRow.type)
        )
        with self._tx.begin() as session:
            return [str(t) for t in session.scalars(query)]

    def asset(self, asset_id: int) -> Asset | None:
        with self._tx.begin() as session:
            row = session.get(AssetRow, asset_id)
            return None if row is None else _asset(row)
