"""Read incident facts from a JSON or YAML file (or a dict) and validate every field.

Anything unknown or impossible raises `FactsError` naming the field, so triage never guesses about input.
The fields and their checks are the pydantic models of `facts_model.py`; this module reads files and
turns the first validation error into a `FactsError`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from mamori.incident.errors import FACTS_ERROR, FactsError
from mamori.incident.facts import IncidentFacts

if TYPE_CHECKING:
    from pydantic import ValidationError


def load_facts(path: str | Path) -> IncidentFacts:
    """Read a `.json`, `.yaml` or `.yml` file of incident facts."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(
            str(path), f"ファイルを読めません（{exc}）", f"cannot read the file ({exc})"
        ) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise FactsError(
            str(path), f"JSON/YAML として読めません（{exc}）", f"not valid JSON/YAML ({exc})"
        ) from None
    return facts_from_dict(data)


def facts_from_dict(data: object) -> IncidentFacts:
    """Validate facts as read from JSON/YAML (a mapping) into `IncidentFacts`, or raise `FactsError`."""
    # Imported here: pydantic and the models take a tenth of a second to load, and most importers of
    # `mamori.incident` build `IncidentFacts` directly (every scan worker, through the asset assessment).
    from pydantic import ValidationError

    from mamori.incident.facts_model import FactsIn

    try:
        return FactsIn.model_validate(data).to_facts()
    except ValidationError as exc:
        raise _facts_error(exc) from None


def _facts_error(exc: ValidationError) -> FactsError:
    """The first error, at its field written as in the file: `data_items[0].type`, `jnsa.levels.PERSON`."""
    error = exc.errors()[0]
    context = error.get("ctx") or {}
    path = ""
    for part in error["loc"]:
        if part == "[key]":  # pydantic marks a mapping's key (`jnsa.levels.X`) after the key itself
            continue
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    if context.get("below"):
        path = f"{path}.{context['below']}" if path else str(context["below"])
    field = path or "(root)"
    if error["type"] == FACTS_ERROR:
        return FactsError(field, str(context["ja"]), str(context["en"]))
    if error["type"] == "missing":
        return FactsError(field, "必須の項目がありません", "required field is missing")
    # Every check of the models raises the custom error; anything else is pydantic's own, kept as it is.
    return FactsError(field, f"値が正しくありません（{error['msg']}）", error["msg"])
