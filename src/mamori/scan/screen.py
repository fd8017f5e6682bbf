"""Names of places screened like values: a file name, sheet, archive member, JSON key or column header
that holds an e-mail address, a phone number, a person's name … is stored and shown with that part
masked (`file:///data/y***@example.jp.csv`, `#pointer=/c/s***@example.jp/tel`), as findings are.

Every location and header that leaves a scan for the ledger goes through `LocationScreen`; the raw one
is kept only in memory, to read the file. Parent and workers build the screen from the same options, so
both agree on how one location reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from mamori.detect import Detector
from mamori.detect.columns import column_meaning
from mamori.detect.header_words import header_for
from mamori.detect.types import FORMAT_DEFINED, EntityType
from mamori.privacy import masked_preview
from mamori.sources.location import map_names

# A corporation's number is public (its preview is the number itself); names and addresses need the
# language layer, which --fast leaves out everywhere, here as well.
_FORMAT_TYPES = FORMAT_DEFINED - {EntityType.CORPORATE_NUMBER}
_LANGUAGE_TYPES = frozenset({EntityType.PERSON, EntityType.ADDRESS})
# Distinct names remembered per screen: a folder of thousands of files repeats its parent folders.
_CACHE_LIMIT = 8192


@dataclass
class LocationScreen:
    detector: Detector
    _seen: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_scan(cls, *, fast: bool, min_score: float) -> LocationScreen:
        types = _FORMAT_TYPES if fast else _FORMAT_TYPES | _LANGUAGE_TYPES
        return cls(Detector(types=types, min_score=min_score))

    def text(self, name: str) -> str:
        """`name` with each value found in it replaced by its masked preview."""
        known = self._seen.get(name)
        if known is not None:
            return known
        screened = self._mask(name)
        if len(self._seen) < _CACHE_LIMIT:
            self._seen[name] = screened
        return screened

    def location(self, location: str) -> str:
        return map_names(location, self.text)

    def column(self, decision: dict[str, object]) -> dict[str, object]:
        """A column decision (`ColumnPlan.to_dict` plus its sheet) with its header and sheet screened,
        also where the reason quotes the header (見出し「…」)."""
        out = dict(decision)
        header = decision.get("header")
        if isinstance(header, str) and header and not _header_word(header):
            shown = self.text(header)
            out["header"] = shown
            if shown != header and isinstance(decision.get("why"), str):
                out["why"] = str(decision["why"]).replace(header, shown)
        sheet = decision.get("sheet")
        if isinstance(sheet, str):
            out["sheet"] = self.text(sheet)
        return out

    def renames(self, names: Iterable[str]) -> dict[str, str]:
        """The names among `names` that hold a value, each with its screened spelling; longest first, so
        that replacing them in a text never cuts a longer name with a shorter one."""
        changed = {n: self.text(n) for n in set(names) if n}
        return {n: changed[n] for n in sorted(changed, key=len, reverse=True) if changed[n] != n}

    def _mask(self, name: str) -> str:
        if not name.strip():
            return name
        parts: list[str] = []
        at = 0
        for start, end, kind in self._spans(name):
            parts.append(name[at:start])
            parts.append(masked_preview(kind, name[start:end]))
            at = end
        parts.append(name[at:])
        return "".join(parts)

    def _spans(self, name: str) -> list[tuple[int, int, EntityType]]:
        """Where values are, overlapping finds merged. Names join words with `_` (`cust_09011112222`),
        which to a detector glues the value to a word; it reads the name also with `_` as a space (same
        offsets), while the name as written keeps values that contain `_` (`yamada_taro@example.jp`)."""
        found = list(self.detector.detect(name))
        if "_" in name:
            found += self.detector.detect(name.replace("_", " "))
        merged: list[tuple[int, int, EntityType]] = []
        for f in sorted(found, key=lambda f: (f.start, -f.end)):
            if merged and f.start < merged[-1][1]:
                start, end, kind = merged[-1]
                merged[-1] = (start, max(end, f.end), kind)
            else:
                merged.append((f.start, f.end, f.type))
        return merged


def _header_word(header: str) -> bool:
    """A short header that names what its column holds (メイ, 氏名, seinengappi): shown as it is, though a
    detector reads メイ as a given name. A longer one may still carry a value beside its words."""
    return len(header) <= 6 and column_meaning(header_for(header)) is not None


def renamed(value: object, renames: dict[str, str]) -> object:
    """`value` (JSON-like: text, lists, dicts with text keys) with every name in `renames` replaced by
    its screened spelling, wherever it appears: a database's column names reach its notes and reasons."""
    if not renames:
        return value
    if isinstance(value, str):
        for raw, shown in renames.items():
            value = value.replace(raw, shown)
        return value
    if isinstance(value, list):
        return [renamed(v, renames) for v in value]
    if isinstance(value, dict):
        return {renamed(k, renames): renamed(v, renames) for k, v in value.items()}
    return value
