"""What a Spark executor runs for a file scan: the local workers' `process`, one analyser per partition.

Spark pickles `analyse_partition` by reference, so an executor imports this module and nothing of the
driver's engine: it needs mamori (and Java only for Spark itself), not the ledger or the command line.
What it sends back is what a local worker sends back — findings with masked previews, keyed hashes,
people sketches and counts — with the English reasons cut to their category, because an exception's
text may quote the bytes it choked on and a Spark result crosses the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

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
