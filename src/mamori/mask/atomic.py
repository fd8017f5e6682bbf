"""Write a file all at once: to a temporary file beside the target, then rename; never a partial file.

Mask outputs, reports and incident drafts hold personal information, so what is written
here is mode 0600 unless the caller sets another mode before the rename.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# A temporary file younger than this may belong to a run that has just made it and not yet locked it.
STALE_AFTER_SECONDS = 60.0


def _temp_pattern(target: Path) -> re.Pattern[str]:
    """The names `tempfile.mkstemp` gives our temporary files for `target`, and nothing else."""
    return re.compile(
        re.escape(f".{target.name}.") + r"[a-z0-9_]{8}" + re.escape(f".mamori-tmp{target.suffix}")
    )


def remove_stale(target: Path, *, now: float | None = None) -> None:
    """Remove temporary files a killed run left beside `target`.

    A live run holds an exclusive lock on its temporary file until the rename, and the kernel drops the
    lock when the process dies however it dies; so a file we can lock has no writer. The age test covers
    the moment between a run creating its file and locking it. Files of other names are never touched.
    """
    pattern = _temp_pattern(target)
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    try:
        siblings = list(target.parent.iterdir())
    except OSError:
        return
    for path in siblings:
        if not pattern.fullmatch(path.name):
            continue
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if os.fstat(fd).st_mtime > cutoff:
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path.unlink(missing_ok=True)
        except OSError:
            continue  # locked by a live run, or not ours to remove
        finally:
            os.close(fd)


@contextlib.contextmanager
def staged(target: Path) -> Iterator[Path]:
    """Yield a temporary path (mode 0600) next to `target`; it replaces `target` if the block succeeds."""
    remove_stale(target)
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".mamori-tmp{target.suffix}", dir=target.parent
    )
    temp = Path(name)
    try:
        # Held until the rename so that another run's `remove_stale` leaves this file alone.
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield temp
        os.replace(temp, target)
    finally:
        os.close(fd)
        temp.unlink(missing_ok=True)


def write_private(target: Path, data: bytes) -> None:
    """Write `data` atomically with mode 0600 (mkstemp creates it so, whatever the umask)."""
    with staged(target) as temp:
        temp.write_bytes(data)
