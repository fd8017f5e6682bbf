"""Databases into the ledger: one asset per table or view, classified like any other table.

Each table is read in its own read-only transaction (so the locks a read takes last as long as that read):
its columns are described, the catalog says who can read it, and its rows — the first `options.table_sample`,
or all of them with `options.full` — stream through `TableScanner`, the same column classifier the file
scanner uses for spreadsheets. Column names written in romaji or English are read as Japanese headers
(`mamori.detect.header_words.header_for`). Anything wrong with one table (dropped mid-scan, a view that
fails, a lock held by a migration) becomes an asset in state `error` with a Japanese message naming it,
and the scan goes on. A database that cannot be reached at all (wrong password, host down) is recorded
the same way, under the database's location without credentials.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, NoSuchTableError, SQLAlchemyError

from mamori.detect import Detector
from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.header_words import header_for
from mamori.detect.types import FORMAT_DEFINED
from mamori.ledger import Ledger, NewAsset, NewFinding, without_credentials
from mamori.privacy import installation_key
from mamori.scan.assess import assess_asset
from mamori.scan.column_plan import ColumnPlan
from mamori.scan.column_table import ColumnCollector, ColumnTable, table_rows
from mamori.scan.options import ScanOptions
from mamori.scan.people import PeopleCounter
from mamori.scan.screen import LocationScreen, renamed
from mamori.scan.table_ranges import (
    RangeJob,
    RangeRunner,
    flush_tallies,
    merge_parts,
    range_key,
    split,
    tallies_of,
)
from mamori.scan.tables import TableScanner
from mamori.sources import Item, ItemKind
from mamori.sources.database import (
    VIA_JA,
    Access,
    ColumnInfo,
    DatabaseSourceError,
    DatabaseTarget,
    ReadAs,
    ReadNotes,
    ReadSettings,
    TableInfo,
    TableName,
    check_connection,
    count_rows,
    create_read_only_engine,
    describe,
    key_bounds,
    lift_statement_timeout,
    list_tables,
    parse_target,
    read_keyed_rows,
    read_only,
    read_rows,
    table_access,
)
from mamori.sources.database.errors import first_line

log = logging.getLogger(__name__)

KIND_JA = {"table": "テーブル", "view": "ビュー"}


@dataclass
class TableResult:
    asset: NewAsset
    findings: list[NewFinding] = field(default_factory=list)
    people: PeopleCounter | None = None
    # Persons a sampled table holds beyond those its sample named (its estimate minus the sample's count).
    unsampled: int = 0
    type_counts: dict[str, int] = field(default_factory=dict)
    sensitive_subtypes: set[str] = field(default_factory=set)


@dataclass
class DatabaseResult:
    """What a database scan adds to the scan-wide count: every person it met, once."""

    people: PeopleCounter
    unsampled: int
    locations: list[str]


@dataclass
class _Context:
    target: DatabaseTarget
    engine: Engine
    options: ScanOptions
    key: bytes
    format_detector: Detector
    full_detector: Detector | None
    sqlite_path: Path | None
    url: str = ""  # as given, credentials included: for executors reading key ranges (`table_ranges`)
    ranges: RangeRunner | None = None


def _readable(column: ColumnInfo) -> bool:
    """Dates and timestamps say nothing personal unless the column's name says they are birth dates."""
    if column.read_as is ReadAs.DATE:
        meaning = column_meaning(header_for(column.name))
        return meaning is not None and meaning.kind is ColumnKind.BIRTH_DATE
    return column.read_as not in (ReadAs.SKIP, ReadAs.UNSUPPORTED)


def _read_notes(info: TableInfo, notes: ReadNotes) -> list[str]:
    where = info.table.qualified
    out = [
        f"列 {where}.{c.name} は型 {c.type_name} のため読んでいません（対応していない型）"
        for c in info.columns
        if c.read_as is ReadAs.UNSUPPORTED
    ]
    out += [f"列 {where}.{n} は各値の先頭のみ読みました（大きな値）" for n in sorted(notes.truncated)]
    out += [
        f"列 {where}.{n} の一部の値はテキストでないバイナリのため読んでいません" for n in sorted(notes.binary)
    ]
    return out


