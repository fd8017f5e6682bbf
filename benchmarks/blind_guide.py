"""`mamori guide` on questions nobody on the team wrote (issue 17): `benchmarks/blind/guide/<set>/`.

A helper who read only the issue, the seeds and the reference wrote 150 questions (contract:
`benchmarks/blind/guide/CONTRACT.md`), split into blind-dev (its errors are written for reading) and
blind-test (held out: only its scores are kept). A question is answered right when the first answer —
the text a user sees: the answer, what changed, the citations — mentions every fact it must (any one
spelling of each, after NFKC) and cites one of the articles it must; an off-topic question is right when
the guide declines it; a situation question is right when the guide's assessment of the incident it
tells gives the report duty the reference gives (`situation.report_required`).

    python -m benchmarks.blind_guide [--set dev|dev2|test] [--name NAME]
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from mamori.guide import GuideAnswer, ask
from mamori.guide.answer import default_index
from mamori.guide.situation import situation_text

HERE = Path(__file__).resolve().parent
BLIND = HERE / "blind" / "guide"
RESULTS = HERE / "results"
SETS = ("dev", "dev2", "dev3", "dev4", "test")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").lower()


def shown_text(answer: GuideAnswer) -> str:
    entry = answer.entry
    told = situation_text(answer.situation) if answer.situation is not None else ""
    notes = [part for note in answer.notes for part in (note.text, *note.citations)]
    return "\n".join((told, entry.question, entry.answer, entry.changed or "", *entry.citations, *notes))


def judge(question: dict[str, Any], answer: GuideAnswer | None) -> tuple[bool, list[str]]:
    """Whether the first answer is right, and what it lacked."""
    if not question["on_topic"]:
        return answer is None, [] if answer is None else ["answered an off-topic question"]
    if answer is None:
        return False, ["declined"]
    if question.get("situation"):
        if answer.situation is None:
            return False, ["not read as a situation"]
        expected = question["situation"]["report_required"]
        ok = answer.situation.report_required == expected
        return ok, [] if ok else [f"report_required {answer.situation.report_required}, expected {expected}"]
    text = _norm(shown_text(answer))
    missing = [
        "/".join(fact) for fact in question["must_mention"] if not any(_norm(alt) in text for alt in fact)
    ]
    if question["must_cite"] and not any(_norm(alt) in text for alt in question["must_cite"]):
        missing.append("cite: " + "/".join(question["must_cite"][:3]))
    return not missing, missing


def _because(missing: str) -> str:
    """A kind of miss, never the missing words (a held-out set's text stays unread)."""
    if missing.startswith("cite:"):
        return "citation"
    if missing in ("declined", "not read as a situation") or missing.startswith("report_required"):
        return missing.split(" ", 1)[0]
    return "fact"


def score_set(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = (BLIND / name / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines if line.strip()]
    default_index()  # warm: the first answer is timed after the index is built
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    slowest = 0.0
    # where the wrong answers sit, as scores a held-out set may show: the article each should have cited,
    # and whether the first answer lacked a fact, the citation, or was no answer at all
    wrong_by_article: Counter[str] = Counter()
    wrong_because: Counter[str] = Counter()
    for q in questions:
        started = time.perf_counter()
        answer = ask(q["question"])
        slowest = max(slowest, time.perf_counter() - started)
        ok, missing = judge(q, answer)
        for key in ("all", q["kind"], q["style"]):
            total[key] += 1
            right[key] += ok
        if not ok:
            wrong_by_article[(q["must_cite"] or ["(none)"])[0]] += 1
            for reason in {_because(m) for m in missing} or {"wrong"}:
                wrong_because[reason] += 1
            errors.append(
                {
                    "id": q["id"],
                    "kind": q["kind"],
                    "question": q["question"],
                    "answered": None if answer is None else answer.entry.id,
                    "missing": missing,
                }
            )
    on_topic = [q for q in questions if q["on_topic"]]
    scores = {
        "questions": len(questions),
        "right": {k: f"{right[k]}/{total[k]}" for k in sorted(total)},
        "on_topic_right": round(
            sum(1 for q in on_topic if q["id"] not in {e["id"] for e in errors}) / len(on_topic), 3
        ),
        "off_topic_declined": f"{right['off-topic']}/{total['off-topic']}",
        "slowest_answer_ms": round(slowest * 1000, 1),
        "wrong_by_article": dict(wrong_by_article.most_common()),
        "wrong_because": dict(wrong_because.most_common()),
    }
    return scores, errors


def run(sets: tuple[str, ...] = SETS) -> dict[str, Any]:
    outcome: dict[str, Any] = {}
    for name in sets:
        scores, errors = score_set(name)
        outcome[f"blind_{name}"] = scores
        if name.startswith("dev"):
            RESULTS.mkdir(exist_ok=True)
            path = RESULTS / f"blind_guide_{name}_errors.json"
            path.write_text(json.dumps(errors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=SETS, action="append", help="default: all")
    parser.add_argument("--name", default="blind_guide", help="results file name")
    args = parser.parse_args()
    outcome = run(tuple(args.set or SETS))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(json.dumps(outcome, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(outcome, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
