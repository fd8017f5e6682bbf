"""Every finding on the benchmark corpora, written one per line, so that a speed change can prove it found
exactly what it found before: the held-back accuracy corpora, the throughput texts and the blind-dev sets
(read as `mamori detect` reads them).

    python -m benchmarks.findings_snapshot --out before.jsonl
    python -m benchmarks.findings_snapshot --out after.jsonl --compare before.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.blind_detect import BLIND, generate
from benchmarks.corpus.registry import GENERATORS
from benchmarks.run import corpus, mixed_business_text
from mamori.detect import Detector, Finding
from mamori.mask.spans import file_findings

BLIND_SETS = ("dev", "dev2", "dev3", "dev4", "dev5")


def _lines(where: str, found: list[Finding]) -> Iterator[str]:
    for f in sorted(found, key=lambda f: (f.start, f.end, f.type.value)):
        yield json.dumps(
            [where, f.start, f.end, f.type.value, round(f.score, 4), list(f.reasons)], ensure_ascii=False
        )


def snapshot(docs: int, chars: int, blind: tuple[str, ...]) -> Iterator[str]:
    detector = Detector()
    for name, module, _ in GENERATORS:
        for k, doc in enumerate(corpus(module, docs, held_back=True)):
            yield from _lines(f"{name}/{k}", detector.detect(doc.text, column=doc.column))
    yield from _lines("throughput/dense", detector.detect(mixed_business_text(chars)))
    prose = mixed_business_text(chars, generators=("language",))
    yield from _lines("throughput/prose", detector.detect(prose))
    for name in blind:
        if not (BLIND / name / "generate.py").exists():
            continue
        with tempfile.TemporaryDirectory(prefix=f"snapshot-{name}-") as tmp:
            os.environ["MAMORI_HOME"] = str(Path(tmp) / "home")
            truth = generate(name, Path(tmp) / "data")
            for rel in sorted(truth["documents"]):
                try:
                    _, found = file_findings(Path(tmp) / "data" / "docs" / rel, detector)
                except Exception as exc:  # a refused file is a result too: it must stay refused
                    yield json.dumps([f"{name}/{rel}", "refused", type(exc).__name__])
                    continue
                yield from _lines(f"{name}/{rel}", found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot: print what differs")
    parser.add_argument("--docs", type=int, default=3000, help="documents per generator")
    parser.add_argument("--chars", type=int, default=1_000_000, help="chars of each throughput text")
    parser.add_argument("--blind", nargs="*", default=BLIND_SETS)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for line in snapshot(args.docs, args.chars, tuple(args.blind)):
            out.write(line + "\n")
    if args.compare is not None:
        raise SystemExit(compare(args.compare, args.out, "findings"))


def compare(before_path: Path, after_path: Path, what: str) -> int:
    """Print the lines one snapshot has and the other lacks; 1 when they differ, else 0."""
    before = before_path.read_text(encoding="utf-8").splitlines()
    after = after_path.read_text(encoding="utf-8").splitlines()
    lost = sorted(set(before) - set(after))
    gained = sorted(set(after) - set(before))
    for line in lost:
        print("-", line)
    for line in gained:
        print("+", line)
    print(f"{len(after)} {what}; {len(lost)} lost, {len(gained)} gained")
    return 1 if lost or gained else 0


if __name__ == "__main__":
    main()
