"""A scan that is killed takes its processes with it: the forkserver, the resource tracker and the
workers (about 350 MB a set) must not outlive `kill -9`, and `kill` (SIGTERM) ends the scan as Ctrl-C
does, `interrupted` and resumable.

The scan runs as a user runs it, `mamori scan` in its own process, over files slow enough (full
detection of Japanese prose) that the workers are busy when the signal arrives."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mamori.ledger import open_ledger

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

WORKERS = 2
# The forkserver, the resource tracker and the workers, all below the scan process.
HELPERS = WORKERS + 2
PROSE = "山田太郎様の連絡先は東京都千代田区丸の内一丁目、電話は090-1234-5678です。\n" * 3000


def _ppid_and_state(pid: int) -> tuple[int, str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0]


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (info := _ppid_and_state(int(entry.name))) is not None:
            children.setdefault(info[0], []).append(int(entry.name))
    found: set[int] = set()
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    """Processes still running: a zombie (dead, not yet reaped by whoever adopted it) holds no memory."""
    return {pid for pid in pids if (info := _ppid_and_state(pid)) is not None and info[1] != "Z"}


def _polls(seconds: float) -> Iterator[None]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        yield
        time.sleep(0.05)


@pytest.fixture
def busy_scan(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], set[int], Path]]:
    drive = tmp_path / "drive"
    drive.mkdir()
    for n in range(40):
        (drive / f"memo{n:02}.txt").write_text(PROSE, encoding="utf-8")
    db = tmp_path / "ledger.db"
    env = {**os.environ, "MAMORI_HOME": str(tmp_path / "home")}
    code = "from mamori.cli.app import main; main()"
    scan = subprocess.Popen(
        [
            sys.executable,
            "-c",
            code,
            "scan",
            str(drive),
            "--db",
            str(db),
            "--workers",
            str(WORKERS),
            "--json",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    helpers: set[int] = set()
    try:
        for _ in _polls(120):  # the forkserver imports the detectors before the first worker starts
            helpers = _alive(_descendants(scan.pid))
            if len(helpers) >= HELPERS or scan.poll() is not None:
                break
        assert scan.poll() is None, "the scan ended before it could be killed"
        assert len(helpers) >= HELPERS, f"the workers did not start: {helpers}"
        yield scan, helpers, db
    finally:
        for pid in _alive(helpers | _descendants(scan.pid)):  # never leave them to the next test
            os.kill(pid, signal.SIGKILL)
        if scan.poll() is None:
            scan.kill()
        scan.wait()


def _gone_within(pids: set[int], seconds: float) -> set[int]:
    for _ in _polls(seconds):
        if not _alive(pids):
            break
    return _alive(pids)


def test_workers_forkserver_and_tracker_die_with_a_killed_scan(
    busy_scan: tuple[subprocess.Popen[bytes], set[int], Path],
) -> None:
    scan, helpers, _ = busy_scan
    scan.kill()
    scan.wait()
    assert _gone_within(helpers, 2.0) == set()


def test_a_ledger_killed_mid_scan_is_intact_and_resumes(
    busy_scan: tuple[subprocess.Popen[bytes], set[int], Path],
) -> None:
    scan, _, db = busy_scan
    for _ in _polls(120):  # kill it once some files are committed, while others are being read
        if db.exists() and _committed_files(db) >= 2:
            break
    committed = _committed_files(db)
    assert committed >= 2, "no file was committed before the deadline"
    scan.kill()
    scan.wait()
    assert sqlite3.connect(db).execute("pragma integrity_check").fetchone() == ("ok",)
    with open_ledger(str(db)) as ledger:
        latest = ledger.scans.latest(status=None)
        assert latest is not None
        assert latest.status == "running"
        assert len(ledger.scans.assets(latest.id)) >= committed


def _committed_files(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return int(con.execute("select count(*) from assets").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_sigterm_ends_the_scan_as_interrupted_and_stops_its_workers(
    busy_scan: tuple[subprocess.Popen[bytes], set[int], Path],
) -> None:
    scan, helpers, db = busy_scan
    scan.terminate()
    assert scan.wait(timeout=60) == 130
    assert _gone_within(helpers, 2.0) == set()
    with open_ledger(str(db)) as ledger:
        latest = ledger.scans.latest(status=None)
        assert latest is not None
        assert latest.status == "interrupted"


def test_ctrl_c_to_the_whole_terminal_group_prints_no_worker_traceback(tmp_path: Path) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    for n in range(40):
        (drive / f"memo{n:02}.txt").write_text(PROSE, encoding="utf-8")
    env = {**os.environ, "MAMORI_HOME": str(tmp_path / "home")}
    code = "from mamori.cli.app import main; main()"
    command = [
        sys.executable,
        "-c",
        code,
        "scan",
        str(drive),
        "--db",
        str(tmp_path / "l.db"),
        "--workers",
        "2",
    ]
    scan = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        for _ in _polls(120):
            if len(_alive(_descendants(scan.pid))) >= HELPERS or scan.poll() is not None:
                break
        assert scan.poll() is None, "the scan ended before Ctrl-C"
        os.killpg(scan.pid, signal.SIGINT)  # as a terminal does: the scan, the forkserver and the workers
        _, err = scan.communicate(timeout=60)
    finally:
        for pid in _alive(_descendants(scan.pid)):
            os.kill(pid, signal.SIGKILL)
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 130
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text[-2000:]
    assert "スキャンを中断しました" in text
