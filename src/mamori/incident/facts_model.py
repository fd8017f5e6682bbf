"""The incident facts a JSON/YAML file may hold, as pydantic models: one definition behind both the
validation in `load.py` and the published `schemas/incident-facts.schema.json`.

Every check raises a `PydanticCustomError` carrying the Japanese and English message in its context, so
`load.py` turns the first error into a `FactsError` naming the field without translating pydantic's own
messages. `None` (YAML `null`) anywhere means "not given", as it always has. The models are an input
format only: `to_facts()` gives the `IncidentFacts` dataclasses the rest of mamori relies on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from mamori.incident.errors import FACTS_ERROR
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


def fail(ja: str, en: str, *, below: str = "") -> PydanticCustomError:
    """A refusal in both languages. `below` names a field under the one being validated: a model-level
    check is raised at the model, but the message must name the field it is about."""
    return PydanticCustomError(FACTS_ERROR, "{en}", {"ja": ja, "en": en, "below": below})


# --- values -------------------------------------------------------------------------------------------
# Checked before pydantic's own coercion, which would accept what a facts file must not mean: `true` as a
# count of 1, "10" as a number, a timestamp in seconds as a date.


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail("空でない文字列が必要です", "must be a non-empty string")
    return value.strip()


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail("0以上の整数が必要です", "must be a whole number of 0 or more")
    if value < 0:
        raise fail("負の数は指定できません", "must not be negative")
    return value


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise fail("true か false を指定してください", "must be true or false")


def _day(value: object) -> date:
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
    raise fail(
        f"存在する日付を YYYY-MM-DD 形式で指定してください（{value!r}）",
        f"must be a real date written YYYY-MM-DD (got {value!r})",
    )


def _one_of(kind: type[StrEnum], *hidden: StrEnum) -> BeforeValidator:
    """Only the values of `kind` a file may give (`hidden` ones are outcomes of triage, never input)."""
    allowed = [member.value for member in kind if member not in hidden]

    def check(value: object) -> object:
        if isinstance(value, str) and value in allowed:
            return value
        choices = " | ".join(allowed)
        raise fail(
            f"{value!r} は使えません（使える値: {choices}）", f"{value!r} is not allowed (use {choices})"
        )

    # The schema lists the values a file may give, not every member (Event.NONE is no input).
    return BeforeValidator(check, json_schema_input_type=Literal[tuple(allowed)])


def _list(value: object) -> object:
    if not isinstance(value, list):
        raise fail("文字列のリストが必要です", "must be a list of strings")
    return value


def _items(value: object) -> object:
    if not isinstance(value, list) or not value:
        raise fail("1件以上の項目のリストが必要です", "must be a non-empty list")
    return value


_SUBTYPES = {**SENSITIVE_SUBTYPES, **CARD_SUBTYPES}
_LEVEL_KEY = re.compile(rf"({'|'.join(ITEM_KINDS)})(:({'|'.join(_SUBTYPES)}))?")


def _level_key(key: str) -> str:
    if not _LEVEL_KEY.fullmatch(key):
        raise fail(f"不明な項目コード {key!r} です", f"unknown item code {key!r}")
    return key


def _level_pair(value: object) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 3 for v in value)
    ):
        raise fail("[x, y]（各1〜3の整数）で指定してください", "must be [x, y] with integers 1-3")
    return (value[0], value[1])


def _social(value: object) -> int:
    if isinstance(value, bool) or value not in (1, 2):
        raise fail(
            "1（一般的）か 2（一般より高い）を指定してください",
            "must be 1 (ordinary) or 2 (higher than ordinary)",
        )
    return 1 if value == 1 else 2


Text = Annotated[str, Field(min_length=1), BeforeValidator(_text)]
Count = Annotated[int, Field(ge=0), BeforeValidator(_count)]
Flag = Annotated[bool, BeforeValidator(_flag)]
Day = Annotated[
    date,
    BeforeValidator(_day),
    WithJsonSchema(
        {"type": "string", "format": "date", "description": "YYYY-MM-DD (a timestamp counts by its day)"}
    ),
]
Texts = Annotated[tuple[Text, ...], BeforeValidator(_list)]
LevelKey = Annotated[
    str,
    AfterValidator(_level_key),
    WithJsonSchema({"type": "string", "pattern": f"^{_LEVEL_KEY.pattern}$"}),
]
Level = Annotated[int, Field(ge=1, le=3)]
LevelPair = Annotated[tuple[Level, Level], BeforeValidator(_level_pair)]


# --- objects ------------------------------------------------------------------------------------------


class _Model(BaseModel):
    # Unknown fields are refused rather than ignored: a misspelt field would leave triage guessing.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        model_title_generator=lambda model: model.__name__.removesuffix("In"),
    )

    @model_validator(mode="before")
    @classmethod
    def _known_fields(cls, data: object) -> object:
        data = cls._shorthand(data)
        if not isinstance(data, Mapping):
            raise fail("オブジェクト（キーと値の組）が必要です", "must be an object (mapping)")
        for key in data:
            if key not in cls.model_fields:
                allowed = ", ".join(sorted(cls.model_fields))
                raise fail(f"不明な項目です（使える項目: {allowed}）", "unknown field", below=str(key))
        return {key: value for key, value in data.items() if value is not None}

    @classmethod
    def _shorthand(cls, data: object) -> object:
        """What a person may write instead of the whole object (a bare count, an item's name)."""
        return data


class OrganisationIn(_Model):
    """The organisation the data was entrusted to or held by."""

    name: Text
    public_body: Flag | None = None
    """行政機関等 (public bodies report under 法68条 and 規則43条)."""
    supervising_ministry: Text | None = None
    """法150条: in delegated sectors the report goes to this ministry instead of the PPC."""

    def to_dataclass(self) -> Organisation:
        return Organisation(self.name, bool(self.public_body), self.supervising_ministry)


class DataItemIn(_Model):
    """One kind of data involved: `{type: CODE, subtype: …}`, or just its Japanese name (氏名, 病歴)."""

    type: Text
    """An item code (PERSON, SENSITIVE, CREDIT_CARD, …) or its Japanese name."""
    subtype: Text | None = None
    """SENSITIVE (required): medical, criminal_record, creed, race, social_status, disability, crime_victim;
    CREDIT_CARD: full (default) or last4."""
    payment_service: Flag | None = None
    """LOGIN_ID / PASSWORD only: whether the service can send money or pay (規則7条2号 事例2)."""

    @classmethod
    def _shorthand(cls, data: object) -> object:
        item = {"type": data} if isinstance(data, str) else data
        if isinstance(item, Mapping) and isinstance(code := item.get("type"), str) and code not in ITEM_KINDS:
            named = item_from_name(code)
            if named is not None:  # 「カード番号下4桁」「病歴」: the name a person writes, not the code
                item = {**item, "type": named[0], "subtype": item.get("subtype") or named[1]}
        return item

    @model_validator(mode="after")
    def _known_item(self) -> Self:
        code, subtype = self.type, self.subtype
        if code not in ITEM_KINDS:
            known = ", ".join(ITEM_KINDS)
            raise fail(
                f"不明な項目 {code!r} です（使えるコード: {known}、"
                "または「氏名」「カード番号下4桁」「病歴」などの名称）",
                f"unknown item code {code!r} (known: {known})",
                below="type",
            )
        allowed = (
            SENSITIVE_SUBTYPES if code == "SENSITIVE" else CARD_SUBTYPES if code == "CREDIT_CARD" else {}
        )
        if code == "SENSITIVE" and subtype is None:
            raise fail(
                f"SENSITIVE には subtype が必要です（{', '.join(SENSITIVE_SUBTYPES)}）",
                "SENSITIVE needs a subtype",
                below="subtype",
            )
        if subtype is not None and subtype not in allowed:
            choices = ", ".join(allowed) or "なし / none"
            raise fail(
                f"{code} に使えない subtype {subtype!r} です（使える値: {choices}）",
                f"subtype {subtype!r} is not valid for {code} (allowed: {choices})",
                below="subtype",
            )
        if self.payment_service is not None and code not in ("LOGIN_ID", "PASSWORD"):
            raise fail(
                "LOGIN_ID と PASSWORD にだけ指定できます",
                "only applies to LOGIN_ID and PASSWORD",
                below="payment_service",
            )
        return self

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string", "description": "an item's Japanese name"}, handler(schema)]}

    def to_dataclass(self) -> DataItem:
        return DataItem(self.type, self.subtype, self.payment_service)


class PeopleIn(_Model):
    """How many persons are affected: a whole number, or `{min, max}` while the count cannot be fixed."""

    min: Count
    max: Count

    @classmethod
    def _shorthand(cls, data: object) -> object:
        if isinstance(data, Mapping):
            return data
        count = _count(data)
        return {"min": count, "max": count}

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise fail("min が max より大きい値です", "min is larger than max")
        return self

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [{"type": "integer", "minimum": 0}, handler(schema)]}

    def to_dataclass(self) -> PeopleCount:
        return PeopleCount(self.min, self.max)


