"""Read incident facts from a JSON or YAML file (or a dict) and validate every field.

Anything unknown or impossible raises `FactsError` naming the field, so triage never guesses about input.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import yaml

from mamori.incident.errors import FactsError
from mamori.incident.facts import (
    AccessLogs,
    Backup,
    Cause,
    Certainty,
    Contact,
    ContactDetails,
    DataItem,
    DataStatus,
    EmailExposure,
    Encryption,
    Entrustment,
    Event,
    Evidence,
    IncidentFacts,
    JnsaInput,
    Medium,
    Organisation,
    PeopleCount,
    Response,
    Role,
)
from mamori.law.items import CARD_SUBTYPES, ITEM_KINDS, SENSITIVE_SUBTYPES, item_from_name

E = TypeVar("E", bound=StrEnum)

_TOP_LEVEL = frozenset(
    {
        "title",
        "discovered_on",
        "organisation",
        "event",
        "certainty",
        "cause",
        "email_exposure",
        "medium",
        "data_items",
        "people",
        "sensitive_people",
        "encryption",
        "recovered_unread",
        "data_status",
        "jnsa",
        "evidence",
        "trigger_known_on",
        "occurred_on",
        "discovered_by",
        "description",
        "secondary_harm",
        "entrustment",
        "contact_details",
        "contact",
        "measures_taken",
        "prevention_done",
        "prevention_planned",
        "publication",
        "police",
    }
)
_REQUIRED = ("title", "discovered_on", "organisation", "cause", "data_items", "people")


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
    root = _mapping(data, "(root)")
    _no_unknown(root, _TOP_LEVEL, "")
    for key in _REQUIRED:
        if root.get(key) is None:
            raise FactsError(key, "必須の項目がありません", "required field is missing")
    people = _people(root["people"])
    items = _data_items(root["data_items"])
    sensitive_people = _opt_count(root, "sensitive_people")
    _check_sensitive_people(sensitive_people, people, items)
    event = _opt_enum(root, "event", Event, "event")
    if event is Event.NONE:
        raise FactsError(
            "event", "leak / loss / damage のいずれかを指定してください", "use leak, loss or damage"
        )
    facts = IncidentFacts(
        title=_text(root["title"], "title"),
        discovered_on=_date(root["discovered_on"], "discovered_on"),
        organisation=_organisation(root["organisation"]),
        cause=_enum(root["cause"], Cause, "cause"),
        data_items=items,
        people=people,
        event=event,
        certainty=_opt_enum(root, "certainty", Certainty, "certainty"),
        email_exposure=_opt_enum(root, "email_exposure", EmailExposure, "email_exposure"),
        medium=_opt_enum(root, "medium", Medium, "medium"),
        sensitive_people=sensitive_people,
        encryption=_opt_enum(root, "encryption", Encryption, "encryption") or Encryption.NONE,
        recovered_unread=_opt_bool(root, "recovered_unread", "recovered_unread") or False,
        data_status=_opt_enum(root, "data_status", DataStatus, "data_status") or DataStatus.PERSONAL_DATA,
        jnsa=_jnsa(root.get("jnsa")),
        evidence=_evidence(root.get("evidence")),
        trigger_known_on=_opt_date(root, "trigger_known_on", "trigger_known_on"),
        occurred_on=_opt_date(root, "occurred_on", "occurred_on"),
        discovered_by=_opt_text(root, "discovered_by", "discovered_by"),
        description=_opt_text(root, "description", "description"),
        secondary_harm=_opt_text(root, "secondary_harm", "secondary_harm"),
        entrustment=_entrustment(root.get("entrustment")),
        contact_details=_opt_enum(root, "contact_details", ContactDetails, "contact_details"),
        contact=_contact(root.get("contact")),
        measures_taken=_texts(root, "measures_taken"),
        prevention_done=_texts(root, "prevention_done"),
        prevention_planned=_texts(root, "prevention_planned"),
        publication=_opt_text(root, "publication", "publication"),
        police=_opt_text(root, "police", "police"),
    )
    _check_dates(facts)
    return facts


def _check_dates(facts: IncidentFacts) -> None:
    if facts.occurred_on and facts.occurred_on > facts.discovered_on:
        raise FactsError(
            "occurred_on", "発生日が発覚日（discovered_on）より後です", "occurred after it was discovered_on"
        )
    if facts.trigger_known_on and facts.trigger_known_on < facts.discovered_on:
        raise FactsError(
            "trigger_known_on",
            "発覚日（discovered_on）より前の日付です",
            "is earlier than discovered_on",
        )
    notified = facts.entrustment.notified_controller_on if facts.entrustment else None
    if notified and notified < facts.discovered_on:
        raise FactsError(
            "entrustment.notified_controller_on",
            "発覚日（discovered_on）より前の日付です",
            "is earlier than discovered_on",
        )


def _check_sensitive_people(count: int | None, people: PeopleCount, items: tuple[DataItem, ...]) -> None:
    if count is None:
        return
    if count > people.max:
        raise FactsError(
            "sensitive_people", "people（本人の数）を超えています", "is larger than the number of people"
        )
    if count > 0 and not any(item.type == "SENSITIVE" for item in items):
        raise FactsError(
            "sensitive_people",
            "data_items に SENSITIVE（要配慮個人情報）がありません",
            "data_items has no SENSITIVE item",
        )


def _people(value: object) -> PeopleCount:
    if isinstance(value, Mapping):
        _no_unknown(value, frozenset({"min", "max"}), "people.")
        low = _count(value.get("min"), "people.min")
        high = _count(value.get("max"), "people.max")
        if low > high:
            raise FactsError("people", "min が max より大きい値です", "min is larger than max")
        return PeopleCount(low, high)
    count = _count(value, "people")
    return PeopleCount(count, count)


def _data_items(value: object) -> tuple[DataItem, ...]:
    if not isinstance(value, list) or not value:
        raise FactsError("data_items", "1件以上の項目のリストが必要です", "must be a non-empty list")
    return tuple(_data_item(raw, f"data_items[{i}]") for i, raw in enumerate(value))


def _data_item(raw: object, where: str) -> DataItem:
    """An item as `{type: CODE, subtype: …}`, or just its name: `氏名`, `カード番号下4桁`, `病歴`."""
    item = {"type": raw} if isinstance(raw, str) else _mapping(raw, where)
    _no_unknown(item, frozenset({"type", "subtype", "payment_service"}), f"{where}.")
    code = _text(item.get("type"), f"{where}.type")
    named = None if code in ITEM_KINDS else item_from_name(code)
    if named is not None:  # 「カード番号下4桁」「病歴」: the name a person writes, not the code
        code = named[0]
        item = {**item, "type": code, "subtype": item.get("subtype") or named[1]}
    if code not in ITEM_KINDS:
        known = ", ".join(ITEM_KINDS)
        raise FactsError(
            f"{where}.type",
            f"不明な項目 {code!r} です（使えるコード: {known}、"
            "または「氏名」「カード番号下4桁」「病歴」などの名称）",
            f"unknown item code {code!r} (known: {known})",
        )
    subtype = _opt_text(item, "subtype", f"{where}.subtype")
    allowed = SENSITIVE_SUBTYPES if code == "SENSITIVE" else CARD_SUBTYPES if code == "CREDIT_CARD" else {}
    if code == "SENSITIVE" and subtype is None:
        raise FactsError(
            f"{where}.subtype",
            f"SENSITIVE には subtype が必要です（{', '.join(SENSITIVE_SUBTYPES)}）",
            "SENSITIVE needs a subtype",
        )
    if subtype is not None and subtype not in allowed:
        choices = ", ".join(allowed) or "なし / none"
        raise FactsError(
            f"{where}.subtype",
            f"{code} に使えない subtype {subtype!r} です（使える値: {choices}）",
            f"subtype {subtype!r} is not valid for {code} (allowed: {choices})",
        )
    payment = _opt_bool(item, "payment_service", f"{where}.payment_service")
    if payment is not None and code not in ("LOGIN_ID", "PASSWORD"):
        raise FactsError(
            f"{where}.payment_service",
            "LOGIN_ID と PASSWORD にだけ指定できます",
            "only applies to LOGIN_ID and PASSWORD",
        )
    return DataItem(code, subtype, payment)


def _organisation(value: object) -> Organisation:
    org = _mapping(value, "organisation")
    _no_unknown(org, frozenset({"name", "public_body", "supervising_ministry"}), "organisation.")
    return Organisation(
        name=_text(org.get("name"), "organisation.name"),
        public_body=_opt_bool(org, "public_body", "organisation.public_body") or False,
        supervising_ministry=_opt_text(org, "supervising_ministry", "organisation.supervising_ministry"),
    )


def _jnsa(value: object) -> JnsaInput:
    if value is None:
        return JnsaInput()
    raw = _mapping(value, "jnsa")
    _no_unknown(raw, frozenset({"social_responsibility", "response", "levels"}), "jnsa.")
    social = raw.get("social_responsibility")
    if social is not None and (isinstance(social, bool) or social not in (1, 2)):
        raise FactsError(
            "jnsa.social_responsibility",
            "1（一般的）か 2（一般より高い）を指定してください",
            "must be 1 (ordinary) or 2 (higher than ordinary)",
        )
    return JnsaInput(
        social_responsibility=int(social) if social is not None else 1,
        response=_opt_enum(raw, "response", Response, "jnsa.response") or Response.UNKNOWN,
        social_responsibility_given=social is not None,
        levels=_levels(raw.get("levels")),
    )


def _levels(value: object) -> dict[str, tuple[int, int]]:
    if value is None:
        return {}
    raw = _mapping(value, "jnsa.levels")
    levels: dict[str, tuple[int, int]] = {}
    for key, pair in raw.items():
        where = f"jnsa.levels.{key}"
        code, _, subtype = str(key).partition(":")
        if code not in ITEM_KINDS or (subtype and subtype not in {**SENSITIVE_SUBTYPES, **CARD_SUBTYPES}):
            raise FactsError(where, f"不明な項目コード {key!r} です", f"unknown item code {key!r}")
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 3 for v in pair)
        ):
            raise FactsError(
                where, "[x, y]（各1〜3の整数）で指定してください", "must be [x, y] with integers 1-3"
            )
        levels[str(key)] = (pair[0], pair[1])
    return levels


def _evidence(value: object) -> Evidence:
    if value is None:
        return Evidence()
    raw = _mapping(value, "evidence")
    keys = frozenset({"backup", "access_logs", "exfiltration_seen", "copy_elsewhere", "left_premises"})
    _no_unknown(raw, keys, "evidence.")
    return Evidence(
        backup=_opt_enum(raw, "backup", Backup, "evidence.backup"),
        access_logs=_opt_enum(raw, "access_logs", AccessLogs, "evidence.access_logs"),
        exfiltration_seen=_opt_bool(raw, "exfiltration_seen", "evidence.exfiltration_seen"),
        copy_elsewhere=_opt_bool(raw, "copy_elsewhere", "evidence.copy_elsewhere"),
        left_premises=_opt_bool(raw, "left_premises", "evidence.left_premises"),
    )


def _entrustment(value: object) -> Entrustment | None:
    if value is None:
        return None
    raw = _mapping(value, "entrustment")
    _no_unknown(raw, frozenset({"role", "counterparty", "notified_controller_on"}), "entrustment.")
    role = _enum(raw.get("role"), Role, "entrustment.role")
    notified = _opt_date(raw, "notified_controller_on", "entrustment.notified_controller_on")
    if notified and role is not Role.PROCESSOR:
        raise FactsError(
            "entrustment.notified_controller_on",
            "委託先（role: processor）のときだけ指定できます",
            "only applies when role is processor",
        )
    return Entrustment(role, _opt_text(raw, "counterparty", "entrustment.counterparty"), notified)


def _contact(value: object) -> Contact:
    if value is None:
        return Contact()
    raw = _mapping(value, "contact")
    _no_unknown(raw, frozenset({"desk", "phone", "email", "hours"}), "contact.")
    return Contact(
        desk=_opt_text(raw, "desk", "contact.desk"),
        phone=_opt_text(raw, "phone", "contact.phone"),
        email=_opt_text(raw, "email", "contact.email"),
        hours=_opt_text(raw, "hours", "contact.hours"),
    )


def _mapping(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise FactsError(where, "オブジェクト（キーと値の組）が必要です", "must be an object (mapping)")
    return value


def _no_unknown(raw: Mapping[str, object], allowed: frozenset[str], prefix: str) -> None:
    for key in raw:
        if key not in allowed:
            raise FactsError(
                f"{prefix}{key}",
                f"不明な項目です（使える項目: {', '.join(sorted(allowed))}）",
                "unknown field",
            )


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FactsError(where, "空でない文字列が必要です", "must be a non-empty string")
    return value.strip()


def _opt_text(raw: Mapping[str, object], key: str, where: str) -> str | None:
    value = raw.get(key)
    return None if value is None else _text(value, where)


def _texts(raw: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FactsError(key, "文字列のリストが必要です", "must be a list of strings")
    return tuple(_text(v, f"{key}[{i}]") for i, v in enumerate(value))


def _count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FactsError(where, "0以上の整数が必要です", "must be a whole number of 0 or more")
    if value < 0:
        raise FactsError(where, "負の数は指定できません", "must not be negative")
    return value


def _opt_count(raw: Mapping[str, object], key: str) -> int | None:
    value = raw.get(key)
    return None if value is None else _count(value, key)


def _opt_bool(raw: Mapping[str, object], key: str, where: str) -> bool | None:
    value = raw.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise FactsError(where, "true か false を指定してください", "must be true or false")


def _date(value: object, where: str) -> date:
    # A timestamp (YAML parses "2026-03-02 10:00" as one) counts by its calendar day, as deadlines do.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for parse in (date.fromisoformat, lambda text: datetime.fromisoformat(text).date()):
            try:
                return parse(value.strip())
            except ValueError:
                continue
    raise FactsError(
        where,
        f"存在する日付を YYYY-MM-DD 形式で指定してください（{value!r}）",
        f"must be a real date written YYYY-MM-DD (got {value!r})",
    )


def _opt_date(raw: Mapping[str, object], key: str, where: str) -> date | None:
    value = raw.get(key)
    return None if value is None else _date(value, where)


def _enum(value: object, kind: type[E], where: str) -> E:
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    # Event.NONE is an outcome of triage, never an input.
    choices = " | ".join(member.value for member in kind if member is not Event.NONE)
    raise FactsError(
        where,
        f"{value!r} は使えません（使える値: {choices}）",
        f"{value!r} is not allowed (use {choices})",
    )


def _opt_enum(raw: Mapping[str, object], key: str, kind: type[E], where: str) -> E | None:
    value = raw.get(key)
    return None if value is None else _enum(value, kind, where)
