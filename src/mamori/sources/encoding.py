"""Decode bytes as Japanese organisations write them: UTF-8 (with or without BOM), UTF-16, CP932, EUC-JP,
ISO-2022-JP. A text that decodes under none of them is reported, never silently read as garbage."""

from __future__ import annotations

import codecs
from dataclasses import dataclass


class UndecodableError(ValueError):
    """No supported encoding decodes the bytes."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data`, trying the encodings in the order that avoids false positives.

    ISO-2022-JP is 7-bit and only tried when escape sequences are present; CP932 is tried before EUC-JP
    because Windows files are the common case and EUC-JP byte pairs are rarely valid CP932 and vice versa.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name), name)
    candidates = ["utf-8"]
    if b"\x1b$" in data or b"\x1b(" in data:
        candidates.insert(0, "iso-2022-jp")
    candidates += ["cp932", "euc-jp"]
    if _looks_utf16(data):
        candidates.insert(0, "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be")
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x00" in text and not name.startswith("utf-16"):
            continue
        return Decoded(text, name)
    raise UndecodableError("no supported encoding (UTF-8, UTF-16, CP932, EUC-JP, ISO-2022-JP) decodes it")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return len(sample) >= 4 and sample.count(0) >= len(sample) // 4
