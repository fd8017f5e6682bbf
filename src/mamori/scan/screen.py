"""Names of places screened like values: a file name, sheet, archive member, JSON key or column header
that holds an e-mail address, a phone number, a person's name … is stored and shown with that part
masked (`file:///data/y***@example.jp.csv`, `#pointer=/c/s***@example.jp/tel`), as findings are.

Every location and header that leaves a scan for the ledger goes through `LocationScreen`; the raw one
is kept only in memory, to read the file. Parent and workers build the screen from the same options, so
both agree on how one location reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mamori.detect import Detector
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
        if isinstance(header, str) and header:
            shown = self.text(header)
            out["header"] = shown
            if shown != header and isinstance(decision.get("why"), str):
                out["why"] = str(decision["why"]).replace(header, shown)
        sheet = decision.get("sheet")
        if isinstance(sheet, str):
            out["sheet"] = self.text(sheet)
        return out

    def _mask(self, name: str) -> str:
        if not name.strip():
            return name
        parts: list[str] = []
        at = 0
        for found in sorted(self.detector.detect(name), key=lambda f: f.start):
            if found.start < at:
                continue  # overlaps the span already masked
            parts.append(name[at : found.start])
            parts.append(masked_preview(found.type, found.value(name)))
            at = found.end
        parts.append(name[at:])
        return "".join(parts)
