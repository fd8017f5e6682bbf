"""Scan benchmark: MB/s and files/s per format and peak RSS over a generated corpus of office files.

The corpus (fixed seed) is generated on first use under `benchmarks/.cache/scan-<MB>/`: CSV in UTF-8
and CP932, logs and memos, xlsx, docx, pdf, eml with attachments and zips, `MAMORI_BENCH_SCAN_MB`
megabytes in all (default 1024). Each format is scanned on its own, with the fast pipeline and as many
workers as cores, into a fresh ledger; then the whole corpus, then the whole corpus again (unchanged:
nothing re-read). The full pipeline (morphological analysis of names) is measured on a small slice
(`MAMORI_BENCH_SCAN_FULL_MB`, default 8). RSS is sampled from /proc for this process and its workers.

`run() -> dict` is what `benchmarks/run.py` calls; `python -m benchmarks.scan_bench` prints the table.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from docx import Document
from openpyxl import Workbook

from mamori.demo.drive import GIVEN, KANA_GIVEN, KANA_SURNAMES, PLACES, ROMAN, SURNAMES
from mamori.demo.pdf import write_text_pdf
from mamori.ledger import open_ledger
from mamori.native import compiled_modules
from mamori.scan.options import ScanOptions, default_workers
from mamori.scan.run import run_scan

CACHE = Path(__file__).resolve().parent / ".cache"
RESULT = Path(__file__).resolve().parent / "results" / "scan.json"
SEED = 20261123
MB = 1 << 20
# Share of the corpus bytes per format: a file share is mostly tables and text.
SHARES = {"csv": 0.55, "text": 0.25, "zip": 0.06, "eml": 0.06, "xlsx": 0.04, "docx": 0.02, "pdf": 0.02}
FILE_MB = {"csv": 64, "text": 8, "zip": 8, "eml": 2, "xlsx": 4, "docx": 1, "pdf": 1}


def _person(rng: random.Random, i: int) -> tuple[str, str, str, str, str, str]:
    s, g = rng.randrange(len(SURNAMES)), rng.randrange(len(GIVEN))
    return (
        f"{SURNAMES[s]} {GIVEN[g]}",
        f"{KANA_SURNAMES[s]} {KANA_GIVEN[g]}",
        f"{PLACES[i % len(PLACES)]}{i % 9 + 1}-{i % 19 + 1}-{i % 29 + 1}",
        f"090-{rng.randrange(1000, 10000)}-{i % 10000:04d}",
        f"{ROMAN[s]}.{i}@example.jp",
        f"{1950 + i % 54}/{i % 12 + 1:02d}/{i % 28 + 1:02d}",
    )


def _csv_rows(rng: random.Random, start: int) -> Iterator[list[str]]:
    i = start
    while True:
        name, kana, address, phone, mail, birth = _person(rng, i)
        yield [f"C{i:08d}", name, kana, address, phone, mail, birth, str(rng.randrange(1000, 99999)), "なし"]
        i += 1


CSV_HEADER = [
    "顧客ID",
    "氏名",
    "フリガナ",
    "住所",
    "電話番号",
    "メールアドレス",
    "生年月日",
    "購入金額",
    "備考",
]


def _csv_bytes(rng: random.Random, size: int, encoding: str, start: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    rows = _csv_rows(rng, start)
    while buffer.tell() * 3 < size * 2:  # about 1.5 bytes per character in these rows
        writer.writerows(next(rows) for _ in range(1000))
    return buffer.getvalue().encode(encoding)


def _write_csv(path: Path, rng: random.Random, size: int, encoding: str, start: int) -> None:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        rows = _csv_rows(rng, start)
        while out.tell() < size:
            writer.writerows(next(rows) for _ in range(2000))


MEMO_LINES = (
    "本日の打合せで{name}様より見積の依頼あり。連絡先 {phone}。",
    "{name}さんから資料送付の依頼（{mail}）。来週中に対応予定。",
    "定例会議の議事録。進捗は概ね予定どおり。次回は来月第二週に開催する。",
    "新製品の販売計画について議論した。販促物の準備を総務部に依頼する。",
    "社内システムの更新作業を実施。影響範囲は営業部の共有フォルダのみ。",
)
LOG_LINES = (
    "2026-11-{d:02d}T10:{m:02d}:00 INFO login ok user={mail} ip=192.0.2.{ip}",
    "2026-11-{d:02d}T10:{m:02d}:05 INFO GET /api/orders/{n} 200 12ms",
    "2026-11-{d:02d}T10:{m:02d}:07 WARN retry job={n} attempt=2",
    "2026-11-{d:02d}T10:{m:02d}:09 INFO cache hit ratio=0.93 size=1024",
)


def _write_text(path: Path, rng: random.Random, size: int, start: int, log: bool) -> None:
    lines = LOG_LINES if log else MEMO_LINES
    with path.open("w", encoding="utf-8") as out:
        i = start
        while out.tell() < size:
            chunk = []
            for _ in range(2000):
                name, _, _, phone, mail, _ = _person(rng, i)
                template = lines[rng.randrange(len(lines))]
                chunk.append(
                    template.format(
                        name=name, phone=phone, mail=mail, d=i % 28 + 1, m=i % 60, ip=i % 250, n=i
                    )
                )
                i += 1
            out.write("\n".join(chunk) + "\n")


def _write_xlsx(path: Path, rng: random.Random, size: int, start: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("顧客")
    sheet.append(CSV_HEADER)
    rows = _csv_rows(rng, start)
    for _ in range(size // 60):  # about 60 bytes of zipped sheet XML per row
        sheet.append(next(rows))
    book.save(path)


def _write_docx(path: Path, rng: random.Random, size: int, start: int) -> None:
    document = Document()
    document.add_heading("顧客対応記録", level=1)
    for i in range(start, start + size // 120):
        name, _, _, phone, mail, _ = _person(rng, i)
        document.add_paragraph(MEMO_LINES[i % len(MEMO_LINES)].format(name=name, phone=phone, mail=mail))
    document.save(str(path))


def _write_pdf(path: Path, rng: random.Random, size: int, start: int) -> None:
    lines = []
    for i in range(start, start + size // 150):
        name, _, address, phone, _, _ = _person(rng, i)
        lines.append(f"請求書 {i} {name} 様 {address} 電話 {phone}")
    write_text_pdf(path, lines)


def _write_eml(path: Path, rng: random.Random, size: int, start: int) -> None:
    message = EmailMessage()
    message["From"] = "営業部 <sales@example.jp>"
    message["To"] = "経理部 <accounting@example.jp>"
    message["Subject"] = "顧客リスト送付"
    message.set_content("経理部各位\n\n顧客リストを添付します。取扱注意。\n")
    message.add_attachment(
        _csv_bytes(rng, size * 3 // 4, "utf-8", start), maintype="text", subtype="csv", filename="顧客.csv"
    )
    path.write_bytes(bytes(message))


def _write_zip(path: Path, rng: random.Random, size: int, start: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        part = size * 3  # CSV deflates to about a third
        archive.writestr("顧客/一覧.csv", _csv_bytes(rng, part, "utf-8", start))
        archive.writestr("顧客/メモ.txt", "引継ぎメモ。詳細は一覧を参照。\n")


WRITERS: dict[str, Callable[[Path, random.Random, int, int], None]] = {
    "xlsx": _write_xlsx,
    "docx": _write_docx,
    "pdf": _write_pdf,
    "eml": _write_eml,
    "zip": _write_zip,
}


def generate(root: Path, total_mb: int) -> dict[str, Any]:
    """Write the corpus (idempotent: a complete corpus is kept and reused)."""
    marker = root / "manifest.json"
    if marker.exists():
        manifest: dict[str, Any] = json.loads(marker.read_text(encoding="utf-8"))
        return manifest
    if root.exists():
        shutil.rmtree(root)
    rng = random.Random(SEED)
    start = 0
    for kind, share in SHARES.items():
        folder = root / kind
        folder.mkdir(parents=True)
        budget = int(total_mb * MB * share)
        per_file = min(FILE_MB[kind] * MB, max(budget, 64 * 1024))
        n = 0
        while budget > 0:
            size = min(per_file, budget)
            if kind == "csv":
                encoding = "cp932" if n % 2 else "utf-8"
                _write_csv(folder / f"顧客_{n:03d}_{encoding}.csv", rng, size, encoding, start)
            elif kind == "text":
                name = f"app_{n:03d}.log" if n % 2 else f"memo_{n:03d}.txt"
                _write_text(folder / name, rng, size, start, bool(n % 2))
            else:
                WRITERS[kind](folder / f"{kind}_{n:03d}.{kind}", rng, size, start)
            budget -= size
            start += size // 50
            n += 1
    manifest = {"seed": SEED, "total_mb": total_mb, "formats": _sizes(root)}
    marker.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return manifest


def _sizes(root: Path) -> dict[str, dict[str, int]]:
    out = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        files = [p for p in folder.rglob("*") if p.is_file()]
        out[folder.name] = {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}
    return out


class RssSampler:
    """Peak RSS and CPU time of this process and its descendants, read from /proc every 100 ms. CPU is
    each process's last reading summed: a worker's last 100 ms before it exits can be missed."""

    def __init__(self) -> None:
        self.peak_total = 0
        self.peak_process = 0
        self.worker_rss: list[tuple[float, int]] = []  # (seconds since start, largest worker RSS)
        self._cpu_ticks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        return sum(self._cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")

    def _run(self) -> None:
        me = os.getpid()
        started = time.perf_counter()
        while not self._stop.is_set():
            tree = _tree_rss(me, self._cpu_ticks)
            rss = [r for _, r in tree]
            if rss:
                self.peak_total = max(self.peak_total, sum(rss))
                self.peak_process = max(self.peak_process, max(rss))
                workers = [r for depth, r in tree if depth >= 2]  # the forkserver's children
                if workers:
                    self.worker_rss.append((time.perf_counter() - started, max(workers)))
            self._stop.wait(0.1)


def _tree_rss(root: int, cpu_ticks: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """(depth below `root`, RSS) of `root` and its descendants, found through
    /proc/<pid>/task/<tid>/children: a few small reads per sample, where walking all of /proc took 4 ms
    of the CPU the scan is being timed on. `cpu_ticks`, when given, gets each process's user + system
    clock ticks."""
    rss = []
    pending = [(root, 0)]
    while pending:
        pid, depth = pending.pop()
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
            if cpu_ticks is not None:
                with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
                    after_name = stat.read().rsplit(")", 1)[1].split()
                cpu_ticks[pid] = int(after_name[11]) + int(after_name[12])  # utime, stime
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                    pending.extend((int(child), depth + 1) for child in children.read().split())
        except OSError:  # the process ended between two reads
            continue
        rss.append((depth, int(fields.get("VmRSS", "0 kB").split()[0]) * 1024 if "VmRSS" in fields else 0))
    return rss


def _scan(paths: list[Path], ledger_path: Path, options: ScanOptions) -> dict[str, Any]:
    size = sum(p.stat().st_size for root in paths for p in root.rglob("*") if p.is_file())
    files = sum(1 for root in paths for p in root.rglob("*") if p.is_file())
    cpu_before = time.process_time()
    with open_ledger(str(ledger_path)) as ledger, RssSampler() as rss:
        started = time.perf_counter()
        summary = run_scan([str(p) for p in paths], ledger, options)
        seconds = time.perf_counter() - started
    # the sampler reads this process's CPU too, itself included: this process's own clock replaces it
    workers_cpu = rss.cpu_seconds - rss._cpu_ticks.get(os.getpid(), 0) / os.sysconf("SC_CLK_TCK")
    worker_rss = [r for _, r in rss.worker_rss]
    after_10s = [r for t, r in rss.worker_rss if t >= 10]
    return {
        "cpu_s_per_mb": round((workers_cpu + time.process_time() - cpu_before) / (size / MB), 3),
        "peak_rss_mb_worker": round(max(worker_rss, default=0) / MB),
        "worker_rss_mb_at_10s_and_peak_after": [round(after_10s[0] / MB), round(max(after_10s) / MB)]
        if after_10s
        else None,
        "files": files,
        "mb": round(size / MB, 1),
        "seconds": round(seconds, 2),
        "mb_per_s": round(size / MB / seconds, 2),
        "files_per_s": round(files / seconds, 1),
        "peak_rss_mb_process": round(rss.peak_process / MB),
        "peak_rss_mb_total": round(rss.peak_total / MB),
        "read": summary.read,
        "unchanged": summary.unchanged,
        "errors": summary.errors,
        "findings": summary.findings,
        "people": summary.people,
    }


def _full_slice(root: Path, megabytes: int) -> Path:
    target = root.parent / f"{root.name}-full-{megabytes}"
    if not target.exists():
        target.mkdir(parents=True)
        rng = random.Random(SEED + 1)
        _write_csv(target / "顧客.csv", rng, megabytes * MB // 2, "utf-8", 0)
        _write_text(target / "memo.txt", rng, megabytes * MB // 2, 10_000, False)
    return target


def run() -> dict[str, Any]:
    total_mb = int(os.environ.get("MAMORI_BENCH_SCAN_MB", "1024"))
    full_mb = int(os.environ.get("MAMORI_BENCH_SCAN_FULL_MB", "8"))
    root = CACHE / f"scan-{total_mb}"
    began = time.perf_counter()
    manifest = generate(root, total_mb)
    generated = round(time.perf_counter() - began, 1)
    workers = default_workers()
    fast = ScanOptions(workers=workers, fast=True)
    results: dict[str, Any] = {"corpus_mb": total_mb, "workers": workers, "generation_s": generated}
    results["compiled_modules"] = compiled_modules()
    with tempfile.TemporaryDirectory() as scratch, _private_home(Path(scratch)):
        work = Path(scratch)
        results["formats"] = {
            kind: _scan([root / kind], work / f"{kind}.db", fast) for kind in manifest["formats"]
        }
        results["all_fast"] = _scan([root], work / "all.db", fast)
        results["all_unchanged_rescan"] = _scan([root], work / "all.db", fast)
        slice_root = _full_slice(root, full_mb)
        results["slice_fast"] = _scan([slice_root], work / "slice-fast.db", fast)
        results["slice_full_pipeline"] = _scan(
            [slice_root], work / "slice-full.db", ScanOptions(workers=workers)
        )
    return results


def full_formats(total_mb: int, kinds: list[str], workers: int) -> dict[str, Any]:
    """The default pipeline (names by morphological analysis) on each format of the corpus, one scan each
    into a fresh ledger, and on the CSV-and-memo slice."""
    root = CACHE / f"scan-{total_mb}"
    generate(root, total_mb)
    results: dict[str, Any] = {"corpus_mb": total_mb, "workers": workers}
    results["compiled_modules"] = compiled_modules()
    options = ScanOptions(workers=workers)
    with tempfile.TemporaryDirectory() as scratch, _private_home(Path(scratch)):
        work = Path(scratch)
        for kind in kinds:
            if kind == "slice":
                folder = _full_slice(root, max(1, total_mb // 4))
            else:  # a folder of the corpus, or any folder
                folder = root / kind if (root / kind).is_dir() else Path(kind)
            results[kind] = _scan([folder], work / f"{folder.name}.db", options)
    return results


class _private_home:
    """Run with a throwaway MAMORI_HOME: the benchmark must not touch the user's key or sketches."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.saved: str | None = None

    def __enter__(self) -> None:
        self.saved = os.environ.get("MAMORI_HOME")
        os.environ["MAMORI_HOME"] = str(self.home / "home")
        (self.home / "home").mkdir()

    def __exit__(self, *_: object) -> None:
        if self.saved is None:
            os.environ.pop("MAMORI_HOME", None)
        else:
            os.environ["MAMORI_HOME"] = self.saved


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--full":
        # python -m benchmarks.scan_bench --full KIND... (KIND: a corpus folder such as docx, the CSV and
        # memo slice, or the path of any folder)
        kinds = sys.argv[2:] or ["csv", "text", "docx", "xlsx", "slice"]
        total_mb = int(os.environ.get("MAMORI_BENCH_SCAN_MB", "64"))
        print(json.dumps(full_formats(total_mb, kinds, default_workers()), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    results = run()
    table = Table(title=f"mamori scan: {results['corpus_mb']} MB corpus, {results['workers']} workers")
    for column in (
        "対象",
        "ファイル",
        "MB",
        "秒",
        "MB/s",
        "files/s",
        "最大RSS/プロセス MB",
        "最大RSS合計 MB",
    ):
        table.add_column(column, justify="right")
    rows = [(f"{k} (fast)", v) for k, v in results["formats"].items()]
    rows += [
        ("all (fast)", results["all_fast"]),
        ("all, unchanged re-scan", results["all_unchanged_rescan"]),
        ("slice (fast)", results["slice_fast"]),
        ("slice (full pipeline)", results["slice_full_pipeline"]),
    ]
    for name, r in rows:
        table.add_row(
            name,
            str(r["files"]),
            str(r["mb"]),
            str(r["seconds"]),
            str(r["mb_per_s"]),
            str(r["files_per_s"]),
            str(r["peak_rss_mb_process"]),
            str(r["peak_rss_mb_total"]),
        )
    Console().print(table)
    RESULT.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


def run_in_fresh_process() -> dict[str, Any]:
    """`main` in a process of its own, as `mamori scan` runs: the heap `make bench` built before (corpora,
    detectors) would otherwise be walked by every garbage collection of the scan's parent process."""
    subprocess.run([sys.executable, "-m", "benchmarks.scan_bench"], check=True, cwd=RESULT.parents[2])
    results: dict[str, Any] = json.loads(RESULT.read_text(encoding="utf-8"))
    return results


if __name__ == "__main__":
    main()
