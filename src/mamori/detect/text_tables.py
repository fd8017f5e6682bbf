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
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mamori.detect.column_kinds import ColumnKind, ColumnMeaning
from mamori.detect.columns import column_meaning, table_headers
from mamori.detect.context import trie_pattern
from mamori.detect.finding import Finding
from mamori.detect.recognizer import Recognizer, Segment

# Separators, most specific first: a line is split by the first one its header uses.
_SEPARATORS = ("\t", "｜", "|", "／", " / ", "，", ", ", ",", "、", "　", "  ")
# The field separators that also sit inside values: "、" in prose, spaces inside names.
_WEAK = frozenset({"、", "　", "  "})
_STRONG = tuple(s for s in _SEPARATORS if s not in _WEAK)
_MIXED = "\x00"  # a header split more than one way: no one separator for its records
_ANY_SEPARATOR = re.compile(r"[ \u3000]*(?:[\t｜|／，、]|, | / |,(?! ))[ \u3000]*|  +|\u3000+")
# Field names are also listed with 「・」 (氏名・生年月日), which in a record sits inside foreign names.
_HEADER_SEPARATOR = re.compile(r"[ \u3000]*(?:[\t｜|／，、・]|, | / |,(?! ))[ \u3000]*|  +|\u3000+")
_SEPARATOR_CHARS = re.compile(r"[\t｜|／,，、　・]| / |  ")
# A line can only name fields if it holds one of these words: most lines are ruled out by one search.
_HINT_WORDS = (
    "氏名 名前 生年月日 誕生日 生年 電話 携帯 連絡先 TEL Tel 住所 郵便 メール Mail mail 記号 保険 "
    "DOB Birth birth BIRTH Name name NAME Phone phone PHONE フリガナ カナ "
    # fixed-width exports of older systems name their fields in capitals and romaji
    "SHIMEI shimei KANA kana Kana SEINENGAPPI seinengappi JUSHO jusho ADDRESS Address address EMAIL Email"
)
_HEADER_HINT = re.compile(trie_pattern(_HINT_WORDS.split()))
# Decoration before the field names: 【見出し】, # 見出し：, ■一覧（, 以下の方の…（
_LEAD = re.compile(r"^.*[】：:（()）]\s*|^[#■□◆◇●○▼▽*\s]+")
_TRAIL = re.compile(r"\s*(?:順|の順)?[）)】]?\s*$")
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
    """Cells of every text table in `text`, with the name of their field.

    Only lines holding a word a header could hold are looked at (most of a text has none), and the lines
    under a header are read one by one from there: no list of every line is built.
    """
    cells: list[Cell] = []
    done = 0  # text before this offset is a table already read, or a line already tried
    while (hint := _HEADER_HINT.search(text, done)) is not None:
        start = text.rfind("\n", 0, hint.start()) + 1
        end = _line_end(text, start)
        done = _next_line(text, end)
        line = text[start:end].rstrip("\r")
        # a header names two fields at least, so it holds a second hint word after the first; a piped
        # line (| 卓名 | 氏名 | 関係 |) is a table's header by its shape, one known field name is enough
        second = _HEADER_HINT.search(text, hint.end(), end) is not None or line.lstrip().startswith(
            ("|", "｜")
        )
        found = _header(line) if second and len(line) <= 200 and _SEPARATOR_CHARS.search(line) else None
        if found is None:
            continue
        separator, headers, piped = found
        starts = _field_starts(line, len(headers)) if "  " in line else None
        records, done = _records(text, done, separator, headers, piped, starts)
        if len(headers) == 2 and _key_value(text, records, headers):
            continue  # | フリガナ | アライ　メイ | over | 性別 | 女 |: labels and values, read as the text
        cells += records
        if done == end:
            break  # the header was the last line
    return cells


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _next_line(text: str, end: int) -> int:
    return min(len(text), end + 1)


def _header(line: str) -> tuple[str, list[str], bool] | None:
    """The separator and the field names of a header line, or None. A line split more than one way
    (「氏名、生年月日／連絡先」) is read with every separator at once, when that gives more fields."""
    piped = line.lstrip().startswith(("|", "｜"))
    stripped = line.strip()
    body = stripped.strip("|｜") if piped else _LEAD.sub("", _TRAIL.sub("", stripped), count=1).strip()
    best: tuple[str, list[str], bool] | None = None
    for separator in _SEPARATORS:
        count = body.count(separator)
        # field names are short: a line of prose split by its commas has long parts (one test, no split)
        if not count or len(body) > (count + 1) * (_MAX_FIELD + len(separator)):
            continue
        names = _field_names(body.split(separator), minimum=3 if separator in _WEAK else 2)
        if names is not None:
            best = (separator, names, piped)
            break
    if not piped:
        mixed = _field_names(_HEADER_SEPARATOR.split(body), minimum=2)
        if mixed is not None and (best is None or len(mixed) > len(best[1])):
            best = (_MIXED, mixed, piped)
    return best


