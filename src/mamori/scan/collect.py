"""What one asset yielded, summarised as it streams: counts per type, a masked example, no raw values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from mamori.detect.types import EntityType
from mamori.ledger import NewFinding
from mamori.privacy import keyed_hash, masked_preview

PREVIEW_LIMIT = 200


@dataclass
class _Summary:
    count: int
    preview: str
    keyed_hash: str
    location: str
    raw_value: str | None


def summarise(code: EntityType, value: str, key: bytes) -> tuple[str, str]:
    """What a finding's group keeps of its first value: a masked preview and a keyed hash."""
    return masked_preview(code, value)[:PREVIEW_LIMIT], keyed_hash(value, key)


class Collector:
    """Findings of one asset grouped by type, subtype and item (sheet, member, attachment).

    Only the first value of each group is looked at closely (previewed and hashed), so the cost of a
    finding is one counter increment: a million-row table stays cheap and small.
    """

    def __init__(self, key: bytes, *, store_values: bool) -> None:
        self._key = key
        self._store_values = store_values
        self._groups: dict[tuple[EntityType, str | None, str], _Summary] = {}
        self.type_counts: Counter[str] = Counter()
        self.sensitive_subtypes: set[str] = set()

    def add_lazy(
        self, code: EntityType, subtype: str | None, value: str, item: str, where: Callable[[], str]
    ) -> None:
        """As `add`, with the location computed only when the group is new."""
        summary = self._groups.get((code, subtype, item))
        if summary is None:
            self.add(code, subtype, value, item, where())
            return
        summary.count += 1
        self.type_counts[code] += 1

    def bump(self, code: EntityType, subtype: str | None, item: str, where: str, count: int) -> None:
        """`count` more occurrences in the group an `add` with these arguments went to (grouped by `item`,
        or by `where` in a collector that groups by location)."""
        summary = self._groups.get((code, subtype, item)) or self._groups.get((code, subtype, where))
        if summary is None:
            raise KeyError(f"no group for {code} at {where}")
        summary.count += count
        self.type_counts[code] += count

    def add(self, code: EntityType, subtype: str | None, value: str, item: str, where: str) -> None:
        self.type_counts[code] += 1
        if subtype is not None and code is EntityType.SENSITIVE:
            self.sensitive_subtypes.add(subtype)
        group = (code, subtype, item)
        summary = self._groups.get(group)
        if summary is not None:
            summary.count += 1
            return
        preview, hashed = summarise(code, value, self._key)
        self._groups[group] = _Summary(1, preview, hashed, where, value if self._store_values else None)

    def merge_group(
        self,
        code: EntityType,
        subtype: str | None,
        item: str,
        where: str,
        count: int,
        preview: str,
        hashed: str,
    ) -> None:
        """`count` occurrences summarised elsewhere (`summarise`: a range of a table's rows read on a Spark
        executor), as `count` calls of `add` whose first value had this preview and keyed hash."""
        self.type_counts[code] += count
        if subtype is not None and code is EntityType.SENSITIVE:
            self.sensitive_subtypes.add(subtype)
        summary = self._groups.get((code, subtype, item))
        if summary is None:
            self._groups[(code, subtype, item)] = _Summary(count, preview, hashed, where, None)
        else:
            summary.count += count

    @property
    def total(self) -> int:
        return sum(self.type_counts.values())

    def findings(self) -> list[NewFinding]:
        return [
            NewFinding(
                type=str(code),
                subtype=subtype,
                count=s.count,
                preview=s.preview,
                keyed_hash=s.keyed_hash,
                location=s.location,
                raw_value=s.raw_value,
            )
            for (code, subtype, _item), s in self._groups.items()
        ]
