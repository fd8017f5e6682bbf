"""An incident's facts: what happened, to which data, for how many people.

These dataclasses are the input contract of triage and of the documents; `load.py` builds them from
JSON/YAML through the pydantic models of `facts_model.py`, which validate every field, so code holding an
`IncidentFacts` may trust it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Event(StrEnum):
    LEAK = "leak"  # 漏えい
    LOSS = "loss"  # 滅失
    DAMAGE = "damage"  # 毀損
    NONE = "none"  # decided from evidence: no 漏えい等 at all (never accepted as input)


class Certainty(StrEnum):
    CONFIRMED = "confirmed"
    POSSIBLE = "possible"  # 発生したおそれ


class Cause(StrEnum):
    LOSS = "loss"
    THEFT = "theft"
    MISDELIVERY_POST = "misdelivery_post"
    MISDELIVERY_EMAIL = "misdelivery_email"
    MISCONFIGURATION = "misconfiguration"
    UNAUTHORIZED_ACCESS = "unauthorized_access"
    RANSOMWARE = "ransomware"
    WEB_SKIMMING = "web_skimming"
    INSIDER_THEFT = "insider_theft"
    OTHER = "other"


class EmailExposure(StrEnum):
    TO_CC = "to_cc"
    BCC = "bcc"


class Medium(StrEnum):
    PAPER = "paper"
    LAPTOP = "laptop"
    USB = "usb"
    SERVER = "server"
    CLOUD = "cloud"
    EMAIL = "email"
    WEB = "web"
    OTHER = "other"


class Encryption(StrEnum):
    NONE = "none"
    HIGH_GRADE_KEY_MANAGED = "high_grade_key_managed"
    ENCRYPTED_KEY_COMPROMISED = "encrypted_key_compromised"


class DataStatus(StrEnum):
    PERSONAL_DATA = "personal_data"
    PSEUDONYMISED = "pseudonymised"
    ANONYMISED = "anonymised"
    STATISTICAL = "statistical"


class Response(StrEnum):
    APPROPRIATE = "appropriate"
    INAPPROPRIATE = "inappropriate"
    UNKNOWN = "unknown"


class Backup(StrEnum):
    NONE = "none"
    COMPLETE = "complete"


class AccessLogs(StrEnum):
    UNAVAILABLE = "unavailable"
    NO_OUTSIDE_ACCESS = "no_outside_access"
    OUTSIDE_ACCESS = "outside_access"
    OUTSIDE_DOWNLOAD = "outside_download"


class Role(StrEnum):
    CONTROLLER = "controller"  # 委託元 or a business handling its own data
    PROCESSOR = "processor"  # 委託先


class ContactDetails(StrEnum):
    HELD = "held"
    NOT_HELD = "not_held"
    OUTDATED = "outdated"


@dataclass(frozen=True)
class Organisation:
    name: str
    public_body: bool = False
    # 法150条: in delegated sectors the report goes to this ministry instead of the PPC.
    supervising_ministry: str | None = None


@dataclass(frozen=True)
class DataItem:
    type: str
    subtype: str | None = None
    # Only for LOGIN_ID / PASSWORD: whether the service can send money or pay (規則7条2号 事例2).
    payment_service: bool | None = None


@dataclass(frozen=True)
class PeopleCount:
    """How many persons are affected; a range when the count cannot be fixed yet."""

    min: int
    max: int

    @property
    def is_range(self) -> bool:
        return self.min != self.max


@dataclass(frozen=True)
class Evidence:
    backup: Backup | None = None
    access_logs: AccessLogs | None = None
    exfiltration_seen: bool | None = None
    copy_elsewhere: bool | None = None
    left_premises: bool | None = None


@dataclass(frozen=True)
class JnsaInput:
    social_responsibility: int = 1
    response: Response = Response.UNKNOWN
    social_responsibility_given: bool = False
    # Overrides of the Simple-EP levels, keyed "TYPE" or "TYPE:subtype": (x 精神, y 経済).
    levels: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Entrustment:
    """Processing entrusted (委託): which side this organisation is on."""

    role: Role
    counterparty: str | None = None
    # For a processor: the day it told the controller (規則9条), which releases it from the report.
    notified_controller_on: date | None = None


@dataclass(frozen=True)
class Contact:
    desk: str | None = None
    phone: str | None = None
    email: str | None = None
    hours: str | None = None


@dataclass(frozen=True)
class IncidentFacts:
    title: str
    discovered_on: date
    organisation: Organisation
    cause: Cause
    data_items: tuple[DataItem, ...]
    people: PeopleCount
    event: Event | None = None
    certainty: Certainty | None = None
    email_exposure: EmailExposure | None = None
    medium: Medium | None = None
    sensitive_people: int | None = None
    encryption: Encryption = Encryption.NONE
    recovered_unread: bool = False
    data_status: DataStatus = DataStatus.PERSONAL_DATA
    jnsa: JnsaInput = field(default_factory=JnsaInput)
    evidence: Evidence = field(default_factory=Evidence)
    # The day a report trigger became known when later than discovery (e.g. the count passed 1,000).
    trigger_known_on: date | None = None
    occurred_on: date | None = None
    discovered_by: str | None = None
    description: str | None = None
    secondary_harm: str | None = None
    entrustment: Entrustment | None = None
    contact_details: ContactDetails | None = None
    contact: Contact = field(default_factory=Contact)
    measures_taken: tuple[str, ...] = ()
    prevention_done: tuple[str, ...] = ()
    prevention_planned: tuple[str, ...] = ()
    publication: str | None = None
    police: str | None = None

    @property
    def item_types(self) -> frozenset[str]:
        return frozenset(item.type for item in self.data_items)

    @property
    def deadline_start(self) -> date:
        return self.trigger_known_on or self.discovered_on
