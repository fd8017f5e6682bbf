"""Walking folders: what gets in the way is reported, never raised; odd file names still read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sources_helpers import only, read

from mamori.sources import ItemError, WalkError, walk


def _paths(found: list[Path | WalkError]) -> list[Path]:
    return [f for f in found if isinstance(f, Path)]


def _errors(found: list[Path | WalkError]) -> list[WalkError]:
    return [f for f in found if isinstance(f, WalkError)]


def test_files_in_name_order_and_a_file_root(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.txt").write_text("x")
    os.mkfifo(tmp_path / "pipe")
    found = list(walk([tmp_path, tmp_path / "c.txt"]))
    assert found == [tmp_path / "a.txt", tmp_path / "b" / "2.txt", tmp_path / "c.txt", tmp_path / "c.txt"]


def test_symlink_loop_is_reported_and_the_walk_ends(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f.txt").write_text("x")
    (tmp_path / "d" / "loop").symlink_to(tmp_path)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "elsewhere").symlink_to(tmp_path / "d" / "f.txt")
    (tmp_path / "gone").symlink_to(tmp_path / "nothing")
    unfollowed = list(walk(tmp_path))
    assert _paths(unfollowed) == [tmp_path / "d" / "f.txt"]
    # not followed, but a loop or a link to nowhere is still said: a link elsewhere is simply not read
    reasons = {e.path.name: e.reason_en for e in _errors(unfollowed)}
    assert reasons == {
        "loop": "symlink loop (points at a folder above it)",
        "self": "symlink loop",
        "gone": "dangling symlink",
    }
    found = list(walk(tmp_path, follow_symlinks=True))
    assert _paths(found) == [tmp_path / "d" / "f.txt", tmp_path / "elsewhere"]
    reasons = {e.path.name: e.reason_en for e in _errors(found)}
    assert reasons["loop"].startswith("symlink loop")
    assert reasons["self"].startswith("symlink loop")
    assert all("循環" in e.reason_ja for e in _errors(found) if e.path.name != "gone")


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "人事"
    locked.mkdir()
    (tmp_path / "ok.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(walk(tmp_path))
    assert _paths(found) == [tmp_path / "ok.txt"]
    [error] = _errors(found)
    assert (error.path, error.reason_en) == (locked, "permission denied")
    assert error.location.endswith("/人事")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, so file modes cannot deny it")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("山田")
    locked.chmod(0)
    secret.chmod(0)
    try:
        assert [e.reason_en for e in _errors(list(walk(tmp_path)))] == ["permission denied"]
        _, errors = read(secret)
        assert errors[0].reason_en.startswith("permission denied")
    finally:
        locked.chmod(0o700)


def test_file_that_vanishes_between_walk_and_read(tmp_path: Path) -> None:
    (tmp_path / "gone.csv").write_text("a,b\n")
    [path] = list(walk(tmp_path))
    path.unlink()
    reads, errors = read(path)
    assert reads == []
    assert errors == [ItemError(path.as_uri(), errors[0].reason_ja, "file not found", path)]
    assert "見つかりません" in errors[0].reason_ja


def test_folder_that_vanishes_during_the_walk(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").write_text("x")
    found: list[Path | WalkError] = []
    for entry in walk(tmp_path):
        found.append(entry)
        if entry == tmp_path / "a" / "x.txt":
            (tmp_path / "b" / "y.txt").unlink()
            (tmp_path / "b").rmdir()
    assert _paths(found) == [tmp_path / "a" / "x.txt"]
    assert [(e.path.name, e.reason_en) for e in _errors(found)] == [("b", "vanished during the walk")]


def test_cp932_file_name_on_disk(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/" + "顧客 一覧#1.csv".encode("cp932")
    with open(raw, "wb") as handle:
        handle.write("氏名,電話\n山田,090-1234-5678\n".encode("cp932"))
    [path] = list(walk(tmp_path))
    assert os.fsencode(path) == raw
    got = only(path)
    expected_name = "".join(f"%{b:02X}" if b >= 0x80 else chr(b) for b in "顧客 一覧#1.csv".encode("cp932"))
    expected_name = expected_name.replace(" ", "%20").replace("#", "%23")
    assert got.item.location == f"file://{os.fsdecode(os.fsencode(tmp_path))}/{expected_name}"
    assert [r.cells for r in got.rows] == [["山田", "090-1234-5678"]]