# A sampled table whose scaled count falls in this range could be on either side of the 1,000 persons
# of 規則7条4号: it is read whole and counted exactly instead.
EXACT_BAND = (300, 5_000)
# A sample with fewer persons than this share of its rows has persons on several rows: not scalable.
RECURRING_SHARE = 0.9


def _people(counter: PeopleCounter, rows_read: int, total: int, sampled: bool) -> tuple[int, str]:
    result = counter.result()
    if not sampled or rows_read == 0:
        return result.count, f"全{rows_read:,}行を読んで数えた（正確な人数）。{result.method}"
    scaled = round(result.count * total / rows_read)
    return scaled, (
        f"{result.method}。先頭{rows_read:,}行の標本で数えた人数を、COUNT(*) で数えた全{total:,}行に"
        f"比例配分した推定値（{EXACT_BAND[0]:,}〜{EXACT_BAND[1]:,}人の範囲なら全行を読み直して正確に数える。"
        "この表は範囲外のため1,000人の判定は推定値によらず明らか）"
    )


def _needs_exact(counter: PeopleCounter, rows_read: int, total: int) -> bool:
    """Whether a sample's scaled count could be on the wrong side of 1,000 persons: close to it, or
    scaled from a sample in which persons recur (visits, prescriptions: 1,000 rows of 50 persons scale
    to nothing the whole table holds), where the estimate says nothing either way."""
    if rows_read == 0 or total <= rows_read:
        return False
    scaled = counter.count * total / rows_read
    if scaled < EXACT_BAND[0]:
        return False
    recurring = counter.count < rows_read * RECURRING_SHARE
    return scaled <= EXACT_BAND[1] or recurring


def _readers(access: Access) -> list[dict[str, object]]:
    return [{**r.to_dict(), "via_ja": VIA_JA.get(r.via, r.via)} for r in access.readers]


def _column_report(info: TableInfo, plans: list[ColumnPlan]) -> dict[str, dict[str, object]]:
    """Per column: its type, the header it was read as, and what the scanner decided it holds and why."""
    by_header = {p.header: p for p in plans}
    report: dict[str, dict[str, object]] = {}
    for column in info.columns:
        header = header_for(column.name)
        entry: dict[str, object] = {"type": column.type_name, "header": header, "read": _readable(column)}
        plan = by_header.get(header) if entry["read"] else None
        if plan is not None:
            entry.update({k: v for k, v in plan.to_dict().items() if k != "header"})
        report[column.name] = entry
    return report


@dataclass
class _Read:
    collector: ColumnCollector
    people: PeopleCounter
    plans: list[ColumnPlan]
    rows: int


def _scanner(ctx: _Context) -> tuple[TableScanner, ColumnCollector, PeopleCounter]:
    collector = ColumnCollector(ctx.key, store_values=ctx.options.store_values)
    people = PeopleCounter(ctx.key)
    scanner = TableScanner(
        format_detector=ctx.format_detector,
        full_detector=ctx.full_detector,
        collector=collector,
        people=people,
        sample=ctx.options.column_sample,
    )
    return scanner, collector, people


def _column_table(cells: Iterator[list[str | None]], columns: list[ColumnInfo]) -> ColumnTable:
    return ColumnTable(
        header=[header_for(c.name) for c in columns],
        rows=table_rows(cells, columns),
        names=tuple(c.name for c in columns),
    )


def _item(ctx: _Context, location: str, table: ColumnTable) -> Item:
    return Item(location, ItemKind.TABLE, ctx.target.dialect, ctx.sqlite_path or Path(), table=table)


def _read_table(
    ctx: _Context,
    name: TableName,
    location: str,
    columns: list[ColumnInfo],
    limit: int | None,
    notes: ReadNotes,
) -> _Read:
    """One pass over a table (its first `limit` rows, or all of them)."""
    scanner, collector, people = _scanner(ctx)
    with read_only(ctx.engine) as connection:
        if limit is None:
            lift_statement_timeout(connection)
        if columns:
            table = _column_table(read_rows(connection, name, columns, limit=limit, notes=notes), columns)
            scanner.scan(_item(ctx, location, table), table)
    return _Read(collector, people, scanner.plans, scanner.rows)


