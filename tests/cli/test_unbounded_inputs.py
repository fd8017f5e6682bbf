"""Inputs that never end or never come: `detect` streams its input in bounded chunks with the findings a
whole reading gives, and every command refuses a FIFO or a device with a clear message and exit code 2
instead of blocking or reading forever."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli import detect_cmd
from mamori.cli.app import app
from mamori.cli.detect_stream import table_chunk_findings, text_findings
from mamori.detect import Detector
from mamori.ledger import open_ledger
from mamori.mask.spans import table_findings
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

runner = CliRunner()
TYPES = "PHONE,EMAIL,MY_NUMBER"
LINE = "第{n}条 お客様の連絡先は 090-{a:04}-{b:04}、メールは user{n}@example.jp、番号 123456789018 です。\n"


def _prose(lines: int) -> str:
    return "".join(LINE.format(n=n, a=n % 10000, b=(n * 7) % 10000) for n in range(lines))


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    """Chunks of 4 KiB: a few hundred of them in a small file, values across many of their ends."""
    monkeypatch.setattr(detect_cmd, "CHUNK_BYTES", 4096)
    return 4096


def _detect_json(path: Path, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["detect", str(path), "--json", "--show-values", "--types", TYPES, *extra])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_a_text_in_many_chunks_gives_the_findings_of_a_whole_reading(tmp_path: Path) -> None:
    text = _prose(30_000)  # about 3 MB in UTF-8: three chunks of 1 MiB
    path = tmp_path / "memo.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 2 * detect_cmd.CHUNK_BYTES
    whole = Detector(types=TYPES).detect(text)

    rows = _detect_json(path)

    assert [(r["start"], r["end"], r["type"]) for r in rows] == [
        (f.start, f.end, f.type.value) for f in whole
    ]
    assert [r["value"] for r in rows] == [f.value(text) for f in whole]


@pytest.mark.usefixtures("small_chunks")
def test_cp932_text_cut_mid_character_reads_the_same(tmp_path: Path) -> None:
    text = _prose(300)
    path = tmp_path / "sjis.txt"
    path.write_bytes(text.encode("cp932"))
    whole = Detector(types=TYPES).detect(text)

    rows = _detect_json(path)

    assert [(r["start"], r["value"]) for r in rows] == [(f.start, f.value(text)) for f in whole]


def _csv(rows: int) -> str:
    lines = ["氏名,電話番号,備考\r\n"]
    for n in range(rows):
        memo = f'"複数行の\r\nメモ ""{n}"" 連絡先 taro{n}@example.jp\r\n以上"' if n % 3 == 0 else "なし"
        lines.append(f"山田{n},090-1234-{n % 10000:04},{memo}\r\n")
    return "".join(lines)


@pytest.mark.parametrize("size", [1, 7, 100, 4096])
def test_a_csv_cut_anywhere_gives_the_findings_of_a_whole_reading(size: int) -> None:
    text = _csv(200)
    detector = Detector(types=TYPES)
    whole = [(f.start, f.end, f.type, f.value(text)) for f in table_findings(text, ",", detector)]

    streamed = [
        (x.finding.start, x.finding.end, x.finding.type, x.value)
        for x in table_chunk_findings(_pieces(text, size), ",", detector)
    ]

    assert streamed == whole
    assert len(whole) > 200


@pytest.mark.parametrize("size", [1, 333, 5000])
def test_a_text_cut_anywhere_gives_the_findings_of_a_whole_reading(size: int) -> None:
    text = _prose(400)
    detector = Detector(types=TYPES)
    whole = [(f.start, f.end, f.value(text)) for f in detector.detect(text)]

    streamed = [
        (x.finding.start, x.finding.end, x.value) for x in text_findings(_pieces(text, size), detector)
    ]

    assert streamed == whole


@pytest.mark.usefixtures("small_chunks")
def test_a_csv_file_in_many_chunks_through_the_command(tmp_path: Path) -> None:
    text = _csv(300)
    path = tmp_path / "customers.csv"
    path.write_text(text, encoding="utf-8", newline="")
    whole = list(table_findings(text, ",", Detector(types=TYPES)))

    rows = _detect_json(path)

    assert [(r["start"], r["value"]) for r in rows] == [(f.start, f.value(text)) for f in whole]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)  # nobody ever writes to it: opening it to read would block forever
    return path


def _refused(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    message = " ".join(result.output.split())
    assert "通常のファイルとフォルダーだけを読み取ります" in message
    return message


def test_detect_refuses_a_fifo_and_a_device(fifo: Path) -> None:
    assert "FIFO" in _refused(["detect", str(fifo)])
    if Path("/dev/zero").exists():
        assert "デバイスファイル" in _refused(["detect", "/dev/zero"])


def test_mask_and_unmask_refuse_a_fifo_rather_than_calling_it_missing(fifo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    for verb in (["mask", str(fifo), "-o", str(out)], ["unmask", str(fifo), "-o", str(out), "--vault", "v"]):
        message = _refused(verb)
        assert "FIFO" in message and "ありません" not in message


def test_scan_refuses_a_fifo_root(fifo: Path, tmp_path: Path) -> None:
    message = _refused(["scan", str(fifo), "--db", str(tmp_path / "ledger.db"), "--workers", "1"])
    assert "FIFO" in message


def test_a_fifo_root_given_to_the_scanner_is_an_error_not_an_empty_scan(
    fifo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    with open_ledger(str(tmp_path / "ledger.db")) as ledger:
        summary = run_scan([str(fifo)], ledger, ScanOptions(workers=1, fast=True))
        assets = ledger.scans.assets(summary.scan_id)
    assert summary.errors == 1
    assert [a.error for a in assets] == [
        "通常のファイルではないため読み取りません（FIFO・デバイス・ソケット）"
    ]
