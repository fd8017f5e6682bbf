"""`mamori --version` wall time (issue 18: a packaging check or CI step should not wait for the
detectors): the median of five runs of the installed executable."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def run() -> dict[str, Any] | None:
    executable = shutil.which("mamori") or str(Path(sys.executable).parent / "mamori")
    if not Path(executable).exists():
        return None
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([executable, "--version"], capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return {"version_ms_median": round(statistics.median(times) * 1000, 1), "runs": 5}


if __name__ == "__main__":
    print(run())