def _read_in_ranges(
    ctx: _Context,
    name: TableName,
    location: str,
    columns: list[ColumnInfo],
    key_column: str,
    total: int,
    notes: ReadNotes,
) -> _Read | None:
    """The whole table, its first rows here (planned from, as `_read_table` plans) and the rest in ranges
    of its key on the engine's executors (`table_ranges`); None when the ranges could not be read, for the
    caller to read the table here instead."""
    assert ctx.ranges is not None
    scanner, collector, people = _scanner(ctx)
    with read_only(ctx.engine) as connection:
        bounds = key_bounds(connection, name, key_column)
        head = list(
            read_keyed_rows(
                connection, name, columns, key_column, limit=ctx.options.column_sample, notes=notes
            )
        )
    table = _column_table(iter([cells for _, cells in head]), columns)
    item = _item(ctx, location, table)
    scanner.feed(item, table, scanner.plan(item, table, table.rows), iter(()), flush=False)
    first = tallies_of(scanner, item, table, ctx.key)
    if bounds is None or len(head) < ctx.options.column_sample:
        flush_tallies(collector, [first])  # every row was among the first: nothing left for ranges
        return _Read(collector, people, scanner.plans, scanner.rows)
    url = f"sqlite:///{ctx.sqlite_path}" if ctx.sqlite_path is not None else ctx.url
    skip = frozenset(k for k, _ in head)
    decided = tuple(scanner.decided)

    def plan(wanted: int) -> list[RangeJob]:
        return [
            RangeJob(
                url, name, location, ctx.target.dialect, tuple(columns), key_column, low, high, skip, decided
            )
            for low, high in split(bounds, total, wanted)
        ]

    try:
        parts = ctx.ranges(plan, ctx.key, ctx.options)
    except Exception:  # a range failed every attempt (what Spark says of it may quote a value)
        log.warning("%s: キー範囲ごとの並列読み取りに失敗したため、ドライバーで読み直します", location)
        return None
    rows = scanner.rows + merge_parts(collector, people, parts)
    flush_tallies(collector, [first, *(part.tallies for part in parts)])
    for part in parts:
        notes.truncated |= part.truncated
        notes.binary |= part.binary
    return _Read(collector, people, scanner.plans, rows)


def _read_whole(
    ctx: _Context, name: TableName, location: str, info: TableInfo, columns: list[ColumnInfo], total: int
) -> tuple[_Read, ReadNotes]:
    """Every row of the table: in key ranges on the engine's executors when there are more than a sample's
    worth and the table has a key to split by, else here."""
    key_column = range_key(info)
    if ctx.ranges is not None and columns and key_column is not None and total > ctx.options.table_sample:
        notes = ReadNotes()
        read = _read_in_ranges(ctx, name, location, columns, key_column, total, notes)
        if read is not None:
            return read, notes
    notes = ReadNotes()
    return _read_table(ctx, name, location, columns, None, notes), notes


