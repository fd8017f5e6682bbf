"""`walk`: the regular files under some folders. What gets in the way — a symlink loop, a folder that
may not be read, a file that vanished — is reported as a `WalkError` and the walk goes on."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mamori.sources.exclude import Excluder, Exclusions
from mamori.sources.location import file_uri


@dataclass(frozen=True, slots=True)
class WalkError:
    location: str
    path: Path
    reason_ja: str
    reason_en: str


def walk(
    roots: Iterable[Path | str] | Path | str,
    *,
    follow_symlinks: bool = False,
    exclude: Exclusions | None = None,
) -> Iterator[Path | WalkError]:
    """Files under each root in name order; a root that is a file is yielded as it is.

    Without `follow_symlinks`, symbolic links are not followed at all (a link may lead out of the roots
    or to a file already seen); with it, each folder is entered once, so a loop ends with an error.
    Only regular files are yielded: a FIFO or a device would block or never end. Under a folder,
    `exclude` leaves out version-control folders, `.gitignore`d paths and the user's patterns (the
    default leaves out version-control folders only)."""
    seen: set[tuple[int, int]] = set()
    rules = exclude or Exclusions(gitignore=False)
    for root in [roots] if isinstance(roots, Path | str) else roots:
        yield from _walk_root(Path(root), follow_symlinks, seen, rules)


def _walk_root(
    root: Path, follow: bool, seen: set[tuple[int, int]], rules: Exclusions
) -> Iterator[Path | WalkError]:
    try:
        info = root.stat() if follow else root.lstat()
    except OSError as exc:
        yield _error(root, exc)
        return
    if stat.S_ISREG(info.st_mode):
        yield root
    elif stat.S_ISDIR(info.st_mode):
        yield from _walk_dir(root, follow, seen, rules.under(root))
    elif not stat.S_ISLNK(info.st_mode):
        # Asked for by name, a FIFO or a device is said to be refused (inside a folder it is passed over).
        yield WalkError(
            file_uri(root),
            root,
            "通常のファイルではないため読み取りません（FIFO・デバイス・ソケット）",
            "not a regular file (FIFO, device or socket)",
        )


def _walk_dir(
    top: Path, follow: bool, seen: set[tuple[int, int]], excluder: Excluder
) -> Iterator[Path | WalkError]:
    """Depth first in name order, with an explicit stack: folder depth is not bounded by recursion."""
    stack: list[Iterator[os.DirEntry[str]]] = []
    yield from _enter(top, follow, seen, stack)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink() and not follow:
                broken = _broken_link(path)
                if broken is not None:
                    yield broken
                continue
            if entry.is_dir(follow_symlinks=follow):
                if not excluder.excluded(path, folder=True):
                    yield from _enter(path, follow, seen, stack)
            elif entry.is_file(follow_symlinks=follow):
                if not excluder.excluded(path, folder=False):
                    yield path
            elif entry.is_symlink():
                yield WalkError(file_uri(path), path, "リンク先が存在しません", "dangling symlink")
        except OSError as exc:
            yield _error(path, exc)


def _enter(
    folder: Path, follow: bool, seen: set[tuple[int, int]], stack: list[Iterator[os.DirEntry[str]]]
) -> Iterator[WalkError]:
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            reason = (
                "同じフォルダーを再び走査しようとしました（シンボリックリンクの循環）",
                "symlink loop (folder already visited)",
            )
            yield WalkError(file_uri(folder), folder, *reason)
            return
        seen.add(key)
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield _error(folder, exc)
        return
    stack.append(iter(entries))


def _broken_link(path: Path) -> WalkError | None:
    """A link that is not followed is still reported when it loops back on a folder above it or leads
    nowhere: either says something is wrong on the share, and neither is read."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 raises this for a loop of links
        return WalkError(file_uri(path), path, "シンボリックリンクが循環しています", "symlink loop")
    except OSError as exc:
        if exc.errno == 40:
            return WalkError(file_uri(path), path, "シンボリックリンクが循環しています", "symlink loop")
        return WalkError(file_uri(path), path, "リンク先が存在しません", "dangling symlink")
    parent = path.parent.resolve()
    if target.is_dir() and (target == parent or target in parent.parents):
        return WalkError(
            file_uri(path),
            path,
            "シンボリックリンクが上位のフォルダーを指しています（循環するためたどりません）",
            "symlink loop (points at a folder above it)",
        )
    return None


def _error(path: Path, exc: OSError) -> WalkError:
    if isinstance(exc, PermissionError):
        return WalkError(file_uri(path), path, "アクセス権がないため読み取れません", "permission denied")
    if isinstance(exc, FileNotFoundError):
        return WalkError(file_uri(path), path, "走査中に削除または移動されました", "vanished during the walk")
    if exc.errno == 40:  # ELOOP: a link that points at itself, directly or through others
        return WalkError(file_uri(path), path, "シンボリックリンクが循環しています", "symlink loop")
    return WalkError(file_uri(path), path, "読み取れません（入出力エラー）", f"I/O error: {exc}")
