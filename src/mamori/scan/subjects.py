"""The persons one table row holds: its own person and the others its columns name (a spouse, children,
an emergency contact, a delivery recipient), each with the names and details of their own columns.

Columns are grouped by `detect.columns.column_subject`; a group with no name column (お届け先住所 alone,
`address.zip`) belongs to the row's own person, or to the nearest enclosing group that has a name. A name
split over 姓 and 名 columns (or セイ and メイ) is joined before it is keyed. Keys are built a batch of
rows at a time: each column is folded and hashed at once, and only the pairing of a row's name with its
details is done row by row, on integers.
"""

from __future__ import annotations

import re
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
    fold_addresses,
    fold_all,
    fold_dates,
    fold_names,
    fold_phones,
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
    organisation: bool = False  # the row's own "person" is a company or a store: its details are theirs
    # In a list that names an organisation per row, a row without a person's name is the organisation's.
    nameless_is_organisation: bool = False


def _is_name(plan: ColumnPlan) -> bool:
    return plan.type is _NAME and plan.role is Role.DIRECT


@dataclass
class SubjectPlan:
    groups: list[_Group]
    owner: dict[int, int]  # column index → group index
    household: frozenset[int] = frozenset()  # phone and address columns headed by no one's name
    # 保険者番号 (the insurer's, shared by all it insures) and an organisation's own contact columns
    # (施設TEL): with a name they would join 同姓同名 of one town or one care home
    shared: frozenset[int] = frozenset()

    @classmethod
    def of(cls, plans: Sequence[ColumnPlan], *, scope: str) -> SubjectPlan:
        subject = _by_shared_beginning(plans, _split_by_prefix(plans))
        named = {subject[p.index] for p in plans if subject[p.index] and _is_name(p)}
        own_names = [p for p in plans if not subject[p.index] and _is_name(p)]
        if len(named) == 1 and own_names and all(_is_reading(p) for p in own_names):
            # 保護者名 beside 口座名義カナ and 電話番号: the row names one person, in kanji under its
            # relation; the reading and the details beside it are that person's, not a second one's
            only = next(iter(named))
            subject = {index: label or only for index, label in subject.items()}
        elif len(named) == 1 and not own_names and next(iter(named)) in _CONTACT_PERSON:
            # a list of contacts (担当者名, メール, 直通電話): the row is its 担当者, whose details these are;
            # beside a company's name (取引先, 会社名) the number and address are the company's, but a
            # mobile or a direct line (携帯, 直通) is still the person's
            only = next(iter(named))
            beside_company = any(_names_organisations(p) for p in plans)
            subject = {
                p.index: subject[p.index]
                or (only if not beside_company or _PERSONAL_LINE.search(p.header) else "")
                for p in plans
            }
        labels = ["", *sorted(named)]
        groups = [_Group(label, f"{scope}|{label}") for label in labels]
        at = {label: i for i, label in enumerate(labels)}
        owner: dict[int, int] = {}
        for plan in plans:
            index = at[_owning(subject[plan.index], named)]
            owner[plan.index] = index
            if _is_name(plan):
                _add_name(groups[index], plan)
        main = groups[0]
        organisations = any(_names_organisations(p) and not p.subject for p in plans)
        main.organisation = organisations and not _has_names(main)
        main.nameless_is_organisation = organisations
        household = frozenset(p.index for p in plans if _is_household(p))
        shared = frozenset(p.index for p in plans if _is_insurer(p) or p.role is Role.ORGANISATION)
        return cls(groups, owner, household, shared)


# A contact column that is a person's own even in a company's row: a mobile, a direct line.
_PERSONAL_LINE = re.compile(r"携帯|直通|ダイヤルイン|mobile|keitai|direct", re.IGNORECASE)
# The label of a person who is the row's contact: when no other name is in the row, the row is theirs.
_CONTACT_PERSON = frozenset({"担当", "担当者", "窓口", "連絡担当", "連絡担当者", "責任者", "contact"})