def _field_names(parts: list[str], *, minimum: int) -> list[str] | None:
    names = [part.strip() for part in parts]
    if len(names) < minimum or any(not _field_name(n) for n in names):
        return None  # 「住所　名古屋市…」 is a label and its value, not two field names
    if sum(1 for n in names if column_meaning(n) is not None) < _MEANINGFUL:
        return None
    return table_headers(names)


def _key_value(text: str, records: list[Cell], headers: list[str]) -> bool:
    """A two-column table whose first column names what the second holds: its "header" is one such row."""
    firsts = [text[c.start : c.end] for c in records if c.header == headers[0]]
    return bool(firsts) and sum(1 for f in firsts if column_meaning(f) is not None) >= len(firsts) / 2


def _field_name(name: str) -> bool:
    return 0 < len(name) <= _MAX_FIELD and _DIGITS.search(name) is None


def _records(
    text: str,
    pos: int,
    separator: str,
    headers: list[str],
    piped: bool,
    starts: list[tuple[Callable[[str], int], list[int]]] | None = None,
) -> tuple[list[Cell], int]:
    """The records under a header starting at `pos`, and where reading stopped."""
    cells: list[Cell] = []
    rows = 0
    skipped_blank = False
    while pos < len(text):
        end = _line_end(text, pos)
        line = text[pos:end].rstrip("\r")
        if not line.strip() and rows == 0 and not skipped_blank:
            skipped_blank = True
            pos = _next_line(text, end)
            continue
        if _RULE.match(line):
            pos = _next_line(text, end)
            continue
        merge = _is_name(headers[0])
        row = _split(line, separator, piped, len(headers), merge_first=merge)
        if row is None and not piped:
            # 「氏名、生年月日、登録日」 above 「金子麻衣 ／ 昭和42年1月10日」, or a list whose every line is
            # split its own way (「5. 松尾 雄一  2017/01/20、090…」「- 桜井　隆 / 2012/0…」)
            row = _split_any(_commas_in_dates(line), len(headers), merge_first=merge)
        if row is None and starts is not None:
            row = _split_fixed(line, starts)  # a fixed-width export: an empty field is only spaces
        if row is None:
            break
        cells += [Cell(pos + s, pos + e, headers[i]) for i, (s, e) in enumerate(row) if s < e]
        rows += 1
        pos = _next_line(text, end)
    if separator in _WEAK and rows < 2:
        return [], pos  # one line split by a comma of prose is no table
    return cells, pos


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


def _split_any(line: str, width: int, *, merge_first: bool) -> list[tuple[int, int]] | None:
    """`_split` with every separator at once."""
    bullet = _BULLET.match(line)
    pos = bullet.end() if bullet else 0
    end = len(line.rstrip())
    spans = []
    for cut in _ANY_SEPARATOR.finditer(line, pos, end):
        spans.append(_trimmed(line, pos, cut.start()))
        pos = cut.end()
    spans.append(_trimmed(line, pos, end))
    if len(spans) == width + 1 and merge_first:
        spans[:2] = [(spans[0][0], spans[1][1])]
    if len(spans) != width or any(s == e for s, e in spans):
        return None
    return spans


# An English date's comma (December 27, 1977) separates no fields.
_ENGLISH_DATE_COMMA = re.compile(r"([A-Z][a-z]{2,8}\.? [0-9]{1,2}), ([12][0-9]{3})")


def _commas_in_dates(line: str) -> str:
    """`line` with the commas inside English dates blanked, offsets kept."""
    return _ENGLISH_DATE_COMMA.sub(r"\1__\2", line) if ", " in line else line


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _one(char: str) -> int:
    return 1


def _field_starts(line: str, count: int) -> list[tuple[Callable[[str], int], list[int]]] | None:
    """Where the field names of a fixed-width header begin, counted in characters and in display columns
    (a system padding Shift_JIS bytes makes 氏名 four columns wide): None when the line does not hold
    `count` fields apart by runs of two spaces or more."""
    found: list[tuple[Callable[[str], int], list[int]]] = []
    for width in (_one, _width):
        starts: list[int] = []
        column = 0
        blanks = 2  # spaces since the last character of a name
        for char in line:
            if char in " \u3000":
                blanks += 2 if char == "\u3000" else 1
            else:
                if blanks >= 2:
                    starts.append(column)
                blanks = 0
            column += width(char)
        if len(starts) != count:
            return None
        found.append((width, starts))
    return found


def _split_fixed(
    line: str, layouts: list[tuple[Callable[[str], int], list[int]]]
) -> list[tuple[int, int]] | None:
    """A record of a fixed-width table cut at its header's columns, in the way of counting them (characters,
    or display columns where a system padded Shift_JIS bytes) that cuts through the fewest values: a value
    starts where its field name starts, and a field left empty is only spaces."""
    best: tuple[int, list[tuple[int, int]]] | None = None
    for width, starts in layouts:
        cut = _cut_at(line, width, starts)
        if cut is not None and (best is None or cut[0] < best[0]):
            best = cut
    return None if best is None else best[1]


