"""The `mamori` executable: `--version` answered before the command line and its commands are imported
(a packaging check or a CI step should not wait for the detectors to load); everything else goes to
`mamori.cli.app`."""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.metadata import version
from pathlib import Path

import mamori


def compiled_hot_path() -> bool:
    """Whether `make native` built the hot path, judged by the extension module beside its source."""
    folder = Path(mamori.__file__).parent / "detect"
    return any((folder / f"numbers{suffix}").is_file() for suffix in EXTENSION_SUFFIXES)


def version_text() -> str:
    """The version, and whether the hot path runs compiled (a support question: "why is it slow?")."""
    if compiled_hot_path():
        state = "有効（mypyc でコンパイル済み）"
    else:
        state = "無効（Python のまま実行中。ソースから `make native` で有効になります）"
    return f"mamori {version('mamori')}\n高速化モジュール: {state}"


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(version_text())
        return
    from mamori.cli.app import main as run_command_line  # the commands, only when one is run

    run_command_line()
