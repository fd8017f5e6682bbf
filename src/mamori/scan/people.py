"""Counting distinct persons — data subjects resolved by identity — without keeping who they are.

The 1,000-person trigger of 規則7条4号 depends on this count. Each record (a table row, a JSON record, a
person named in a memo) yields its subjects, and each subject its *keys*: My Number; a passport, licence,
pension or residence-card number; a personal e-mail address; a name with a birth date, a phone, an
address (or an insurance, card or account number). Two subjects that share a key are one person, joined
transitively (union–find). A phone, an address or a name alone never joins two records: households share
a phone, and two people share a name. A subject with no such key is one person that joins nothing — or,
inside one table or document, the same weak details (the same name only) are taken for the same person.

Only a keyed hash of each key is kept (BLAKE2b under the installation key, 64 bits), never a value. The
top three bits of a key say its kind, best first, so the smallest key of a person is their best one.
Counting is exact up to `EXACT_LIMIT` keys (about a million persons, ~100 bytes a key); beyond that the
counter becomes a HyperLogLog sketch of each person's best key (±0.8 %), and its method says so.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

EXACT_LIMIT = 3_000_000
HLL_BITS = 14
HLL_REGISTERS = 1 << HLL_BITS
_RANK_BITS = 64 - HLL_BITS
_RANK_MASK = (1 << _RANK_BITS) - 1
_KIND_SHIFT = 61
_HASH_MASK = (1 << _KIND_SHIFT) - 1
_MASK64 = (1 << 64) - 1

# Key kinds, best first (the top three bits of a key).
KIND_MY_NUMBER = 0
KIND_DOCUMENT = 1  # passport, driver's licence, pension, residence card: one person each
KIND_EMAIL = 2
KIND_NAME_BIRTH = 3
KIND_NAME_PHONE = 4
KIND_NAME_ADDRESS = 5
KIND_NAME_OTHER = 6  # name + insurance, card or account number
KIND_LOCAL = 7  # weak details inside one table or document: joins nothing elsewhere

# Types that single a person out alone, and the kind of their key.
ALONE: dict[str, int] = {
    "MY_NUMBER": KIND_MY_NUMBER,
    "PASSPORT": KIND_DOCUMENT,
    "DRIVERS_LICENSE": KIND_DOCUMENT,
    "PENSION_NUMBER": KIND_DOCUMENT,
    "RESIDENCE_CARD": KIND_DOCUMENT,
    "EMAIL": KIND_EMAIL,
}
# Types that single a person out together with their name.
WITH_NAME: dict[str, int] = {
    "DATE_OF_BIRTH": KIND_NAME_BIRTH,
    "PHONE": KIND_NAME_PHONE,
    "ADDRESS": KIND_NAME_ADDRESS,
    "HEALTH_INSURANCE": KIND_NAME_OTHER,
    "CREDIT_CARD": KIND_NAME_OTHER,
    "BANK_ACCOUNT": KIND_NAME_OTHER,
}
# The details that make a subject a person (with or without a name).
CONTACT_TYPES: tuple[str, ...] = tuple(ALONE) + tuple(WITH_NAME)
IDENTITY_TYPES: frozenset[str] = frozenset(("PERSON", *CONTACT_TYPES))

ROWS_METHOD = (
    "表の各行から人物（本人のほか配偶者・子・届け先など列の組ごと）を取り出し、マイナンバー・旅券等の番号・"
    "個人のメールアドレス、または氏名と生年月日・電話・住所の組合せが一致する人物を同一人物として"
    "（推移的に）まとめ、鍵付きハッシュ（BLAKE2b）で数えた。電話・住所・氏名だけでは別の行と同一人物にしない"
)
PROSE_METHOD = (
    "文章中の氏名ごとに、その後に続く連絡先・生年月日等をその人物のものとし、上と同じ鍵で同一人物を"
    "まとめて数えた。氏名のない連絡先は個人のもの（代表番号・info@ 等の窓口でないもの）だけを1人とした"
)
# The serialised form starts with this version byte; counters hashed another way cannot be merged.
FORMAT_VERSION = b"3"

_SEPARATOR_CHARS = " \t\u3000-‐‑‒–—―−()（）・."
_JOIN = "\x1e"
_ASCII_WORDS = re.compile(r"[a-z]+")

# Mailboxes of a function, not of a person (info@, support@ …): never a key, never a person.
ROLE_MAILBOXES = frozenset(
    {
        "info",
        "information",
        "support",
        "help",
        "helpdesk",
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "sales",
        "contact",
        "contactus",
        "admin",
        "administrator",
        "webmaster",
        "postmaster",
        "hostmaster",
        "abuse",
        "office",
        "inquiry",
        "inquiries",
        "otoiawase",
        "toiawase",
        "soumu",
        "jinji",
        "keiri",
        "recruit",
        "saiyo",
        "saiyou",
        "service",
        "customer",
        "customers",
        "cs",
        "desk",
        "center",
        "centre",
        "shop",
        "store",
        "order",
        "orders",
        "mail",
        "marketing",
        "pr",
        "press",
        "team",
        "hello",
        "billing",
        "account",
        "accounts",
        "reception",
        "uketsuke",
        "news",
        "newsletter",
        "magazine",
        "system",
        "security",
        "privacy",
        "hr",
        "staff",
        "all",
        "group",
        "kojinjoho",
    }
)


def is_role_mailbox(address: str) -> bool:
    """info@…, support@…, noreply@…: a mailbox of a function, not of a person."""
    local = address.split("@", 1)[0].lower().strip()
    if local in ROLE_MAILBOXES:
        return True
    head = re.split(r"[._+\-]", local, maxsplit=1)[0]
    return head in ROLE_MAILBOXES and head not in ("customer", "account", "staff")


def fold(value: str) -> str:
    """The form two spellings of one person's value share: width and case folded (NFKC), spaces, hyphens
    and brackets dropped, so `山田　太郎` and `山田太郎`, `090-1234-5678` and `09012345678` meet."""
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    value = value.lower()
    for separator in _SEPARATOR_CHARS:
        if separator in value:
            value = value.replace(separator, "")
    return value


def fold_name(value: str) -> str:
    """A name's folded form; a name in Latin letters also loses its word order (`Taro Yamada` and
    `YAMADA, Taro` meet)."""
    if value.isascii():
        return "".join(sorted(_ASCII_WORDS.findall(value.lower())))
    folded = unicodedata.normalize("NFKC", value).lower()
    if folded.isascii():
        return "".join(sorted(_ASCII_WORDS.findall(folded)))
    return fold(folded)


def fold_all(values: list[str]) -> list[str]:
    """`fold` of every value, done on one joined string so the work stays in C (a table column at once)."""
    if not values:
        return []
    joined = _JOIN.join(values)
    if joined.count(_JOIN) != len(values) - 1:  # a value holds the joiner itself
        return [fold(v) for v in values]
    return fold(joined).split(_JOIN)


def subject_keys(
    names: Sequence[str], details: Mapping[str, Sequence[str]], *, scope: str = ""
) -> list[str] | None:
    """The key texts of one subject: its names and details (type code → values), raw or folded alike.

    None when the subject is no person (nothing but role mailboxes, say). An empty list: a person that
    joins nothing. With a `scope` (a table, a document), a subject without a strong key gets one local
    key made of its weak details, so the same name alone twice in one table is one person.
    """
    folded_names = sorted({n for n in (fold_name(x) for x in names if x) if n})
    keys: list[str] = []
    weak: list[str] = []
    personal = bool(folded_names)
    for code, values in details.items():
        alone = ALONE.get(code)
        paired = WITH_NAME.get(code)
        if alone is None and paired is None:
            continue
        for raw in values:
            if not raw or (code == "EMAIL" and is_role_mailbox(raw)):
                continue
            value = fold(raw)
            if not value:
                continue
            personal = True
            if alone is not None:
                keys.append(f"{alone}\x1f{value}")
            elif folded_names:
                keys.extend(f"{paired}\x1f{name}\x1f{code}\x1f{value}" for name in folded_names)
            else:
                weak.append(f"{code}={value}")
    if not personal:
        return None
    if keys or not scope:
        return keys
    weak.extend(f"PERSON={n}" for n in folded_names)
    return [f"{KIND_LOCAL}\x1f{scope}\x1f" + "\x1f".join(sorted(weak))]


def local_key(scope: str, label: str) -> str:
    """A key that only meets itself inside `scope` (a name mentioned twice in one memo)."""
    return f"{KIND_LOCAL}\x1f{scope}\x1f{label}"


@dataclass(frozen=True)
class PeopleCount:
    count: int
    exact: bool
    method: str


def _mix(value: int) -> int:
    """SplitMix64's finaliser: spreads a key's bits so its kind bits do not crowd the sketch's registers."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)


