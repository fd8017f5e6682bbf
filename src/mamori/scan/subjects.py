"""The persons one table row holds: its own person and the others its columns name (a spouse, children,
an emergency contact, a delivery recipient), each with the names and details of their own columns.

Columns are grouped by `detect.columns.column_subject`; a group with no name column (お届け先住所 alone,
`address.zip`) belongs to the row's own person, or to the nearest enclosing group that has a name. A name
split over 姓 and 名 columns (or セイ and メイ) is joined before it is keyed. Keys are built a batch of
rows at a time: each column is folded and hashed at once, and only the pairing of a row's name with its
details is done row by row, on integers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mamori.detect.column_kinds import ColumnKind
from mamori.detect.columns import column_meaning
from mamori.detect.types import EntityType
from mamori.scan.column_plan import ColumnPlan, Role
from mamori.scan.people_keys import (
    ALONE,
    HASH_MASK,
    KIND_SHIFT,
    MASK64,
    PAIR_FACTOR,
    WITH_NAME,
    KeyMaker,
    alone_key,
    fold_all,
    fold_names,
    role_mailboxes,
)

_NAME = EntityType.PERSON


@dataclass
class _Group:
    label: str
    scope: str
    names: list[int] = field(default_factory=list)  # columns holding whole names
    family: list[int] = field(default_factory=list)
    given: list[int] = field(default_factory=list)
    reading_family: list[int] = field(default_factory=list)
    reading_given: list[int] = field(default_factory=list)


def _is_name(plan: ColumnPlan) -> bool:
    return plan.type is _NAME and plan.role is Role.DIRECT


@dataclass
class SubjectPlan:
    groups: list[_Group]
    owner: dict[int, int]  # column index → group index

    @classmethod
    def of(cls, plans: Sequence[ColumnPlan], *, scope: str) -> SubjectPlan:
        named = {p.subject for p in plans if p.subject and _is_name(p)}
        labels = ["", *sorted(named)]
        groups = [_Group(label, f"{scope}|{label}") for label in labels]
        at = {label: i for i, label in enumerate(labels)}
        owner: dict[int, int] = {}
        for plan in plans:
            index = at[_owning(plan.subject, named)]
            owner[plan.index] = index
            if _is_name(plan):
                _add_name(groups[index], plan)
        return cls(groups, owner)


def _owning(subject: str, named: set[str]) -> str:
    """The group a column belongs to: its own when that group has a name, else the nearest enclosing one
    (`recipient.address` → `recipient`), else the row's own person."""
    label = subject
    while label:
        if label in named:
            return label
        label = label.rsplit(".", 1)[0] if "." in label else ""
    return ""


def _add_name(group: _Group, plan: ColumnPlan) -> None:
    meaning = column_meaning(plan.header)
    reading = meaning is not None and meaning.kind is ColumnKind.PERSON_READING
    if plan.part == "family":
        (group.reading_family if reading else group.family).append(plan.index)
    elif plan.part == "given":
        (group.reading_given if reading else group.given).append(plan.index)
    else:
        group.names.append(plan.index)


@dataclass
class _Hashed:
    """One group's columns for a batch, folded and hashed (0 / "" where a row has nothing)."""

    names: list[list[int]]
    folded_names: list[list[str]]
    alone: list[tuple[int, list[int]]]
    paired: list[tuple[int, list[int]]]
    weak: list[tuple[str, list[str]]]


def _joined(columns: list[list[str]], size: int) -> list[str]:
    if not columns:
        return [""] * size
    return ["".join(parts) for parts in zip(*columns, strict=True)]


def _hash_group(
    group: _Group,
    names_of: dict[int, list[str]],
    facts: list[tuple[str, list[str]]],
    keys: KeyMaker,
    size: int,
) -> _Hashed:
    empty = [""] * size
    raw_names = [names_of.get(i, empty) for i in group.names]
    for family, given in ((group.family, group.given), (group.reading_family, group.reading_given)):
        if family or given:
            raw_names.append(
                _joined(
                    [names_of.get(i, empty) for i in family] + [names_of.get(i, empty) for i in given], size
                )
            )
    folded_names = [fold_names(column) for column in raw_names]
    hashed = _Hashed([keys.hash_all("PERSON\x1f", f) for f in folded_names], folded_names, [], [], [])
    for code, column in facts:
        folded = fold_all(column)
        if code == "EMAIL":
            for r in role_mailboxes(column):
                folded[r] = ""
        values = keys.hash_all(code + "\x1f", folded)
        if code in ALONE:
            hashed.alone.append((ALONE[code], values))
        else:
            hashed.paired.append((WITH_NAME[code], values))
            hashed.weak.append((code, folded))
    return hashed


def row_records(
    plan: SubjectPlan, values: dict[tuple[int, EntityType], list[str]], size: int, keys: KeyMaker
) -> tuple[list[list[int]], int]:
    """The keys of the persons in a batch of `size` rows, and how many rows held anyone."""
    names_of = {index: column for (index, code), column in values.items() if code is _NAME}
    facts: list[list[tuple[str, list[str]]]] = [[] for _ in plan.groups]
    for (index, code), column in values.items():
        if code.value in ALONE or code.value in WITH_NAME:
            facts[plan.owner.get(index, 0)].append((code.value, column))
    hashed = [
        (group, _hash_group(group, names_of, facts[n], keys, size))
        for n, group in enumerate(plan.groups)
        if facts[n]
        or group.names
        or group.family
        or group.given
        or group.reading_family
        or group.reading_given
    ]
    records: list[list[int]] = []
    rows = 0
    for r in range(size):
        held = False
        for group, h in hashed:
            found = _row_keys(h, r)
            if found is None:
                found = _weak_key(group, h, r, keys)
                if found is None:
                    continue
            records.append(found)
            held = True
        rows += held
    return records, rows


def _row_keys(h: _Hashed, r: int) -> list[int] | None:
    """Row `r`'s strong keys in one group; None when it has none."""
    found = [alone_key(kind, column[r]) for kind, column in h.alone if column[r]]
    if h.paired:
        names = {(column[r] * PAIR_FACTOR) & MASK64 for column in h.names if column[r]}
        for kind, column in h.paired:
            value = column[r]
            if value and names:
                high = kind << KIND_SHIFT
                found.extend(high | ((name ^ value) & HASH_MASK) for name in names)
    return found or None


def _weak_key(group: _Group, h: _Hashed, r: int, keys: KeyMaker) -> list[int] | None:
    """A subject with nothing but weak details (a name, a phone): one key of its table."""
    weak = [f"PERSON={column[r]}" for column in h.folded_names if column[r]]
    weak += [f"{code}={column[r]}" for code, column in h.weak if column[r]]
    if not weak:
        return None
    return [keys.local_key(group.scope, weak)]
