"""The published JSON Schemas: equal to what the models generate, and true of real output and input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from mamori.incident import FactsError, load_facts
from mamori.schemas import SCHEMAS, rendered
from tests.incident.cases import CASES, facts

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
DOCS_INCIDENT = Path(__file__).resolve().parents[2] / "docs" / "incident.md"
MEMO = "山田太郎さん（電話 090-1234-5678、マイナンバー 123456789018）は糖尿病で通院中です。\n"


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _mamori(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, in its own process."""
    env = {**os.environ, "MAMORI_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "mamori", *args], capture_output=True, text=True, encoding="utf-8", env=env
    )
    assert done.returncode == 0, done.stderr
    return done


def test_committed_schemas_are_what_the_models_generate() -> None:
    for name, text in rendered().items():
        committed = SCHEMA_DIR / name
        assert committed.is_file(), f"{committed} is missing: run `make schemas`"
        assert committed.read_text(encoding="utf-8") == text, f"{committed} is stale: run `make schemas`"
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(SCHEMAS)


@pytest.mark.parametrize("show_values", [False, True])
def test_detect_json_matches_its_schema(tmp_path: Path, show_values: bool) -> None:
    memo = tmp_path / "メモ.txt"
    memo.write_text(MEMO, encoding="utf-8")
    extra = ["--show-values"] if show_values else []
    out = json.loads(_mamori("detect", str(memo), "--json", *extra, home=tmp_path / "home").stdout)
    assert {"PHONE", "MY_NUMBER", "SENSITIVE"} <= {f["type"] for f in out}
    assert any("subtype" in f for f in out) and all(("value" in f) == show_values for f in out)
    _validator("detect.schema.json").validate(out)


def test_detect_json_of_a_csv_matches_its_schema(tmp_path: Path) -> None:
    table = tmp_path / "顧客.csv"
    table.write_text("氏名,電話番号\n山田 太郎,090-1234-5678\n", encoding="utf-8")
    out = json.loads(_mamori("detect", str(table), "--json", home=tmp_path / "home").stdout)
    assert {f["type"] for f in out} == {"PERSON", "PHONE"}
    _validator("detect.schema.json").validate(out)


def test_scan_json_matches_its_schema(tmp_path: Path) -> None:
    drive = tmp_path / "共有"
    drive.mkdir()
    (drive / "顧客.csv").write_text(
        "氏名,電話番号,生年月日,病歴\n"
        + "".join(f"山田 太郎{i},090-1234-{i:04d},1980-01-{i + 1:02d},糖尿病\n" for i in range(5)),
        encoding="cp932",
    )
    (drive / "メモ.txt").write_text(MEMO, encoding="utf-8")
    (drive / "broken.docx").write_bytes(b"PK\x03\x04broken")  # an asset in error: the nullable fields
    db = tmp_path / "ledger.db"
    args = [
        "scan",
        str(drive),
        "--db",
        str(db),
        "--json",
        "--workers",
        "1",
        "--store-values",
        "--show-values",
    ]
    out = json.loads(_mamori(*args, home=tmp_path / "home").stdout)
    states = {a["state"] for a in out["assets"]}
    assert states == {"ok", "error"} and out["people"] >= 5
    assert any(d for a in out["assets"] for d in a["column_decisions"])
    _validator("scan.schema.json").validate(out)


def test_a_schema_catches_output_it_does_not_describe() -> None:
    finding = {"type": "PHONE", "start": 0, "end": 13, "score": 0.97, "reasons": [], "preview": "x"}
    validator = _validator("detect.schema.json")
    validator.validate([finding])
    assert not validator.is_valid([{**finding, "colour": "red"}])
    assert not validator.is_valid([{**finding, "type": "SHOE_SIZE"}])


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_test_case_is_valid_facts(case: Any) -> None:
    _validator("incident-facts.schema.json").validate(case.facts)


def test_the_documented_facts_file_is_valid() -> None:
    block = DOCS_INCIDENT.read_text(encoding="utf-8").split("```yaml\n", 1)[1].split("```", 1)[0]
    data = json.loads(json.dumps(yaml.safe_load(block), default=str))  # YAML dates as JSON strings
    _validator("incident-facts.schema.json").validate(data)


def test_items_by_japanese_name_are_valid_facts() -> None:
    data = facts(data_items=["氏名", "カード番号下4桁", {"type": "病歴"}], sensitive_people=1)
    _validator("incident-facts.schema.json").validate(data)


def test_a_wrong_type_fails_the_schema_and_the_loader_naming_the_field(tmp_path: Path) -> None:
    bad = facts(people="たくさん", organisation={"name": "株式会社サンプル", "public_body": "はい"})
    assert not _validator("incident-facts.schema.json").is_valid(bad)
    path = tmp_path / "事案.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path)
    assert caught.value.field == "organisation.public_body"
    assert caught.value.message_ja == "true か false を指定してください"
    path.write_text(json.dumps(facts(people="たくさん"), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path)
    assert caught.value.field == "people"
    assert "整数" in caught.value.message_ja
