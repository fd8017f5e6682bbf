"""The incident facts a JSON/YAML file may hold, as pydantic models: one definition behind both the
validation in `load.py` and the published `schemas/incident-facts.schema.json`.

The values (`facts_values.py`) and the checks across fields here raise errors carrying the Japanese and
English message, so `load.py` turns the first into a `FactsError` naming the field. `None` (YAML `null`)
anywhere means "not given", as it always has. The models are an input format only: `to_facts()` gives the
`IncidentFacts` dataclasses the rest of mamori relies on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

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
from mamori.incident.facts_values import (
    Count,
    Day,
    Flag,
    LevelKey,
    LevelPair,
    Social,
    Text,
    Texts,
    fail,
    non_empty_list,
    one_of,
    whole_count,
)
from mamori.law.items import CARD_SUBTYPES, ITEM_KINDS, SENSITIVE_SUBTYPES, item_from_name


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
        count = whole_count(data)
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

    social_responsibility: Social | None = None
    """社会的責任度: 1 (ordinary) or 2 (higher than ordinary)."""
    response: Annotated[Response, one_of(Response)] | None = None
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

    backup: Annotated[Backup, one_of(Backup)] | None = None
    access_logs: Annotated[AccessLogs, one_of(AccessLogs)] | None = None
    exfiltration_seen: Flag | None = None
    copy_elsewhere: Flag | None = None
    left_premises: Flag | None = None

    def to_dataclass(self) -> Evidence:
        return Evidence(
            self.backup, self.access_logs, self.exfiltration_seen, self.copy_elsewhere, self.left_premises
        )


class EntrustmentIn(_Model):
    """Processing entrusted (委託): which side this organisation is on."""

    role: Annotated[Role, one_of(Role)]
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
    cause: Annotated[Cause, one_of(Cause)]
    data_items: Annotated[tuple[DataItemIn, ...], Field(min_length=1), BeforeValidator(non_empty_list)]
    people: PeopleIn
    event: Annotated[Event, one_of(Event, Event.NONE)] | None = None
    """漏えい (leak), 滅失 (loss) or 毀損 (damage); omit when unknown."""
    certainty: Annotated[Certainty, one_of(Certainty)] | None = None
    """confirmed, or possible (発生したおそれ); omit when unknown."""
    email_exposure: Annotated[EmailExposure, one_of(EmailExposure)] | None = None
    medium: Annotated[Medium, one_of(Medium)] | None = None
    sensitive_people: Count | None = None
    """How many of the people have a SENSITIVE item leaked."""
    encryption: Annotated[Encryption, one_of(Encryption)] | None = None
    recovered_unread: Flag | None = None
    """Every copy recovered before a third party saw it."""
    data_status: Annotated[DataStatus, one_of(DataStatus)] | None = None
    jnsa: JnsaIn | None = None
    evidence: EvidenceIn | None = None
    trigger_known_on: Day | None = None
    """The day a report trigger became known when later than discovery (deadlines run from it)."""
    occurred_on: Day | None = None
    discovered_by: Text | None = None
    description: Text | None = None
    secondary_harm: Text | None = None
    entrustment: EntrustmentIn | None = None
    contact_details: Annotated[ContactDetails, one_of(ContactDetails)] | None = None
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
