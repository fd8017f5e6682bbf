"""The columns of tables written as text (Markdown tables, fixed-width exports, lists under a header line):
what each field held, as the reports show a CSV's columns, so a reader sees how a memo's table was read."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from mamori.detect.finding import Finding
from mamori.detect.text_tables import text_table_cells
from mamori.detect.types import JAPANESE_NAMES, EntityType

# A field holds a type when at least this share of its findings are of that type.
MAJORITY = 0.5


class TextColumns:
    """Feed each unit's text and findings; `decisions` gives one column decision per field name."""

    def __init__(self) -> None:
        self._cells: Counter[str] = Counter()
        self._found: dict[str, Counter[EntityType]] = {}

    def feed(self, text: str, findings: list[Finding]) -> None:
        cells = text_table_cells(text)
        if not cells:
            return
        starts = [cell.start for cell in cells]
        for cell in cells:
            self._cells[cell.header] += 1
            self._found.setdefault(cell.header, Counter())
        for f in findings:
            at = bisect_right(starts, f.start) - 1
            if at >= 0 and cells[at].start <= f.start < cells[at].end:
                self._found[cells[at].header][f.type] += 1

    def decisions(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for index, (header, cells) in enumerate(self._cells.items()):
            found = self._found.get(header, Counter())
            decision: dict[str, object] = {"index": index, "header": header}
            if found:
                kind, count = found.most_common(1)[0]
                if count >= MAJORITY * cells:
                    decision |= {
                        "role": "direct",
                        "holds": kind.value,
                        "why": f"文中の表の見出し「{header}」: {cells}件中{count}件が{JAPANESE_NAMES[kind]}",
                    }
                    out.append(decision)
                    continue
            decision |= {"role": "text", "why": f"文中の表の見出し「{header}」: 個人を特定する値は少数"}
            out.append(decision)
        return out