def _split_by_prefix(plans: Sequence[ColumnPlan]) -> dict[int, str]:
    """Whose column each is, where headers name no relation but a group holds two persons' names: two
    whole names written in kanji, the second with details of its own (`契約者氏名` and `会員氏名`,
    `会員生年月日`), or two names each with details of the same kind (`customer_name`/`customer_tel`,
    `ship_name`/`ship_tel`). Each column goes with the name whose header it shares the longest beginning
    with, the rest with the first name. A name in kana or Latin letters beside a kanji one
    (`shimei_romaji`, `kouza_meiginin`) is the same person's."""
    subject = {p.index: p.subject for p in plans}
    by_label: dict[str, list[ColumnPlan]] = {}
    for plan in plans:
        by_label.setdefault(plan.subject, []).append(plan)
    for label, members in by_label.items():
        names = [p for p in members if _is_name(p) and p.part is None and not _is_reading(p)]
        if len(names) < 2:
            continue
        kanji = [p for p in names if p.kanji]
        if len(kanji) >= 2:
            names = kanji
        heads = [p.header.lower() for p in names]
        numbers = [_number(head) for head in heads]
        numbered = None not in numbers and len(set(numbers)) == len(numbers)
        claims: dict[int, list[ColumnPlan]] = {i: [] for i in range(len(names))}
        for plan in members:
            if plan in names:
                claims[names.index(plan)].append(plan)
                continue
            if numbered and (own := _number(plan.header.lower())) in numbers:
                claims[numbers.index(own)].append(plan)  # name1/tel1, name2/tel2: by their number
                continue
            # doctor_email goes with attending_doctor (a word in common), ship_tel with ship_name (a
            # beginning in common), the rest with the first name
            own_words = _words(plan.header)
            common = [len(own_words & _words(head)) for head in heads]
            if max(common) >= 1 and common.count(max(common)) == 1:
                claims[common.index(max(common))].append(plan)
                continue
            shared = [_common_prefix(plan.header.lower(), head) for head in heads]
            best = max(range(len(names)), key=lambda i: shared[i])
            claims[best if shared[best] >= 2 else _nearest(plan, names)].append(plan)
        kinds = {
            i: {p.type for p in claimed if p.type is not None and not _is_name(p)}
            for i, claimed in claims.items()
        }
        for i in range(1, len(names)):
            # two kanji names, the second with details of its own, or two names with the same kinds of
            # details: two persons
            if (len(kanji) >= 2 and kinds[i]) or kinds[i] & kinds[0]:
                for plan in claims[i]:
                    subject[plan.index] = f"{label}#{heads[i] or names[i].index}"  # no header: by place
    return subject


def _by_shared_beginning(plans: Sequence[ColumnPlan], subject: dict[int, str]) -> dict[int, str]:
    """A detail no header word assigns goes with the other person's name it begins like (申込者電話 beside
    申込者（家族）, not 氏名): the phone of the family member who applied, not of the applicant's elder."""
    names = [p for p in plans if _is_name(p) and not _is_reading(p)]
    own = [p.header for p in names if not subject[p.index]]
    others = [p for p in names if subject[p.index]]
    if not others:
        return subject
    out = dict(subject)
    for plan in plans:
        if subject[plan.index] or _is_name(plan) or plan.type is None:
            continue
        best = max(others, key=lambda p: _common_prefix(plan.header, p.header))
        shared = _common_prefix(plan.header, best.header)
        if shared >= 2 and all(_common_prefix(plan.header, h) < shared for h in own):
            out[plan.index] = subject[best.index]
    return out


_TRAILING_NUMBER = re.compile(r"([0-9０-９]+)$")


def _number(header: str) -> str | None:
    """The number a header ends with (name2 → "2", 氏名２ → "２"), or None."""
    found = _TRAILING_NUMBER.search(header.strip())
    return None if found is None else found.group(1)


def _nearest(plan: ColumnPlan, names: list[ColumnPlan]) -> int:
    """The name a column of no one's word goes with: the nearest to its left (生年月日 after 患者氏名,
    not after an earlier 処方医), else the first."""
    left = [i for i, name in enumerate(names) if name.index < plan.index]
    return max(left, key=lambda i: names[i].index) if left else 0


_WORD = re.compile(r"[a-z]+")
# Words that say what a column holds, not whose it is: shared by every name column, they tell nothing.
_KIND_WORDS = frozenset(
    {"name", "mei", "shimei", "kana", "tel", "phone", "mail", "email", "no", "id", "birth"}
)


