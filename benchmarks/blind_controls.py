"""Evidence rules of `mamori check` on blind control-evidence data written by people who never read
mamori's source (`benchmarks/blind/controls/<set>/generate.py`; the contract is CONTRACT.md beside them).

    python -m benchmarks.blind_controls --set dev|test [--generators DIR] [--seed N] [--keep DIR]

Each set's generator writes a drive, incident files, a policy and a PostgreSQL database with known
problems; mamori scans the drive and the database into a fresh ledger, runs the evidence rules with the
set's policy and is scored per rule (precision, recall) and on false alarms on the clean assets and on
those holding no personal data. For `dev` the misses and false alarms are listed; for `test` only scores.
The generator runs as a subprocess and is never read here; without `--seed` it uses its own default.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mamori.controls.answers import load_policy
from mamori.controls.evidence import RULES, evaluate
from mamori.controls.inventory import incidents_from_files, scanned_assets
from mamori.ledger import open_ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.screen import LocationScreen
from mamori.sources.location import file_uri

ROOT = Path(__file__).resolve().parent
GENERATORS = ROOT / "blind" / "controls"
RESULTS = ROOT / "results" / "blind_controls.json"
SETS = ("dev", "dev2", "test")
DB_URL = "postgresql+psycopg://127.0.0.1/blind_controls_{set}"


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def to_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
        }


@dataclass
class SetScore:
    rules: dict[str, RuleScore] = field(default_factory=lambda: {r: RuleScore() for r in RULES})
    false_alarms_clean: int = 0
    false_alarms_no_personal: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self, *, errors: bool) -> dict[str, Any]:
        total = RuleScore(
            sum(s.tp for s in self.rules.values()),
            sum(s.fp for s in self.rules.values()),
            sum(s.fn for s in self.rules.values()),
        )
        out: dict[str, Any] = {
            "rules": {r: s.to_dict() for r, s in self.rules.items()},
            "all": total.to_dict(),
            "false_alarms_on_clean": self.false_alarms_clean,
            "false_alarms_on_no_personal_data": self.false_alarms_no_personal,
        }
        if errors:
            out["misses"] = [f"{r} {a}" for r, a in sorted(self.misses)]
            out["false_alarms"] = [f"{r} {a}" for r, a in sorted(self.false_alarms)]
        return out


def generate(generator: Path, out: Path, db_url: str, seed: int | None) -> dict[str, Any]:
    command = [sys.executable, str(generator), "--out", str(out), "--db-url", db_url]
    if seed is not None:
        command += ["--seed", str(seed)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    truth: dict[str, Any] = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    return truth


def _real_names(drive: Path) -> dict[str, str]:
    """Screened location (as the ledger keeps it: a name holding a person's name is masked) → the
    file's name in the truth (`drive/<relative path>`), so that a masked file name is still scored."""
    screen = LocationScreen.for_scan(fast=False, min_score=ScanOptions().min_score)
    return {
        screen.location(file_uri(path)): "drive/" + path.relative_to(drive).as_posix()
        for path in drive.rglob("*")
        if path.is_file()
    }


def predict(out: Path, db_url: str) -> set[tuple[str, str]]:
    drive = out / "drive"
    ledger_file = out / "ledger.db"
    ledger_file.unlink(missing_ok=True)  # a fresh ledger: nothing carried from an earlier run
    with open_ledger(f"sqlite:///{ledger_file}") as ledger:
        summary = run_scan([str(drive), db_url], ledger, ScanOptions(workers=2))
        assets = scanned_assets(ledger, summary.scan_id)
    names = _real_names(drive)
    incidents = incidents_from_files([out / "incidents"]) if (out / "incidents").is_dir() else []
    found = evaluate(assets, incidents, load_policy(out / "policy.json"))
    return {(c.rule, names.get(c.location.split("#", 1)[0], c.asset)) for c in found}


def score(predicted: set[tuple[str, str]], truth: dict[str, Any]) -> SetScore:
    expected = {(str(p["rule"]), str(p["asset"])) for p in truth.get("problems", [])}
    clean = set(truth.get("clean", []))
    empty = set(truth.get("no_personal_data", []))
    result = SetScore()
    for rule, asset in expected:
        hit = (rule, asset) in predicted
        result.rules.setdefault(rule, RuleScore())
        if hit:
            result.rules[rule].tp += 1
        else:
            result.rules[rule].fn += 1
            result.misses.append((rule, asset))
    for rule, asset in predicted - expected:
        result.rules.setdefault(rule, RuleScore()).fp += 1
        result.false_alarms.append((rule, asset))
        result.false_alarms_clean += asset in clean
        result.false_alarms_no_personal += asset in empty
    return result


def run_set(
    name: str, generators: Path = GENERATORS, seed: int | None = None, keep: Path | None = None
) -> dict[str, Any] | None:
    generator = generators / name / "generate.py"
    if not generator.is_file():
        return None
    db_url = DB_URL.format(set=name)
    with tempfile.TemporaryDirectory(prefix=f"blind-controls-{name}-") as tmp:
        out = keep or Path(tmp)
        truth = generate(generator, out, db_url, seed)
        scored = score(predict(out, db_url), truth)
    result = scored.to_dict(errors=name != "test")
    result["problems"] = len(truth.get("problems", []))
    result["by_rule_in_truth"] = dict(Counter(str(p["rule"]) for p in truth.get("problems", [])))
    return result


def run(sets: tuple[str, ...] = SETS, generators: Path = GENERATORS) -> dict[str, Any] | None:
    """For `make bench`: every set whose generator is present (None when there is none)."""
    results = {name: r for name in sets if (r := run_set(name, generators)) is not None}
    if not results:
        return None
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {
        name: {
            "all": r["all"],
            "false_alarms_on_clean": r["false_alarms_on_clean"],
            "false_alarms_on_no_personal_data": r["false_alarms_on_no_personal_data"],
        }
        for name, r in results.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=SETS, action="append", help="dev or test (default: both)")
    parser.add_argument(
        "--generators", type=Path, default=GENERATORS, help="folder holding <set>/generate.py"
    )
    parser.add_argument("--seed", type=int, help="seed for the generator (default: its own)")
    parser.add_argument("--keep", type=Path, help="write the generated data here and keep it")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    if RESULTS.exists():
        results = json.loads(RESULTS.read_text(encoding="utf-8"))
    for name in args.set or SETS:
        result = run_set(name, args.generators, args.seed, args.keep)
        if result is None:
            print(f"{name}: no generator at {args.generators / name / 'generate.py'}", file=sys.stderr)
            continue
        results[name] = result
        shown = (
            result
            if name != "test"
            else {
                k: v
                for k, v in result.items()
                if k
                in ("rules", "all", "false_alarms_on_clean", "false_alarms_on_no_personal_data", "problems")
            }
        )
        print(json.dumps({name: shown}, ensure_ascii=False, indent=1))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
