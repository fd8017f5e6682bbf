"""Detection on blind documents: generators written from the issue alone, by someone who never read
mamori's source (`benchmarks/blind/detect/<set>/generate.py`, briefs and contract beside them).

Each set is generated afresh with its own seed and every document read as `mamori detect` and `mamori mask`
read it (`mamori.mask.spans.file_findings`: a CSV/TSV cell by cell under its header, other text whole), then
scored against the truth the generator wrote:

- precision, recall and F1 per type, exact and by overlap, overall and per document shape;
- SENSITIVE recall on stated facts, and SENSITIVE findings on look-alike spans (must be 0);
- hard negatives: spans of look-alike values any finding touches, and documents without personal data that
  get a finding;
- masking: every document masked with the default policy, then an independent pass that looks for each
  gold value's text in the output (format-defined left must be 0; PERSON, ADDRESS, DATE_OF_BIRTH ≤ 3 %).

The blind-dev sets' errors are written for reading (`results/blind_detect_<set>_errors.json`; `dev2` and
`dev3` are other hands' data, each written after the sets before it were read); `blind-test` is held out:
only its scores are printed and kept.

    python -m benchmarks.blind_detect [--set dev|test] [--name NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.score import Score
from mamori.detect import Detector, Finding
from mamori.detect.types import FORMAT_DEFINED
from mamori.mask.engine import Masker
from mamori.mask.policy import default_policy
from mamori.mask.run import MaskError, mask_file
from mamori.mask.spans import file_findings

HERE = Path(__file__).resolve().parent
BLIND = HERE / "blind" / "detect"
RESULTS = HERE / "results"
SEEDS = {"dev": 11, "dev2": 33, "dev3": 44, "dev4": 55, "dev5": 66, "dev6": 77, "dev7": 88, "test": 22}
FORMAT_CODES = frozenset(t.value for t in FORMAT_DEFINED)
LANGUAGE_MASKED = ("PERSON", "ADDRESS", "DATE_OF_BIRTH")
CONTEXT = 30


def generate(name: str, out: Path) -> dict[str, Any]:
    command = [
        sys.executable,
        str(BLIND / name / "generate.py"),
        "--out",
        str(out),
        "--seed",
        str(SEEDS[name]),
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    truth: dict[str, Any] = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    return truth


def _touches(span: tuple[int, int], findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.start < span[1] and span[0] < f.end]


def _snippet(text: str, start: int, end: int) -> str:
    return (
        text[max(0, start - CONTEXT) : start] + "⟦" + text[start:end] + "⟧" + text[end : end + CONTEXT]
    ).replace("\n", "⏎")


@dataclass
class Tally:
    score: Score = field(default_factory=Score)
    by_shape: dict[str, Score] = field(default_factory=dict)
    documents: int = 0
    undecodable: int = 0
    text_mismatch: int = 0
    sensitive: Counter[str] = field(default_factory=Counter)
    lookalikes: int = 0
    lookalikes_hit: int = 0
    lookalikes_hit_by_kind: Counter[str] = field(default_factory=Counter)
    hard_negatives_hit_by_kind: Counter[str] = field(default_factory=Counter)
    sensitive_by_shape: dict[str, list[int]] = field(default_factory=dict)
    hard_negatives: int = 0
    hard_negatives_hit: Counter[str] = field(default_factory=Counter)
    clean_documents: int = 0
    clean_documents_hit: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, path: str, doc: dict[str, Any], text: str, found: list[Finding]) -> None:
        gold = [(e["start"], e["end"], e["type"]) for e in doc.get("entities", [])]
        pred = [(f.start, f.end, f.type.value) for f in found]
        shape = str(doc.get("shape", "?"))
        self.score.add(gold, pred)
        self.by_shape.setdefault(shape, Score()).add(gold, pred)
        self._errors(path, shape, text, gold, found)
        for entity in doc.get("entities", []):
            if entity["type"] == "SENSITIVE":
                hit = any(
                    f.type.value == "SENSITIVE" for f in _touches((entity["start"], entity["end"]), found)
                )
                self.sensitive["stated"] += 1
                self.sensitive["found"] += hit
                tally = self.sensitive_by_shape.setdefault(shape, [0, 0])
                tally[0] += hit
                tally[1] += 1
        for span in doc.get("lookalikes", []):
            hits = [f for f in _touches((span["start"], span["end"]), found) if f.type.value == "SENSITIVE"]
            self.lookalikes += 1
            self.lookalikes_hit += bool(hits)
            if hits:
                self.lookalikes_hit_by_kind[str(span.get("kind", "?"))] += 1
                self._error(path, shape, "lookalike", text, span["start"], span["end"], span.get("kind"))
        for span in doc.get("hard_negatives", []):
            hits = _touches((span["start"], span["end"]), found)
            self.hard_negatives += 1
            for f in hits[:1]:
                self.hard_negatives_hit[f.type.value] += 1
                self.hard_negatives_hit_by_kind[str(span.get("kind", "?"))] += 1
                self._error(
                    path,
                    shape,
                    f"hard-negative as {f.type.value}",
                    text,
                    span["start"],
                    span["end"],
                    span.get("kind"),
                )
        if not gold:
            self.clean_documents += 1
            self.clean_documents_hit += bool(found)

    def _errors(
        self, path: str, shape: str, text: str, gold: list[tuple[int, int, str]], found: list[Finding]
    ) -> None:
        for start, end, kind in gold:
            same = [f for f in found if f.type.value == kind and f.start < end and start < f.end]
            if not same:
                others = sorted({f.type.value for f in _touches((start, end), found)})
                self._error(path, shape, f"missed {kind}", text, start, end, ",".join(others) or None)
        for f in found:
            if not any(k == f.type.value and s < f.end and f.start < e for s, e, k in gold):
                others = sorted({k for s, e, k in gold if s < f.end and f.start < e})
                self._error(
                    path, shape, f"spurious {f.type.value}", text, f.start, f.end, ",".join(others) or None
                )

    def _error(
        self, path: str, shape: str, what: str, text: str, start: int, end: int, note: str | None
    ) -> None:
        self.errors.append(
            {"doc": path, "shape": shape, "error": what, "note": note, "context": _snippet(text, start, end)}
        )

    def as_dict(self) -> dict[str, Any]:
        stated = self.sensitive["stated"]
        hard_hits = sum(self.hard_negatives_hit.values())
        return {
            "documents": self.documents,
            "undecodable": self.undecodable,
            "text_mismatch": self.text_mismatch,
            "overlap": {k: v.as_dict() for k, v in sorted(self.score.overlap.items())},
            "exact_f1": {k: round(v.f1, 4) for k, v in sorted(self.score.exact.items())},
            "sensitive_recall": round(self.sensitive["found"] / stated, 4) if stated else None,
            "sensitive_stated": stated,
            "lookalikes": self.lookalikes,
            "lookalikes_hit": self.lookalikes_hit,
            "lookalikes_hit_by_kind": dict(self.lookalikes_hit_by_kind.most_common()),
            "sensitive_found_by_shape": {
                k: f"{v[0]}/{v[1]}" for k, v in sorted(self.sensitive_by_shape.items())
            },
            "hard_negatives": self.hard_negatives,
            "hard_negatives_hit": hard_hits,
            "hard_negative_rate": round(hard_hits / self.hard_negatives, 4) if self.hard_negatives else None,
            "hard_negatives_hit_as": dict(self.hard_negatives_hit.most_common()),
            "hard_negatives_hit_by_kind": dict(self.hard_negatives_hit_by_kind.most_common()),
            "clean_documents": self.clean_documents,
            "clean_documents_hit": self.clean_documents_hit,
            "chars_per_second": round(self.chars / self.seconds) if self.seconds else None,
            "by_shape": {
                shape: {k: round(v.f1, 3) for k, v in sorted(score.overlap.items())}
                for shape, score in sorted(self.by_shape.items())
            },
        }


def _truth_text(path: Path, doc: dict[str, Any]) -> str:
    encoding = str(doc.get("encoding", "utf-8")).lower().replace("_", "-")
    data = path.read_bytes()
    if encoding in ("utf-8", "utf8", "utf-8-sig"):
        return data.decode("utf-8-sig")
    return data.decode(encoding)


def _output_text(path: Path, doc: dict[str, Any]) -> str:
    """A masked file's text: in its source's encoding, or UTF-8 when the source was plain ASCII (a romaji
    list declared cp932) and the masker had to write Japanese placeholders."""
    try:
        return _truth_text(path, doc)
    except UnicodeDecodeError:
        return path.read_bytes().decode("utf-8", errors="replace")


def score_detection(docs_dir: Path, truth: dict[str, Any]) -> Tally:
    detector = Detector()
    detector.detect("ウォームアップ 山田太郎様 東京都千代田区1-1-1")
    tally = Tally()
    for rel, doc in sorted(truth["documents"].items()):
        path = docs_dir / rel
        tally.documents += 1
        t0 = time.process_time()
        try:
            text, found = file_findings(path, detector)
        except Exception as exc:  # the reader refused the file: every entity in it is missed
            tally.undecodable += 1
            tally.errors.append({"doc": rel, "shape": doc.get("shape"), "error": f"unreadable: {exc}"})
            text, found = _truth_text(path, doc), []
        tally.seconds += time.process_time() - t0
        tally.chars += len(text)
        if text != _truth_text(path, doc):
            tally.text_mismatch += 1
            tally.errors.append({"doc": rel, "shape": doc.get("shape"), "error": "decoded text differs"})
            text = _truth_text(path, doc)
        tally.add(rel, doc, text, found)
    return tally


def _normal(value: str) -> str:
    return "".join(unicodedata.normalize("NFKC", value).split())


def score_masking(docs_dir: Path, truth: dict[str, Any], outdir: Path) -> dict[str, Any]:
    """Mask every document, then look for each gold value's text in what was written.

    The policy is the default one with placeholders in place of invented values (`--vault`'s policy): a
    pseudonym could by chance be a name or a number of the corpus and read as one left behind. Corporate
    numbers are kept by every policy (they are not personal) and are not counted.
    """
    masker = Masker(default_policy(reversible=True), key=b"blind-benchmark-key-0123456789ab")
    left: Counter[str] = Counter()
    total: Counter[str] = Counter()
    left_format: Counter[str] = Counter()  # which format-defined types were left, as scores
    refused = 0
    for rel, doc in sorted(truth["documents"].items()):
        src = docs_dir / rel
        dst = outdir / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            mask_file(src, dst, masker, force=True)
            output = _normal(_output_text(dst, doc))
        except MaskError:
            refused += 1
            output = _normal(_truth_text(src, doc))
        for entity in doc.get("entities", []):
            if entity["type"] == "CORPORATE_NUMBER":
                continue
            kind = "FORMAT_DEFINED" if entity["type"] in FORMAT_CODES else entity["type"]
            total[kind] += 1
            still = _normal(entity["text"]) in output
            left[kind] += still
            if still and kind == "FORMAT_DEFINED":
                left_format[entity["type"]] += 1
    return {
        "refused_files": refused,
        "left": {
            kind: {"left": left[kind], "of": total[kind], "rate": round(left[kind] / total[kind], 4)}
            for kind in sorted(total)
            if kind in (*LANGUAGE_MASKED, "FORMAT_DEFINED")
        },
        "format_defined_left_by_type": dict(left_format.most_common()),
    }


def run_set(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with tempfile.TemporaryDirectory(prefix=f"blind-detect-{name}-") as tmp:
        saved = os.environ.get("MAMORI_HOME")
        os.environ["MAMORI_HOME"] = str(Path(tmp) / "home")  # never the user's key
        try:
            truth = generate(name, Path(tmp) / "data")
            docs = Path(tmp) / "data" / "docs"
            tally = score_detection(docs, truth)
            result = {
                "seed": SEEDS[name],
                **tally.as_dict(),
                "mask": score_masking(docs, truth, Path(tmp) / "masked"),
            }
            return result, tally.errors
        finally:
            if saved is None:
                os.environ.pop("MAMORI_HOME", None)
            else:
                os.environ["MAMORI_HOME"] = saved


def run(sets: tuple[str, ...] = tuple(SEEDS)) -> dict[str, Any]:
    """Scores of every set; blind-dev's errors written beside the results for reading."""
    outcome: dict[str, Any] = {}
    for name in sets:
        if not (BLIND / name / "generate.py").exists():
            continue
        scores, errors = run_set(name)
        outcome[f"blind_{name}"] = scores
        if name.startswith("dev"):
            RESULTS.mkdir(exist_ok=True)
            path = RESULTS / f"blind_detect_{name}_errors.json"
            path.write_text(json.dumps(errors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=tuple(SEEDS), action="append", help="default: both")
    parser.add_argument("--name", default="blind_detect", help="results file name")
    args = parser.parse_args()
    outcome = run(tuple(args.set or SEEDS))
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(outcome, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(outcome, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