def scan_table(ctx: _Context, name: TableName, kind: str) -> TableResult:
    """Raises SQLAlchemy's errors and `DatabaseSourceError`; the caller turns them into an error asset."""
    target, options = ctx.target, ctx.options
    location = target.location(name)
    with read_only(ctx.engine) as connection:
        info = describe(connection, name, kind)
        access = table_access(connection, name, ctx.sqlite_path)
        total = count_rows(connection, name)
    columns = [c for c in info.columns if _readable(c)]
    if options.full or total <= options.table_sample:
        read, notes = _read_whole(ctx, name, location, info, columns, total)
    else:
        notes = ReadNotes()
        read = _read_table(ctx, name, location, columns, options.table_sample, notes)
        if _needs_exact(read.people, read.rows, total):
            read, _ = _read_whole(ctx, name, location, info, columns, total)
    collector, people = read.collector, read.people
    sampled = read.rows < total
    count, method = _people(people, read.rows, total, sampled)
    assessment = assess_asset(collector.type_counts, collector.sensitive_subtypes, count, structured=True)
    column_report = _column_report(info, read.plans)
    sensitive_columns = sorted(
        {
            f.location.rsplit("column=", 1)[-1]
            for f in collector.findings()
            if f.type == "SENSITIVE" and f.location
        }
    )
    asset = NewAsset(
        location=location,
        kind=kind,
        people_estimate=count if assessment.personal else 0,
        people_method=method if assessment.personal else None,
        appi_class=assessment.appi_class,
        sensitive=assessment.sensitive,
        report_triggers=tuple(assessment.report_triggers),
        jnsa_yen=assessment.jnsa_yen,
        owner=access.owner,
        exposure={
            "database": target.dialect,
            "readers": _readers(access),
            "rows_read": read.rows,
            "rows_total": total,
            "sampled": sampled,
            "columns": column_report,
            "sensitive_columns": sensitive_columns,
            "explanation": assessment.explanation,
            "notes": list(access.notes) + _read_notes(info, notes),
        },
    )
    return TableResult(
        asset,
        collector.findings(),
        people if assessment.personal else None,
        max(0, count - people.count) if assessment.personal else 0,
        {str(k): v for k, v in collector.type_counts.items()},
        set(collector.sensitive_subtypes),
    )


def _error_message(name: TableName, kind: str, exc: BaseException, target: DatabaseTarget) -> str:
    what = f"{KIND_JA.get(kind, 'テーブル')} {name.qualified}"
    if isinstance(exc, NoSuchTableError):
        return f"{what} が見つかりません（スキャン中に削除された可能性があります）"
    if isinstance(exc, DatabaseSourceError):
        return exc.message
    detail = target.scrub(first_line(exc))
    vanished = any(m in detail for m in ("does not exist", "doesn't exist", "no such table"))
    if kind == "table" and isinstance(exc, DBAPIError) and vanished:
        return f"{what} が見つかりません（スキャン中に削除された可能性があります: {detail}）"
    return f"{what} を読めません（{detail}）"


def _tables(ctx: _Context) -> list[tuple[TableName, str]]:
    with read_only(ctx.engine) as connection:
        return [(name, kind) for name, kind in list_tables(connection) if ctx.target.wants(name)]


def _screened(
    result: TableResult, name: TableName, columns: list[str], screen: LocationScreen
) -> TableResult:
    """The result with every schema, table and column name that holds a value (a table named after a
    customer's e-mail address, a pivot column per phone number) masked wherever the ledger keeps it."""
    names = [name.qualified, name.name, *(name.schema or "",), *columns, *(header_for(c) for c in columns)]
    renames = screen.renames(names)
    if not renames:
        return result
    asset = result.asset
    shown = replace(
        asset,
        location=screen.location(asset.location),
        error=None if asset.error is None else str(renamed(asset.error, renames)),
        exposure=cast(dict[str, object], renamed(dict(asset.exposure), renames)),
    )
    findings = [
        replace(f, location=None if f.location is None else screen.location(f.location))
        for f in result.findings
    ]
    return replace(result, asset=shown, findings=findings)


