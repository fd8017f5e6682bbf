"""What a scan tells whoever shows its progress. The CLI shows a Rich bar; tests and CI show nothing."""

from __future__ import annotations

from typing import Protocol


class ScanProgress(Protocol):
    def start(self, files: int, total_bytes: int) -> None: ...

    def advance(self, *, files: int, size: int, findings: int) -> None: ...

    def stop(self) -> None: ...


class NoProgress:
    def start(self, files: int, total_bytes: int) -> None:
        return None

    def advance(self, *, files: int, size: int, findings: int) -> None:
        return None

    def stop(self) -> None:
        return None
