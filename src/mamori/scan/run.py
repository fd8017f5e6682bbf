"""`run_scan`: files, folders and database URLs into one scan of the ledger.

The parent process walks, decides what is unchanged (carried forward without reading), hands the rest
to workers and writes every outcome to the ledger as it arrives, so an interrupted scan keeps all it
finished. The next run over the same targets resumes that scan and reads only what it had not reached.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from mamori.ledger import Asset, Ledger, NewAsset, Scan, without_credentials
from mamori.privacy import installation_key
from mamori.scan import targets
from mamori.scan.analyse import FileAnalysis
from mamori.scan.assess import assess_asset
from mamori.scan.exposure import Exposure, assess_exposure, remote_exposure
from mamori.scan.options import ScanOptions
from mamori.scan.people import PROSE_METHOD, ROWS_METHOD, PeopleCounter
from mamori.scan.progress import NoProgress, ScanProgress
from mamori.scan.remote import NEEDS_SPARK, RemoteLister, is_remote_url
from mamori.scan.screen import LocationScreen
from mamori.scan.sketches import load_sketch, save_sketch
from mamori.scan.targets import DatabaseScanUnavailable, is_database_url
from mamori.scan.workers import FileOutcome, FileTask, TaskRunner, run_tasks
from mamori.sources import WalkError, walk
from mamori.sources.exclude import exclusions
from mamori.sources.location import file_uri

if TYPE_CHECKING:  # the database extra's module: imported only when a database is scanned
    from mamori.scan.table_ranges import RangeRunner

SCAN_PEOPLE_METHOD = (
    "スキャン全体では、各資産の人物を鍵付きハッシュで突き合わせ、複数の資産に現れる同じ人物を1人として数えた"
)


# Reader errors that say nothing about the bytes: the next scan tries again.
TRANSIENT_READ_ERRORS = ("file not found", "permission denied")


@dataclass
class ScanSummary:
    scan_id: int
    resumed: bool = False
    interrupted: bool = False
    files: int = 0
    read: int = 0
    unchanged: int = 0
    already_done: int = 0
    errors: int = 0
    findings: int = 0
    bytes_read: int = 0
    people: int = 0
    people_exact: bool = True
    people_undeduplicated: int = 0
    databases: int = 0
    messages: list[str] = field(default_factory=list)
    # Targets that could not be scanned at all (a missing folder, a database that refused the
    # connection): "nothing found" says nothing about them.
    unreachable: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "files": self.files,
            "read": self.read,
            "unchanged": self.unchanged,
            "already_done": self.already_done,
            "errors": self.errors,
            "findings": self.findings,
            "bytes_read": self.bytes_read,
            "people": self.people,
            "people_exact": int(self.people_exact),
            "people_undeduplicated": self.people_undeduplicated,
            "databases": self.databases,
            "unreachable": len(self.unreachable),
            "resumed": int(self.resumed),
        }


@dataclass(frozen=True)
class _Listed:
    """A file to scan: `path` (or `url`, for a file behind a URL) to read it, `location` (screened) to
    record it; `st` for a local file, whose exposure is assessed from it."""

    path: Path
    location: str
    size: int
    mtime_ns: int
    st: os.stat_result | None = None
    url: str | None = None

    @property
    def key(self) -> str:
        return _key(self.url, self.path)


def _key(url: str | None, path: Path) -> str:
    # A URL has `//` after its scheme, which a path's string never has.
    return url if url is not None else os.fsdecode(path)


def _shown_targets(targets: Sequence[str], screen: LocationScreen) -> list[str]:
    """The targets as the ledger keeps them: paths and file URLs screened, database URLs as given."""
    return [t if is_database_url(t) else screen.location(t) for t in targets]


def _roots(targets: Sequence[str], screen: LocationScreen) -> tuple[str, ...]:
    return tuple(
        without_credentials(t)
        if is_database_url(t)
        else screen.location(t if is_remote_url(t) else str(Path(t).absolute()))
        for t in targets
    )


def _resumable(ledger: Ledger, roots: tuple[str, ...]) -> Scan | None:
    latest = ledger.scans.latest(status=None)
    if latest is not None and latest.status != "done" and latest.roots == roots:
        return latest
    return None


@dataclass
class _Baseline:
    """What the latest finished scan (of the same targets if there is one) learned, by file location:
    assets that can be carried forward, and the unreadable items nested in each file."""

    files: dict[str, Asset] = field(default_factory=dict)
    nested: dict[str, list[Asset]] = field(default_factory=dict)


def _carriable(asset: Asset) -> bool:
    """Readings that stay true while the bytes do: not a vanished, locked or mid-change file."""
    return asset.state == "ok" or (asset.size is not None and not asset.exposure.get("transient"))


def _baseline(ledger: Ledger, roots: tuple[str, ...]) -> _Baseline:
    scans = [s for s in ledger.scans.all() if s.status == "done"]
    same = [s for s in scans if s.roots == roots]
    chosen = (same or scans)[-1:]
    baseline = _Baseline()
    for scan in chosen:
        for asset in ledger.scans.assets(scan.id):
            if asset.kind == "item":
                baseline.nested.setdefault(asset.location.split("#", 1)[0], []).append(asset)
            elif _carriable(asset):
                baseline.files[asset.location] = asset
    return baseline


def people_method(analysis: FileAnalysis) -> str:
    parts = []
    if analysis.table_rows:
        parts.append(
            f"表{analysis.table_rows:,}行のうち個人の情報を含む{analysis.person_rows:,}行: {ROWS_METHOD}"
        )
    if analysis.prose_people:
        parts.append(f"文章中の{analysis.prose_people:,}人: {PROSE_METHOD}")
    return "。".join(parts) if parts else "人物を特定できる情報は見つかりませんでした"


class FileScan:
    def __init__(
        self,
        ledger: Ledger,
        options: ScanOptions,
        progress: ScanProgress,
        runner: TaskRunner = run_tasks,
        lister: RemoteLister | None = None,
    ) -> None:
        self.ledger = ledger
        self.runner = runner
        self.lister = lister
        self.options = options
        self.progress = progress
        self.key = installation_key()
        self.screen = LocationScreen.for_scan(fast=options.fast, min_score=options.min_score)
        self.people = PeopleCounter(self.key, method=SCAN_PEOPLE_METHOD)
        self.sketched: set[str] = set()
        self.unsampled = 0  # persons sampled database tables hold beyond their samples
        self.now_ns = time.time_ns()

    def run(
        self,
        scan: Scan,
        summary: ScanSummary,
        paths: Sequence[str],
        done: dict[str, str | None],
        urls: Sequence[str] = (),
    ) -> None:
        listed: list[_Listed] = []
        for entry in chain(
            self._list(scan, summary, paths, done), self._list_remote(scan, summary, urls, done)
        ):
            listed.append(entry)
            self.progress.listing(len(listed))
        baseline = _Baseline() if self.options.full else _baseline(self.ledger, scan.roots)
        self.progress.start(len(listed), sum(x.size for x in listed))
        # By path or URL: two screened locations may read alike (`y***@example.jp.csv`), two paths never do.
        by_key = {x.key: x for x in listed}
        tasks = self._tasks(scan, summary, listed, baseline)
        for outcome in self.runner(tasks, self.key, self.options):
            self._record(scan, summary, outcome, by_key[_key(outcome.task.url, outcome.task.path)], baseline)

    def _list(
        self, scan: Scan, summary: ScanSummary, paths: Sequence[str], done: dict[str, str | None]
    ) -> Iterator[_Listed]:
        rules = exclusions(self.options.exclude, gitignore=self.options.gitignore)
        for found in walk(
            [Path(p) for p in paths], follow_symlinks=self.options.follow_symlinks, exclude=rules
        ):
            if isinstance(found, WalkError):
                shown = self.screen.location(found.location)
                if shown not in done:
                    self._error(scan, summary, shown, found.reason_ja)
                continue
            location = self.screen.location(file_uri(found))
            if location in done:
                summary.already_done += 1
                self._join_people(done[location], location)
                continue
            try:
                st = os.stat(found)
            except FileNotFoundError:
                self._error(scan, summary, location, "スキャン中にファイルが削除されました")
                continue
            except OSError as exc:
                self._error(scan, summary, location, f"ファイル情報を取得できません（{exc.strerror}）")
                continue
            yield _Listed(found, location, st.st_size, st.st_mtime_ns, st)

    def _list_remote(
        self, scan: Scan, summary: ScanSummary, urls: Sequence[str], done: dict[str, str | None]
    ) -> Iterator[_Listed]:
        for url in urls:
            if self.lister is None:
                self._unreachable(scan, summary, url, NEEDS_SPARK)
                continue
            try:
                found = list(self.lister(url))
            except OSError as exc:
                self._unreachable(scan, summary, url, str(exc))
                continue
            for remote in found:
                location = self.screen.location(remote.location)
                if location in done:
                    summary.already_done += 1
                    self._join_people(done[location], location)
                    continue
                path = Path(remote.url)
                yield _Listed(path, location, remote.size, remote.mtime_ns, url=remote.url)

    def _unreachable(self, scan: Scan, summary: ScanSummary, url: str, reason: str) -> None:
        shown = self.screen.location(url)
        summary.unreachable.append(shown)
        summary.messages.append(f"{shown}: {reason}")
        self._error(scan, summary, shown, reason)

    def _exposure(self, entry: _Listed) -> Exposure:
        if entry.st is None:
            return remote_exposure(
                entry.mtime_ns, now_ns=self.now_ns, retention_days=self.options.retention_days
            )
        return assess_exposure(
            entry.path, entry.st, now_ns=self.now_ns, retention_days=self.options.retention_days
        )

    def _tasks(
        self, scan: Scan, summary: ScanSummary, listed: list[_Listed], baseline: _Baseline
    ) -> Iterator[FileTask]:
        for entry in listed:
            size, mtime = entry.size, entry.mtime_ns
            known: str | None = None
            if not self.options.full:
                previous = baseline.files.get(entry.location)
                if previous is None:
                    previous = self.ledger.scans.previous_asset(
                        entry.location, size=size, mtime_ns=mtime, before_scan=scan.id
                    )
                    previous = None if previous is None or previous.error else previous
                if previous is not None and previous.size == size:
                    if previous.mtime_ns == mtime:
                        self._carry(scan, summary, previous, entry, baseline)
                        continue
                    known = previous.content_hash
            yield FileTask(entry.path, entry.location, size, mtime, known, entry.url)

    def _carry(
        self,
        scan: Scan,
        summary: ScanSummary,
        previous: Asset,
        entry: _Listed,
        baseline: _Baseline,
        *,
        mtime_ns: int | None = None,
    ) -> None:
        # The bytes are unchanged but permissions, place and age may not be (a chmod keeps the mtime):
        # exposure is assessed again, so a fixed permission shows in the next scan.
        fresh = self._exposure(entry)
        carried = self.ledger.scans.carry_forward(
            previous.id, scan.id, mtime_ns=mtime_ns, exposure={**previous.exposure, **fresh.to_dict()}
        )
        for nested in baseline.nested.get(previous.location, []):
            self.ledger.scans.carry_forward(nested.id, scan.id)
            summary.errors += 1
        summary.files += 1
        summary.unchanged += 1
        if carried.state == "error":
            summary.errors += 1
        summary.findings += sum(f.count for f in self.ledger.scans.findings(carried.id))
        self._join_people(carried.content_hash, carried.location)
        self.progress.advance(files=1, size=entry.size, findings=0, read=False)

    def _join_people(self, content_hash: str | None, location: str) -> None:
        data = load_sketch(content_hash) if content_hash else None
        if data is None:
            return
        try:
            self.people.merge_bytes(data)
        except ValueError:  # kept by an earlier version: the asset's own count still stands
            return
        self.sketched.add(location)

    def _error(self, scan: Scan, summary: ScanSummary, location: str, reason: str) -> None:
        summary.errors += 1
        self.ledger.scans.add_asset(
            scan.id, NewAsset(location=location, kind="file", state="error", error=reason)
        )

    def _record(
        self,
        scan: Scan,
        summary: ScanSummary,
        outcome: FileOutcome,
        entry: _Listed,
        baseline: _Baseline,
    ) -> None:
        task = outcome.task
        if outcome.unchanged:
            previous = baseline.files.get(task.location) or self.ledger.scans.previous_asset(
                task.location, size=task.size, mtime_ns=None, content_hash=outcome.content_hash
            )
            if previous is not None:  # touched, same bytes: carried, counted once, and its new mtime kept
                self._carry(scan, summary, previous, entry, baseline, mtime_ns=task.mtime_ns)
                return
        summary.files += 1
        exposure = self._exposure(entry)
        analysis = outcome.analysis
        if analysis is None:
            summary.errors += 1
            self.ledger.scans.add_asset(
                scan.id,
                self._new_asset(
                    task, outcome, exposure, state="error", error=outcome.reason_ja, transient=True
                ),
            )
            self.progress.advance(files=1, size=task.size, findings=0)
            return
        summary.read += 1
        summary.bytes_read += task.size
        whole_file_failed = analysis.items == 0 and any(
            p.location == task.location for p in analysis.problems
        )
        if whole_file_failed:
            summary.errors += 1
            problem = next(p for p in analysis.problems if p.location == task.location)
            transient = problem.reason_en.startswith(TRANSIENT_READ_ERRORS)
            self.ledger.scans.add_asset(
                scan.id,
                self._new_asset(
                    task, outcome, exposure, state="error", error=problem.reason_ja, transient=transient
                ),
            )
            self.progress.advance(files=1, size=task.size, findings=0)
            return
        people = analysis.people_count
        assessment = assess_asset(
            analysis.type_counts, analysis.sensitive_subtypes, people, structured=analysis.structured
        )
        partial = "; ".join(f"{p.location}: {p.reason_ja}" for p in analysis.problems)
        method = people_method(analysis)
        if not analysis.people_exact:
            method += "（HyperLogLog による推定値）"
        asset = self._new_asset(
            task,
            outcome,
            exposure,
            state="ok",
            error=("一部を読めませんでした: " + partial)[:2000] if partial else None,
            people=people,
            method=method,
            analysis=analysis,
        )
        if assessment.personal:
            asset = NewAsset(
                **{
                    **asset.__dict__,
                    "appi_class": assessment.appi_class,
                    "sensitive": assessment.sensitive,
                    "report_triggers": tuple(assessment.report_triggers),
                    "jnsa_yen": assessment.jnsa_yen,
                }
            )
        # The sketch first: a scan killed between the two leaves a sketch without its asset (harmless,
        # the file is read again), never an asset whose persons a resumed scan cannot join.
        if outcome.content_hash and people:
            save_sketch(outcome.content_hash, analysis.people)
        self.ledger.scans.add_asset(scan.id, asset, analysis.findings)
        for problem in analysis.problems:
            summary.errors += 1
            self.ledger.scans.add_asset(
                scan.id,
                NewAsset(location=problem.location, kind="item", state="error", error=problem.reason_ja),
            )
        self.people.merge_bytes(analysis.people)
        self.sketched.add(task.location)
        found = sum(analysis.type_counts.values())
        summary.findings += found
        self.progress.advance(files=1, size=task.size, findings=found)

    @staticmethod
    def _new_asset(
        task: FileTask,
        outcome: FileOutcome,
        exposure: Exposure,
        *,
        state: str,
        error: str | None,
        people: int | None = None,
        method: str | None = None,
        analysis: FileAnalysis | None = None,
        transient: bool = False,
    ) -> NewAsset:
        details: dict[str, object] = exposure.to_dict()
        if transient:
            details["transient"] = True
        if analysis is not None:
            details["format"] = analysis.format
            details["columns"] = analysis.columns[:200]
            details["items"] = analysis.items
        return NewAsset(
            location=task.location,
            kind=analysis.format if analysis is not None and analysis.format else "file",
            state="ok" if state == "ok" else "error",
            size=task.size,
            mtime_ns=task.mtime_ns,
            content_hash=outcome.content_hash,
            encoding=analysis.encoding if analysis is not None else None,
            error=error,
            people_estimate=people,
            people_method=method,
            exposure=details,
            owner=exposure.owner,
        )


def run_scan(
    targets: Sequence[str],
    ledger: Ledger,
    options: ScanOptions,
    progress: ScanProgress | None = None,
    runner: TaskRunner = run_tasks,
    ranges: RangeRunner | None = None,
    lister: RemoteLister | None = None,
) -> ScanSummary:
    """Scan `targets` (paths and database URLs) into `ledger`. Ctrl-C or SIGTERM leaves the scan
    `interrupted`: running the same command again resumes it. `runner` analyses the files that need
    reading: the local process pool, or another engine running the same per-file work; `ranges`, when
    given, reads large database tables in ranges of their keys on that engine (`table_ranges`); `lister`,
    when given, lists the files behind `hdfs://`, `s3a://`, `abfss://` and `file://` URLs (`remote`)."""
    shown = progress or NoProgress()
    files = FileScan(ledger, options, shown, runner, lister)
    roots = _roots(targets, files.screen)
    resumable = _resumable(ledger, roots)
    scan = resumable or ledger.scans.start(_shown_targets(targets, files.screen))
    done = {a.location: a.content_hash for a in ledger.scans.assets(scan.id)} if resumable else {}
    summary = ScanSummary(scan.id, resumed=resumable is not None)
    paths = [t for t in targets if not is_database_url(t) and not is_remote_url(t)]
    remote = [t for t in targets if is_remote_url(t)]
    urls = [t for t in targets if is_database_url(t)]
    summary.unreachable = [files.screen.location(p) for p in paths if not os.path.lexists(p)]
    try:
        with _terminate_as_interrupt():
            if paths or remote:
                files.run(scan, summary, paths, done, remote)
            for url in urls:
                _scan_database(url, ledger, scan, options, summary, files, ranges)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        shown.stop()
    _count_people(ledger, scan, files, summary)
    if summary.resumed:  # the runs before this one read files too: the scan's counts are all of them
        totals = ledger.scans.totals(scan.id)
        summary.files, summary.errors, summary.findings = totals.files, totals.errors, totals.findings
    ledger.scans.finish(scan.id, summary.counts(), interrupted=summary.interrupted)
    return summary


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`kill`, systemd, a container stopping) ends the scan as Ctrl-C does: `interrupted`, with
    what was finished kept and the workers stopped, rather than a dead process and a scan left `running`.
    Only the main thread may handle signals; elsewhere SIGTERM keeps its usual meaning."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _scan_database(
    url: str,
    ledger: Ledger,
    scan: Scan,
    options: ScanOptions,
    summary: ScanSummary,
    files: FileScan,
    ranges: RangeRunner | None,
) -> None:
    try:
        scanner = targets.database_scanner()
    except DatabaseScanUnavailable as exc:
        summary.errors += 1
        summary.unreachable.append(without_credentials(url))
        summary.messages.append(str(exc))
        ledger.scans.add_asset(
            scan.id, NewAsset(location=url, kind="database", state="error", error=str(exc))
        )
        return
    try:
        result = scanner(url, ledger, scan.id, options, ranges)
    except Exception as exc:  # one database going wrong must not lose the files and other databases
        summary.errors += 1
        reason = f"データベースのスキャン中にエラーが発生しました（{type(exc).__name__}）"
        summary.messages.append(f"{without_credentials(url)}: {reason}")
        summary.unreachable.append(without_credentials(url))
        ledger.scans.add_asset(scan.id, NewAsset(location=url, kind="database", state="error", error=reason))
        return
    summary.databases += 1
    if result is None:
        summary.unreachable.append(without_credentials(url))
    else:
        files.people.merge(result.people)
        files.unsampled += result.unsampled
        files.sketched.update(result.locations)


def _count_people(ledger: Ledger, scan: Scan, files: FileScan, summary: ScanSummary) -> None:
    """Everyone counted in the file and database counters once; assets without a counter (kept by an
    earlier version) added as counted."""
    undeduplicated = sum(
        a.people_estimate or 0
        for a in ledger.scans.assets(scan.id)
        if a.state == "ok" and a.location not in files.sketched and a.people_estimate
    )
    summary.people = files.people.count + files.unsampled + undeduplicated
    summary.people_exact = files.people.exact
    summary.people_undeduplicated = undeduplicated
