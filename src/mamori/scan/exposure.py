"""How exposed a file is: who may read or change it, where it sits, how old it is, who owns it.

Flags are codes (stable, stored in the ledger's `exposure` column); `EXPOSURE_LABELS` gives the
Japanese the reports show.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

WORLD_READABLE = "world_readable"
WORLD_WRITABLE = "world_writable"
FOLDER_WORLD_WRITABLE = "folder_world_writable"
GROUP_WRITABLE = "group_writable"
SHARED_FOLDER = "shared_folder"
PUBLIC_FOLDER = "public_folder"
DESKTOP = "desktop"
DOWNLOADS = "downloads"
REMOVABLE_MEDIA = "removable_media"
STALE = "stale"

EXPOSURE_LABELS: dict[str, str] = {
    WORLD_READABLE: "誰でも読める（other に読み取り権限）",
    WORLD_WRITABLE: "誰でも書き込める（other に書き込み権限）",
    FOLDER_WORLD_WRITABLE: "フォルダに誰でも書き込める（置き換え・削除できる）",
    GROUP_WRITABLE: "グループが書き込める",
    SHARED_FOLDER: "共有フォルダにある",
    PUBLIC_FOLDER: "公開フォルダにある",
    DESKTOP: "デスクトップにある",
    DOWNLOADS: "ダウンロードフォルダにある",
    REMOVABLE_MEDIA: "リムーバブルメディア上にある",
    STALE: "長期間更新されていない（保存期間の確認が必要）",
}

EXPOSURE_SHORT: dict[str, str] = {
    WORLD_READABLE: "全員可読",
    WORLD_WRITABLE: "全員書込可",
    FOLDER_WORLD_WRITABLE: "フォルダ全員書込可",
    GROUP_WRITABLE: "グループ書込可",
    SHARED_FOLDER: "共有",
    PUBLIC_FOLDER: "公開",
    DESKTOP: "デスクトップ",
    DOWNLOADS: "ダウンロード",
    REMOVABLE_MEDIA: "外部媒体",
    STALE: "長期保存",
}

_FOLDER_FLAGS: dict[str, str] = {
    "shared": SHARED_FOLDER,
    "share": SHARED_FOLDER,
    "共有": SHARED_FOLDER,
    "共有フォルダ": SHARED_FOLDER,
    "public": PUBLIC_FOLDER,
    "公開": PUBLIC_FOLDER,
    "www": PUBLIC_FOLDER,
    "htdocs": PUBLIC_FOLDER,
    "public_html": PUBLIC_FOLDER,
    "desktop": DESKTOP,
    "デスクトップ": DESKTOP,
    "downloads": DOWNLOADS,
    "ダウンロード": DOWNLOADS,
}
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
DAY_NS = 86_400 * 10**9


@dataclass(frozen=True)
class Exposure:
    flags: tuple[str, ...]
    owner: str | None
    age_days: int
    mode: str

    def to_dict(self) -> dict[str, object]:
        return {"flags": list(self.flags), "age_days": self.age_days, "mode": self.mode}


def _owner(uid: int) -> str | None:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def _removable_roots() -> tuple[str, ...]:
    """Mount points of removable media: the usual mount folders, plus any vfat/exfat mount."""
    roots = list(_REMOVABLE_ROOTS)
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) > 2 and parts[2] in ("vfat", "exfat", "msdos", "ntfs", "fuseblk"):
                    roots.append(parts[1].rstrip("/") + "/")
    except OSError:
        pass
    return tuple(roots)


REMOVABLE_ROOTS = _removable_roots()


def _folder_world_writable(path: Path) -> bool:
    """Whoever may write the folder may put files in it and, without the sticky bit, replace or delete
    the file whatever its own mode; with the sticky bit (as in /tmp) anyone may still plant look-alike
    files beside it, so the folder is flagged either way."""
    try:
        mode = os.stat(os.path.dirname(os.path.abspath(path)) or "/").st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IWOTH)


def assess_exposure(path: Path, st: os.stat_result, *, now_ns: int, retention_days: int) -> Exposure:
    flags: list[str] = []
    mode = st.st_mode
    if mode & stat.S_IROTH:
        flags.append(WORLD_READABLE)
    if mode & stat.S_IWOTH:
        flags.append(WORLD_WRITABLE)
    if mode & stat.S_IWGRP:
        flags.append(GROUP_WRITABLE)
    if _folder_world_writable(path):
        flags.append(FOLDER_WORLD_WRITABLE)
    for part in Path(os.path.abspath(path)).parts[:-1]:
        flag = _FOLDER_FLAGS.get(part.lower())
        if flag is not None and flag not in flags:
            flags.append(flag)
    absolute = os.path.abspath(path)
    if absolute.startswith(REMOVABLE_ROOTS):
        flags.append(REMOVABLE_MEDIA)
    age_days = max(0, (now_ns - st.st_mtime_ns) // DAY_NS)
    if age_days > retention_days:
        flags.append(STALE)
    return Exposure(tuple(flags), _owner(st.st_uid), int(age_days), stat.filemode(mode))


def remote_exposure(mtime_ns: int, *, now_ns: int, retention_days: int) -> Exposure:
    """A file behind a URL (`hdfs://`, `s3a://`…): its age is known from the listing, its permissions and
    owner are not (object stores have none, HDFS's are not those of a local account), so no flag that
    needs them is raised and the owner and mode are left empty."""
    age_days = max(0, (now_ns - mtime_ns) // DAY_NS)
    return Exposure((STALE,) if age_days > retention_days else (), None, int(age_days), "")
