"""What a reader is given: a source to open, the limits, and the shared state of one `iter_items` run."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

from mamori.sources.items import Item, ItemError
from mamori.sources.limits import Limits

BinaryStream = IO[bytes]
T = TypeVar("T")
CORRUPT = ("ファイルが破損しているか途中で切れているため読み取れません", "corrupt or truncated")
UNDECODABLE = ("文字コードを判別できません（UTF-8・Shift_JIS・EUC-JP などとして読めません）", "undecodable")


class SourceError(Exception):
    """A reader's way to say why a source cannot be read; it becomes an `ItemError`."""

    def __init__(self, reason_ja: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.reason_ja = reason_ja
        self.reason_en = reason_en


@dataclass(frozen=True, slots=True)
class Source:
    """A file on disk or something inside one (an archive member, an attachment). `open` gives a new
    seekable stream at each call."""

    location: str
    name: str
    open: Callable[[], BinaryStream]
    path: Path
    depth: int = 0
    on_disk: bool = False

    @property
    def suffix(self) -> str:
        dot = self.name.rfind(".")
        return self.name[dot:].lower() if dot > self.name.rfind("/") else ""


@dataclass
class Context:
    limits: Limits
    dispatch: Callable[[Source], Iterator[Item | ItemError]]
    """Reads a nested source (an archive member, an attachment) like a file."""
    uncompressed: int = 0
    dense_uncompressed: int = 0  # of members compressed more than `Limits.max_ratio`
    repeated_cells: int = 0  # added by OpenDocument repeat counts
    deferred: list[ItemError] = field(default_factory=list)

    def guard(self, location: str, path: Path, stream: Iterator[T]) -> Iterator[T]:
        """Pass `stream` on; a failure part-way becomes an error reported right after the item."""
        try:
            yield from stream
        except SourceError as exc:
            self.deferred.append(ItemError(location, exc.reason_ja, exc.reason_en, path))
        except UnicodeDecodeError as exc:  # the head decoded, a later part does not
            self.deferred.append(ItemError(location, UNDECODABLE[0], f"{UNDECODABLE[1]}: {exc}", path))
        except Exception as exc:  # a parser's failure on hostile input must not end the whole scan
            self.deferred.append(unreadable(location, path, exc))

    def take_deferred(self) -> list[ItemError]:
        taken, self.deferred = self.deferred, []
        return taken


def unreadable(location: str, path: Path | None, exc: BaseException) -> ItemError:
    return ItemError(
        location, "読み取れませんでした（破損しているか形式が不正です）", f"unreadable: {exc!r}", path
    )


def random_access(src: Source, limits: Limits) -> BinaryStream:
    """A seekable stream of the source: the file itself on disk, else a spooled copy."""
    if src.on_disk:
        return src.open()
    spool = tempfile.SpooledTemporaryFile(max_size=limits.spool_bytes)  # noqa: SIM115 - caller closes it
    with src.open() as stream:
        shutil.copyfileobj(stream, spool)
    spool.seek(0)
    return spool
