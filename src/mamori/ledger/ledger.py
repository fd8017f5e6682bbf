"""`open_ledger`: connect, bring the schema up to date, hand out the repositories."""

from __future__ import annotations

from types import TracebackType

from alembic.util.exc import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from mamori.ledger.accounts import AccountRepository
from mamori.ledger.asset_queries import AssetQueries
from mamori.ledger.audit import AuditRepository
from mamori.ledger.checks import ControlCheckRepository
from mamori.ledger.connection import create_ledger_engine, display_name, resolve_url
from mamori.ledger.errors import LedgerUnavailableError
from mamori.ledger.incidents import IncidentRepository
from mamori.ledger.migrate import current_revision, head_revision, upgrade
from mamori.ledger.scans import ScanRepository
from mamori.ledger.session import Transactions


class Ledger:
    """An open ledger. Use `incidents`, `scans`, `checks` (and for the web dashboard `asset_queries`,
    `accounts`, `audit`); close it (or use `with`) when done."""

    def __init__(self, engine: Engine, database: str, *, store_values: bool = False) -> None:
        self._engine = engine
        self.database = database
        self.store_values = store_values
        tx = Transactions(engine, database)
        self.incidents = IncidentRepository(tx)
        self.scans = ScanRepository(tx, store_values=store_values)
        self.checks = ControlCheckRepository(tx)
        self.asset_queries = AssetQueries(tx)
        self.accounts = AccountRepository(tx)
        self.audit = AuditRepository(tx)

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def schema_revision(self) -> str | None:
        with self._engine.connect() as connection:
            return current_revision(connection)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _migrate(engine: Engine, database: str) -> None:
    try:
        with engine.begin() as connection:
            known = head_revision()
            found = current_revision(connection)
            if found is not None and found != known and found.isdigit() and known and found > known:
                raise LedgerUnavailableError(
                    database,
                    f"新しい版の mamori で作成された台帳です（スキーマ {found}）。mamori を更新してください",
                )
            upgrade(connection)
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise LedgerUnavailableError(database, f"接続できません（{first}）") from None
    except CommandError as exc:
        raise LedgerUnavailableError(database, f"スキーマを更新できません（{exc}）") from None


def open_ledger(url: str | None = None, *, store_values: bool = False) -> Ledger:
    """Open (creating if needed) the ledger at `url` and apply pending migrations.

    `url` None → SQLite at `$MAMORI_HOME/ledger.db`; a path → SQLite there; otherwise a SQLAlchemy URL such
    as `postgresql+psycopg://user@host/db` or `mysql+pymysql://root@host/db`. Raises
    `LedgerUnavailableError` (message in Japanese, naming the database without its password).
    """
    resolved = resolve_url(url)
    database = display_name(resolved)
    engine = create_ledger_engine(resolved)
    try:
        _migrate(engine, database)
    except LedgerUnavailableError:
        engine.dispose()
        raise
    return Ledger(engine, database, store_values=store_values)
