"""vCard (.vcf, versions 2.1 to 4.0): each card is a row of one table and its property names are the
columns, streamed card by card.

Names: the property name in upper case without its group (`item1.TEL` → `TEL`); parameters (TYPE=CELL)
are left out and a repeated property joins into one cell ("; "). Values are unfolded (RFC 6350: a line
starting with a space or tab continues the previous one; vCard 2.1 quoted-printable soft breaks, a line
ending in `=`) and decoded: QUOTED-PRINTABLE and BASE64 with their CHARSET (Shift_JIS as old Japanese
phones wrote it is read as CP932), backslash escapes. Structured values are joined by spaces: `N` as
family, given and additional names (prefixes and suffixes left out), `ADR` as a Japanese address reads
(postal code, region, locality, street, extended address, PO box, country), others (`ORG`, the kana
reading `SOUND;X-IRMC-N`) in their order. Binary properties (PHOTO, LOGO, SOUND, KEY as base64 or
data: URIs) and BEGIN, END, VERSION, PRODID, REV are not read. Cells are at `card=N&col=NAME`."""

from __future__ import annotations

import base64
import binascii
import quopri
from collections.abc import Iterator

from mamori.sources.encoding import UndecodableError, decode_bytes
from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import fragment
from mamori.sources.records import Columns, numbered_rows, put, record_table_item
from mamori.sources.source import BinaryStream, Context, Source, SourceError
from mamori.sources.text import bounded_lines, guard_decoded, open_decoded

_NOT_READ = frozenset({"BEGIN", "END", "VERSION", "PRODID", "REV"})
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_STRUCTURED = frozenset({"N", "ADR", "ORG", "SOUND", "GENDER", "CLIENTPIDMAP"})
_ADR_ORDER = (5, 4, 3, 2, 1, 0, 6)  # postal code, region, locality, street, extended, PO box, country
_CHARSET_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "x-sjis": "cp932", "sjis": "cp932"}
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_STRAY_CHARS = 1 << 20


def is_vcard(head: bytes) -> bool:
    """Content that starts with BEGIN:VCARD (after a BOM and blank lines), in UTF-8 or UTF-16."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head[:256].decode("utf-16", "ignore").encode("utf-8")
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCARD")


def read_vcard(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    encoding, text = open_decoded(stream, ctx)
    lines = bounded_lines(text, ctx.limits.max_line_chars)
    columns = Columns()
    strays: list[TextUnit] = []
    cards = _cards(_logical_lines(lines), strays, ctx.limits.max_line_chars)
    rows = guard_decoded(src, ctx, text, numbered_rows(columns, cards))
    yield record_table_item(
        src,
        "vcard",
        encoding,
        (columns.header, rows),
        sheet=None,
        at="",
        record=lambda number: fragment([("card", str(number))]),
    )
    if strays:  # text outside the cards, known once the rows were read
        yield Item(src.location, ItemKind.TEXT, "vcard", src.path, encoding, units=iter(strays))


def _logical_lines(lines: Iterator[str]) -> Iterator[tuple[int, str]]:
    """(line number, unfolded content line)."""
    current: list[str] = []
    start = 0
    soft = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if current and soft:  # quoted-printable soft break: the `=` and the line break go
            current[-1] = current[-1][:-1]
            current.append(line)
        elif current and line[:1] in (" ", "\t"):
            current.append(line[1:])
        else:
            if current:
                yield start, "".join(current)
            current, start = [line], number
        soft = line.endswith("=") and "QUOTED-PRINTABLE" in current[0].split(":", 1)[0].upper()
    if current:
        yield start, "".join(current)


def _cards(
    lines: Iterator[tuple[int, str]], strays: list[TextUnit], max_chars: int
) -> Iterator[tuple[int, dict[str, str]]]:
    card: dict[str, str] | None = None
    number = size = 0
    stray_chars = 0
    for line_number, line in lines:
        if not line.strip():
            continue
        name, params, value = _split(line)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is None:  # a card nested in another (vCard 2.1 AGENT) stays part of it
                card, size = {}, 0
                number += 1
        elif name == "END" and value.strip().upper() == "VCARD" and card is not None:
            yield number, card
            card = None
        elif card is None:
            if stray_chars < _STRAY_CHARS:
                strays.append(TextUnit(line, f"line={line_number}"))
                stray_chars += len(line)
        elif name not in _NOT_READ:
            size += len(line)
            if size > max_chars:
                raise SourceError(
                    "連絡先 1 件が大きすぎるため読み取りを中止しました",
                    f"a card is longer than {max_chars} characters",
                )
            text = _value(name, params, value)
            if text:
                put(card, name, text)
    if card:  # a last card without END
        yield number, card


def _split(line: str) -> tuple[str, dict[str, str], str]:
    """`group.NAME;PARAM=x;BARE:value` → (NAME, {PARAM: x, TYPE: BARE}, value); a colon inside a quoted
    parameter value does not end the name."""
    quoted = False
    cut = -1
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            cut = index
            break
    if cut < 0:
        return "", {}, line
    name, *raw_params = line[:cut].split(";")
    return name.rsplit(".", 1)[-1].strip().upper(), _params(raw_params), line[cut + 1 :]


def _params(raw: list[str]) -> dict[str, str]:
    """vCard 2.1 writes bare parameters (`;QUOTED-PRINTABLE`, `;CELL`): their key is implied."""
    params: dict[str, str] = {}
    for item in raw:
        key, sep, value = item.partition("=")
        key = key.strip().upper()
        if not sep:
            key, value = ("ENCODING", key) if key in _ENCODINGS else ("TYPE", key)
        params[key] = value.strip().strip('"')
    return params


def _value(name: str, params: dict[str, str], value: str) -> str:
    encoding = params.get("ENCODING", "").upper()
    if name in _BINARY and (encoding in ("B", "BASE64") or value.lower().startswith("data:")):
        return ""
    if encoding == "QUOTED-PRINTABLE":
        value = _decode(quopri.decodestring(value.encode("utf-8")), params.get("CHARSET"))
    elif encoding in ("B", "BASE64"):
        try:
            value = _decode(base64.b64decode(value, validate=False), params.get("CHARSET"))
        except (binascii.Error, ValueError):
            return ""
    if name not in _STRUCTURED:
        return _unescape(value).strip()
    parts = [_unescape(part).strip() for part in _split_unescaped(value)]
    if name == "N":
        parts = parts[:3]
    elif name == "ADR":
        parts = [parts[i] for i in _ADR_ORDER if i < len(parts)]
    return " ".join(part for part in parts if part)


def _decode(raw: bytes, charset: str | None) -> str:
    label = (charset or "utf-8").strip().lower()
    try:
        return raw.decode(_CHARSET_ALIASES.get(label, label))
    except (LookupError, UnicodeDecodeError):
        try:
            return decode_bytes(raw).text
        except UndecodableError:
            return raw.decode("utf-8", "replace")


def _split_unescaped(value: str) -> list[str]:
    """Components of a structured value: split at `;` not escaped by a backslash."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_ESCAPES.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)