class JnsaIn(_Model):
    """Inputs of the JNSA damage model."""

    social_responsibility: Annotated[int, Field(ge=1, le=2), BeforeValidator(_social)] | None = None
    """社会的責任度: 1 (ordinary) or 2 (higher than ordinary)."""
    response: Annotated[Response, _one_of(Response)] | None = None
    """事後対応評価."""
    levels: dict[LevelKey, LevelPair] | None = None
    """Simple-EP level overrides keyed TYPE or TYPE:subtype: [x 精神, y 経済], each 1-3."""

    def to_dataclass(self) -> JnsaInput:
        return JnsaInput(
            social_responsibility=self.social_responsibility or 1,
            response=self.response or Response.UNKNOWN,
            social_responsibility_given=self.social_responsibility is not None,
            levels=dict(self.levels or {}),
        )


class EvidenceIn(_Model):
    """What is known, from which mamori decides `event` and `certainty` when they are omitted."""

    backup: Annotated[Backup, _one_of(Backup)] | None = None
    access_logs: Annotated[AccessLogs, _one_of(AccessLogs)] | None = None
    exfiltration_seen: Flag | None = None
    copy_elsewhere: Flag | None = None
    left_premises: Flag | None = None

    def to_dataclass(self) -> Evidence:
        return Evidence(
            self.backup, self.access_logs, self.exfiltration_seen, self.copy_elsewhere, self.left_premises
        )


