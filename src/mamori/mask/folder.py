"""`mamori mask DIR -o OUTDIR`: every file mask can write, masked into the same tree, in parallel.

Each file goes through `mask_file` as a single file does (staged write, re-scan, refusal when a value
survives). A file of a format mask cannot write (PDF, images, archives) is listed, never copied: a copy
would carry its personal data into a tree meant to hold none. Placeholder numbers and pseudonyms are
per worker process, as they are per run for a single file.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from mamori.mask.engine import Masker
from mamori.mask.policy import Policy
from mamori.mask.run import MaskError, mask_file
from mamori.sources import WalkError, walk
from mamori.sources.exclude import exclusions

# Formats mask writes back in kind (`mask.formats`), and plain text under the names it goes by.
MASKABLE = frozenset({".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".docx", ".txt", ".md", ".log", ".text"})


@dataclass
class FolderResult:
    written: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # relative path, reason (Japanese)
    skipped: list[str] = field(default_factory=list)  # formats mask cannot write
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)


_MASKER: Masker | None = None


def _init(policy: Policy, key: bytes) -> None:
    global _MASKER
    _MASKER = Masker(policy, key=key)


def _one(job: tuple[Path, Path, bool]) -> tuple[str | None, Counter[tuple[str, str]]]:
    """Mask one file; the refusal's message, or None, and the counts of what was masked."""
    src, dst, force = job
    assert _MASKER is not None
    before = Counter(_MASKER.counts)
    try:
        dst.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        mask_file(src, dst, _MASKER, force=force)
    except (MaskError, ValueError) as exc:
        return str(exc), Counter()
    return None, _MASKER.counts - before


def mask_folder(
    src: Path, dst: Path, policy: Policy, key: bytes, *, force: bool = False, workers: int | None = None
) -> FolderResult:
    """Raises MaskError when the folders themselves are wrong (missing, the same, one inside the other)."""
    if not src.is_dir():
        raise MaskError(f"入力フォルダ {src} がありません")
    source, target = src.resolve(), dst.resolve()
    if target == source or source in target.parents:
        raise MaskError(f"出力先 {dst} が入力フォルダの中にあります。別の場所を指定してください")
    if target.exists() and any(target.iterdir()) and not force:
        raise MaskError(f"出力先 {dst} は空ではありません。上書きするには --force を指定してください")
    result = FolderResult()
    jobs: list[tuple[Path, Path, bool]] = []
    for found in walk(src, exclude=exclusions()):
        if isinstance(found, WalkError):
            result.refused.append((found.location, found.reason_ja))
            continue
        relative = found.relative_to(src)
        if found.suffix.lower() not in MASKABLE:
            result.skipped.append(relative.as_posix())
            continue
        jobs.append((found, target / relative, force))
    context = multiprocessing.get_context("forkserver")
    count = max(1, min(workers or os.cpu_count() or 1, len(jobs) or 1))
    with ProcessPoolExecutor(count, mp_context=context, initializer=_init, initargs=(policy, key)) as pool:
        for (source_file, _, _), (refusal, counts) in zip(jobs, pool.map(_one, jobs), strict=True):
            relative_name = source_file.relative_to(src).as_posix()
            if refusal is None:
                result.written.append(relative_name)
                result.counts.update(counts)
            else:
                result.refused.append((relative_name, refusal))
    return result
