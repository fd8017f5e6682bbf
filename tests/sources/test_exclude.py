"""A walk leaves out version-control folders, `.gitignore`d paths and `--exclude` patterns."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.sources import walk
from mamori.sources.exclude import exclusions

runner = CliRunner()


def _checkout(root: Path) -> Path:
    for rel, text in {
        "docs/顧客.csv": "氏名,電話\n山田 太郎,090-1234-5678\n",
        ".git/objects/ab/cdef": "packed history",
        "build/out.csv": "氏名,電話\n佐藤 花子,090-2222-3333\n",
        "tmp/dump.sql": "INSERT INTO c VALUES ('鈴木 一郎','090-4444-5555');\n",
        "notes.txt": "メモ",
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / ".gitignore").write_text("build/\n*.log\n", encoding="utf-8")
    return root


def _names(root: Path, patterns: tuple[str, ...] = (), *, gitignore: bool = True) -> set[str]:
    found = walk(root, exclude=exclusions(patterns, gitignore=gitignore))
    return {p.relative_to(root).as_posix() for p in found if isinstance(p, Path)}


def test_version_control_gitignore_and_patterns_are_left_out(tmp_path: Path) -> None:
    root = _checkout(tmp_path / "repo")
    assert _names(root) == {".gitignore", "docs/顧客.csv", "notes.txt", "tmp/dump.sql"}
    assert _names(root, ("tmp/", "*.txt")) == {".gitignore", "docs/顧客.csv"}
    assert "build/out.csv" in _names(root, gitignore=False)


def test_scan_exclude_and_no_gitignore(tmp_path: Path) -> None:
    root = _checkout(tmp_path / "repo")
    db = str(tmp_path / "l.db")
    args = ["scan", str(root), "--db", db, "--fast", "--workers", "1", "--json"]
    default = runner.invoke(app, [*args, "--exclude", "tmp/"], env={"MAMORI_HOME": str(tmp_path / "h")})
    assert default.exit_code == 0, default.output
    assert (
        ".git/" not in default.stdout
        and "build/out.csv" not in default.stdout
        and "dump.sql" not in default.stdout
    )
    everything = runner.invoke(
        app, [*args, "--full", "--no-gitignore"], env={"MAMORI_HOME": str(tmp_path / "h")}
    )
    assert "build/out.csv" in everything.stdout and ".git/" not in everything.stdout
