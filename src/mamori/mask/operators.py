"""Operators: small classes that turn one found value into its replacement, chosen per type or column."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from mamori.detect.types import EntityType
from mamori.mask import generalise as gen
from mamori.mask.pseudonyms import pseudonym
from mamori.privacy import keyed_hash, masked_preview
from mamori.privacy.keys import canonical

# Short labels for placeholders (<氏名_1>); the full Japanese names are too long to read inside a text.
LABELS: dict[EntityType, str] = {
    EntityType.PERSON: "氏名",
    EntityType.ADDRESS: "住所",
    EntityType.POSTAL_CODE: "郵便番号",
    EntityType.PHONE: "電話番号",
    EntityType.EMAIL: "メール",
    EntityType.DATE_OF_BIRTH: "生年月日",
    EntityType.MY_NUMBER: "個人番号",
    EntityType.CORPORATE_NUMBER: "法人番号",
    EntityType.CREDIT_CARD: "カード番号",
    EntityType.BANK_ACCOUNT: "口座番号",
    EntityType.PASSPORT: "旅券番号",
    EntityType.DRIVERS_LICENSE: "免許証番号",
    EntityType.HEALTH_INSURANCE: "保険者番号",
    EntityType.PENSION_NUMBER: "年金番号",
    EntityType.RESIDENCE_CARD: "在留カード番号",
    EntityType.IP_ADDRESS: "IPアドレス",
    EntityType.SENSITIVE: "要配慮情報",
}


@dataclass(frozen=True, slots=True)
class Target:
    """One value to replace: its type (None for a whole table column without a type) and label."""

    kind: EntityType | None
    label: str
    value: str


Numbering = Callable[[Target], int]


@dataclass(slots=True)
class RunContext:
    """What operators share during one run: the key and the placeholder numbering."""

    key: bytes
    today: date
    numbering: Numbering | None = None
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)

    def number(self, target: Target) -> int:
        if self.numbering is not None and target.kind is not EntityType.MY_NUMBER:
            return self.numbering(target)
        slot = (target.label, canonical(target.value))
        if slot not in self._numbers:
            self._numbers[slot] = 1 + sum(1 for label, _ in self._numbers if label == target.label)
        return self._numbers[slot]


class Operator(ABC):
    name: ClassVar[str]
    options: ClassVar[tuple[str, ...]] = ()

    def __init__(self, option: str | None = None) -> None:
        if option is not None and option not in self.options:
            allowed = "、".join(self.options) or "なし"
            raise ValueError(
                f"操作 {self.name} のオプション {option!r} は使えません（使えるもの: {allowed}）"
            )
        self.option = option

    @abstractmethod
    def apply(self, target: Target, run: RunContext) -> str: ...

    @property
    def spec(self) -> str:
        return f"{self.name}:{self.option}" if self.option else self.name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Operator) and other.spec == self.spec

    def __hash__(self) -> int:
        return hash(self.spec)

    def __repr__(self) -> str:
        return f"Operator({self.spec})"


class Redact(Operator):
    name = "redact"

    def apply(self, target: Target, run: RunContext) -> str:
        return gen.REDACTED


class Partial(Operator):
    name = "partial"

    def apply(self, target: Target, run: RunContext) -> str:
        if target.kind is None:
            return masked_preview(EntityType.BANK_ACCOUNT, target.value)
        return masked_preview(target.kind, target.value)


class Placeholder(Operator):
    name = "placeholder"

    def apply(self, target: Target, run: RunContext) -> str:
        return f"<{target.label}_{run.number(target)}>"


class Pseudonym(Operator):
    name = "pseudonym"

    def apply(self, target: Target, run: RunContext) -> str:
        return pseudonym(target.kind, target.value, run.key)


class Hash(Operator):
    name = "hash"

    def apply(self, target: Target, run: RunContext) -> str:
        return keyed_hash(target.value, run.key)[:16]


class Generalise(Operator):
    name = "generalise"
    options = (*gen.DATE_LEVELS, *gen.ADDRESS_LEVELS)

    def apply(self, target: Target, run: RunContext) -> str:
        return gen.generalise(target.kind, target.value, self.option, run.today)


class Keep(Operator):
    name = "keep"

    def apply(self, target: Target, run: RunContext) -> str:
        return target.value


OPERATORS: dict[str, type[Operator]] = {
    cls.name: cls for cls in (Redact, Partial, Placeholder, Pseudonym, Hash, Generalise, Keep)
}


def parse_operator(spec: str) -> Operator:
    """`pseudonym`, `generalise:age_band` … → an operator; ValueError in Japanese when unknown."""
    name, _, option = spec.strip().partition(":")
    cls = OPERATORS.get(name.strip().lower())
    if cls is None:
        raise ValueError(f"不明な操作 {spec!r}（使えるもの: {'、'.join(OPERATORS)}）")
    return cls(option.strip() or None)


def label_for(kind: EntityType | None, column: str | None) -> str:
    return LABELS[kind] if kind is not None else (column or "値")