class PeopleCounter:
    """Distinct persons: union–find over keyed hashes of their keys, plus persons that join nothing."""

    def __init__(self, key: bytes, *, method: str = ROWS_METHOD, exact_limit: int = EXACT_LIMIT) -> None:
        self._key = key if len(key) <= hashlib.blake2b.MAX_KEY_SIZE else hashlib.sha256(key).digest()
        self._method = method
        self._limit = exact_limit
        self._parent: dict[int, int] | None = {}
        self._components = 0
        self._registers: bytearray | None = None
        self.loose = 0  # persons without a key: each joins nobody
        self.rows_without_identity = 0

    # -- adding ----------------------------------------------------------------------------------------

    def add_subject(
        self, names: Sequence[str], details: Mapping[str, Sequence[str]], *, scope: str = ""
    ) -> bool:
        """Count one subject; False when it holds nothing that makes it a person."""
        keys = subject_keys(names, details, scope=scope)
        if keys is None:
            self.rows_without_identity += 1
            return False
        self.add_records([keys])
        return True

    def add_records(self, records: Iterable[Sequence[str]]) -> None:
        """Count one person per record, given by its key texts (an empty record joins nobody)."""
        hashed = self._hash
        for texts in records:
            if not texts:
                self.loose += 1
                continue
            self._add_hashes([hashed(t) for t in texts])

    def _hash(self, text: str) -> int:
        kind = ord(text[0]) - 48 if text and "0" <= text[0] <= "7" else KIND_LOCAL
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key, digest_size=8)
        return (kind << _KIND_SHIFT) | (int.from_bytes(digest.digest(), "big") & _HASH_MASK)

    def _add_hashes(self, hashes: list[int]) -> None:
        parent = self._parent
        if parent is None:
            self._observe(min(hashes))
            return
        root = self._root_of(hashes[0])
        for value in hashes[1:]:
            other = self._root_of(value)
            if other != root:
                # The smaller key becomes the root: a person's root is then their best key.
                if other < root:
                    root, other = other, root
                parent[other] = root
                self._components -= 1
        if len(parent) > self._limit:
            self._to_sketch()

    def _root_of(self, value: int) -> int:
        parent = self._parent
        assert parent is not None
        up = parent.get(value)
        if up is None:
            parent[value] = value
            self._components += 1
            return value
        root = up
        while parent[root] != root:
            root = parent[root]
        while value != root:  # path compression: later finds are one step
            following = parent[value]
            parent[value] = root
            value = following
        return root

    # -- sketch ----------------------------------------------------------------------------------------

    def _observe(self, value: int) -> None:
        registers = self._registers
        assert registers is not None
        mixed = _mix(value)
        index = mixed >> _RANK_BITS
        rank = _RANK_BITS + 1 - (mixed & _RANK_MASK).bit_length()
        if rank > registers[index]:
            registers[index] = rank

    def _to_sketch(self) -> None:
        roots = self._roots()
        self._parent = None
        self._components = 0
        self._registers = bytearray(HLL_REGISTERS)
        for root in roots:
            self._observe(root)

    def _roots(self) -> set[int]:
        parent = self._parent
        assert parent is not None
        return {self._root_of(value) for value in list(parent)}

    def _groups(self) -> list[list[int]]:
        """The keys of each person."""
        parent = self._parent
        assert parent is not None
        groups: dict[int, list[int]] = {}
        for value in list(parent):
            groups.setdefault(self._root_of(value), []).append(value)
        return list(groups.values())

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def exact(self) -> bool:
        return self._parent is not None

    @property
    def count(self) -> int:
        if self._parent is not None:
            return self._components + self.loose
        assert self._registers is not None
        m = HLL_REGISTERS
        alpha = 0.7213 / (1 + 1.079 / m)
        raw = alpha * m * m / sum(2.0**-r for r in self._registers)
        zeros = self._registers.count(0)
        if raw <= 2.5 * m and zeros:
            return round(m * math.log(m / zeros)) + self.loose
        return round(raw) + self.loose

    @property
    def method(self) -> str:
        if self.exact:
            return self._method
        error = 1.04 / math.sqrt(HLL_REGISTERS)
        return (
            f"{self._method}。鍵が{self._limit:,}件を超えたため、各人物の最良の鍵の HyperLogLog による推定値"
            f"（誤差 ±{error:.1%} 程度）"
        )

    def result(self) -> PeopleCount:
        return PeopleCount(self.count, self.exact, self.method)

    # -- combining ------------------------------------------------------------------------------------

    def merge(self, other: PeopleCounter) -> None:
        """Add everyone `other` counted: a person in both (sharing a key) counts once."""
        self.loose += other.loose
        if other._parent is not None:
            if self._parent is None:
                for root in other._roots():
                    self._observe(root)
                return
            for group in other._groups():
                self._add_hashes(group)
            return
        if self._parent is not None:
            self._to_sketch()
        assert self._registers is not None and other._registers is not None
        self._registers = bytearray(map(max, self._registers, other._registers))

    def to_bytes(self) -> bytes:
        """A compact form (each person's 64-bit key hashes, or sketch registers) to pass between processes
        or keep beside the ledger."""
        head = FORMAT_VERSION + (b"E" if self._parent is not None else b"H") + struct.pack(">Q", self.loose)
        if self._parent is None:
            assert self._registers is not None
            return head + bytes(self._registers)
        groups = self._groups()
        sizes = array("I", (len(g) for g in groups))
        keys = array("Q", (k for g in groups for k in g))
        return (
            head + struct.pack(">Q", len(groups)) + _big_endian(sizes).tobytes() + _big_endian(keys).tobytes()
        )

    @classmethod
    def from_bytes(cls, data: bytes, key: bytes, *, method: str = ROWS_METHOD) -> PeopleCounter:
        """Raises ValueError for a counter kept by an earlier version (hashed another way) or cut short."""
        if data[:1] != FORMAT_VERSION or data[1:2] not in (b"E", b"H") or len(data) < 10:
            raise ValueError("people counter of another format")
        counter = cls(key, method=method)
        (counter.loose,) = struct.unpack(">Q", data[2:10])
        body = data[10:]
        if data[1:2] == b"H":
            if len(body) != HLL_REGISTERS:
                raise ValueError("people sketch of the wrong size")
            counter._parent = None
            counter._registers = bytearray(body)
            return counter
        if len(body) < 8:
            raise ValueError("people counter cut short")
        (groups,) = struct.unpack(">Q", body[:8])
        sizes = array("I")
        sizes.frombytes(body[8 : 8 + 4 * groups])
        keys = array("Q")
        keys.frombytes(body[8 + 4 * groups :])  # ValueError when not a whole number of 8-byte values
        _big_endian(sizes)
        _big_endian(keys)
        if len(sizes) != groups or sum(sizes) != len(keys):
            raise ValueError("people counter cut short")
        at = 0
        for size in sizes:
            counter._add_hashes(list(keys[at : at + size]))
            at += size
        return counter


def _big_endian(values: array[int]) -> array[int]:
    """Swap to or from the stored byte order (big-endian), in place."""
    if sys.byteorder == "little":
        values.byteswap()
    return values


def count_union(counters: Iterable[PeopleCounter], key: bytes, *, method: str) -> PeopleCounter:
    total = PeopleCounter(key, method=method)
    for counter in counters:
        total.merge(counter)
    return total
