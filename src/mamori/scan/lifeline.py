"""Pool processes that die with the scan.

A scan killed with SIGKILL (or by the OOM killer) runs no clean-up, and a `ProcessPoolExecutor` on a
forkserver leaves a whole set behind: the workers hold the pipes of the pool's queues and the forkserver's
"alive" descriptor, so none of them ever reads end-of-file; the forkserver waits for the workers and the
resource tracker for both. Two things break the circle, each enough alone:

* the kernel's parent-death signal (Linux `prctl(PR_SET_PDEATHSIG)`): the forkserver is killed when the
  scan process dies, and a worker when the forkserver dies, without any Python code having to run;
* a watchdog thread in each worker, blocked on the pipe whose other end only the scan process holds
  (`multiprocessing.parent_process()`'s sentinel): it reads end-of-file the moment the scan process is
  gone, on any POSIX system. It also covers a forkserver started before this module could arm it.

The resource tracker then reads end-of-file on its own pipe and exits.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Set only while the scan process starts its forkserver, to the scan process's pid: the forkserver, which
# imports this module as a preload, arms its parent-death signal only when its parent is that process.
SCAN_PID_ENV = "MAMORI_SCAN_PID"
_PR_SET_PDEATHSIG = 1


def die_with_parent() -> bool:
    """Asks the kernel to SIGKILL this process when its parent (the thread that forked it) exits.
    Linux only; elsewhere, and if the call fails, returns False and the watchdog is the only guard."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        armed: bool = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
    return armed


def arm_worker() -> None:
    """In a pool worker, first thing: die with the forkserver (kernel) and with the scan (watchdog)."""
    parent_before = os.getppid()
    die_with_parent()
    if os.getppid() != parent_before:  # the forkserver died before the signal was armed
        os._exit(1)
    scan = multiprocessing.parent_process()
    if scan is not None:
        threading.Thread(target=_watch, args=(scan,), name="mamori-lifeline", daemon=True).start()


def _watch(scan: multiprocessing.process.BaseProcess) -> None:
    scan.join()  # returns when the scan process's end of the pipe is closed: it has exited
    # os._exit, not sys.exit: the main thread may be deep in a file, and nothing it holds is worth
    # flushing (the scan that wanted its results is gone).
    os._exit(1)


@contextmanager
def scan_pid_in_environment() -> Iterator[None]:
    """The marker the forkserver reads at start-up, present only while it is being started."""
    before = os.environ.get(SCAN_PID_ENV)
    os.environ[SCAN_PID_ENV] = str(os.getpid())
    try:
        yield
    finally:
        if before is None:
            del os.environ[SCAN_PID_ENV]
        else:
            os.environ[SCAN_PID_ENV] = before


def _arm_forkserver() -> None:
    """Runs when the forkserver imports this module as a preload (and harmlessly anywhere else)."""
    if os.environ.get(SCAN_PID_ENV) != str(os.getppid()):
        return  # not a forkserver started by a scan: imported by the scan itself, a test, a worker
    die_with_parent()
    if os.environ.get(SCAN_PID_ENV) != str(os.getppid()):  # the scan died before the signal was armed
        os._exit(1)


_arm_forkserver()
