"""What a Spark executor runs for a file scan: the local workers' `process`, one analyser per partition.

Spark pickles `analyse_partition` by reference, so an executor imports this module and nothing of the
driver's engine: it needs mamori (and Java only for Spark itself), not the ledger or the command line.
What it sends back is what a local worker sends back — findings with masked previews, keyed hashes,
people sketches and counts — with the English reasons cut to their category, because an exception's
text may quote the bytes it choked on and a Spark result crosses the network.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from mamori.scan import workers
from mamori.scan.analyse import FileAnalysis
from mamori.scan.options import ScanOptions
from mamori.scan.workers import FileOutcome, FileTask


def analyse_partition(
    key: bytes, options: ScanOptions, batches: Iterable[list[FileTask]]
) -> Iterator[FileOutcome]:
    """The outcomes of a partition's files. A partition holds one batch (a list of tasks), planned by the
    driver so that each partition carries about the same number of bytes."""
    if options.store_values:  # the driver refuses this too: raw values never leave an executor
        raise ValueError("store_values is not allowed on Spark executors")
    workers.init_worker(key, options)
    for tasks in batches:
        for task in tasks:
            yield scrubbed(workers.process(task))


def analyse_remote(
    key: bytes, options: ScanOptions, tasks: dict[str, FileTask], files: Iterable[tuple[str, bytes]]
) -> Iterator[FileOutcome]:
    """The outcomes of a partition of files behind URLs, as `sc.binaryFiles` gives them (the URL as
    Hadoop spells it, the bytes). Each file's bytes are copied to a private temporary folder under the
    file's own name (readers choose by its suffix), analysed there as a local file, and deleted."""
    if options.store_values:
        raise ValueError("store_values is not allowed on Spark executors")
    workers.init_worker(key, options)
    for url, content in files:
        task = tasks.get(url)
        if task is not None:  # the driver asked for exactly these files
            yield scrubbed(_analyse_copy(task, content))


def _analyse_copy(task: FileTask, content: bytes) -> FileOutcome:
    if len(content) != task.size:  # written to between the listing and the read
        return FileOutcome(
            task,
            reason_ja="読み取り中にファイルが変更されました（次回のスキャンで読み直します）",
            reason_en="changed during the scan",
        )
    with tempfile.TemporaryDirectory(prefix="mamori-") as folder:  # mode 0700: this user only
        copy = Path(folder) / task.path.name
        copy.write_bytes(content)
        st = copy.stat()
        outcome = workers.process(
            replace(task, path=copy, size=st.st_size, mtime_ns=st.st_mtime_ns, url=None)
        )
        return _relocated(outcome, task, workers.screened_location(copy))


def _relocated(outcome: FileOutcome, task: FileTask, copied: str) -> FileOutcome:
    """The outcome with the copy's location, wherever it begins a finding's or problem's, replaced by the
    file's own (screening works name by name, so the copy's screened location is a prefix of theirs)."""
    outcome.task = task
    analysis = outcome.analysis
    if analysis is not None:

        def moved(location: str) -> str:
            return task.location + location[len(copied) :] if location.startswith(copied) else location

        analysis.findings = [
            f if f.location is None else replace(f, location=moved(f.location)) for f in analysis.findings
        ]
        analysis.problems = [replace(p, location=moved(p.location)) for p in analysis.problems]
    return outcome


def scrubbed(outcome: FileOutcome) -> FileOutcome:
    """The outcome with every English reason cut to the category before its colon (`internal error`,
    `file not found`): the Japanese reasons are ours and name no value, the English ones may quote one."""
    if outcome.reason_en is not None:
        outcome.reason_en = _category(outcome.reason_en)
    if outcome.analysis is not None:
        outcome.analysis = _scrubbed_analysis(outcome.analysis)
    return outcome


def _scrubbed_analysis(analysis: FileAnalysis) -> FileAnalysis:
    analysis.problems = [replace(p, reason_en=_category(p.reason_en)) for p in analysis.problems]
    return analysis


def _category(reason: str) -> str:
    return reason.split(":", 1)[0]
