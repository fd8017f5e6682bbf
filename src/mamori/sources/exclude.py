"""What a walk leaves out: version-control folders always, the root's `.gitignore` unless told not to,
and the user's `--exclude` patterns (gitignore syntax, relative to the scanned folder).

A checkout's `.git/` holds packed history, not documents anyone handles; a `.gitignore`d build folder
or virtual environment is what a CI gate must not read. Patterns use gitignore's rules (pathspec) so a
user writes them once for git and for mamori.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pathspec

# Folders of version-control systems: history, not working files.
VCS_FOLDERS = frozenset({".git", ".hg", ".svn", ".bzr"})


@dataclass(frozen=True)
class Exclusions:
    patterns: tuple[str, ...] = ()
    gitignore: bool = True

    def under(self, root: Path) -> Excluder:
        lines = list(self.patterns)
        ignore_file = root / ".gitignore"
        if self.gitignore and ignore_file.is_file():
            with contextlib.suppress(OSError):  # an unreadable .gitignore excludes nothing
                lines += ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
        return Excluder(root, pathspec.GitIgnoreSpec.from_lines(lines) if lines else None)


class Excluder:
    """Decides for one scanned folder."""

    def __init__(self, root: Path, spec: pathspec.PathSpec[Any] | None) -> None:
        self._root = root
        self._spec = spec

    def excluded(self, path: Path, *, folder: bool) -> bool:
        if folder and path.name in VCS_FOLDERS:
            return True
        if self._spec is None:
            return False
        try:
            relative = path.relative_to(self._root).as_posix()
        except ValueError:
            return False
        return self._spec.match_file(relative + "/" if folder else relative)


def exclusions(patterns: Sequence[str] = (), *, gitignore: bool = True) -> Exclusions:
    return Exclusions(tuple(p for p in patterns if p.strip()), gitignore)