def scan_database(
    url: str, ledger: Ledger, scan_id: int, options: ScanOptions, ranges: RangeRunner | None = None
) -> DatabaseResult | None:
    """Scan every table and view of the database at `url` into scan `scan_id` of `ledger`, then record
    the database as a whole: its distinct persons (a customer in three tables and a view is one person).
    With `ranges` (the Spark engine's), a table read whole that has more rows than a sample and an integer
    primary key is read in ranges of its key in parallel (`table_ranges`), with the same result.

    Never writes to the database. Problems become assets in state `error` whose message (Japanese) names
    the database, table, view or column; nothing raises for a database that cannot be read.
    """
    try:
        target = parse_target(url)
    except DatabaseSourceError as exc:
        log.warning("%s", exc.message)
        shown = without_credentials(url.split("#", 1)[0])
        ledger.scans.add_asset(
            scan_id, NewAsset(location=shown, kind="database", state="error", error=exc.message)
        )
        return None
    try:
        engine = create_read_only_engine(target, ReadSettings())
        check_connection(engine, target)
    except DatabaseSourceError as exc:
        log.warning("%s", exc.message)
        error = NewAsset(location=target.display, kind="database", state="error", error=exc.message)
        ledger.scans.add_asset(scan_id, error)
        return None
    sqlite_path = (
        Path(target.url.database or "").expanduser().resolve() if target.dialect == "sqlite" else None
    )
    ctx = _Context(
        target=target,
        engine=engine,
        options=options,
        key=installation_key(),
        format_detector=Detector(types=FORMAT_DEFINED, min_score=options.min_score),
        full_detector=None if options.fast else Detector(min_score=options.min_score),
        sqlite_path=sqlite_path,
        url=url,
        ranges=ranges,
    )
    whole = _Whole(PeopleCounter(ctx.key, method=DATABASE_PEOPLE_METHOD))
    screen = LocationScreen.for_scan(fast=options.fast, min_score=options.min_score)
    try:
        for name, kind in _tables(ctx):
            try:
                result = scan_table(ctx, name, kind)
            except (SQLAlchemyError, DatabaseSourceError) as exc:
                message = _error_message(name, kind, exc, target)
                result = TableResult(
                    NewAsset(location=target.location(name), kind=kind, state="error", error=message)
                )
            report = result.asset.exposure.get("columns")
            result = _screened(result, name, list(report) if isinstance(report, dict) else [], screen)
            if result.asset.error:
                log.warning("%s", result.asset.error)
            ledger.scans.add_asset(scan_id, result.asset, result.findings)
            whole.add(result)
    except SQLAlchemyError as exc:
        message = f"{target.display}: 表の一覧を読めません（{target.scrub(first_line(exc))}）"
        log.warning("%s", message)
        ledger.scans.add_asset(
            scan_id, NewAsset(location=target.display, kind="database", state="error", error=message)
        )
    finally:
        engine.dispose()
    if whole.tables:
        ledger.scans.add_asset(scan_id, whole.asset(target.display, target.dialect))
        whole.locations.append(target.display)
    return DatabaseResult(whole.people, whole.unsampled, whole.locations)


DATABASE_PEOPLE_METHOD = (
    "データベース全体: 表・ビューごとの人物を鍵付きハッシュで突き合わせ、複数の表・ビューに現れる"
    "同じ人物を1人として数えた（表ごとの人数の合計ではない）"
)


@dataclass
class _Whole:
    """The database as one asset: its persons once each, and every kind of data its tables hold."""

    people: PeopleCounter
    unsampled: int = 0
    tables: int = 0
    type_counts: dict[str, int] = field(default_factory=dict)
    sensitive_subtypes: set[str] = field(default_factory=set)
    locations: list[str] = field(default_factory=list)

    def add(self, result: TableResult) -> None:
        self.locations.append(result.asset.location)
        if result.people is None:
            return
        self.tables += 1
        self.people.merge(result.people)
        self.unsampled += result.unsampled
        for code, n in result.type_counts.items():
            self.type_counts[code] = self.type_counts.get(code, 0) + n
        self.sensitive_subtypes |= result.sensitive_subtypes

    def asset(self, location: str, dialect: str) -> NewAsset:
        count = self.people.count + self.unsampled
        method = self.people.method
        if self.unsampled:
            method += f"。標本で読んだ表の残りの推定{self.unsampled:,}人は突き合わせずに加えた"
        assessment = assess_asset(self.type_counts, self.sensitive_subtypes, count, structured=True)
        return NewAsset(
            location=location,
            kind="database",
            people_estimate=count,
            people_method=f"個人データを含む表・ビュー{self.tables}個。{method}",
            appi_class=assessment.appi_class,
            sensitive=assessment.sensitive,
            report_triggers=tuple(assessment.report_triggers),
            jnsa_yen=assessment.jnsa_yen,
            exposure={"database": dialect, "whole_database": True, "explanation": assessment.explanation},
        )
