"""People counts and column types on blind data: generators written from the issue alone, by someone who
never read mamori's source (`benchmarks/blind/people/<set>/generate.py`, briefs beside them).

Each set is generated afresh (its own seed), its drive scanned, its database scanned on SQLite and, where
the servers run here, on PostgreSQL and MariaDB (default sampling and `--full`), and scored against the
truth the generator wrote:

- persons per file / table (exact, within ±2 %), the whole drive and the whole database;
- the 1,000-person decision (規則7条4号) per table: how many differ from the truth's;
- column types: precision and recall over typed columns, and hard-negative columns given a type.

`blind-dev`'s errors are written for reading (`results/blind_people_dev_errors.json`); `blind-test` is
held out: only its scores are printed and kept.

    python -m benchmarks.blind_people [--set dev|dev2|test] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from mamori.ledger import Asset, open_ledger
from mamori.scan import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.screen import LocationScreen
from mamori.sources.location import file_uri

HERE = Path(__file__).resolve().parent
BLIND = HERE / "blind" / "people"
RESULTS = HERE / "results"
SEEDS = {
    "dev": 1,
    "dev2": 3,
    "dev3": 4,
    "dev4": 5,
    "dev5": 6,
    "dev6": 7,
    "dev7": 8,
    "dev8": 9,
    "dev9": 10,
    "test": 2,
}
SERVERS = {
    "postgresql": ("postgresql+psycopg://127.0.0.1/{db}", "postgresql+psycopg://127.0.0.1/test"),
    "mariadb": ("mysql+pymysql://root@127.0.0.1/{db}", "mysql+pymysql://root@127.0.0.1/"),
}
UNSCORED = (None, "?", "TEXT")


def _server_urls(name: str) -> dict[str, str]:
    """The databases a set is seeded into, created where the server runs; absent servers are left out."""
    urls: dict[str, str] = {}
    db = f"blind_{name}"
    for engine, (template, admin) in SERVERS.items():
        try:
            admin_engine = create_engine(
                admin, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
            )
            with admin_engine.connect() as c:
                if engine == "postgresql":
                    if not c.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": db}).first():
                        c.execute(text(f"CREATE DATABASE {db}"))
                else:
                    c.execute(text(f"CREATE DATABASE IF NOT EXISTS {db}"))
            admin_engine.dispose()
        except Exception as exc:  # a server that is not running here: scored on SQLite only
            print(f"{engine} not available ({type(exc).__name__}): skipped", file=sys.stderr)
            continue
        urls[engine] = template.format(db=db)
    return urls


def generate(name: str, out: Path, urls: dict[str, str]) -> dict[str, Any]:
    command = [
        sys.executable,
        str(BLIND / name / "generate.py"),
        "--out",
        str(out),
        "--seed",
        str(SEEDS[name]),
    ]
    for url in urls.values():
        command += ["--db-url", url]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    truth: dict[str, Any] = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    return truth


def _scan(targets: list[str], *, full: bool, workdir: Path) -> tuple[list[Asset], int]:
    ledger = open_ledger(f"sqlite:///{workdir / f'ledger-{len(list(workdir.iterdir()))}.db'}")
    summary = run_scan(targets, ledger, ScanOptions(workers=2, full=full))
    return list(ledger.scans.assets(summary.scan_id)), summary.people


@dataclass
class Columns:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    hard_negatives: int = 0
    hard_negatives_typed: int = 0
    # per true type: [right, wrong]; per type mamori gave wrongly: count — scores a held-out set may show
    by_truth: dict[str, list[int]] = field(default_factory=dict)
    wrong_as: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def score(self, where: str, truth: dict[str, Any], predicted: dict[str, str | None]) -> None:
        hard = set(truth.get("hard_negative_columns", []))
        for column, expected in (truth.get("columns") or {}).items():
            got = predicted.get(column)
            if column in hard:
                self.hard_negatives += 1
                self.hard_negatives_typed += got is not None
            if expected in ("?", "TEXT") or got == expected:
                self.tp += expected is not None and got == expected
                if expected not in ("?", "TEXT"):
                    self.by_truth.setdefault(str(expected), [0, 0])[0] += 1
                continue
            self.by_truth.setdefault(str(expected), [0, 0])[1] += 1
            if got is not None:
                self.fp += 1
                self.wrong_as[got] += 1
            if expected is not None:
                self.fn += 1
            self.errors.append({"where": where, "column": column, "truth": expected, "mamori": got})

    def as_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "typed_columns": self.tp + self.fn,
            "hard_negative_columns": self.hard_negatives,
            "hard_negatives_typed": self.hard_negatives_typed,
            "wrong_by_truth": {k: v[1] for k, v in sorted(self.by_truth.items()) if v[1]},
            "wrong_as": dict(self.wrong_as.most_common()),
        }


@dataclass
class Persons:
    assets: int = 0
    exact: int = 0
    within_2pc: int = 0
    abs_error: int = 0
    wrong_r74: int = 0
    # per file suffix: [assets, exact, signed error] — where a held-out drive's error sits, as scores
    by_suffix: dict[str, list[int]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def score(self, where: str, expected: int, got: int) -> None:
        suffix = Path(where).suffix.lower() or "(table)"
        tally = self.by_suffix.setdefault(suffix, [0, 0, 0])
        tally[0] += 1
        tally[1] += got == expected
        tally[2] += got - expected
        self.assets += 1
        self.exact += got == expected
        self.within_2pc += abs(got - expected) <= max(1, round(expected * 0.02))
        self.abs_error += abs(got - expected)
        self.wrong_r74 += (got > 1000) != (expected > 1000)
        if got != expected:
            self.errors.append({"where": where, "truth": expected, "mamori": got})

    def as_dict(self) -> dict[str, Any]:
        return {
            "assets": self.assets,
            "exact": self.exact,
            "within_2pc": self.within_2pc,
            "abs_error": self.abs_error,
            "wrong_r7_4": self.wrong_r74,
            "by_suffix": {k: f"{v[1]}/{v[0]} exact, {v[2]:+d}" for k, v in sorted(self.by_suffix.items())},
        }


_OLD_LINE = re.compile(r"(?:見出し「(?P<header>.*?)」|(?P<letter>[A-Z]+)列).*→ (?P<holds>[A-Z_]+)$")


def _column_entries(raw: object) -> list[tuple[str, str | None]]:
    """(header or 1-based position, type) per column; mamori before issue 14 kept lines of text."""
    out: list[tuple[str, str | None]] = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict):
            header = str(entry.get("header") or "") or str(int(entry.get("index", -1)) + 1)
            out.append((header, entry.get("holds")))
        elif isinstance(entry, str) and (line := _OLD_LINE.search(entry.split(": ", 1)[-1])):
            letter = line["letter"]
            position = (
                str(sum((ord(c) - 64) * 26**i for i, c in enumerate(reversed(letter)))) if letter else ""
            )
            out.append((line["header"] or position, line["holds"]))
    return out


def _file_columns(asset: Asset | None) -> dict[str, str | None]:
    """Header (or 1-based position, for a table without one) → the type mamori gave it (most sheets)."""
    votes: dict[str, Counter[str | None]] = {}
    for header, holds in _column_entries(asset.exposure.get("columns") if asset is not None else None):
        votes.setdefault(header, Counter())[holds] += 1
        # a list of records inside a record (`children.0.name`, `children.1.name`): the contract is silent,
        # and generators name it without the index (`children.name`); both names are scored
        # an XML attribute (`本人@氏名`): the contract names key paths with dots only, so both are scored
        for alias in {_INDEX.sub(".", header), _INDEX.sub(".", header.replace("@", "."))} - {header}:
            votes.setdefault(alias, Counter())[holds] += 1
    return {h: c.most_common(1)[0][0] for h, c in votes.items()}


_INDEX = re.compile(r"\.\d+\.")


def score_drive(drive: Path, truth: dict[str, Any], workdir: Path) -> dict[str, Any]:
    assets, people = _scan([str(drive)], full=True, workdir=workdir)
    by_location = {a.location: a for a in assets if a.kind != "item"}
    # a file named after a person (履歴書_服部弘美.txt) is recorded under its screened name
    screen = LocationScreen.for_scan(fast=False, min_score=ScanOptions().min_score)
    persons, columns = Persons(), Columns()
    for rel, entry in sorted(truth["files"].items()):
        uri = file_uri(drive / rel)
        asset = by_location.get(uri) or by_location.get(screen.location(uri))
        got = (asset.people_estimate or 0) if asset is not None and asset.state == "ok" else 0
        persons.score(rel, int(entry["persons"]), got)
        if entry.get("column_positions"):  # a headerless table: its columns by 0-based position
            positions = entry["column_positions"]
            entry = {**entry, "columns": {str(int(k) + 1): v for k, v in positions.items()}}
        if entry.get("columns"):
            columns.score(rel, entry, _file_columns(asset))
    result = {
        "files": persons.as_dict(),
        "persons_total": {"truth": truth["persons_total"], "mamori": people},
        "columns": columns.as_dict(),
        "errors_in_files": sum(1 for a in assets if a.state == "error"),
    }
    return result | {"_errors": {"persons": persons.errors, "columns": columns.errors}}


def _db_columns(asset: Asset) -> dict[str, str | None]:
    raw = asset.exposure.get("columns") or {}
    return {str(k): (v.get("holds") if isinstance(v, dict) else None) for k, v in raw.items()}


def score_database(url: str, truth: dict[str, Any], workdir: Path, *, full: bool) -> dict[str, Any]:
    assets, scan_people = _scan([url], full=full, workdir=workdir)
    tables = {
        a.location.rsplit("table=", 1)[-1].split("&", 1)[0]: a for a in assets if "#table=" in a.location
    }
    whole = next((a for a in assets if a.kind == "database" and a.state == "ok"), None)
    persons, columns = Persons(), Columns()
    for name, entry in sorted(truth["tables"].items()):
        asset = next((a for key, a in tables.items() if key == name or key.endswith(f".{name}")), None)
        got = (asset.people_estimate or 0) if asset is not None and asset.state == "ok" else 0
        persons.score(name, int(entry["persons"]), got)
        if asset is not None and entry.get("columns"):
            columns.score(name, entry, _db_columns(asset))
    # mamori before issue 14 kept no whole-database asset: its scan-wide count is the one it gave
    whole_people = (whole.people_estimate or 0) if whole is not None else scan_people
    result = {
        "tables": persons.as_dict(),
        "persons_total": {"truth": truth["persons_total"], "mamori": whole_people},
        "columns": columns.as_dict(),
        "errors_in_tables": sum(1 for a in assets if a.state == "error"),
    }
    return result | {"_errors": {"persons": persons.errors, "columns": columns.errors}}


def run_set(name: str, keep: Path | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"blind-{name}-") as tmp:
        out = keep or Path(tmp) / "data"
        workdir = Path(tmp) / "ledgers"
        workdir.mkdir()
        saved = os.environ.get("MAMORI_HOME")
        os.environ["MAMORI_HOME"] = str(Path(tmp) / "home")  # never the user's key or sketches
        try:
            return _run_set(name, out, workdir)
        finally:
            if saved is None:
                os.environ.pop("MAMORI_HOME", None)
            else:
                os.environ["MAMORI_HOME"] = saved


def _run_set(name: str, out: Path, workdir: Path) -> dict[str, Any]:
    urls = _server_urls(name)
    truth = generate(name, out, urls)
    result: dict[str, Any] = {
        "seed": SEEDS[name],
        "drive": score_drive(out / "drive", truth["drive"], workdir),
    }
    databases = {"sqlite": f"sqlite:///{out / 'db.sqlite'}", **urls}
    for engine, url in databases.items():
        for full in (False, True):
            label = f"{engine}{' --full' if full else ''}"
            result[label] = score_database(url, truth["database"], workdir, full=full)
    return result


def _strip_errors(result: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    scores: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    for key, value in result.items():
        if isinstance(value, dict) and "_errors" in value:
            errors[key] = value["_errors"]
            scores[key] = {k: v for k, v in value.items() if k != "_errors"}
        else:
            scores[key] = value
    return scores, errors


def run(sets: tuple[str, ...] = tuple(SEEDS)) -> dict[str, Any]:
    """Scores of every set; blind-dev's errors written beside the results for reading."""
    outcome: dict[str, Any] = {}
    for name in sets:
        scores, errors = _strip_errors(run_set(name))
        outcome[f"blind_{name}"] = scores
        if name.startswith("dev"):
            RESULTS.mkdir(exist_ok=True)
            path = RESULTS / f"blind_people_{name}_errors.json"
            path.write_text(json.dumps(errors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=tuple(SEEDS), action="append", help="default: all")
    parser.add_argument("--name", default="blind_people", help="results file name")
    args = parser.parse_args()
    outcome = run(tuple(args.set or SEEDS))
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(outcome, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(outcome, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
