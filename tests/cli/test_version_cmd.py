"""`mamori --version` says which version runs and whether its hot path is compiled."""

from __future__ import annotations

from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.native import is_compiled


def test_version_names_the_package_version_and_whether_the_hot_path_is_compiled() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    first, second = result.output.splitlines()
    assert first.startswith("mamori 0.")
    compiled = is_compiled("mamori.detect.numbers")
    expected = "有効（mypyc でコンパイル済み）" if compiled else "無効（Python のまま実行中。"
    assert second.startswith(f"高速化モジュール: {expected}")
