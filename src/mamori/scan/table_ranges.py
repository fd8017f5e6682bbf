"""A large database table read in ranges of its primary key, each range on a Spark executor, merged on the
driver into what one read of the whole table gives.

The driver reads the first rows (the rows the local engine plans the columns from: the same query, in the
table's own order, with each row's key), decides the column plans from them and analyses them itself, as
the local engine does. Executors each read one range of keys in their own read-only transaction (the
engine settings of `create_read_only_engine`), leave out the rows the driver read, and run the same
`TableScanner` with the driver's plans. They send back only what a file's worker sends back: per-column
summaries (counts, masked preview and keyed hash of the first value), the people counter in its serialised
form, and counts. The driver merges them in key order: counts add up, the first value of a column is the
first range's that has one, and people counters merge associatively.

Differences from one local read, all on the side of reading more rather than less: each range is its own
snapshot (a row inserted or updated during the scan may be read by one range and not another), and the
scanner's per-column shape caches (which skip cells whose value shape held nothing many times running)
learn per range.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mamori.detect import Detector
from mamori.detect.header_words import header_for
from mamori.detect.types import FORMAT_DEFINED, EntityType
from mamori.ledger import NewFinding
from mamori.scan.collect import summarise
from mamori.scan.column_plan import ColumnPlan
from mamori.scan.column_table import ColumnCollector, ColumnTable, table_rows
from mamori.scan.options import ScanOptions
from mamori.scan.people import PeopleCounter
from mamori.scan.tables import TableScanner
from mamori.sources import Item, ItemKind
from mamori.sources.database import (
    ColumnInfo,
    ReadAs,
    ReadNotes,
    ReadSettings,
    TableInfo,
    TableName,
    create_read_only_engine,
    lift_statement_timeout,
    parse_target,
    read_keyed_rows,
    read_only,
)

# A range smaller than this costs more in a Spark task's start than its rows cost to read.
MIN_RANGE_ROWS = 500


@dataclass(frozen=True)
class Tally:
    """A column's whole-cell findings of one type (`TableScanner.take_tallies`), the first one summarised."""

    index: int
    code: EntityType
    subtype: str | None
    preview: str
    keyed_hash: str
    where: str
    count: int


@dataclass(frozen=True)
class RangeJob:
    """One range of keys, both ends included, and what an executor needs to read and analyse it. `url`
    carries the database's credentials: it travels inside the task, as the installation key does, and
    under the same transport rules (`spark_engine.check_key_transport`)."""

    url: str
    table: TableName
    location: str
    dialect: str
    columns: tuple[ColumnInfo, ...]
    key_column: str
    low: int
    high: int
    skip: frozenset[int]  # keys of the first rows, which the driver read and analysed
    decided: tuple[ColumnPlan, ...]


@dataclass
class RangeResult:
    findings: list[NewFinding] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    people: bytes = b""
    rows: int = 0
    truncated: set[str] = field(default_factory=set)
    binary: set[str] = field(default_factory=set)


# Reads the jobs `plan(n)` makes for about `n` ranges (the engine's partitions), results in job order;
# raises when a range could not be read after the engine's retries.
RangeRunner = Callable[[Callable[[int], list[RangeJob]], bytes, ScanOptions], list[RangeResult]]


def range_key(info: TableInfo) -> str | None:
    """The table's single-column integer primary key, if it has one: keys that split into ranges."""
    if len(info.primary_key) != 1:
        return None
    column = next((c for c in info.columns if c.name == info.primary_key[0]), None)
    if column is None or column.read_as is not ReadAs.NUMBER or "INT" not in column.type_name.upper():
        return None
    return column.name


