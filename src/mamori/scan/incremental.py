"""Deciding what need not be read again: same size and mtime, or same content hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

HASH_CHUNK = 1 << 20


def content_hash(path: Path) -> str:
    """BLAKE2b of the bytes, streamed (flat memory for any size). Raises OSError like open()."""
    digest = hashlib.blake2b(digest_size=32)
    with open(path, "rb") as stream:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