def _cut_at(
    line: str, width: Callable[[str], int], starts: list[int]
) -> tuple[int, list[tuple[int, int]]] | None:
    """The spans of a record, and how many cuts fell inside a value and were moved to its end."""
    moved = 0
    cuts: list[int] = []
    column = 0
    for index, char in enumerate(line):
        while len(cuts) + 1 < len(starts) and column >= starts[len(cuts) + 1]:
            cuts.append(index)
        column += width(char)
    end = len(line.rstrip())
    cuts += [end] * (len(starts) - 1 - len(cuts))
    for k, cut in enumerate(cuts):
        # a value longer than its field (+81-70-9414-3811) pushes the cut to its end
        if 0 < cut < end and not line[cut - 1].isspace() and not line[cut].isspace():
            moved += 1
        while 0 < cut < end and not line[cut - 1].isspace() and not line[cut].isspace():
            cut += 1
        cuts[k] = max(cut, cuts[k - 1] if k else 0)
    spans = [_trimmed(line, a, b) for a, b in zip([0, *cuts], [*cuts, end], strict=True)]
    if spans[0][0] == spans[0][1] or sum(1 for a, b in spans if a < b) < 2:
        return None
    return moved, spans


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in " \u3000\"'":
        start += 1
    while end > start and line[end - 1] in " \u3000\"'":
        end -= 1
    return start, end


def _is_name(header: str) -> bool:
    meaning = column_meaning(header)
    return meaning is not None and meaning.kind.value in ("person", "person_reading")


# What a field's name can change, by the kind of field: the recognizers read again on its cells.
_REREAD: dict[ColumnKind, frozenset[str]] = {
    ColumnKind.PERSON: frozenset({"names"}),
    ColumnKind.PERSON_READING: frozenset({"names"}),
    ColumnKind.ADDRESS: frozenset({"addresses"}),
    ColumnKind.BIRTH_DATE: frozenset({"birthdates"}),
    ColumnKind.SENSITIVE: frozenset({"sensitive"}),
    ColumnKind.NOTES: frozenset({"sensitive"}),
    ColumnKind.IDENTIFIER: frozenset({"numbers", "email", "health_marks"}),
    ColumnKind.CODE: frozenset({"numbers", "email", "names"}),
    ColumnKind.NOT_PERSON: frozenset({"names"}),
}
_EXPECTED = {
    ColumnKind.PERSON: "PERSON",
    ColumnKind.PERSON_READING: "PERSON",
    ColumnKind.ADDRESS: "ADDRESS",
    ColumnKind.BIRTH_DATE: "DATE_OF_BIRTH",
}
# Fields that can only take findings away: read again only when the text pass found something there.
_SURE = 0.5  # the default minimum score: a finding below it is not reported, so not settled
_SUPPRESSING = frozenset({ColumnKind.CODE, ColumnKind.NOT_PERSON})


def reread_cells(
    segment: Segment, candidates: list[Finding], recognizers: Sequence[Recognizer]
) -> list[Finding]:
    """The findings of a segment with the cells of its text tables read under their field's name: what the
    name can change (a date under 生年月日, a number under 携帯) replaces what the text pass found there.

    A cell is read again only by the recognizers its field concerns, and not at all when the text pass
    already found what the field holds: CSV-like text stays about as cheap as prose.
    """
    cells = [c for c in text_table_cells(segment.text) if column_meaning(c.header) is not None]
    if not cells:
        return candidates
    ordered = sorted(candidates, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    removed: set[int] = set()
    added: list[Finding] = []
    for cell in cells:
        meaning = column_meaning(cell.header)
        assert meaning is not None
        inside = [
            i
            for i in range(bisect_left(starts, cell.start), bisect_left(starts, cell.end))
            if ordered[i].end <= cell.end
        ]
        if _settled(meaning, [ordered[i] for i in inside]):
            continue
        chosen = [r for r in recognizers if r.name in _REREAD[meaning.kind]]
        if not chosen:
            continue
        redone = frozenset(t for r in chosen for t in r.types)
        removed.update(i for i in inside if ordered[i].type in redone)
        inner = Segment(
            segment.text[cell.start : cell.end], segment.shadow[cell.start : cell.end], cell.header
        )
        added += [f.shifted(cell.start) for r in chosen for f in r.find(inner)]
    return [f for i, f in enumerate(ordered) if i not in removed] + added


def _settled(meaning: ColumnMeaning, inside: list[Finding]) -> bool:
    if meaning.kind in _SUPPRESSING:
        return not inside
    expected = meaning.entity if meaning.kind is ColumnKind.IDENTIFIER else _EXPECTED.get(meaning.kind)
    # a weak reading (a licence-shaped number without its label, 0.35) is what the field's name settles
    return expected is not None and any(f.type.value == expected and f.score >= _SURE for f in inside)
