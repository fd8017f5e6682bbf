"""Start-up wall times of the installed executable (issue 18: a packaging check, a CI step or a help page
should not wait for the detectors; `detect` and `mask` on a small file should answer within a second):
the median of five runs of each command line."""

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


if __name__ == "__main__":
    print(run())
