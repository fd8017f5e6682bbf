"""A private MAMORI_HOME (installation key, people sketches) and a SQLite ledger per test."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from mamori.ledger import Ledger, open_ledger
from mamori.scan.analyse import Analyser, FileAnalysis


@pytest.fixture(autouse=True)
def mamori_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MAMORI_HOME", str(home))
    return home


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with open_ledger(str(tmp_path / "ledger.db")) as opened:
        yield opened


def write_customers(path: Path, rows: list[tuple[str, str, str]], *, encoding: str = "cp932") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["氏名", "電話番号", "メールアドレス", "病歴"])
        for name, phone, mail in rows:
            writer.writerow([name, phone, mail, "なし"])
    return path


def customers(count: int, start: int = 0) -> list[tuple[str, str, str]]:
    return [
        (f"山田 太郎{i}", f"090-1234-{i:04d}", f"user{i}@example.jp") for i in range(start, start + count)
    ]


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the name of every file the analyser reads (in this process: workers=1, or the serial path)."""
    reads: list[str] = []
    real = Analyser.analyse

    def counting(self: Analyser, path: Path, *, store_values: bool) -> FileAnalysis:
        reads.append(path.name)
        return real(self, path, store_values=store_values)

    monkeypatch.setattr(Analyser, "analyse", counting)
    return reads
