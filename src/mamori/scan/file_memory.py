"""What one file's documents tell about its persons, for what a single document leaves open.

A mailbox is many documents (one per message) about the same few correspondents. A message may hold a
phone number with no name before it (the quoted copy of a signature) or greet a person by surname alone
(「伊藤様」); another message of the same file says whose number it is, or which 伊藤 is meant. So the prose
of one file keeps, in memory and for that file only, the details its named persons hold and the full
names of each mailbox; what waits on them is counted when the file ends (`finish`), whatever the order
of the messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mamori.scan.people import PeopleCounter, fold_name
from mamori.scan.people_keys import ALONE, fold_all


@dataclass(frozen=True)
class _Mention:
    names: list[str]
    scope: str
    mailbox: str


@dataclass
class FileMemory:
    held: set[tuple[str, str]] = field(default_factory=set)  # (type code, folded value) of named persons
    full_names: dict[str, set[str]] = field(default_factory=dict)  # mailbox → folded full names
    mentions: list[_Mention] = field(default_factory=list)
    alone: list[tuple[str, str, str]] = field(default_factory=list)  # (code, folded value, scope)

    def add_person(self, names: list[str], details: dict[str, list[str]], mailbox: str) -> None:
        """A named person of one document: its weak details (phone, birth date) and, in a mailbox, its
        full names."""
        for code, values in details.items():
            if code not in ALONE:
                self.held.update((code, v) for v in fold_all(values) if v)
        if mailbox:
            self.full_names.setdefault(mailbox, set()).update(
                folded for name in names if not is_name_part(name) and (folded := fold_name(name))
            )

    def mention(self, names: list[str], scope: str, mailbox: str) -> None:
        """A surname with nothing beside it (「伊藤様」): whose it is is known when the file ends."""
        self.mentions.append(_Mention(names, scope, mailbox))

    def alone_detail(self, code: str, folded: str, scope: str) -> None:
        """A weak detail with no name before it: a person of its own unless a named person holds it."""
        self.alone.append((code, folded, scope))

    def finish(self, people: PeopleCounter) -> None:
        for m in self.mentions:
            names = self._resolved(m)
            if names:
                people.add_subject(names, {}, scope=m.scope, name_scope=m.mailbox)
        keys = people.keys
        people.add_records(
            [keys.local_key(scope, [f"{code}={value}"])]
            for code, value, scope in self.alone
            if (code, value) not in self.held
        )
        self.held.clear()
        self.full_names.clear()
        self.mentions.clear()
        self.alone.clear()

    def _resolved(self, mention: _Mention) -> list[str]:
        """The mention's names and the one full name of the mailbox they begin or end (伊藤 → 伊藤 圭, 裕子
        → 福田 裕子); none when they fit several (伊藤 圭, 伊藤 陽子: one of them, already counted); the
        names as they are when they fit none."""
        parts = {fold_name(n) for n in mention.names}
        found = {
            full
            for full in self.full_names.get(mention.mailbox, ())
            if any(full != s and (full.startswith(s) or full.endswith(s)) for s in parts)
        }
        if len(found) > 1:
            return []
        return [*mention.names, *found] if found else mention.names


def is_name_part(name: str) -> bool:
    """One word of at most two characters (伊藤, 森, 裕子), or of at most four kana (さくら): a surname or
    a given name alone, as mail greets or signs, that many persons share."""
    stripped = name.strip()
    if stripped.isascii() or any(c.isspace() for c in stripped):
        return False
    folded = fold_name(stripped)
    return len(folded) <= 2 or (len(folded) <= 4 and _KANA.fullmatch(folded) is not None)


_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+")
