"""Start-up wall times of the installed executable (issue 18: a packaging check, a CI step or a help page
should not wait for the detectors; `detect` and `mask` on a small file should answer within a second):
the median of five runs of each command line. And a scan worker's start-up (issue 19: ready in under
0.5 s): from a fresh process's first pool to the first file analysed by the default pipeline.

    python -m benchmarks.startup [--workers]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RUNS = 5


def _median_ms(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


def run() -> dict[str, Any] | None:
    executable = shutil.which("mamori") or str(Path(sys.executable).parent / "mamori")
    if not Path(executable).exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.txt"
        small.write_text("担当: 山田太郎 090-1234-5678\n", encoding="utf-8")
        masked = Path(folder) / "masked.txt"
        return {
            "version_ms_median": _median_ms([executable, "--version"]),
            "help_ms_median": _median_ms([executable, "--help"]),
            "scan_help_ms_median": _median_ms([executable, "scan", "--help"]),
            "detect_small_file_ms_median": _median_ms([executable, "detect", str(small)]),
            "mask_small_file_ms_median": _median_ms(
                [executable, "mask", str(small), "-o", str(masked), "--force"]
            ),
            "runs": RUNS,
        }


_WORKER_READY = """
import os, sys, time
from pathlib import Path
from mamori.scan.options import ScanOptions
from mamori.scan.workers import FileTask, run_tasks

def main() -> None:
    path = Path(sys.argv[1])
    st = path.stat()
    task = FileTask(path, path.as_uri(), st.st_size, st.st_mtime_ns)
    started = time.perf_counter()
    outcome = next(run_tasks([task], bytes(32), ScanOptions(workers=2)))
    assert outcome.analysis is not None and outcome.analysis.findings
    print(time.perf_counter() - started)

if __name__ == "__main__":
    main()
"""


def worker_ready() -> dict[str, Any]:
    """Seconds from a scan's first pool to its first file analysed (forkserver start, worker fork and
    the detectors' first use), each run in a fresh process; the median of five."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.txt"
        small.write_text("担当: 山田太郎 090-1234-5678\n", encoding="utf-8")
        script = Path(folder) / "ready.py"
        script.write_text(_WORKER_READY, encoding="utf-8")
        for _ in range(RUNS):
            out = subprocess.run([sys.executable, str(script), str(small)], capture_output=True, check=True)
            times.append(float(out.stdout.decode().split()[-1]))
    return {
        "worker_ready_s_median": round(statistics.median(times), 3),
        "runs": sorted(round(t, 3) for t in times),
    }


if __name__ == "__main__":
    print(worker_ready() if "--workers" in sys.argv else run())
