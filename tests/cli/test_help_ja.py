"""Help pages and usage errors speak Japanese, and `mamori --help` does not load the scanners."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.cli.help_ja import usage_error_text
from mamori.cli.lazy import COMMANDS, load_command

ENGLISH_LEFTOVERS = ("Show this message and exit", "<bool>", "<list[str]>", "<str>", "[required]", "Usage:")


@pytest.mark.parametrize(
    "args", [["--help"], *([name, "--help"] for name in COMMANDS), ["incident", "assess", "--help"]]
)
def test_every_help_page_is_japanese_without_python_type_names(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "使い方: mamori" in result.output
    assert "このヘルプを表示して終了する。" in result.output
    for leftover in ENGLISH_LEFTOVERS:
        assert leftover not in result.output, (args, leftover)


def test_the_top_level_help_lists_each_command_with_its_own_first_line() -> None:
    result = CliRunner().invoke(app, ["--help"])
    for name, entry in COMMANDS.items():
        command = load_command(name)
        assert command is not None and command.help is not None
        assert command.help.startswith(entry.summary), name
        assert f"{name}  " in result.output


def test_an_unknown_option_is_named_with_the_likely_one() -> None:
    result = CliRunner().invoke(app, ["scan", "--fulll", "x"])
    assert result.exit_code == 2
    assert "エラー: オプション --fulll はありません。（--full のことですか？）" in result.output
    assert "詳しくは 'mamori scan --help' を参照してください。" in result.output


def test_a_value_out_of_range_says_what_is_allowed() -> None:
    result = CliRunner().invoke(app, ["scan", "--top", "0", "x"])
    assert result.exit_code == 2
    assert "'--top' の値が正しくありません: 1 以上を指定してください" in result.output


def test_an_unknown_command_and_a_missing_argument_exit_2_in_japanese() -> None:
    unknown = CliRunner().invoke(app, ["scna"])
    missing = CliRunner().invoke(app, ["scan"])
    assert unknown.exit_code == missing.exit_code == 2
    assert "コマンド 'scna' はありません。" in unknown.output
    assert "引数 TARGETS を指定してください。" in missing.output


def test_a_message_outside_the_table_is_shown_as_it_is() -> None:
    assert usage_error_text("Something new from click.") == "Something new from click."


def test_the_top_level_help_does_not_import_the_scanners() -> None:
    code = (
        "import sys\nfrom mamori.cli.entry import main\nsys.argv = ['mamori', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('mamori.scan', 'mamori.detect', 'sqlalchemy', 'sudachipy')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