def _words(header: str) -> set[str]:
    """The Latin words of a header that can name whose a column is (doctor, ship, guarantor)."""
    return {w for w in _WORD.findall(header.lower()) if len(w) > 2 and w not in _KIND_WORDS}


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _is_reading(plan: ColumnPlan) -> bool:
    if plan.reading:
        return True
    meaning = column_meaning(plan.header)
    return meaning is not None and meaning.kind is ColumnKind.PERSON_READING


def _has_names(group: _Group) -> bool:
    return bool(group.names or group.family or group.given or group.reading_family or group.reading_given)


def _names_organisations(plan: ColumnPlan) -> bool:
    meaning = column_meaning(plan.header)
    if plan.role is Role.ORGANISATION:
        return True
    return meaning is not None and meaning.kind is ColumnKind.NOT_PERSON and meaning.subtype == "organisation"


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
    reading = _is_reading(plan)
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
        if code == "DATE_OF_BIRTH":
            folded = fold_dates(column)
        elif code == "PHONE":
            folded = fold_phones(column)
        elif code == "ADDRESS":
            folded = fold_addresses(column)
        else:
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
    plan: SubjectPlan,
    values: dict[tuple[int, EntityType], list[str]],
    size: int,
    keys: KeyMaker,
    organisations: set[int],
) -> tuple[list[list[int]], int]:
    """The keys of the persons in a batch of `size` rows, and how many rows held anyone. A row in
    `organisations` names a company where its own person's name would be: that subject is nobody."""
    names_of = {index: column for (index, code), column in values.items() if code is _NAME}
    facts: list[list[tuple[str, list[str]]]] = [[] for _ in plan.groups]
    for (index, code), column in values.items():
        if (code.value in ALONE or code.value in WITH_NAME) and index not in plan.shared:
            facts[plan.owner.get(index, 0)].append((code.value, column))
    lent = _share_household(plan, values, facts, names_of, size)
    hashed = [
        (group, _hash_group(group, names_of, facts[n], keys, size), _lent_kinds(lent.get(n, set())))
        for n, group in enumerate(plan.groups)
        if not group.organisation and (facts[n] or _has_names(group))
    ]
    records: list[list[int]] = []
    rows = 0
    for r in range(size):
        persons: list[tuple[set[int], dict[int, int], list[int]]] = []
        for group, h, borrowed in hashed:
            found = _row_keys(h, r)
            nameless = not any(column[r] for column in h.names)
            if nameless and (group.nameless_is_organisation or (r in organisations and not group.label)):
                continue
            if found is None:
                found = _weak_key(group, h, r, keys)
                if found is None:
                    continue
            # a household's phone lent to a 配偶者 is not theirs to tell them from a 緊急連絡先 of one name
            details = {
                kind: column[r]
                for kind, column in (*h.alone, *h.paired)
                if column[r] and kind not in borrowed
            }
            persons.append(({column[r] for column in h.names if column[r]}, details, found))
        records.extend(_one_per_name(persons))
        rows += bool(persons)
    return records, rows


def _one_per_name(persons: list[tuple[set[int], dict[int, int], list[int]]]) -> list[list[int]]:
    """A row's persons, those written with the same name in two roles taken as one (the lead of a booking
    listed again among its travellers, a 契約者 who is also the 被保険者) unless a detail of the same
    kind differs (a tenant and a guarantor of one name, with two phones, are two persons)."""
    if len(persons) < 2:
        return [found for _, _, found in persons]
    merged: list[tuple[set[int], dict[int, int], list[int]]] = []
    for names, details, found in persons:
        same = next(
            (
                m
                for m in merged
                if names & m[0] and all(m[1].get(kind, value) == value for kind, value in details.items())
            ),
            None,
        )
        if same is None:
            merged.append((set(names), dict(details), list(found)))
        else:
            same[0].update(names)
            same[1].update(details)
            same[2].extend(found)
    return [found for _, _, found in merged]


# Details of the row that a household shares: paired with each person's own name they join that person
# elsewhere, and alone they join no one (unlike an e-mail address or a document number, never shared).
_HOUSEHOLD = frozenset({"PHONE", "ADDRESS"})


