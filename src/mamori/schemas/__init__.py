"""JSON Schemas of what mamori reads and prints, generated from pydantic models and published in the
repository's `schemas/` folder: the incident facts file (`mamori.incident.facts_model`, the models that
also validate it), `mamori detect --json` and `mamori scan --json` (`output.py`).

`python -m mamori.schemas` (`make schemas`) writes them; a test keeps the files equal to the models.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mamori.incident.facts_model import facts_json_schema
from mamori.schemas.output import detect_json_schema, scan_json_schema

SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "incident-facts.schema.json": facts_json_schema,
    "detect.schema.json": detect_json_schema,
    "scan.schema.json": scan_json_schema,
}


def rendered() -> dict[str, str]:
    """Each schema file's name and text, exactly as committed."""
    return {name: json.dumps(make(), ensure_ascii=False, indent=2) + "\n" for name, make in SCHEMAS.items()}


def write(folder: Path) -> list[Path]:
    """Write every schema into `folder`; the files whose text changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in rendered().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


__all__ = ["SCHEMAS", "rendered", "write"]
