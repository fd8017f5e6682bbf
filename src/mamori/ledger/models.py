"""ORM tables of the ledger. Private to the package: the repositories map rows to `records`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (portable across SQLite, PostgreSQL, MariaDB), returned as aware UTC."""

    impl = DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the ledger stores only timezone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        datetime: UTCDateTime,
        date: Date,
    }


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    facts: Mapped[dict[str, Any]]
    discovered_on: Mapped[date]
    created_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), index=True)

    events: Mapped[list[IncidentEventRow]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentEventRow.at"
    )
    deadlines: Mapped[list[DeadlineRow]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="DeadlineRow.id"
    )


class IncidentEventRow(Base):
    __tablename__ = "incident_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)

    incident: Mapped[IncidentRow] = relationship(back_populates="events")


class DeadlineRow(Base):
    __tablename__ = "incident_deadlines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(100))
    due_on: Mapped[date | None]
    closed_at: Mapped[datetime | None]
    closed_by_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident_events.id", ondelete="SET NULL")
    )

    incident: Mapped[IncidentRow] = relationship(back_populates="deadlines")


class ScanRow(Base):
    __tablename__ = "scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    roots: Mapped[list[str]]
    status: Mapped[str] = mapped_column(String(16), index=True)
    counts: Mapped[dict[str, Any]]


class AssetRow(Base):
    __tablename__ = "assets"
    __table_args__ = (Index("ix_assets_rescan", "location_key", "size", "mtime_ns"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"), index=True)
    location: Mapped[str] = mapped_column(Text)
    # SHA-256 of the location: an index on a TEXT column is not portable (MariaDB needs a prefix).
    location_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    size: Mapped[int | None] = mapped_column(BigInteger)
    mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    content_hash: Mapped[str | None] = mapped_column(String(128))
    encoding: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    people_estimate: Mapped[int | None] = mapped_column(BigInteger)
    people_method: Mapped[str | None] = mapped_column(Text)
    appi_class: Mapped[str | None] = mapped_column(String(64))
    sensitive: Mapped[bool] = mapped_column(Boolean)
    report_triggers: Mapped[list[str]]
    jnsa_yen: Mapped[int | None] = mapped_column(BigInteger)
    exposure: Mapped[dict[str, Any]]
    owner: Mapped[str | None] = mapped_column(String(200))

    findings: Mapped[list[FindingSummaryRow]] = relationship(
        back_populates="asset", cascade="all, delete-orphan", order_by="FindingSummaryRow.id"
    )


class FindingSummaryRow(Base):
    __tablename__ = "finding_summaries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    subtype: Mapped[str | None] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer)
    preview: Mapped[str] = mapped_column(String(200))
    keyed_hash: Mapped[str] = mapped_column(String(64), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    # The only column that may hold a personal value in clear: filled only under `--store-values`.
    raw_value: Mapped[str | None] = mapped_column(Text)

    asset: Mapped[AssetRow] = relationship(back_populates="findings")


class ControlCheckRow(Base):
    """One run of `mamori check`: the answers, the settings and the result (measures, findings, plan)."""

    __tablename__ = "control_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime]
    answered_on: Mapped[date]
    answerer: Mapped[str] = mapped_column(String(200))
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id", ondelete="SET NULL"))
    answers: Mapped[dict[str, Any]]
    result: Mapped[dict[str, Any]]
