"""`make bench`: accuracy per type on the held-back corpus, hard-negative rate and throughput.

Prints tables and writes `benchmarks/results/<name>.json`. Throughput is CPU time of this one process
(`time.process_time`), i.e. chars/s per core.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.corpus import Doc
from benchmarks.corpus.registry import FORMAT_TYPES, GENERATORS, HELD_BACK_SEED, TUNE_SEED
from benchmarks.score import Score
from mamori.detect import Detector
from mamori.native import compiled_modules

RESULTS = Path(__file__).resolve().parent / "results"
console = Console()


def corpus(module: Any, n: int, *, held_back: bool) -> list[Doc]:
    docs: list[Doc] = module.generate(random.Random(HELD_BACK_SEED if held_back else TUNE_SEED), n)
    return docs


def accuracy(docs: list[Doc], types: tuple[str, ...], detector: Detector) -> dict[str, Any]:
    score = Score()
    wanted = set(types)
    negatives = reported = 0
    for doc in docs:
        found = detector.detect(doc.text, column=doc.column)
        pred = [(f.start, f.end, f.type.value) for f in found if f.type.value in wanted]
        if doc.shape == "negative":
            negatives += 1
            reported += bool(pred)
        score.add([(g.start, g.end, g.type) for g in doc.entities if g.type in wanted], pred)
    return {
        "documents": len(docs),
        "exact": {k: v.as_dict() for k, v in sorted(score.exact.items())},
        "overlap": {k: v.as_dict() for k, v in sorted(score.overlap.items())},
        "hard_negatives": negatives,
        "hard_negatives_reported": reported,
        "hard_negative_rate": round(reported / negatives, 4) if negatives else None,
    }


def mixed_business_text(target_chars: int, *, generators: tuple[str, ...] | None = None) -> str:
    """Documents of every shape and generator, concatenated: the text a file share is full of.

    With every generator the text is dense in identifiers (forms, CSV rows: about one every 40 chars);
    `generators=("language",)` gives prose-heavy text (letters, minutes, chat, notes).
    """
    parts: list[str] = []
    size = 0
    rng = random.Random(HELD_BACK_SEED + 1)
    pools = [
        corpus(module, 400, held_back=True)
        for name, module, _ in GENERATORS
        if generators is None or name in generators
    ]
    while size < target_chars:
        doc = rng.choice(rng.choice(pools))
        parts.append(doc.text)
        parts.append("\n\n")
        size += len(doc.text) + 2
    return "".join(parts)


def throughput(detector: Detector, text: str) -> dict[str, Any]:
    detector.detect(text[:10_000])
    start = time.process_time()
    findings = detector.detect(text)
    elapsed = time.process_time() - start
    return {
        "chars": len(text),
        "cpu_seconds": round(elapsed, 3),
        "chars_per_s_per_core": round(len(text) / elapsed) if elapsed else None,
        "findings": len(findings),
    }


# One regex of the kind every reader runs (a phone number): the cost of touching each character once.
_ONE_REGEX = re.compile(r"0\d{1,4}-\d{1,4}-\d{4}")


def ceilings(text: str) -> dict[str, int]:
    """The limits a figure is measured against, over the same text and CPU time: Sudachi's `tokenize()`
    alone (the analyser's ceiling: the default pipeline reads every Japanese chunk with it) and reading
    the text's UTF-8 with one regex (the ceiling of any pass over the characters). The full pipeline can
    pass the first: a line seen before is not analysed again (`mamori.detect.morph`).
    """
    from mamori.detect import morph

    tokenizer = morph.tokenizer()
    pieces = [text[start:stop] for start, stop in morph.chunks(text)]
    tokenizer.tokenize(pieces[0])
    start = time.process_time()
    for piece in pieces:
        tokenizer.tokenize(piece)
    analyser = time.process_time() - start
    data = text.encode("utf-8")
    start = time.process_time()
    sum(1 for _ in _ONE_REGEX.finditer(data.decode("utf-8")))
    regex = time.process_time() - start
    return {
        "tokenize_chars_per_s": round(len(text) / analyser) if analyser else 0,
        "decode_regex_chars_per_s": round(len(text) / regex) if regex else 0,
    }


def _throughputs(full: Detector, chars: int) -> dict[str, Any]:
    dense = mixed_business_text(chars)
    prose = mixed_business_text(chars, generators=("language",))
    identifiers = mixed_business_text(1_000_000, generators=("identifiers",))
    # The mixed texts draw documents from pools of 400, so lines repeat as in a file share; each held-back
    # document once shows the speed on text that repeats only its templates' lines.
    unique = "\n\n".join(
        doc.text for _, module, _ in GENERATORS for doc in corpus(module, 3000, held_back=True)
    )
    fmt = Detector(types=FORMAT_TYPES)
    texts = {
        "throughput_format_layer": (fmt, dense),
        "throughput_format_layer_prose": (fmt, prose),
        "throughput_full_pipeline": (full, dense[:1_000_000]),
        "throughput_full_pipeline_language": (full, prose[:1_000_000]),
        "throughput_full_pipeline_identifiers": (full, identifiers),
        "throughput_full_pipeline_unique_documents": (full, unique[:1_000_000]),
    }
    found: dict[str, Any] = {}
    with console.status("throughput"):
        for key, (detector, text) in texts.items():
            found[key] = throughput(detector, text)
            # a rate: the first million characters tell it as well as eight
            found[key]["ceiling"] = ceilings(text[:1_000_000])
    for key, r in found.items():
        speed, limit = r["chars_per_s_per_core"], r["ceiling"]
        # the full pipeline is bounded by the analyser, the format layer by a pass over the characters
        bound = "tokenize_chars_per_s" if "full_pipeline" in key else "decode_regex_chars_per_s"
        console.print(
            f"{key}: {speed:,} chars/s per core over {r['chars']:,} chars, {100 * speed / limit[bound]:.1f} %"
            f" of the ceiling (tokenize() alone {limit['tokenize_chars_per_s']:,};"
            f" decode + one regex {limit['decode_regex_chars_per_s']:,})"
        )
    return found


def accuracy_table(name: str, result: dict[str, Any]) -> Table:
    table = Table(title=f"{name}: held-back split ({result['documents']} documents)")
    for col in ("type", "P exact", "R exact", "F1 exact", "F1 overlap", "gold"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for kind, counts in result["exact"].items():
        overlap = result["overlap"][kind]
        table.add_row(
            kind,
            f"{counts['precision']:.3f}",
            f"{counts['recall']:.3f}",
            f"{counts['f1']:.3f}",
            f"{overlap['f1']:.3f}",
            str(counts["tp"] + counts["fn"]),
        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=3000, help="documents per generator")
    parser.add_argument("--mb", type=float, default=8.0, help="MB of mixed text for the format-layer speed")
    parser.add_argument("--name", default="latest", help="results file name")
    parser.add_argument(
        "--only", choices=("accuracy", "throughput", "extras"), help="run one part (default: all)"
    )
    args = parser.parse_args()

    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}",
        "held_back_seed": HELD_BACK_SEED,
    }
    full = Detector()
    results["compiled_modules"] = compiled_modules()
    if not results["compiled_modules"]:
        console.print("[yellow]mamori runs as plain Python here (no `make native`): slower than compiled[/]")
    for name, module, types in GENERATORS if args.only in (None, "accuracy") else []:
        with console.status(f"{name}: scoring"):
            result = accuracy(corpus(module, args.docs, held_back=True), types, full)
        results[name] = result
        console.print(accuracy_table(name, result))
        if result["hard_negatives"]:
            console.print(
                f"hard negatives reported: {result['hard_negatives_reported']} of {result['hard_negatives']}"
                f" ({100 * result['hard_negative_rate']:.2f}%)"
            )

    if args.only in (None, "throughput"):
        results.update(_throughputs(full, int(args.mb * 1_000_000)))

    for extra in _optional_benchmarks() if args.only in (None, "extras") else []:
        name, run = extra
        with console.status(name):
            outcome = run()
        if outcome is not None:
            results[name] = outcome
            console.print_json(data={name: outcome})

    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    console.print(f"written {path}")


def _optional_benchmarks() -> list[tuple[str, Any]]:
    """Benchmarks other parts of mamori contribute; each returns a dict or None when it cannot run."""
    found: list[tuple[str, Any]] = []
    try:
        from benchmarks import person_dev

        found.append(("person_dev", person_dev.evaluate))
    except ImportError:
        pass
    try:
        from benchmarks import mask_bench

        found.append(("mask", lambda: mask_bench.run(corpus(GENERATORS[0][1], 600, held_back=True))))
    except ImportError:
        pass
    try:
        from benchmarks import scan_bench

        found.append(("scan", scan_bench.run_in_fresh_process))
    except ImportError:
        pass
    try:
        from benchmarks import blind_people

        found.append(("blind_people", blind_people.run))
    except ImportError:
        pass
    try:
        from benchmarks import blind_detect

        found.append(("blind_detect", blind_detect.run))
    except ImportError:
        pass
    try:
        from benchmarks import startup

        found.append(("startup", startup.run))
    except ImportError:
        pass
    try:
        from benchmarks import blind_guide

        found.append(("blind_guide", blind_guide.run))
    except ImportError:
        pass
    try:
        from benchmarks import blind_controls

        found.append(("blind_controls", blind_controls.run))
    except ImportError:
        pass
    try:
        from benchmarks import db_bench

        found.append(("database", db_bench.run))
    except ImportError:
        pass
    return found


if __name__ == "__main__":
    main()
