"""Self-assessments of the 安全管理措置 (`mamori check`): answers, settings and result per run.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def _utc() -> sa.types.TypeEngine[datetime]:
    # as in 0001: MariaDB drops fractional seconds unless asked
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")


def upgrade() -> None:
    op.create_table(
        "control_checks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("answerer", sa.String(length=200), nullable=False),
        sa.Column("scan_id", sa.Integer(), sa.ForeignKey("scans.id", ondelete="SET NULL"), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("control_checks")
