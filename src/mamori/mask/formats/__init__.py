"""Writers that mask a file and keep its format, one module per format, chosen by file suffix."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mamori.detect import EntityType
from mamori.mask.engine import Edit


class FormatError(Exception):
    """The input cannot be read or written in its format; the message is for the user, in Japanese."""


class Transformer(Protocol):
    """What a format writer asks for each text it finds (a paragraph, a cell, a JSON string)."""

    def plan(self, text: str, column: str | None = None) -> list[Edit]: ...

    def whole(self, value: str, kind: EntityType) -> str: ...


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of text in a written file, with the table column it sits in, for the re-scan."""

    text: str
    column: str | None = None


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    transform: Callable[[Path, Path, Transformer], None]
    units: Callable[[Path], Iterator[Unit]]


def format_for(path: Path) -> Format:
    from mamori.mask.formats import csv, docx, json, text, xlsx

    suffix = path.suffix.lower()
    for fmt in (csv.CSV, csv.TSV, json.JSON, json.JSONL, xlsx.XLSX, docx.DOCX):
        if suffix in fmt.suffixes:
            return fmt
    return text.TEXT
