"""Inputs a command refuses before reading: a FIFO, a device or a socket given as a file.

Reading one never ends (`/dev/zero`, `/dev/urandom`) or waits for a writer that may never come (a FIFO),
so each command says so at once, in the same words, with exit code 2."""

from __future__ import annotations

import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISFIFO, "FIFO（名前付きパイプ）"),
    (stat.S_ISCHR, "デバイスファイル"),
    (stat.S_ISBLK, "デバイスファイル"),
    (stat.S_ISSOCK, "ソケット"),
)


def special_file_refusal(path: Path) -> str | None:
    """Why `path` is not read, if it is a FIFO, a device or a socket (after symbolic links); None for a
    regular file, a folder or a path that does not exist (each command says that in its own way).
    Looking costs a `stat`, which does not open the file: it cannot block."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    for test, kind in _KINDS:
        if test(mode):
            return (
                f"{path} は{kind}です。通常のファイルとフォルダーだけを読み取ります"
                "（終わりのない入力や、書き込まれるまで待ち続ける入力は読みません）"
            )
    return None