class EntrustmentIn(_Model):
    """Processing entrusted (委託): which side this organisation is on."""

    role: Annotated[Role, _one_of(Role)]
    counterparty: Text | None = None
    notified_controller_on: Day | None = None
    """For a processor: the day it told the controller (規則9条)."""

    @model_validator(mode="after")
    def _processor_only(self) -> Self:
        if self.notified_controller_on and self.role is not Role.PROCESSOR:
            raise fail(
                "委託先（role: processor）のときだけ指定できます",
                "only applies when role is processor",
                below="notified_controller_on",
            )
        return self

    def to_dataclass(self) -> Entrustment:
        return Entrustment(self.role, self.counterparty, self.notified_controller_on)


class ContactIn(_Model):
    """The desk persons affected may contact (printed in the notice and announcement)."""

    desk: Text | None = None
    phone: Text | None = None
    email: Text | None = None
    hours: Text | None = None

    def to_dataclass(self) -> Contact:
        return Contact(self.desk, self.phone, self.email, self.hours)


class FactsIn(_Model):
    """An incident's facts, as `mamori incident assess` reads them from JSON or YAML (docs/incident.md)."""

    model_config = ConfigDict(title="mamori incident facts")

    title: Text
    discovered_on: Day
    """The day any part of the organisation knew: day 1 of the deadlines."""
    organisation: OrganisationIn
    cause: Annotated[Cause, _one_of(Cause)]
    data_items: Annotated[tuple[DataItemIn, ...], Field(min_length=1), BeforeValidator(_items)]
    people: PeopleIn
    event: Annotated[Event, _one_of(Event, Event.NONE)] | None = None
    """漏えい (leak), 滅失 (loss) or 毀損 (damage); omit when unknown."""
    certainty: Annotated[Certainty, _one_of(Certainty)] | None = None
    """confirmed, or possible (発生したおそれ); omit when unknown."""
    email_exposure: Annotated[EmailExposure, _one_of(EmailExposure)] | None = None
    medium: Annotated[Medium, _one_of(Medium)] | None = None
    sensitive_people: Count | None = None
    """How many of the people have a SENSITIVE item leaked."""
    encryption: Annotated[Encryption, _one_of(Encryption)] | None = None
    recovered_unread: Flag | None = None
    """Every copy recovered before a third party saw it."""
    data_status: Annotated[DataStatus, _one_of(DataStatus)] | None = None
    jnsa: JnsaIn | None = None
    evidence: EvidenceIn | None = None
    trigger_known_on: Day | None = None
    """The day a report trigger became known when later than discovery (deadlines run from it)."""
    occurred_on: Day | None = None
    discovered_by: Text | None = None
    description: Text | None = None
    secondary_harm: Text | None = None
    entrustment: EntrustmentIn | None = None
    contact_details: Annotated[ContactDetails, _one_of(ContactDetails)] | None = None
    """Whether the organisation can reach the people (decides the notice exception, 法26条2項ただし書)."""
    contact: ContactIn | None = None
    measures_taken: Texts | None = None
    prevention_done: Texts | None = None
    prevention_planned: Texts | None = None
    publication: Text | None = None
    police: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        self._check_sensitive_people()
        self._check_dates()
        return self

    def _check_sensitive_people(self) -> None:
        count = self.sensitive_people
        if count is None:
            return
        if count > self.people.max:
            raise fail(
                "people（本人の数）を超えています",
                "is larger than the number of people",
                below="sensitive_people",
            )
        if count > 0 and not any(item.type == "SENSITIVE" for item in self.data_items):
            raise fail(
                "data_items に SENSITIVE（要配慮個人情報）がありません",
                "data_items has no SENSITIVE item",
                below="sensitive_people",
            )

    def _check_dates(self) -> None:
        if self.occurred_on and self.occurred_on > self.discovered_on:
            raise fail(
                "発生日が発覚日（discovered_on）より後です",
                "occurred after it was discovered_on",
                below="occurred_on",
            )
        if self.trigger_known_on and self.trigger_known_on < self.discovered_on:
            raise fail(
                "発覚日（discovered_on）より前の日付です",
                "is earlier than discovered_on",
                below="trigger_known_on",
            )
        notified = self.entrustment.notified_controller_on if self.entrustment else None
        if notified and notified < self.discovered_on:
            raise fail(
                "発覚日（discovered_on）より前の日付です",
                "is earlier than discovered_on",
                below="entrustment.notified_controller_on",
            )

    def to_facts(self) -> IncidentFacts:
        return IncidentFacts(
            title=self.title,
            discovered_on=self.discovered_on,
            organisation=self.organisation.to_dataclass(),
            cause=self.cause,
            data_items=tuple(item.to_dataclass() for item in self.data_items),
            people=self.people.to_dataclass(),
            event=self.event,
            certainty=self.certainty,
            email_exposure=self.email_exposure,
            medium=self.medium,
            sensitive_people=self.sensitive_people,
            encryption=self.encryption or Encryption.NONE,
            recovered_unread=bool(self.recovered_unread),
            data_status=self.data_status or DataStatus.PERSONAL_DATA,
            jnsa=self.jnsa.to_dataclass() if self.jnsa else JnsaInput(),
            evidence=self.evidence.to_dataclass() if self.evidence else Evidence(),
            trigger_known_on=self.trigger_known_on,
            occurred_on=self.occurred_on,
            discovered_by=self.discovered_by,
            description=self.description,
            secondary_harm=self.secondary_harm,
            entrustment=self.entrustment.to_dataclass() if self.entrustment else None,
            contact_details=self.contact_details,
            contact=self.contact.to_dataclass() if self.contact else Contact(),
            measures_taken=self.measures_taken or (),
            prevention_done=self.prevention_done or (),
            prevention_planned=self.prevention_planned or (),
            publication=self.publication,
            police=self.police,
        )


def facts_json_schema() -> dict[str, Any]:
    """The JSON Schema of a facts file, as published in `schemas/incident-facts.schema.json`."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **FactsIn.model_json_schema()}
