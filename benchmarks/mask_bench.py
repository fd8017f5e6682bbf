"""Masking benchmark: throughput (chars/s over documents, rows/s over a CSV) and the leak check.

Leak share per type: of the gold entities of that type, how many still appear verbatim in the masked text.
It is reported beside the detector's miss rate for that type (gold spans no finding of the type overlaps):
masking can only hide what detection finds, so for names and addresses the leak share should not exceed the
miss rate, and for format-defined types both should be 0.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.corpus import Doc
from mamori.mask import Masker, default_policy
from mamori.mask.policy import DEFAULTS
from mamori.mask.run import mask_file

_KEY = b"mamori-benchmark-key-32-bytes!!!"


# Kept on purpose by the default policy (a corporation's number is not personal data): not a leak.
_KEPT = frozenset(t.value for t, op in DEFAULTS.items() if op == "keep")


def _leaks(docs: Sequence[Doc], masker: Masker) -> dict[str, dict[str, float | int]]:
    gold: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for doc in docs:
        findings = masker.detector.detect(doc.text, column=doc.column)
        masked = masker.mask_text(doc.text, doc.column, findings)
        for g in doc.entities:
            if g.type in _KEPT:
                continue
            gold[g.type] += 1
            leaked[g.type] += doc.text[g.start : g.end] in masked
            missed[g.type] += not any(
                f.type.value == g.type and f.start < g.end and g.start < f.end for f in findings
            )
    return {
        t: {
            "gold": gold[t],
            "leak_share": round(leaked[t] / gold[t], 4),
            "miss_rate": round(missed[t] / gold[t], 4),
        }
        for t in sorted(gold)
    }


def _chars_per_second(docs: Sequence[Doc]) -> float:
    masker = Masker(default_policy(), key=_KEY)
    started = time.perf_counter()
    chars = sum(len(masker.mask_text(d.text, d.column)) for d in docs)
    return chars / max(time.perf_counter() - started, 1e-9)


def _csv_rows_per_second(docs: Sequence[Doc]) -> float:
    rows = [d.text.replace("\n", " ").replace('"', '""') for d in docs]
    with tempfile.TemporaryDirectory() as folder:
        src, dst = Path(folder) / "bench.csv", Path(folder) / "masked.csv"
        src.write_text("ID,本文\n" + "".join(f'{i},"{r}"\n' for i, r in enumerate(rows)), encoding="utf-8")
        started = time.perf_counter()
        mask_file(src, dst, Masker(default_policy(), key=_KEY))
        return len(rows) / max(time.perf_counter() - started, 1e-9)


def run(docs: Sequence[Doc]) -> dict[str, object]:
    return {
        "chars_per_second": round(_chars_per_second(docs)),
        "csv_rows_per_second": round(_csv_rows_per_second(docs)),
        "csv_rows_are": "one corpus document per row in a free-text column",
        "kept_by_default_policy": sorted(_KEPT),
        "leaks": _leaks(docs, Masker(default_policy(), key=_KEY)),
    }
