"""Write a file all at once: to a temporary file beside the target, then rename; never a partial file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def staged(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to `target`; it replaces `target` only if the block succeeds."""
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".mamori-tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_private(target: Path, data: bytes) -> None:
    """Write `data` atomically with mode 0600 (mkstemp creates it so)."""
    with staged(target) as temp:
        temp.write_bytes(data)
        temp.chmod(0o600)
