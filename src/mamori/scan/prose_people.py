"""The persons a document names: each name with the details that follow it, one subject per person.

A memo about one customer lists the name, its kana reading, the birth date, the address, the phone and
the e-mail on lines of their own: that is one person, not six. So within one document (a file, a mail, a
sheet of text) a detail belongs to the name before it while it follows closely (each detail extends the
reach); a kana name right after a name is its reading; the same name, or its surname alone, mentioned
again is the same person. A detail with no name before it counts only when it is personal: not a
role mailbox (info@, support@), not a switchboard or free-dial number (代表, 0120 …), never an address
alone (a letterhead's). Subjects are keyed as in `people.py`, so they join the same person elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mamori.detect.column_words import RELATIONS
from mamori.detect.finding import Finding
from mamori.detect.types import EntityType
from mamori.scan.people import CONTACT_TYPES, PeopleCounter, fold_name
from mamori.scan.people_keys import ALONE, alone_key, fold_all, is_role_mailbox

# A detail belongs to the subject before it when it starts within this many characters of the subject's
# last name or detail.
CONTACT_REACH = 300
# A kana name this close after a name, with no detail between, is that name's reading.
READING_REACH = 60
_CONTACTS = frozenset(EntityType(code) for code in CONTACT_TYPES)
_KANA_NAME = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f\s・]+")
# Words just before a number that make it an organisation's, not a person's.
_ORGANISATION_PHONE = re.compile(
    r"(代表|本社|本店|支店|営業所|受付|窓口|お問い?合わ?せ|問合せ|ファックス|FAX|fax|Fax|コールセンター"
    r"|センター|事務局)[^\n]{0,12}$"
)
# Words between a name and a detail that make the detail another party's (請求先 suzuki@…, 緊急連絡先 …).
_OTHER_PARTY = re.compile("|".join(sorted((w for w in RELATIONS if not w.isascii()), key=len, reverse=True)))
_FREE_DIAL = re.compile(r"^\s*[(（]?\s*0(120|800|570)")
# Details that make a person without a name.
_ALONE_PERSONAL = frozenset(
    {
        EntityType.MY_NUMBER,
        EntityType.EMAIL,
        EntityType.PHONE,
        EntityType.DATE_OF_BIRTH,
        EntityType.PASSPORT,
        EntityType.DRIVERS_LICENSE,
        EntityType.PENSION_NUMBER,
        EntityType.RESIDENCE_CARD,
        EntityType.HEALTH_INSURANCE,
        EntityType.CREDIT_CARD,
    }
)


@dataclass
class _Subject:
    names: list[str]
    folded: str
    last: int
    details: dict[str, list[str]] = field(default_factory=dict)
    has_detail: bool = False


class ProsePeople:
    """Feed the units of one document in order; `close` counts its persons into `people`."""

    def __init__(self, people: PeopleCounter, scope: str) -> None:
        self._people = people
        self._scope = scope
        self._offset = 0
        self._subjects: list[_Subject] = []
        self._by_name: dict[str, _Subject] = {}
        self._current: _Subject | None = None
        self._alone: list[tuple[str, str]] = []

    @property
    def count_hint(self) -> int:
        return len(self._subjects) + len(self._alone)

    def feed(self, text: str, findings: list[Finding]) -> None:
        base = self._offset
        for f in sorted(findings):
            if f.type is EntityType.PERSON:
                self._name(f.value(text), base + f.start, base + f.end)
            elif f.type in _CONTACTS:
                self._detail(f.type, f.value(text), base + f.start, base + f.end, text, f.start)
        self._offset = base + len(text) + 1

    def feed_details(self, found: list[tuple[EntityType, str]]) -> None:
        """Details without positions or names (the fast pipeline): each one stands alone."""
        for kind, value in found:
            if kind in _ALONE_PERSONAL:
                self._alone.append((kind.value, value))

    def _name(self, value: str, start: int, end: int) -> None:
        folded = fold_name(value)
        if not folded:
            return
        current = self._current
        if (
            current is not None
            and not current.has_detail
            and start - current.last <= READING_REACH
            and _KANA_NAME.fullmatch(value)
            and not _KANA_NAME.fullmatch(current.names[0])
        ):
            current.names.append(value)
            self._by_name.setdefault(folded, current)
            current.last = end
            return
        known = self._known(folded)
        if known is None:
            known = _Subject([value], folded, end)
            self._subjects.append(known)
            self._by_name[folded] = known
        known.last = end
        self._current = known

    def _known(self, folded: str) -> _Subject | None:
        """The subject already met under this name, or whose full name starts with this surname."""
        found = self._by_name.get(folded)
        if found is not None or len(folded) < 2:
            return found
        for name, subject in self._by_name.items():
            if len(name) > len(folded) and name.startswith(folded):
                return subject
        return None

    def _detail(self, kind: EntityType, value: str, start: int, end: int, text: str, local: int) -> None:
        current = self._current
        between = text[max(0, local - (start - current.last)) : local] if current is not None else ""
        if current is not None and start - current.last <= CONTACT_REACH and not _OTHER_PARTY.search(between):
            current.details.setdefault(kind.value, []).append(value)
            current.has_detail = True
            current.last = end
            return
        self._current = None
        if kind not in _ALONE_PERSONAL:
            return
        if kind is EntityType.PHONE and (
            _FREE_DIAL.match(value) or _ORGANISATION_PHONE.search(text[max(0, local - 24) : local])
        ):
            return
        self._alone.append((kind.value, value))

    def _alone_keys(self) -> list[list[int]]:
        """Details without a name, a type at a time (a log has thousands): an e-mail address or a My
        Number is a key of its own; a phone or a birth date alone only meets itself in this document."""
        keys = self._people.keys
        by_code: dict[str, list[str]] = {}
        for code, value in self._alone:
            by_code.setdefault(code, []).append(value)
        records: list[list[int]] = []
        for code, values in by_code.items():
            if code == "EMAIL":
                values = [v for v in values if not is_role_mailbox(v)]
            folded = [v for v in fold_all(values) if v]
            kind = ALONE.get(code)
            if kind is not None:
                records.extend([alone_key(kind, h)] for h in keys.hash_all(code + "\x1f", folded))
            else:
                records.extend([keys.local_key(self._scope, [f"{code}={v}"])] for v in folded)
        return records

    def close(self) -> None:
        scope = self._scope
        for subject in self._subjects:
            self._people.add_subject(subject.names, subject.details, scope=scope)
        self._people.add_records(self._alone_keys())
        self._subjects = []
        self._by_name = {}
        self._alone = []
        self._current = None
