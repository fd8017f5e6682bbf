"""Plain text: decoded as written (CP932 stays CP932), line endings untouched, masked, encoded back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from mamori.mask.engine import apply_edits
from mamori.mask.formats import Format, FormatError, Transformer, Unit
from mamori.sources.encoding import UndecodableError, decode_bytes


def read_text(path: Path) -> tuple[str, str]:
    """The text and its encoding. Bytes are decoded without newline translation, so CRLF stays CRLF."""
    try:
        decoded = decode_bytes(path.read_bytes())
    except UndecodableError as exc:
        raise FormatError(f"{path.name} の文字コードを判定できません（{exc}）") from None
    return decoded.text, decoded.encoding


def write_text(path: Path, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        raise FormatError(f"置き換えた文字を {encoding} で書けません（{path.name}）") from None
    path.write_bytes(data)


def transform(src: Path, dst: Path, transformer: Transformer) -> None:
    text, encoding = read_text(src)
    write_text(dst, apply_edits(text, transformer.plan(text)), encoding)


def units(path: Path) -> Iterator[Unit]:
    yield Unit(read_text(path)[0])


TEXT = Format("text", (".txt",), transform, units)
