"""`make bench-peers`: mamori against Japanese PII tools that find names, on the same documents.

Each peer gets its own virtualenv under benchmarks/.venvs/ (ignored by git), created on first run:
- Presidio Analyzer with GiNZA (`presidio-analyzer`, `ja-ginza`): spaCy NER for PERSON and LOCATION;
- namemask[ner]: a Japanese masking tool whose name layer is GiNZA plus dictionaries, address layer on.
A peer runs in a subprocess of its own virtualenv over a JSONL file of the documents and writes its spans
back; spans are scored here with the same rules as mamori (exact span; SENSITIVE by overlap). Throughput
is CPU time of the detection calls only (models load before the clock starts). Not in CI: it downloads.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import venv
from dataclasses import dataclass
from pathlib import Path

from benchmarks import person_dev
from benchmarks.corpus import language
from benchmarks.score import Score

ROOT = Path(__file__).resolve().parent
VENVS = ROOT / ".venvs"
CACHE = ROOT / ".cache"
TYPES = ("PERSON", "ADDRESS", "DATE_OF_BIRTH", "SENSITIVE")

_PRESIDIO = """
import json, sys, time
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
# GiNZA labels entities with Sekine's extended hierarchy (Person, City …), not spaCy's PERSON/GPE.
places = ["Province", "City", "County", "GPE", "Country", "Location", "Address", "Domestic_Region"]
mapping = {"Person": "PERSON", **{label: "LOCATION" for label in places}}
provider = NlpEngineProvider(nlp_configuration={
    "nlp_engine_name": "spacy", "models": [{"lang_code": "ja", "model_name": "ja_ginza"}],
    "ner_model_configuration": {"model_to_presidio_entity_mapping": mapping}})
engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["ja"])
kinds = {"PERSON": "PERSON", "LOCATION": "ADDRESS"}
engine.analyze(text="山田太郎", language="ja")
out, cpu = [], 0.0
for line in open(sys.argv[1], encoding="utf-8"):
    text = json.loads(line)["text"]
    t0 = time.process_time()
    results = engine.analyze(text=text, language="ja", entities=list(kinds))
    cpu += time.process_time() - t0
    out.append([[r.start, r.end, kinds[r.entity_type]] for r in results if r.entity_type in kinds])
json.dump({"spans": out, "cpu": cpu}, open(sys.argv[2], "w", encoding="utf-8"))
"""

_NAMEMASK = """
import json, sys, time
from namemask.config import load_config
from namemask.pipeline.build import build_default_pipeline, run_pipeline
detectors = build_default_pipeline(load_config(), None, use_ner=True, use_address=True)
kinds = {"PERSON": "PERSON", "ADDRESS": "ADDRESS"}
run_pipeline("山田太郎", detectors)
out, cpu = [], 0.0
for line in open(sys.argv[1], encoding="utf-8"):
    text = json.loads(line)["text"]
    t0 = time.process_time()
    spans = run_pipeline(text, detectors)
    cpu += time.process_time() - t0
    out.append([[s.start, s.end, kinds[s.type]] for s in spans if s.type in kinds])
