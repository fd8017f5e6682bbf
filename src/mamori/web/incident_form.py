"""The incident form: its fields as a facts dict (the same facts file `mamori incident add` reads), and a
stored facts dict back into the form's values. Triage stays with `mamori.incident`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mamori.incident.documents.wording import CAUSE_JA, MEDIUM_JA
from mamori.law.items import ITEM_KINDS, SENSITIVE_SUBTYPES

CAUSES: tuple[tuple[str, str], ...] = tuple((c.value, label) for c, label in CAUSE_JA.items())
MEDIA: tuple[tuple[str, str], ...] = tuple((m.value, label) for m, label in MEDIUM_JA.items())
ITEMS: tuple[tuple[str, str], ...] = tuple((code, kind.name_ja) for code, kind in ITEM_KINDS.items())
SUBTYPES: tuple[tuple[str, str], ...] = tuple(SENSITIVE_SUBTYPES.items())


@dataclass
class IncidentForm:
    title: str = ""
    discovered_on: str = field(default_factory=lambda: date.today().isoformat())
    organisation: str = ""
    cause: str = "other"
    medium: str = "other"
    items: list[str] = field(default_factory=lambda: ["PERSON"])
    sensitive_subtype: str = "medical"
    people: int = 1
    encrypted: bool = False

    def facts(self) -> dict[str, Any]:
        data_items: list[dict[str, str]] = []
        for code in self.items:
            item = {"type": code}
            if code == "SENSITIVE":
                item["subtype"] = self.sensitive_subtype
            data_items.append(item)
        return {
            "title": self.title,
            "discovered_on": self.discovered_on,
            "organisation": {"name": self.organisation},
            "cause": self.cause,
            "medium": self.medium,
            "data_items": data_items,
            "people": self.people,
            "encryption": "high_grade_key_managed" if self.encrypted else "none",
        }


def _items(raw: object) -> tuple[list[str], str | None]:
    codes: list[str] = []
    subtype: str | None = None
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("type"), str):
            codes.append(entry["type"])
            subtype = subtype or (entry.get("subtype") if entry["type"] == "SENSITIVE" else None)
        elif isinstance(entry, str):
            codes.append(entry)
    return codes, subtype


def _people(raw: object) -> int:
    if isinstance(raw, int):
        return raw
    if isinstance(raw, dict) and isinstance(raw.get("max"), int):
        return int(raw["max"])
    return 1


def form_from_facts(facts: dict[str, Any]) -> IncidentForm:
    """Best effort: facts written by hand may say more than the form asks; what it cannot show is kept
    when the form is saved (the form's fields are laid over the stored facts)."""
    organisation = facts.get("organisation")
    codes, subtype = _items(facts.get("data_items"))
    return IncidentForm(
        title=str(facts.get("title", "")),
        discovered_on=str(facts.get("discovered_on", "")),
        organisation=str(organisation.get("name", "")) if isinstance(organisation, dict) else "",
        cause=str(facts.get("cause", "other")),
        medium=str(facts.get("medium", "other")),
        items=codes,
        sensitive_subtype=subtype or "medical",
        people=_people(facts.get("people")),
        encrypted=facts.get("encryption") == "high_grade_key_managed",
    )
