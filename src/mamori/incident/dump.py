"""IncidentFacts → the plain dict `facts_from_dict` reads, so facts can be stored and read back unchanged."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from mamori.incident.facts import Contact, DataItem, Evidence, IncidentFacts


def facts_to_dict(facts: IncidentFacts) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": facts.title,
        "discovered_on": facts.discovered_on.isoformat(),
        "organisation": _compact(
            {
                "name": facts.organisation.name,
                "public_body": facts.organisation.public_body,
                "supervising_ministry": facts.organisation.supervising_ministry,
            }
        ),
        "cause": facts.cause.value,
        "data_items": [_item(i) for i in facts.data_items],
        "people": facts.people.max
        if not facts.people.is_range
        else {"min": facts.people.min, "max": facts.people.max},
        "event": facts.event,
        "certainty": facts.certainty,
        "email_exposure": facts.email_exposure,
        "medium": facts.medium,
        "sensitive_people": facts.sensitive_people,
        "encryption": facts.encryption,
        "recovered_unread": facts.recovered_unread,
        "data_status": facts.data_status,
        "jnsa": _compact(
            {
                "social_responsibility": facts.jnsa.social_responsibility
                if facts.jnsa.social_responsibility_given
                else None,
                "response": facts.jnsa.response,
                "levels": {k: list(v) for k, v in facts.jnsa.levels.items()} or None,
            }
        ),
        "evidence": _evidence(facts.evidence),
        "trigger_known_on": facts.trigger_known_on,
        "occurred_on": facts.occurred_on,
        "discovered_by": facts.discovered_by,
        "description": facts.description,
        "secondary_harm": facts.secondary_harm,
        "entrustment": None
        if facts.entrustment is None
        else _compact(
            {
                "role": facts.entrustment.role,
                "counterparty": facts.entrustment.counterparty,
                "notified_controller_on": facts.entrustment.notified_controller_on,
            }
        ),
        "contact_details": facts.contact_details,
        "contact": _contact(facts.contact),
        "measures_taken": list(facts.measures_taken) or None,
        "prevention_done": list(facts.prevention_done) or None,
        "prevention_planned": list(facts.prevention_planned) or None,
        "publication": facts.publication,
        "police": facts.police,
    }
    return _compact(data)


def _item(item: DataItem) -> dict[str, Any]:
    return _compact({"type": item.type, "subtype": item.subtype, "payment_service": item.payment_service})


def _evidence(ev: Evidence) -> dict[str, Any] | None:
    return (
        _compact(
            {
                "backup": ev.backup,
                "access_logs": ev.access_logs,
                "exfiltration_seen": ev.exfiltration_seen,
                "copy_elsewhere": ev.copy_elsewhere,
                "left_premises": ev.left_premises,
            }
        )
        or None
    )


def _contact(c: Contact) -> dict[str, Any] | None:
    return _compact({"desk": c.desk, "phone": c.phone, "email": c.email, "hours": c.hours}) or None


def _compact(raw: dict[str, Any]) -> dict[str, Any]:
    """Drop unset fields and turn enums and dates into the strings the loader reads."""
    result: dict[str, Any] = {}
    for key, value in raw.items():
        if value is None or value == {}:
            continue
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        result[key] = value
    return result
