"""Initial ledger schema: incidents with timeline and deadlines; scans, assets and finding summaries.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _utc() -> sa.types.TypeEngine[datetime]:
    # MariaDB drops fractional seconds unless asked; the models store naive UTC in this column.
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("discovered_on", sa.Date(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
    )
    op.create_index("ix_incidents_status", "incidents", ["status"])

    op.create_table(
        "incident_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "incident_id", sa.Integer(), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_incident_events_incident_id", "incident_events", ["incident_id"])

    op.create_table(
        "incident_deadlines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "incident_id", sa.Integer(), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("closed_at", _utc(), nullable=True),
        sa.Column(
            "closed_by_event_id",
            sa.Integer(),
            sa.ForeignKey("incident_events.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_incident_deadlines_incident_id", "incident_deadlines", ["incident_id"])

    op.create_table(
        "scans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("finished_at", _utc(), nullable=True),
        sa.Column("roots", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
    )
    op.create_index("ix_scans_status", "scans", ["status"])

    op.create_table(
        "assets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("scan_id", sa.Integer(), sa.ForeignKey("scans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("location_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=True),
        sa.Column("content_hash", sa.String(length=128), nullable=True),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("people_estimate", sa.BigInteger(), nullable=True),
        sa.Column("people_method", sa.Text(), nullable=True),
        sa.Column("appi_class", sa.String(length=64), nullable=True),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("report_triggers", sa.JSON(), nullable=False),
        sa.Column("jnsa_yen", sa.BigInteger(), nullable=True),
        sa.Column("exposure", sa.JSON(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=True),
    )
    op.create_index("ix_assets_scan_id", "assets", ["scan_id"])
    op.create_index("ix_assets_rescan", "assets", ["location_key", "size", "mtime_ns"])

    op.create_table(
        "finding_summaries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("asset_id", sa.Integer(), sa.ForeignKey("assets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("subtype", sa.String(length=40), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("preview", sa.String(length=200), nullable=False),
        sa.Column("keyed_hash", sa.String(length=64), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("raw_value", sa.Text(), nullable=True),
    )
    op.create_index("ix_finding_summaries_asset_id", "finding_summaries", ["asset_id"])
    op.create_index("ix_finding_summaries_type", "finding_summaries", ["type"])
    op.create_index("ix_finding_summaries_keyed_hash", "finding_summaries", ["keyed_hash"])


def downgrade() -> None:
    for table in (
        "finding_summaries",
        "assets",
        "scans",
        "incident_deadlines",
        "incident_events",
        "incidents",
    ):
        op.drop_table(table)