def split(bounds: tuple[int, int], rows: int, wanted: int) -> list[tuple[int, int]]:
    """`bounds` cut into at most `wanted` ranges of equal width, of about `MIN_RANGE_ROWS` rows or more."""
    low, high = bounds
    count = max(1, min(wanted, rows // MIN_RANGE_ROWS, high - low + 1))
    width = (high - low + 1) / count
    edges = [low + round(width * i) for i in range(count)] + [high + 1]
    return [(edges[i], edges[i + 1] - 1) for i in range(count)]


def tallies_of(scanner: TableScanner, item: Item, table: ColumnTable, key: bytes) -> list[Tally]:
    """The scanner's tallies (`feed(flush=False)`), their first values summarised where they were read."""
    out: list[Tally] = []
    for index, code, subtype, value, row, count in scanner.take_tallies():
        preview, hashed = summarise(code, value, key)
        out.append(
            Tally(index, code, subtype, preview, hashed, item.locate(table.fragment(row, index)), count)
        )
    return out


def merge_parts(collector: ColumnCollector, people: PeopleCounter, parts: list[RangeResult]) -> int:
    """Ranges' results into the driver's collector and counter (which hold the first rows' already), in
    the order the local engine would have met them; returns the rows they read. The tallies go in last,
    as the local scanner flushes them once its rows are done."""
    for part in parts:
        for f in part.findings:
            code = EntityType(f.type)
            where = f.location or ""
            collector.merge_group(code, f.subtype, where, where, f.count, f.preview or "", f.keyed_hash or "")
        people.merge_bytes(part.people)
    return sum(part.rows for part in parts)


def flush_tallies(collector: ColumnCollector, tallies: list[list[Tally]]) -> None:
    """Each column's tallies, first value from the first list that has one, counts added."""
    merged: dict[tuple[int, EntityType], Tally] = {}
    counts: dict[tuple[int, EntityType], int] = {}
    for part in tallies:
        for tally in part:
            at = (tally.index, tally.code)
            merged.setdefault(at, tally)
            counts[at] = counts.get(at, 0) + tally.count
    for at, t in merged.items():
        collector.merge_group(t.code, t.subtype, t.where, t.where, counts[at], t.preview, t.keyed_hash)


# -- on an executor -----------------------------------------------------------------------------------

_detectors: dict[tuple[bool, float], tuple[Detector, Detector | None]] = {}


def _detectors_for(options: ScanOptions) -> tuple[Detector, Detector | None]:
    """The detectors, made once per Python worker (the full one loads the morphological dictionary)."""
    wanted = (options.fast, options.min_score)
    if wanted not in _detectors:
        _detectors[wanted] = (
            Detector(types=FORMAT_DEFINED, min_score=options.min_score),
            None if options.fast else Detector(min_score=options.min_score),
        )
    return _detectors[wanted]


def read_range(key: bytes, options: ScanOptions, job: RangeJob) -> RangeResult:
    """Runs on an executor: one range of the table through the driver's column plans. Raises what the
    database raises; Spark then tries the range again, and the driver reads the table itself if it fails
    every time."""
    if options.store_values:  # the driver refuses this too: raw values never leave an executor
        raise ValueError("store_values is not allowed on Spark executors")
    format_detector, full_detector = _detectors_for(options)
    collector = ColumnCollector(key, store_values=False)
    people = PeopleCounter(key)
    scanner = TableScanner(
        format_detector=format_detector,
        full_detector=full_detector,
        collector=collector,
        people=people,
        sample=options.column_sample,
    )
    scanner.adopt(list(job.decided), job.location)
    notes = ReadNotes()
    target = parse_target(job.url)
    engine = create_read_only_engine(target, ReadSettings())
    columns = list(job.columns)
    try:
        with read_only(engine) as connection:
            lift_statement_timeout(connection)
            keyed = read_keyed_rows(
                connection, job.table, columns, job.key_column, between=(job.low, job.high), notes=notes
            )
            cells: Iterator[list[str | None]] = (row for k, row in keyed if k not in job.skip)
            table = ColumnTable(
                header=[header_for(c.name) for c in columns],
                rows=table_rows(cells, columns),
                names=tuple(c.name for c in columns),
            )
            path = Path(target.url.database or "") if job.dialect == "sqlite" else Path()
            item = Item(job.location, ItemKind.TABLE, job.dialect, path, table=table)
            scanner.feed(item, table, [], table.rows, flush=False)
    finally:
        engine.dispose()
    return RangeResult(
        findings=collector.findings(),
        tallies=tallies_of(scanner, item, table, key),
        people=people.to_bytes(),
        rows=scanner.rows,
        truncated=notes.truncated,
        binary=notes.binary,
    )