_BARE_CONTACT = frozenset(
    {
        "住所",
        "現住所",
        "所在地",
        "連絡先",
        "電話",
        "電話番号",
        "連絡先電話番号",
        "自宅電話",
        "自宅電話番号",
        "tel",
        "phone",
        "address",
        "telephone",
        "電話番号1",
        "携帯",
        "携帯電話",
        "携帯番号",
    }
)


# Persons a row names who do not live at its address: staff who delivered, checked or wrote it (配達担当,
# 確認者), the doctor and the care manager, and others who answer for the person from their own home (保証人,
# 紹介者, 緊急連絡先, 後見人).
_OUTSIDE_HOUSEHOLD = frozenset(
    {
        "担当",
        "確認者",
        "記入者",
        "受付者",
        "作成者",
        "承認者",
        "入力者",
        "対応者",
        "上司",
        "紹介者",
        "代理人",
        "保証人",
        "緊急連絡先",
        "身元引受人",
        "後見人",
        "主治医",
        "担当医",
        "ケアマネ",
    }
)


_INSURER = re.compile(
    r"^(?:保険者|hokensha|insurer)(?:番号|bango|no|number|_?no|_?number|ＮＯ|No)?$", re.IGNORECASE
)


def _is_insurer(plan: ColumnPlan) -> bool:
    """A column of 保険者番号 (hokensha_bango, insurer_no), not 被保険者番号: the same number for everyone one
    insurer covers, so with a name it would join 同姓同名 in one town."""
    if plan.type is not EntityType.HEALTH_INSURANCE:
        return False
    header = plan.header.strip().replace(" ", "").replace("_", "").replace("(8桁)", "").replace("（8桁）", "")
    return _INSURER.match(header) is not None


def _is_household(plan: ColumnPlan) -> bool:
    """A phone or an address headed by nothing but what it is (住所, 連絡先, tel): the row's household's,
    not one named person's (新婦住所, customer_tel are theirs)."""
    if plan.type is None or plan.type.value not in _HOUSEHOLD or plan.subject:
        return False
    return plan.header.strip().lower().replace(" ", "").replace("_", "") in _BARE_CONTACT


def _share_household(
    plan: SubjectPlan,
    values: dict[tuple[int, EntityType], list[str]],
    facts: list[list[tuple[str, list[str]]]],
    names_of: dict[int, list[str]],
    size: int,
) -> dict[int, set[str]]:
    """A household's phone and address (columns headed by no one: 電話番号, 住所) are also those of the
    row's other named persons without their own (a child's 保護者, a 配偶者 on an employee's row, the 新郎
    beside a 新婦), on the rows that name them: the 保護者 written with that phone in another file is the
    same person, and an empty child2 slot stays no one. Returns, per group, the codes it was lent."""
    lent: dict[int, set[str]] = {}
    if plan.groups[0].organisation:
        return lent
    shared = [
        (plan.owner.get(index, 0), code.value, column)
        for (index, code), column in values.items()
        if index in plan.household and code.value in _HOUSEHOLD
    ]
    if not shared:
        return lent
    owns = [{code for code, _ in group_facts} for group_facts in facts]
    for n, group in enumerate(plan.groups):
        if group.label in _OUTSIDE_HOUSEHOLD:
            continue
        columns = [
            names_of[i]
            for i in (*group.names, *group.family, *group.given, *group.reading_family, *group.reading_given)
            if i in names_of
        ]
        if not columns:
            continue
        named = [any(column[r] for column in columns) for r in range(size)]
        borrowed = [(code, column) for owner, code, column in shared if owner != n and code not in owns[n]]
        facts[n].extend(
            (code, [value if named[r] else "" for r, value in enumerate(column)]) for code, column in borrowed
        )
        lent[n] = {code for code, _ in borrowed}
    return lent


def _lent_kinds(codes: set[str]) -> frozenset[int]:
    return frozenset(ALONE[c] if c in ALONE else WITH_NAME[c] for c in codes)


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
    details = [f"{code}={column[r]}" for code, column in h.weak if column[r]]
    if not weak and all(d.startswith("ADDRESS=") for d in details):
        return None  # an address with no one's name or number: a property's or a site's (物件一覧)
    weak += details
    return [keys.local_key(group.scope, weak)]
