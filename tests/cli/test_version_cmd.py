"""`mamori --version` says which version runs and whether its hot path is compiled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

import mamori
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


def test_python_dash_m_mamori_is_the_same_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mamori", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("mamori 0.")


def test_the_package_says_it_is_typed() -> None:
    assert (Path(mamori.__file__).parent / "py.typed").is_file()


def test_version_is_answered_without_loading_the_commands() -> None:
    code = (
        "import sys; sys.argv = ['mamori', '--version']; from mamori.cli.entry import main; main(); "
        "print('loaded' if 'mamori.cli.app' in sys.modules or 'mamori.scan.run' in sys.modules else 'light')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "light"


def test_guide_answers_without_loading_the_other_commands() -> None:
    code = (
        "import sys; sys.argv = ['mamori', 'guide', 'IPアドレスは個人情報ですか', '--json']\n"
        "from mamori.cli.entry import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'mamori.scan.run', 'mamori.cli.scan_cmd', 'mamori.report.xlsx'} & set(sys.modules)\n"
        "print('loaded' if heavy else 'light')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert '"id": "ip-personal-info"' in result.stdout
    assert result.stdout.splitlines()[-1] == "light"
