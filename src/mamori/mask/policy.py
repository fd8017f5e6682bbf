"""Which operator applies to which type and which table column, read from YAML or TOML.

```yaml
types:
  PERSON: pseudonym
  DATE_OF_BIRTH: generalise:age_band
columns:
  顧客ID: hash            # the whole cell, whatever is detected in it
  担当者: {type: PERSON}   # the whole cell is a name, masked with the PERSON operator
  備考: keep               # never touched
```
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

import yaml

from mamori.detect.types import EntityType
from mamori.mask.operators import Keep, Operator, parse_operator

E = EntityType

DEFAULTS: Mapping[EntityType, str] = MappingProxyType(
    {
        E.PERSON: "pseudonym",
        E.ADDRESS: "pseudonym",
        E.POSTAL_CODE: "partial",
        E.PHONE: "pseudonym",
        E.EMAIL: "pseudonym",
        E.DATE_OF_BIRTH: "generalise:year",
        E.MY_NUMBER: "redact",
        E.CORPORATE_NUMBER: "keep",
        E.CREDIT_CARD: "partial",
        E.BANK_ACCOUNT: "redact",
        E.PASSPORT: "redact",
        E.DRIVERS_LICENSE: "redact",
        E.HEALTH_INSURANCE: "redact",
        E.PENSION_NUMBER: "redact",
        E.RESIDENCE_CARD: "redact",
        E.IP_ADDRESS: "partial",
        E.SENSITIVE: "redact",
    }
)


class PolicyError(ValueError):
    """A policy file or option that cannot be used; the message is for the user, in Japanese."""


@dataclass(frozen=True, slots=True)
class ColumnRule:
    """A rule for one table column. With `kind` or `operator` it applies to the whole cell."""

    operator: Operator | None = None
    kind: EntityType | None = None

    @property
    def keeps(self) -> bool:
        return isinstance(self.operator, Keep) and self.kind is None


@dataclass(frozen=True, slots=True)
class Policy:
    types: Mapping[EntityType, Operator]
    columns: Mapping[str, ColumnRule] = field(default_factory=dict)
    min_score: float = 0.5

    def operator_for(self, kind: EntityType) -> Operator:
        return self.types[kind]

    def masked_types(self) -> frozenset[EntityType]:
        return frozenset(t for t, op in self.types.items() if not isinstance(op, Keep))

    def with_types(self, updates: Mapping[EntityType, Operator]) -> Policy:
        return replace(self, types={**self.types, **updates})

    def with_columns(self, updates: Mapping[str, ColumnRule]) -> Policy:
        return replace(self, columns={**self.columns, **updates})


def default_policy(*, reversible: bool = False) -> Policy:
    """Japanese defaults. With a vault, tokens replace values so `mamori unmask` can restore them."""
    specs = dict(DEFAULTS)
    if reversible:
        specs = {t: "placeholder" for t in specs}
        specs[E.CORPORATE_NUMBER] = "keep"
        specs[E.MY_NUMBER] = "redact"
    return Policy({t: parse_operator(s) for t, s in specs.items()})


def _operator(spec: object, where: str) -> Operator:
    try:
        return parse_operator(str(spec))
    except ValueError as exc:
        raise PolicyError(f"{where}: {exc}") from None


def _kind(code: object, where: str) -> EntityType:
    try:
        return EntityType(str(code).strip().upper())
    except ValueError:
        raise PolicyError(f"{where}: 不明な種類 {code!r}") from None


def _column_rule(value: object, where: str) -> ColumnRule:
    if isinstance(value, Mapping):
        unknown = set(value) - {"operator", "type"}
        if unknown:
            raise PolicyError(f"{where}: 不明な項目 {', '.join(map(str, unknown))}")
        kind = _kind(value["type"], where) if "type" in value else None
        operator = _operator(value["operator"], where) if "operator" in value else None
        return ColumnRule(operator, kind)
    return ColumnRule(_operator(value, where))


def apply_overrides(policy: Policy, data: Mapping[str, object], source: str) -> Policy:
    unknown = set(data) - {"types", "columns", "min_score"}
    if unknown:
        raise PolicyError(f"{source}: 不明な項目 {', '.join(sorted(map(str, unknown)))}")
    types = data.get("types") or {}
    columns = data.get("columns") or {}
    if not isinstance(types, Mapping) or not isinstance(columns, Mapping):
        raise PolicyError(f"{source}: types と columns は「名前: 操作」の対応で書いてください")
    result = policy.with_types(
        {_kind(k, f"{source} types"): _operator(v, f"{source} types.{k}") for k, v in types.items()}
    ).with_columns({str(k): _column_rule(v, f"{source} columns.{k}") for k, v in columns.items()})
    if "min_score" in data:
        score = data["min_score"]
        if not isinstance(score, int | float) or not 0 <= score <= 1:
            raise PolicyError(f"{source}: min_score は 0 から 1 の数で書いてください")
        result = replace(result, min_score=float(score))
    return result


def load_policy(path: Path, base: Policy) -> Policy:
    """Read a YAML (.yaml/.yml) or TOML (.toml) policy file over `base`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"{path} を読めません: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8")) if path.suffix.lower() == ".toml" else yaml.safe_load(raw)
    except (tomllib.TOMLDecodeError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path} の書式が正しくありません: {exc}") from None
    if data is None:
        return base
    if not isinstance(data, Mapping):
        raise PolicyError(f"{path}: 最上位は types / columns の対応で書いてください")
    return apply_overrides(base, data, str(path))


def parse_assignment(policy: Policy, assignment: str) -> Policy:
    """`--operator PERSON=placeholder` sets a type; a left side that is not a type code names a column."""
    left, sep, right = assignment.partition("=")
    if not sep or not left.strip():
        raise PolicyError(
            f"--operator {assignment!r}: 「種類=操作」または「列名=操作」の形で指定してください"
        )
    name = left.strip()
    operator = _operator(right, f"--operator {assignment}")
    if name.upper() in EntityType.__members__:
        return policy.with_types({EntityType(name.upper()): operator})
    return policy.with_columns({name: ColumnRule(operator)})
