"""Per-file people sketches kept beside the ledger, so that an unchanged file carried into a new scan
still joins the scan-wide de-duplication without being read again.

Stored under `$MAMORI_HOME/people/` by content hash: 64-bit prefixes of keyed hashes (or HyperLogLog
registers), which say nothing without the installation key. Files are mode 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

from mamori.privacy.keys import ensure_home, mamori_home


def _path(content_hash: str, home: Path | None = None) -> Path:
    return (home or mamori_home()) / "people" / content_hash[:2] / f"{content_hash}.bin"


def save_sketch(content_hash: str, data: bytes, home: Path | None = None) -> None:
    # Each level itself: `mkdir(parents=True)` would make the missing ones with the umask's mode, not 0700.
    path = _path(content_hash, ensure_home(home))
    path.parent.parent.mkdir(exist_ok=True, mode=0o700)
    path.parent.mkdir(exist_ok=True, mode=0o700)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


def load_sketch(content_hash: str, home: Path | None = None) -> bytes | None:
    try:
        return _path(content_hash, home).read_bytes()
    except OSError:
        return None
