"""The persons one table row holds: its own person and the others its columns name (a spouse, children,
an emergency contact, a delivery recipient), each with the names and details of their own columns.

Columns are grouped by `detect.columns.column_subject`; a group with no name column (お届け先住所 alone,
`address.zip`) belongs to the row's own person, or to the nearest enclosing group that has a name. A name
split over 姓 and 名 columns (or セイ and メイ) is joined before it is keyed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mamori.detect.column_kinds import ColumnKind
from mamori.detect.columns import column_meaning
from mamori.detect.types import EntityType
from mamori.scan.column_plan import ColumnPlan, Role
from mamori.scan.people import subject_keys

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
    columns: set[int] = field(default_factory=set)


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
            group = groups[at[_owning(plan.subject, named)]]
            owner[plan.index] = at[group.label]
            group.columns.add(plan.index)
            if _is_name(plan):
                _add_name(group, plan)
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


def row_records(
    plan: SubjectPlan, values: dict[tuple[int, EntityType], list[str]], size: int
) -> tuple[list[list[str]], int]:
    """The key lists of the persons in a batch of `size` rows, and how many rows held anyone."""
    empty = [""] * size
    names_of = {index: column for (index, code), column in values.items() if code is _NAME}
    details: list[list[tuple[str, list[str]]]] = [[] for _ in plan.groups]
    for (index, code), column in values.items():
        if code is not _NAME and code is not EntityType.CORPORATE_NUMBER:
            details[plan.owner.get(index, 0)].append((code.value, column))
    groups = [
        (
            group,
            [names_of.get(i, empty) for i in group.names],
            [names_of.get(i, empty) for i in group.family],
            [names_of.get(i, empty) for i in group.given],
            [names_of.get(i, empty) for i in group.reading_family],
            [names_of.get(i, empty) for i in group.reading_given],
            details[n],
        )
        for n, group in enumerate(plan.groups)
    ]
    records: list[list[str]] = []
    rows = 0
    for r in range(size):
        held = False
        for group, names, family, given, reading_family, reading_given, facts in groups:
            found = [column[r] for column in names if column[r]]
            whole = "".join(c[r] for c in family) + "".join(c[r] for c in given)
            if whole:
                found.append(whole)
            reading = "".join(c[r] for c in reading_family) + "".join(c[r] for c in reading_given)
            if reading:
                found.append(reading)
            known: dict[str, list[str]] = {}
            for type_code, column in facts:
                if column[r]:
                    known.setdefault(type_code, []).append(column[r])
            if not found and not known:
                continue
            keys = subject_keys(found, known, scope=group.scope)
            if keys is not None:
                records.append(keys)
                held = True
        rows += held
    return records, rows
