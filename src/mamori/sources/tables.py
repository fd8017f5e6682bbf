"""What every table reader shares: turning cell values into text and telling a header row."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from mamori.sources.items import Row

_HEADER_PEEK = 10
# A generic column name an export writes when it has no better one.
NUMBERED_LABEL = re.compile(r"(?i:field|col|column|item|f|c|項目|列|カラム)[ _\-]?[0-9０-９]{1,3}")


# A label that carries a small number (6月分, 7月分以降, 住所2, tel1, 第2希望), not a value: at most two
# digits, and words around them.
_LABEL_WITH_NUMBER = re.compile(r"(?=.*[^\d\s])[^\d]*[0-9０-９]{1,2}[^\d]*")


def cell_text(value: object) -> str:
    """A cell as the user sees it: integral floats without `.0` (phone and My Number columns are often
    stored as numbers), dates without a midnight time."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def trim(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def looks_like_header(first: list[str], following: list[list[str]]) -> bool:
    """A first row is a header when its cells are distinct labels without digits and the rows below
    are not made of the same kind of values (some of them carry digits)."""
    if not first or any(not cell.strip() for cell in first) or len(set(first)) != len(first):
        return False
    if all(NUMBERED_LABEL.fullmatch(cell.strip()) for cell in first):
        return True  # field_01 … field_12, col1 … col9, 項目1 …: numbered names of columns, not values
    with_digits = [cell for cell in first if any(ch.isdigit() for ch in cell)]
    if len(with_digits) == len(first) or not all(
        _LABEL_WITH_NUMBER.fullmatch(c.strip()) for c in with_digits
    ):
        return False
    return not following or any(any(ch.isdigit() for ch in cell) for row in following for cell in row)


def split_header(rows: Iterator[Row]) -> tuple[list[str], int | None, Iterator[Row]]:
    """Peek at the first rows; return the header (or `[]`), its row number, and the remaining rows."""
    peeked = list(itertools.islice(rows, _HEADER_PEEK))
    if not peeked:
        return [], None, iter(())
    first, rest = peeked[0], peeked[1:]
    if looks_like_header(first.cells, [row.cells for row in rest]):
        return first.cells, first.number, itertools.chain(rest, rows)
    return [], None, itertools.chain(peeked, rows)
