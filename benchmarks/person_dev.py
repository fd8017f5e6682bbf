"""PERSON on real text: Japanese Wikipedia sentences with their person names marked (person-dev).

The data lives in ../shared (CC BY-SA 3.0, not copied into this repository); without it this part is
skipped with a message. Run alone: `python -m benchmarks.person_dev`.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.score import Score

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner-wikipedia" / "person-dev.jsonl"


def load(path: Path = DATA) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(path: Path = DATA, *, show_errors: int = 0) -> dict[str, object] | None:
    """Exact-span P/R/F1 for PERSON and chars/s of the PERSON pipeline; None when the data is absent."""
    if not path.exists():
        print(f"person-dev: {path} not found, skipped", file=sys.stderr)
        return None
    from mamori.detect import detect

    docs = load(path)
    detect("ウォームアップ", types=["PERSON"])
    score = Score()
    errors: list[str] = []
    chars = 0
    elapsed = 0.0
    for doc in docs:
        text = str(doc["text"])
        entities = doc["entities"]
        assert isinstance(entities, list)
        gold = [(int(e["start"]), int(e["end"]), "PERSON") for e in entities]
        t0 = time.process_time()
        found = detect(text, types=["PERSON"])
        elapsed += time.process_time() - t0
        chars += len(text)
        pred = [(f.start, f.end, "PERSON") for f in found]
        score.add(gold, pred)
        if show_errors and set(gold) != set(pred):
            errors.append(
                f"{text}\n  gold={[text[s:e] for s, e, _ in gold]} pred={[text[s:e] for s, e, _ in pred]}"
            )
    for line in errors[:show_errors]:
        print(line)
    exact = score.exact.get("PERSON")
    overlap = score.overlap.get("PERSON")
    return {
        "documents": len(docs),
        "PERSON": exact.as_dict() if exact else {},
        "PERSON_overlap": overlap.as_dict() if overlap else {},
        "chars_per_s": round(chars / elapsed) if elapsed else 0,
    }


if __name__ == "__main__":
    print(
        json.dumps(
            evaluate(show_errors=int(sys.argv[1]) if len(sys.argv) > 1 else 0), ensure_ascii=False, indent=1
        )
    )
