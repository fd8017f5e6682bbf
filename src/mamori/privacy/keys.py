"""The per-installation secret and the keyed hash (HMAC-SHA256) that de-duplicates values unseen.

The key lives in `$MAMORI_HOME/secret.key` (default `~/.mamori`), created on first use with mode 0600.
A keyed hash cannot be reversed by hashing every phone number in Japan: without the key there is
nothing to compare against.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from mamori.detect.normalize import shadow

KEY_BYTES = 32


def mamori_home() -> Path:
    return Path(os.environ.get("MAMORI_HOME", Path.home() / ".mamori"))


def ensure_home(home: Path | None = None) -> Path:
    """The mamori home, created mode 0700 if absent: it holds the key, the ledger and the sketches."""
    root = home or mamori_home()
    try:
        root.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        return root
    # mkdir's mode passes through the umask, which may strip bits the owner needs; only a folder we
    # have just made is set, so a home the user chose to share keeps the mode they gave it.
    root.chmod(0o700)
    return root


def key_path(home: Path | None = None) -> Path:
    return (home or mamori_home()) / "secret.key"


def installation_key(home: Path | None = None) -> bytes:
    """Read the installation key, creating it (mode 0600, created atomically) if absent."""
    path = key_path(ensure_home(home))
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise ValueError(f"{path} is not a mamori key ({len(key)} bytes, expected {KEY_BYTES})") from None
        return key
    key = secrets.token_bytes(KEY_BYTES)
    with os.fdopen(fd, "wb") as out:
        out.write(key)
    return key


def canonical(value: str) -> str:
    """The form two spellings of one value share: full-width folded, separators and case dropped."""
    return "".join(c for c in shadow(value).lower() if c.isalnum() or c in "@._" or ord(c) > 0x7F)


def keyed_hash(value: str, key: bytes) -> str:
    return hmac.new(key, canonical(value).encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
