"""Tables written as text: a line of field names, then records under it, each split the same way.

    【本日の受付分】氏名 | 生年月日 | 所属          | 氏名 | 誕生日 | 連絡先 |
    ・太田　大樹 | S36/03/05 | 東和システム       |---|---|---|
    ・三浦 達也 | H16-12-8 | 管理部               | 久保太郎 | 1999/07/20 | 090(6424)8829 |

A date in the 生年月日 field is a birth date and a number in the 携帯 field a phone, though no label sits
next to either: the header names each field, as a CSV header names its column. Markdown tables, lists
under a heading that names their fields (「氏名 / 生年月日 / 登録日」, 「（氏名, 生年月日, 所属順）」) and
tab- or comma-separated lines pasted into a mail all have this shape. Each cell is then read with its
field's name as its column (`Detector` does that), and only there: a field name binds the cells below it
and nothing else in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mamori.detect.columns import column_meaning, table_headers

# Separators, most specific first: a line is split by the first one its header uses.
_SEPARATORS = ("\t", "｜", "|", "／", " / ", "，", ", ", ",", "、", "　", "  ")
# The field separators that also sit inside values: "、" in prose, spaces inside names.
_WEAK = frozenset({"、", "　", "  "})
_STRONG = tuple(s for s in _SEPARATORS if s not in _WEAK)
# A line can only name fields if it holds one of these words: most lines are ruled out by one search.
_HEADER_HINT = re.compile(
    r"氏名|名前|生年月日|誕生日|生年|電話|携帯|連絡先|TEL|Tel|住所|郵便|メール|[Mm]ail|記号|番号|保険|DOB|[Bb]irth|"
    r"[Nn]ame|[Pp]hone|フリガナ|カナ"
)
# Decoration before the field names: 【見出し】, # 見出し：, ■一覧（, 以下の方の…（
_LEAD = re.compile(r"^.*[】：:（()）]\s*|^[#■□◆◇●○▼▽*\s]+")
_TRAIL = re.compile(r"\s*(?:順|の順)?[）)]?\s*$")
# Bullets and numbering before a record: ・, -, *, 1., (1), ①
_BULLET = re.compile(r"^\s*(?:[-*・•●○◦◆]|[0-9]{1,3}[.)．）]|[（(][0-9]{1,3}[)）]|[①-⑳])\s*")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MAX_FIELD = 16  # characters in one field name
_DIGITS = re.compile(r"[0-9０-９]{2,}")  # a value, not a field name (電話2 is a name)
_MEANINGFUL = 2  # field names mamori knows, at least, in a header


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    header: str


def text_table_cells(text: str) -> list[Cell]:
    """Cells of every text table in `text`, with the name of their field."""
    if _HEADER_HINT.search(text) is None:
        return []
    lines = _lines(text)
    cells: list[Cell] = []
    k = 0
    while k < len(lines):
        line = lines[k][1]
        found = _header(line) if len(line) <= 200 and _HEADER_HINT.search(line) else None
        if found is None:
            k += 1
            continue
        separator, headers, piped = found
        records, k = _records(lines, k + 1, separator, headers, piped)
        cells += records
    return cells


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _header(line: str) -> tuple[str, list[str], bool] | None:
    piped = line.lstrip().startswith(("|", "｜"))
    for separator in _SEPARATORS:
        if separator not in line:
            continue
        body = (
            line.strip().strip("|｜")
            if piped
            else _LEAD.sub("", _TRAIL.sub("", line.strip()), count=1).strip()
        )
        names = [part.strip() for part in body.split(separator)]
        if len(names) < (3 if separator in _WEAK else 2) or any(not _field_name(n) for n in names):
            continue  # 「住所　名古屋市…」 is a label and its value, not two field names
        known = sum(1 for n in names if column_meaning(n) is not None)
        if known >= _MEANINGFUL:
            return separator, table_headers(names), piped
    return None


def _field_name(name: str) -> bool:
    return 0 < len(name) <= _MAX_FIELD and _DIGITS.search(name) is None


def _records(
    lines: list[tuple[int, str]], k: int, separator: str, headers: list[str], piped: bool
) -> tuple[list[Cell], int]:
    cells: list[Cell] = []
    rows = 0
    skipped_blank = False
    while k < len(lines):
        start, line = lines[k]
        if not line.strip() and rows == 0 and not skipped_blank:
            skipped_blank = True
            k += 1
            continue
        if _RULE.match(line):
            k += 1
            continue
        row = _split(line, separator, piped, len(headers), merge_first=_is_name(headers[0]))
        if row is None and rows == 0:
            # 「氏名、生年月日、登録日」 above 「金子麻衣 ／ 昭和42年1月10日 ／ 2020年12月3日」
            for other in _STRONG:
                row = _split(line, other, piped, len(headers), merge_first=False)
                if row is not None:
                    separator = other
                    break
        if row is None:
            break
        cells += [Cell(start + s, start + e, headers[i]) for i, (s, e) in enumerate(row) if s < e]
        rows += 1
        k += 1
    if separator in _WEAK and rows < 2:
        return [], k  # one line split by a comma of prose is no table
    return cells, k


def _split(
    line: str, separator: str, piped: bool, width: int, *, merge_first: bool
) -> list[tuple[int, int]] | None:
    """The spans of a record's fields in `line`, or None when it is not a record of `width` fields."""
    bullet = _BULLET.match(line)
    pos = bullet.end() if bullet else 0
    end = len(line.rstrip())
    if piped:  # between the first and the last pipe: an empty last cell stays a cell
        first = min((i for i in (line.find("|", pos), line.find("｜", pos)) if i >= 0), default=-1)
        last = max(line.rfind("|", 0, end), line.rfind("｜", 0, end))
        if first < 0 or last <= first:
            return None
        pos, end = first + 1, last
    spans = []
    while True:
        cut = line.find(separator, pos, end)
        stop = end if cut < 0 else cut
        spans.append(_trimmed(line, pos, stop))
        if cut < 0:
            break
        pos = cut + len(separator)
    if len(spans) == width + 1 and merge_first and separator in _WEAK:
        spans[:2] = [(spans[0][0], spans[1][1])]  # 松尾　彩　S39年7月2日: the space inside a name
    if len(spans) != width or all(s == e for s, e in spans):  # a row of empty cells is no record
        return None
    return spans


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in " \u3000\"'":
        start += 1
    while end > start and line[end - 1] in " \u3000\"'":
        end -= 1
    return start, end


def _is_name(header: str) -> bool:
    meaning = column_meaning(header)
    return meaning is not None and meaning.kind.value in ("person", "person_reading")
