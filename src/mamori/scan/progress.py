"""What a scan tells whoever shows its progress. The CLI shows a Rich bar; tests and CI show nothing."""

from __future__ import annotations

from typing import Protocol


class ScanProgress(Protocol):
    def listing(self, files: int) -> None:
        """`files` found so far while the targets are listed, before any is read."""

    def start(self, files: int, total_bytes: int) -> None: ...

    def advance(self, *, files: int, size: int, findings: int, read: bool = True) -> None:
        """`read=False`: an unchanged file carried forward without reading; its bytes leave the total, so
        the time left follows the bytes still to read."""

    def stop(self) -> None: ...


class NoProgress:
    def listing(self, files: int) -> None:
        return None

    def start(self, files: int, total_bytes: int) -> None:
        return None

    def advance(self, *, files: int, size: int, findings: int, read: bool = True) -> None:
        return None

    def stop(self) -> None:
        return None
