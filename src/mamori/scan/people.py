"""Counting distinct persons without keeping who they are.

The 1,000-person trigger of 規則7条4号 depends on this count. A person is identified by a key built
from their values (a name with one contact detail, or a contact detail alone) and only the keyed hash
of that key (keyed BLAKE2b with the installation key, 64 bits kept) is kept, never the values. BLAKE2b
in keyed mode is a MAC by design and costs a quarter of HMAC-SHA256 here, which matters at one hash per
table row. Counting is exact up to
`EXACT_LIMIT` distinct persons; beyond that the counter turns into a HyperLogLog sketch so that memory
stays flat for a table of any size, and the method says the count is an estimate.
"""

from __future__ import annotations

import hashlib
import math
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

EXACT_LIMIT = 200_000
HLL_BITS = 14
HLL_REGISTERS = 1 << HLL_BITS
_RANK_BITS = 64 - HLL_BITS  # the bits of a hash below its register index
_RANK_MASK = (1 << _RANK_BITS) - 1

# The values that single a person out, best first; a name alone is the weakest key.
CONTACT_TYPES: tuple[str, ...] = (
    "MY_NUMBER",
    "EMAIL",
    "PHONE",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "PASSPORT",
    "DRIVERS_LICENSE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "RESIDENCE_CARD",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
)
IDENTITY_TYPES: frozenset[str] = frozenset(("PERSON", *CONTACT_TYPES))

ROWS_METHOD = (
    "表の1行を1人として数え、氏名と連絡先（マイナンバー・メール・電話・生年月日・住所の順で最初にあるもの）の"
    "組合せの鍵付きハッシュ（BLAKE2b）で重複を除いた"
)
PROSE_METHOD = (
    "文章中の氏名と、その直後に現れる連絡先の組合せ（氏名がなければ連絡先のみ）を1人とし、"
    "鍵付きハッシュ（BLAKE2b）で重複を除いた"
)
# The serialised form starts with this version byte; counters hashed another way cannot be merged.
FORMAT_VERSION = b"2"


_SEPARATOR_CHARS = " \t\u3000-‐‑‒–—―−()（）"
_SEPARATORS = str.maketrans("", "", _SEPARATOR_CHARS)
_JOIN = "\x1e"


def fold(value: str) -> str:
    """The form two spellings of one person's value share: width and case folded (NFKC), spaces, hyphens
    and brackets dropped, so `山田　太郎` and `山田太郎`, `090-1234-5678` and `09012345678` meet."""
    if value.isascii():
        return value.lower().translate(_SEPARATORS)
    return unicodedata.normalize("NFKC", value).lower().translate(_SEPARATORS)


def fold_all(values: list[str]) -> list[str]:
    """`fold` of every value, done on one joined string so the work stays in C (a table column at once)."""
    if not values:
        return []
    joined = _JOIN.join(values)
    if joined.count(_JOIN) != len(values) - 1:  # a value holds the joiner itself
        return [fold(v) for v in values]
    if not joined.isascii():
        joined = unicodedata.normalize("NFKC", joined)
    joined = joined.lower()
    # str.replace per separator: each is one C scan, where translate looks up every non-ASCII character.
    for separator in _SEPARATOR_CHARS:
        if separator in joined:
            joined = joined.replace(separator, "")
    return joined.split(_JOIN)


def identity_key(values: Mapping[str, str]) -> str | None:
    """The text that stands for one person: name + first contact detail, or either alone."""
    raw_name = values.get("PERSON")
    name = fold(raw_name) if raw_name else ""
    for code in CONTACT_TYPES:
        raw = values.get(code)
        if raw:
            contact = fold(raw)
            if contact:
                return f"{name}\x1f{code}\x1f{contact}"
    return f"PERSON\x1f{name}" if name else None


@dataclass(frozen=True)
class PeopleCount:
    count: int
    exact: bool
    method: str


