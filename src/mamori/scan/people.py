"""Counting distinct persons — data subjects resolved by identity — without keeping who they are.

The 1,000-person trigger of 規則7条4号 depends on this count. Each record (a table row, a JSON record, a
person named in a memo) yields its subjects, and each subject its keys (`people_keys.py`). Two subjects
that share a key are one person, joined transitively: a union–find over 64-bit keyed hashes. A phone, an
address or a name alone never joins two records. A subject without a key is one person that joins
nobody (`loose`).

Counting is exact up to `EXACT_LIMIT` keys (one to two million persons, ~80 bytes a key); beyond that the
counter becomes a HyperLogLog sketch of each person's best key (±0.8 %), and its method says so.
"""

from __future__ import annotations

import math
import struct
import sys
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from mamori.scan.people_keys import (
    CONTACT_TYPES,
    KeyMaker,
    fold,
    fold_all,
    fold_name,
    is_role_mailbox,
    mix,
)

__all__ = [
    "CONTACT_TYPES",
    "EXACT_LIMIT",
    "PROSE_METHOD",
    "ROWS_METHOD",
    "PeopleCount",
    "PeopleCounter",
    "fold",
    "fold_all",
    "fold_name",
    "is_role_mailbox",
]

EXACT_LIMIT = 6_000_000
HLL_BITS = 14
HLL_REGISTERS = 1 << HLL_BITS
_RANK_BITS = 64 - HLL_BITS
_RANK_MASK = (1 << _RANK_BITS) - 1

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


@dataclass(frozen=True)
class PeopleCount:
    count: int
    exact: bool
    method: str


class PeopleCounter:
    """Distinct persons: union–find over keyed hashes of their keys, plus persons that join nobody."""

    def __init__(self, key: bytes, *, method: str = ROWS_METHOD, exact_limit: int = EXACT_LIMIT) -> None:
        self.keys = KeyMaker(key)
        self._method = method
        self._limit = exact_limit
        # key → a key of the same person (itself for a person's root, which is their smallest key)
        self._parent: dict[int, int] | None = {}
        self._components = 0
        self._registers: bytearray | None = None
        self.loose = 0

    # -- adding ----------------------------------------------------------------------------------------

    def add_subject(
        self,
        names: Sequence[str],
        details: Mapping[str, Sequence[str]],
        *,
        scope: str = "",
        name_scope: str = "",
    ) -> bool:
        """Count one subject; False when it holds nothing that makes it a person."""
        keys = self.keys.subject(names, details, scope=scope, name_scope=name_scope)
        if keys is None:
            return False
        self.add_records([keys])
        return True

    def add_records(self, records: Iterable[Sequence[int]]) -> None:
        """One person per record, given by its keys (an empty record joins nobody)."""
        parent = self._parent
        if parent is None:
            for keys in records:
                if keys:
                    self._observe(min(keys))
                else:
                    self.loose += 1
            return
        get = parent.get
        for keys in records:
            if not keys:
                self.loose += 1
                continue
            met = False
            for k in keys:
                if get(k) is not None:
                    met = True
                    break
            if not met:  # a person not met before: the usual case, no finds
                root = min(keys)
                for k in keys:
                    parent[k] = root
                self._components += 1
                continue
            self._join(keys)
        if len(parent) > self._limit:
            self._to_sketch()

    def _join(self, keys: Sequence[int]) -> None:
        parent = self._parent
        assert parent is not None
        root = self._root_of(keys[0])
        for value in keys[1:]:
            other = self._root_of(value)
            if other != root:
                # The smaller key becomes the root: a person's root is then their best key.
                if other < root:
                    root, other = other, root
                parent[other] = root
                self._components -= 1

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
        mixed = mix(value)
        index = mixed >> _RANK_BITS
        rank = _RANK_BITS + 1 - (mixed & _RANK_MASK).bit_length()
        if rank > registers[index]:
            registers[index] = rank

    def _to_sketch(self) -> None:
        roots = {self._root_of(value) for value in list(self._parent or {})}
        self._parent = None
        self._components = 0
        self._registers = bytearray(HLL_REGISTERS)
        for root in roots:
            self._observe(root)

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
        registers: list[int] = list(self._registers)  # a list: mypyc cannot iterate a bytearray here
        raw = alpha * m * m / sum(2.0**-r for r in registers)
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
        if other._parent is None:
            if self._parent is not None:
                self._to_sketch()
            assert self._registers is not None and other._registers is not None
            self._registers = bytearray(map(max, self._registers, other._registers))
            return
        theirs = other._parent
        if self._parent is None:
            for value, root in theirs.items():
                if value == root:
                    self._observe(root)
            return
        mine = self._parent
        if mine.keys().isdisjoint(theirs):  # nobody in common: both forests side by side
            mine.update(theirs)
            self._components += other._components
        else:
            for value, root in theirs.items():
                if value != root:
                    self._join((root, value))
                elif value not in mine:
                    mine[value] = value
                    self._components += 1
        if len(mine) > self._limit:
            self._to_sketch()

    def merge_bytes(self, data: bytes) -> None:
        """`merge` of a counter in its serialised form, without building it first when nobody in it is
        known here (the usual case: each file's persons are added to the scan's as they come).

        Raises ValueError as `from_bytes` does."""
        mine = self._parent
        if mine is None or data[1:2] != b"E":
            self.merge(PeopleCounter.from_bytes(data, self.keys.key))
            return
        loose, keys, roots, components = _exact_parts(data)
        if mine.keys().isdisjoint(keys):
            mine.update(zip(keys, roots, strict=True))
            self._components += components
            self.loose += loose
            if len(mine) > self._limit:
                self._to_sketch()
            return
        self.merge(PeopleCounter.from_bytes(data, self.keys.key))

    def to_bytes(self) -> bytes:
        """A compact form (each key with its person's root, or sketch registers) to pass between processes
        or keep beside the ledger."""
        head = FORMAT_VERSION + (b"E" if self._parent is not None else b"H") + struct.pack(">Q", self.loose)
        if self._parent is None:
            assert self._registers is not None
            return head + bytes(self._registers)
        parent = self._parent
        keys = array("Q", parent.keys())
        roots = array("Q", parent.values())
        # An exact counter: how many keys, how many persons, then each key and the key it joins (its
        # person's root, or a key nearer to it: a forest is merged as it is, without flattening).
        sizes = struct.pack(">QQ", len(keys), self._components)
        return head + sizes + _big_endian(keys).tobytes() + _big_endian(roots).tobytes()

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
        counter.loose, keys, roots, counter._components = _exact_parts(data)
        counter._parent = dict(zip(keys, roots, strict=True))
        return counter


def _exact_parts(data: bytes) -> tuple[int, array[int], array[int], int]:
    """An exact counter's parts: persons without a key, every key, the key it joins, persons with keys."""
    if data[:2] != FORMAT_VERSION + b"E" or len(data) < 26:
        raise ValueError("people counter of another format or cut short")
    loose, size, components = struct.unpack(">QQQ", data[2:26])
    if len(data) != 26 + 16 * size:
        raise ValueError("people counter cut short")
    keys = array("Q")
    keys.frombytes(data[26 : 26 + 8 * size])
    roots = array("Q")
    roots.frombytes(data[26 + 8 * size :])
    return loose, _big_endian(keys), _big_endian(roots), components


def _big_endian(values: array[int]) -> array[int]:
    """Swap to or from the stored byte order (big-endian), in place."""
    if sys.byteorder == "little":
        values.byteswap()
    return values
