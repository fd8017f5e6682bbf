"""Locations as URI-like strings: `file:///abs/顧客.xlsx#sheet=2024&row=15&col=C`.

Nesting reads left to right, keys may repeat: `file:///a.zip#member=b.zip&member=c.csv&row=3&col=B`.
Non-ASCII text stays readable (as in an IRI); what would break parsing is percent-encoded, and so is
every byte of a file name that is not valid UTF-8 (a CP932 name on a Linux disk), so the location still
names exactly that file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import unquote

_PATH_RESERVED = frozenset("%#? ")
_VALUE_RESERVED = frozenset("%#&= ")


def file_uri(path: Path) -> str:
    raw = os.fsencode(os.path.abspath(path))
    return "file://" + "/".join(_path_part(part) for part in raw.split(b"/"))


def encoded_path(path: str) -> str:
    """A decoded `/`-separated path (a URL's, as Hadoop lists it) encoded as `file_uri` encodes names."""
    return "/".join(_encode(part, _PATH_RESERVED) for part in path.split("/"))


def _path_part(raw: bytes) -> str:
    """A name that is not UTF-8 has every non-ASCII byte percent-encoded, not only the bytes that
    happen not to form UTF-8 sequences: the result then reads back to exactly those bytes."""
    try:
        return _encode(raw.decode("utf-8"), _PATH_RESERVED)
    except UnicodeDecodeError:
        return _encode(raw.decode("ascii", "surrogateescape"), _PATH_RESERVED)


def fragment(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{key}={_encode(value, _VALUE_RESERVED)}" for key, value in pairs)


def nested(location: str, pairs: Iterable[tuple[str, str]]) -> str:
    frag = fragment(pairs)
    return f"{location}&{frag}" if "#" in location else f"{location}#{frag}"


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as spreadsheets name columns."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def _encode(text: str, reserved: frozenset[str]) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape kept from a name that is not UTF-8
            out.append(f"%{code - 0xDC00:02X}")
        elif ch in reserved or code < 0x20 or code == 0x7F:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
        else:
            out.append(ch)
    return "".join(out)


# Fragment keys whose values are positions the reader counted, never names taken from the file.
_POSITION_KEYS = frozenset({"row", "line", "page"})


def map_names(location: str, rename: Callable[[str], str]) -> str:
    """`location` with every name in it passed through `rename`: each folder and file name of the path,
    and each `/`-separated part of a fragment value (a sheet, an archive member, a JSON key). `rename`
    sees the decoded text; a name it returns unchanged keeps its exact original spelling."""
    base, hash_, frag = location.partition("#")
    scheme, sep, path = base.rpartition("://")
    head = f"{scheme}{sep}" if sep else ""
    out = head + "/".join(_renamed(part, rename, _PATH_RESERVED) for part in path.split("/"))
    if not hash_:
        return out
    pairs = []
    for pair in frag.split("&"):
        key, eq, value = pair.partition("=")
        if eq and key not in _POSITION_KEYS:
            value = "/".join(_renamed(part, rename, _VALUE_RESERVED) for part in value.split("/"))
        pairs.append(f"{key}{eq}{value}")
    return f"{out}#{'&'.join(pairs)}"


def _renamed(part: str, rename: Callable[[str], str], reserved: frozenset[str]) -> str:
    text = unquote(part, errors="surrogateescape")
    changed = rename(text)
    return part if changed == text else _encode(changed, reserved)
