"""The full detector, remembering what it found in the short texts it has read.

Files repeat short texts: a table's 男/女, dates and "なし", a document's boilerplate paragraphs, the
templates of a memo column, a mail-merge block. What the detector finds in a text depends on the text
(and the column it came from) alone, so a text met again takes the findings of its first reading. Only
short texts are kept, and the table is emptied when full, so a worker's memory stays flat over a scan.
"""

from __future__ import annotations

from mamori.detect import Detector, Finding

REPEAT_CHARS = 200
REPEAT_TEXTS = 8192


class RepeatingDetector(Detector):
    """A `Detector` (all types) whose `detect` answers a short text met before from memory."""

    def __init__(self, *, min_score: float) -> None:
        super().__init__(min_score=min_score)
        self._seen: dict[tuple[str, str | None], list[Finding]] = {}

    def detect(self, text: str, *, column: str | None = None) -> list[Finding]:
        if len(text) > REPEAT_CHARS:
            return super().detect(text, column=column)
        key = (text, column)
        found = self._seen.get(key)
        if found is None:
            found = super().detect(text, column=column)
            if len(self._seen) >= REPEAT_TEXTS:
                self._seen.clear()
            self._seen[key] = found
        return list(found)  # a list of its own: the caller may extend it