class PeopleCounter:
    """Distinct persons by keyed hash. `add_row` for a table row, `add_person` for one seen in prose."""

    def __init__(self, key: bytes, *, method: str = ROWS_METHOD) -> None:
        self._key = key if len(key) <= hashlib.blake2b.MAX_KEY_SIZE else hashlib.sha256(key).digest()
        self._method = method
        self._exact: set[int] | None = set()
        self._registers: bytearray | None = None
        self.rows_without_identity = 0

    def add_row(self, identity_values: Mapping[str, str]) -> bool:
        """Count the person of one row; False when the row holds nothing that identifies anyone."""
        text = identity_key(identity_values)
        if text is None:
            self.rows_without_identity += 1
            return False
        self._add_value(self._hash(text))
        return True

    add_person = add_row

    def add_keys(self, keys: list[str]) -> None:
        """Count the persons of many rows at once, each given by its `identity_key` ("" for a row that
        holds nothing identifying)."""
        key = self._key
        blake = hashlib.blake2b
        from_bytes = int.from_bytes
        values = [
            from_bytes(blake(text.encode("utf-8", "surrogatepass"), key=key, digest_size=8).digest(), "big")
            for text in keys
            if text
        ]
        self.rows_without_identity += len(keys) - len(values)
        if self._exact is not None:
            self._exact.update(values)
            if len(self._exact) > EXACT_LIMIT:
                self._to_sketch()
            return
        self._observe_all(values)

    def _hash(self, text: str) -> int:
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key, digest_size=8)
        return int.from_bytes(digest.digest(), "big")

    def _add_value(self, value: int) -> None:
        if self._exact is not None:
            self._exact.add(value)
            if len(self._exact) > EXACT_LIMIT:
                self._to_sketch()
            return
        self._observe_all((value,))

    def _to_sketch(self) -> None:
        self._registers = bytearray(HLL_REGISTERS)
        exact, self._exact = self._exact or set(), None
        self._observe_all(exact)

    def _observe_all(self, values: Iterable[int]) -> None:
        """HyperLogLog: the top bits pick a register, which keeps the highest rank (leading zeros + 1 of
        the bits below) seen. One loop with no call per value: a scan merges millions of them."""
        registers = self._registers
        assert registers is not None
        for value in values:
            index = value >> _RANK_BITS
            rank = _RANK_BITS + 1 - (value & _RANK_MASK).bit_length()
            if rank > registers[index]:
                registers[index] = rank

    @property
    def exact(self) -> bool:
        return self._exact is not None

    @property
    def count(self) -> int:
        if self._exact is not None:
            return len(self._exact)
        assert self._registers is not None
        m = HLL_REGISTERS
        alpha = 0.7213 / (1 + 1.079 / m)
        raw = alpha * m * m / sum(2.0**-r for r in self._registers)
        zeros = self._registers.count(0)
        if raw <= 2.5 * m and zeros:
            return round(m * math.log(m / zeros))
        return round(raw)

    @property
    def method(self) -> str:
        if self.exact:
            return self._method
        error = 1.04 / math.sqrt(HLL_REGISTERS)
        return (
            f"{self._method}。{EXACT_LIMIT:,}人を超えたため HyperLogLog による推定値"
            f"（誤差 ±{error:.1%} 程度）"
        )

    def result(self) -> PeopleCount:
        return PeopleCount(self.count, self.exact, self.method)

    def merge(self, other: PeopleCounter) -> None:
        """Add everyone `other` counted (a person in both counts once)."""
        if other._exact is not None:
            if self._exact is None:
                self._observe_all(other._exact)
                return
            self._exact |= other._exact
            if len(self._exact) > EXACT_LIMIT:
                self._to_sketch()
            return
        if self._exact is not None:
            self._to_sketch()
        assert self._registers is not None and other._registers is not None
        self._registers = bytearray(map(max, self._registers, other._registers))

    def to_bytes(self) -> bytes:
        """A compact form (64-bit hash prefixes or sketch registers) to pass between processes or keep."""
        if self._exact is not None:
            # In set order, not sorted: sorting 64-bit ints cost a worker 7 % of a memo's scan, and the
            # reader builds a set again. The same values added in the same order give the same bytes.
            return FORMAT_VERSION + b"E" + _big_endian(array("Q", self._exact)).tobytes()
        assert self._registers is not None
        return FORMAT_VERSION + b"H" + bytes(self._registers)

    @classmethod
    def from_bytes(cls, data: bytes, key: bytes, *, method: str = ROWS_METHOD) -> PeopleCounter:
        """Raises ValueError for a counter kept by an earlier version (hashed another way) or cut short."""
        if data[:1] != FORMAT_VERSION or data[1:2] not in (b"E", b"H"):
            raise ValueError("people counter of another format")
        counter = cls(key, method=method)
        if data[1:2] == b"H":
            if len(data) != 2 + HLL_REGISTERS:
                raise ValueError("people sketch of the wrong size")
            counter._exact = None
            counter._registers = bytearray(data[2:])
        else:
            values = array("Q")
            values.frombytes(data[2:])  # ValueError when not a whole number of 8-byte values
            counter._exact = set(_big_endian(values))
        return counter


def _big_endian(values: array[int]) -> array[int]:
    """Swap to or from the stored byte order (big-endian, as before), in place."""
    if sys.byteorder == "little":
        values.byteswap()
    return values


def count_union(counters: Iterable[PeopleCounter], key: bytes, *, method: str) -> PeopleCounter:
    total = PeopleCounter(key, method=method)
    for counter in counters:
        total.merge(counter)
    return total
