"""The example in docs/incident.md stays valid and gives the answer the docs imply."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from mamori.incident import facts_from_dict, triage

DOCS = Path(__file__).resolve().parents[2] / "docs" / "incident.md"


def test_docs_yaml_example_triages() -> None:
    block = re.search(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert block is not None
    result = triage(facts_from_dict(yaml.safe_load(block.group(1))))
    assert result.triggers == ("R7-1", "R7-2", "R7-4")
    assert result.jnsa.per_person_yen == 105_000
