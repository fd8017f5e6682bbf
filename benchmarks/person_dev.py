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
    """Exact and overlap P/R/F1 for PERSON and chars/s of the PERSON pipeline; None when the data is absent.

    Records at even indexes are the `tune` half (the only one whose errors are looked at while improving
    the recognizer), odd ones the `held_out` half; `all` is both. `show_errors` prints tune errors only.
    """
    if not path.exists():
        print(f"person-dev: {path} not found, skipped", file=sys.stderr)
        return None
    from mamori.detect import detect

    docs = load(path)
    detect("ウォームアップ", types=["PERSON"])
    halves = {"tune": Score(), "held_out": Score(), "all": Score()}
    errors: list[str] = []
    chars = 0
    elapsed = 0.0
    for index, doc in enumerate(docs):
        text = str(doc["text"])
        entities = doc["entities"]
        assert isinstance(entities, list)
        gold = [(int(e["start"]), int(e["end"]), "PERSON") for e in entities]
        t0 = time.process_time()
        found = detect(text, types=["PERSON"])
        elapsed += time.process_time() - t0
        chars += len(text)
        pred = [(f.start, f.end, "PERSON") for f in found]
        half = "tune" if index % 2 == 0 else "held_out"
        halves[half].add(gold, pred)
        halves["all"].add(gold, pred)
        if show_errors and half == "tune" and set(gold) != set(pred):
            errors.append(
                f"{text}\n  gold={[text[s:e] for s, e, _ in gold]} pred={[text[s:e] for s, e, _ in pred]}"
            )
    for line in errors[:show_errors]:
        print(line)
    result: dict[str, object] = {"documents": len(docs)}
    for name, score in halves.items():
        exact = score.exact.get("PERSON")
        overlap = score.overlap.get("PERSON")
        result[name] = {
            "exact": exact.as_dict() if exact else {},
            "overlap": overlap.as_dict() if overlap else {},
        }
    result["chars_per_s"] = round(chars / elapsed) if elapsed else 0
    return result


if __name__ == "__main__":
    print(
        json.dumps(
            evaluate(show_errors=int(sys.argv[1]) if len(sys.argv) > 1 else 0), ensure_ascii=False, indent=1
        )
    )