json.dump({"spans": out, "cpu": cpu}, open(sys.argv[2], "w", encoding="utf-8"))
"""


@dataclass(frozen=True, slots=True)
class Peer:
    name: str
    packages: tuple[str, ...]
    script: str
    types: tuple[str, ...]


PEERS = (
    Peer("presidio+ginza", ("presidio-analyzer", "ja-ginza"), _PRESIDIO, ("PERSON", "ADDRESS")),
    Peer("namemask[ner]", ("namemask[ner]",), _NAMEMASK, ("PERSON", "ADDRESS")),
)


# (text, column, gold spans); person-dev marks only PERSON, so only PERSON is scored on it
Labelled = list[tuple[str, str | None, list[tuple[int, int, str]]]]
PERSON_ONLY = "person-dev"


@dataclass(slots=True)
class Result:
    name: str
    f1: dict[str, float | None]
    chars_per_s: float


def _documents(n_corpus: int) -> Labelled:
    """Person-dev (if present) and the held-back language corpus."""
    docs: Labelled = []
    if person_dev.DATA.exists():
        for row in person_dev.load():
            entities = row["entities"]
            assert isinstance(entities, list)
            gold = [(int(e["start"]), int(e["end"]), "PERSON") for e in entities]
            docs.append((str(row["text"]), PERSON_ONLY, gold))
    else:
        print(f"person-dev: {person_dev.DATA} not found, using the generated corpus only", file=sys.stderr)
    generated = language.generate(random.Random(4), 2 * n_corpus)[n_corpus:]
    for doc in generated:
        if doc.column is None:  # peers take no column header: compare on running text only
            docs.append((doc.text, None, [(g.start, g.end, g.type) for g in doc.entities]))
    return docs


def _python(peer: Peer) -> Path:
    env = VENVS / peer.name.replace("[", "-").replace("]", "").replace("+", "-")
    python = env / "bin" / "python"
    if not python.exists():
        print(f"installing {' '.join(peer.packages)} into {env} …", file=sys.stderr)
        venv.create(env, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *peer.packages], check=True)
    return python


def _score(
    name: str, docs: Labelled, preds: list[list[tuple[int, int, str]]], cpu: float, types: tuple[str, ...]
) -> Result:
    score = Score()
    for (_, tag, gold), pred in zip(docs, preds, strict=True):
        score.add(gold, [p for p in pred if tag != PERSON_ONLY or p[2] == "PERSON"])
    f1: dict[str, float | None] = {}
    for kind in TYPES:
        if kind not in types:
            f1[kind] = None
            continue
        table = score.overlap if kind == "SENSITIVE" else score.exact
        counts = table.get(kind)
        f1[kind] = counts.f1 if counts is not None else 0.0
    chars = sum(len(text) for text, _, _ in docs)
    return Result(name, f1, chars / cpu if cpu else 0.0)


def _run_peer(peer: Peer, docs: Labelled, path: Path) -> Result:
    python = _python(peer)
    out = CACHE / f"peer-{peer.name}.json"
    subprocess.run([str(python), "-c", peer.script, str(path), str(out)], check=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    preds = [[(int(s), int(e), str(k)) for s, e, k in spans] for spans in data["spans"]]
    return _score(peer.name, docs, preds, float(data["cpu"]), peer.types)


def _run_mamori(docs: Labelled) -> Result:
    from mamori.detect import detect

    detect("山田太郎")
    preds = []
    cpu = 0.0
    for text, column, _ in docs:
        t0 = time.process_time()
        found = detect(text, column=None if column == PERSON_ONLY else column)
        cpu += time.process_time() - t0
        preds.append([(f.start, f.end, f.type.value) for f in found if f.type.value in TYPES])
    return _score("mamori", docs, preds, cpu, TYPES)


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    docs = _documents(500)
    path = CACHE / "peers-docs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for text, _, _ in docs:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    results = [_run_mamori(docs)]
    for peer in PEERS:
        try:
            results.append(_run_peer(peer, docs, path))
        except (subprocess.CalledProcessError, OSError) as exc:
            print(f"{peer.name}: failed ({exc})", file=sys.stderr)
    chars = sum(len(text) for text, _, _ in docs)
    print(
        f"{len(docs)} documents, {chars} characters (person-dev + generated); F1 exact, SENSITIVE by overlap"
    )
    header = f"{'tool':<16}" + "".join(f"{kind:>15}" for kind in TYPES) + f"{'chars/s':>12}"
    print(header)
    print("-" * len(header))
    for r in results:
        cells = "".join(f"{'—' if v is None else f'{v:.3f}':>15}" for v in r.f1.values())
        print(f"{r.name:<16}{cells}{r.chars_per_s:>12,.0f}")


if __name__ == "__main__":
    main()
