"""One file, read once: every item in it (sheets, members, attachments) into one summary.

Runs inside a worker process. Prose goes through the detector unit by unit; tables through
`TableScanner`. People are counted per subject: the persons of each row in tables, each named person with
the details that follow it in prose (`prose_people.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from mamori.detect import Detector
from mamori.detect.types import FORMAT_DEFINED, EntityType
from mamori.ledger import NewFinding
from mamori.scan.budget import TOO_COSTLY_JA, ItemBudget, ItemOvertime
from mamori.scan.collect import Collector
from mamori.scan.file_memory import FileMemory
from mamori.scan.people import PROSE_METHOD, ROWS_METHOD, PeopleCounter
from mamori.scan.prose import ProseScanner
from mamori.scan.prose_people import ProsePeople
from mamori.scan.repeats import RepeatingDetector
from mamori.scan.screen import LocationScreen
from mamori.scan.tables import TableScanner
from mamori.scan.text_columns import TextColumns
from mamori.sources import Item, ItemError, ItemKind, Limits, TextUnit, iter_items
from mamori.sources.location import file_uri

# Prose units of the fast pipeline go to the detector in batches of about this many characters.
PROSE_BATCH_CHARS = 1 << 15
TOO_COSTLY_EN = "item took longer than its time budget: skipped"


@dataclass(frozen=True)
class ItemProblem:
    location: str
    reason_ja: str
    reason_en: str


@dataclass
class FileAnalysis:
    """What a worker sends back for one file: summaries only, never values (unless store_values); every
    location and header in it screened (`LocationScreen`)."""

    type_counts: dict[str, int] = field(default_factory=dict)
    sensitive_subtypes: list[str] = field(default_factory=list)
    findings: list[NewFinding] = field(default_factory=list)
    people: bytes = b""  # the file's persons, tables and prose together (`PeopleCounter.to_bytes`)
    people_count: int = 0
    people_exact: bool = True
    table_rows: int = 0
    person_rows: int = 0
    prose_people: int = 0
    items: int = 0
    encoding: str | None = None
    format: str | None = None
    structured: bool = False
    problems: list[ItemProblem] = field(default_factory=list)
    columns: list[dict[str, object]] = field(default_factory=list)


class Analyser:
    """Reusable per worker: detectors are built once."""

    def __init__(self, key: bytes, *, fast: bool, sample: int, min_score: float, limits: Limits) -> None:
        self.key = key
        self.fast = fast
        self.sample = sample
        self.limits = limits
        self.format_detector = Detector(types=FORMAT_DEFINED, min_score=min_score)
        # a document's cells and paragraphs repeat: the full detector reads each short text once
        self.full_detector = None if fast else RepeatingDetector(min_score=min_score)
        self.screen = LocationScreen.for_scan(fast=fast, min_score=min_score)

    def analyse(self, path: Path, *, store_values: bool) -> FileAnalysis:
        result = FileAnalysis()
        collector = Collector(self.key, store_values=store_values)
        rows = PeopleCounter(self.key, method=ROWS_METHOD)
        prose = PeopleCounter(self.key, method=PROSE_METHOD)
        items = iter_items(path, limits=self.limits)
        budget = ItemBudget(self.limits.item_seconds)
        memory = FileMemory()  # what the file's documents tell about its persons (a mailbox's messages)
        with budget.armed():
            while True:
                budget.start()
                item: Item | ItemError | None = None
                try:
                    item = next(items, None)
                    if item is None:
                        break
                    self._item(item, result, collector, rows, prose, budget, memory)
                except ItemOvertime:
                    # Past its budget while being read (`item` None): the reader is gone, and the rest of
                    # the file with it. Past it while being analysed: the next item is read as usual.
                    where = file_uri(path) if item is None else item.location
                    result.problems.append(ItemProblem(where, TOO_COSTLY_JA, TOO_COSTLY_EN))
                    if item is None:
                        break
                finally:
                    budget.stop()
        memory.finish(prose)
        result.type_counts = {str(code): n for code, n in collector.type_counts.items()}
        result.sensitive_subtypes = sorted(collector.sensitive_subtypes)
        result.findings = [replace(f, location=self._where(f.location)) for f in collector.findings()]
        result.problems = [replace(p, location=self.screen.location(p.location)) for p in result.problems]
        result.prose_people = prose.count
        rows.merge(prose)  # a person named in a memo and listed in a sheet of the same file is one person
        result.people = rows.to_bytes()
        result.people_count = rows.count
        result.people_exact = rows.exact
        return result

    def _where(self, location: str | None) -> str | None:
        return None if location is None else self.screen.location(location)

    def _item(
        self,
        item: Item | ItemError,
        result: FileAnalysis,
        collector: Collector,
        rows: PeopleCounter,
        prose: PeopleCounter,
        budget: ItemBudget,
        memory: FileMemory,
    ) -> None:
        if isinstance(item, ItemError):
            result.problems.append(ItemProblem(item.location, item.reason_ja, item.reason_en))
            return
        result.items += 1
        if result.format is None:
            result.format = item.format
        if result.encoding is None and item.encoding:
            result.encoding = item.encoding
        if item.table is not None:
            scanner = TableScanner(
                format_detector=self.format_detector,
                full_detector=self.full_detector,
                collector=collector,
                people=rows,
                sample=self.sample,
            )
            before = collector.total
            try:
                scanner.scan(item, replace(item.table, rows=budget.watch(item.table.rows)))
            finally:  # the rows read before an overrun still count
                result.table_rows += scanner.rows
                result.person_rows += scanner.person_rows
                result.structured |= collector.total > before
            sheet = item.table.sheet
            result.columns.extend(
                self.screen.column({**p.to_dict(), **({"sheet": sheet} if sheet else {})})
                for p in scanner.plans
            )
        elif item.kind is not ItemKind.BINARY:
            self._prose(item, budget.watch(item.units), collector, prose, result, memory)

    def _prose(
        self,
        item: Item,
        units: Iterator[TextUnit],
        collector: Collector,
        people: PeopleCounter,
        result: FileAnalysis,
        memory: FileMemory,
    ) -> None:
        if self.full_detector is None:
            self._prose_fast(item, units, collector, people)
            return
        persons = ProsePeople(people, item.location, memory=memory)
        columns = TextColumns()
        for unit in units:
            text = unit.text
            found = self.full_detector.detect(text)
            for f in found:
                # the line is counted only for a finding that opens a group (most repeat one)
                where = partial(_locate_line, item, unit.fragment, text, f.start)
                collector.add_lazy(f.type, f.subtype, f.value(text), item.location, where)
            persons.feed(text, found, unit.fragment)
            columns.feed(text, found)
        persons.close()
        result.columns.extend(self.screen.column(decision) for decision in columns.decisions())

    def _prose_fast(
        self, item: Item, units: Iterator[TextUnit], collector: Collector, people: PeopleCounter
    ) -> None:
        """Format-defined values only, units read a batch at a time (a docx is thousands of paragraphs,
        and a detector pass per paragraph costs more than the paragraph)."""
        scanner = ProseScanner(self.format_detector)
        persons = ProsePeople(people, item.location)
        for batch in _batches(units, PROSE_BATCH_CHARS):
            texts = [unit.text for unit in batch]
            contacts: list[tuple[EntityType, str]] = []
            for index, f in scanner.find_units(texts):
                value = f.value(texts[index])
                where = partial(_locate_line, item, batch[index].fragment, texts[index], f.start)
                collector.add_lazy(f.type, f.subtype, value, item.location, where)
                contacts.append((f.type, value))
            persons.feed_details(contacts)
        persons.close()


def exact_line(fragment: str, text: str, offset: int) -> str:
    """`line=N` of a unit that starts at line N, made the line of `offset` within it (code scanning
    and a reader go to the line itself); any other fragment as it is."""
    if not fragment.startswith("line=") or "&" in fragment or not fragment[5:].isdigit():
        return fragment
    return f"line={int(fragment[5:]) + text.count(chr(10), 0, offset)}"


def _locate_line(item: Item, fragment: str, text: str, offset: int) -> str:
    return item.locate(exact_line(fragment, text, offset))


def _batches(units: Iterator[TextUnit], chars: int) -> Iterator[list[TextUnit]]:
    """Consecutive units of about `chars` characters in all (a longer unit makes a batch alone)."""
    batch: list[TextUnit] = []
    size = 0
    for unit in units:
        if batch and size + len(unit.text) > chars:
            yield batch
            batch, size = [], 0
        batch.append(unit)
        size += len(unit.text)
    if batch:
        yield batch
