"""Japanese help and usage errors for every `mamori` command.

Typer vendors click with English strings ("Show this message and exit.", "Missing argument", `<bool>`,
`<list[str]>`) and no translation hook for most of them, so the command classes here replace what a user
reads: the help option, the value placeholders, the section titles and the usage errors. Help is plain text
(not Rich panels): Rich truncates Japanese help in an 80-column terminal, plain text wraps it whole.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import typer
import typer.core
from typer import _click
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

HELP_OPTION_TEXT = "このヘルプを表示して終了する。"
USAGE_PREFIX = "使い方: "

_SECTION_AND_NOTES = {
    "Commands": "コマンド",
    "required": "必須",
    "default: {default}": "既定: {default}",
    "env var: {var}": "環境変数: {var}",
    "(dynamic)": "（実行時に決定）",
    "Aborted!": "中断しました。",
    "Missing command.": "コマンドを指定してください。",
    "No such command {name!r}.": "コマンド {name!r} はありません。",
}


def _translated(message: str) -> str:
    return _SECTION_AND_NOTES.get(message, message)


# typer.core looks its notes ([required], [default: …]) and a few messages up through gettext's `_` at
# call time; pointing that name at the table above is the one hook it offers, and it leaves every other
# gettext user untouched.
typer.core._ = _translated  # type: ignore[attr-defined]

_USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Missing argument '(?P<a>.+)'\.$"), "引数 {a} を指定してください。"),
    (re.compile(r"^Missing option '(?P<a>.+)'\.$"), "オプション {a} を指定してください。"),
    (re.compile(r"^Missing parameter: (?P<a>.+)$"), "{a} を指定してください。"),
    (re.compile(r"^No such option: (?P<a>\S+)"), "オプション {a} はありません。"),
    (re.compile(r"^No such command '(?P<a>.+)'\.$"), "コマンド {a} はありません。"),
    (re.compile(r"^Option '(?P<a>.+)' requires an argument\.$"), "オプション {a} には値が必要です。"),
    (
        re.compile(r"^Option '(?P<a>.+)' requires (?P<n>\d+) arguments\.$"),
        "オプション {a} には値が {n} 個必要です。",
    ),
    (re.compile(r"^Got unexpected extra arguments? \((?P<a>.+)\)$"), "余分な引数があります: {a}"),
    (re.compile(r"^Invalid value for (?P<a>.+?): (?P<b>.+)$", re.S), "{a} の値が正しくありません: {b}"),
    (re.compile(r"^Invalid value: (?P<b>.+)$", re.S), "値が正しくありません: {b}"),
)
_REQUIRED_BRACES = re.compile(r"^\{(.+)\}")
_DID_YOU_MEAN = re.compile(r"(?:Did you mean (?P<one>\S+?)\?|\(Possible options: (?P<some>.+)\))$")
# what a value's validation says (Typer validates through pydantic), as a user would be told it
_VALUE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Input should be greater than or equal to (?P<n>\S+)$"), "{n} 以上を指定してください"),
    (re.compile(r"^Input should be less than or equal to (?P<n>\S+)$"), "{n} 以下を指定してください"),
    (re.compile(r"^Input should be greater than (?P<n>\S+)$"), "{n} より大きい値を指定してください"),
    (re.compile(r"^Input should be a valid integer"), "整数を指定してください"),
    (re.compile(r"^Input should be a valid number"), "数値を指定してください"),
    (
        re.compile(r"^Value error, (?P<v>'.*') is not one of (?P<c>.+)\.$"),
        "{v} は指定できません（{c} のいずれか）",
    ),
)


def usage_error_text(message: str) -> str:
    """A click usage message in Japanese; a message not in the table is shown as it is, never lost."""
    for pattern, japanese in _USAGE_ERRORS:
        match = pattern.match(message.strip())
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        if "b" in groups:
            groups["b"] = _value_text(groups["b"])
        text = japanese.format(**groups)
        hint = _DID_YOU_MEAN.search(message)
        return f"{text}（{hint['one'] or hint['some']} のことですか？）" if hint else text
    return message


def _value_text(detail: str) -> str:
    for pattern, japanese in _VALUE_ERRORS:
        match = pattern.match(detail.strip())
        if match is not None:
            return japanese.format(**match.groupdict())
    return detail


def _metavar(param: TyperOption | TyperArgument) -> str | None:
    """A placeholder a user reads as a kind of value (PATH, N, TEXT), not Python's type (`<list[str]>`)."""
    if isinstance(param, TyperOption) and (param.is_flag or param.count):
        return None
    descriptor = param.type_descriptor
    if descriptor.is_choice:
        label = "|".join(str(choice) for choice in descriptor.choices or ())
    elif descriptor.is_path:
        label = "PATH"
    elif descriptor.is_ranged or descriptor.annotation in (int, float):
        label = "N"
    elif isinstance(param, TyperArgument):
        label = (param.name or "value").upper()
    else:
        label = "TEXT"
    return label


def _localise(params: Sequence[_click.Parameter]) -> None:
    for param in params:
        if isinstance(param, (TyperOption, TyperArgument)) and param.metavar is None:
            param.metavar = _metavar(param)
        if isinstance(param, TyperOption) and param.help == "Show this message and exit.":
            param.help = HELP_OPTION_TEXT


class _Japanese:
    """What both command kinds change: parameters as a user reads them, and the usage line."""

    def get_params(self, ctx: _click.Context) -> list[_click.Parameter]:
        params: list[_click.Parameter] = super().get_params(ctx)  # type: ignore[misc]
        _localise(params)
        return params

    def format_usage(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        # Typer writes a required argument as `{PATH}`; a man page's `PATH` is what users know
        pieces = [_REQUIRED_BRACES.sub(r"\1", p) for p in self.collect_usage_pieces(ctx)]  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)

    def format_options(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if isinstance(param, TyperArgument):  # its name is its placeholder: no `<list[str]>` after it
                arguments.append((param.display_name_raw + ("..." if param.nargs != 1 else ""), record[1]))
            else:
                options.append(record)
        for title, rows in (("引数", arguments), ("オプション", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        if isinstance(self, TyperGroup):
            self.format_commands(ctx, formatter)


class JapaneseCommand(_Japanese, TyperCommand):
    pass


class JapaneseGroup(_Japanese, TyperGroup):
    """The group that runs a command line: usage errors in Japanese, with the usage line and a hint."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        run = (args, prog_name, complete_var)
        if not standalone_mode:
            return super().main(*run, standalone_mode=False, windows_expand_args=windows_expand_args, **extra)
        try:
            outcome = super().main(
                *run, standalone_mode=False, windows_expand_args=windows_expand_args, **extra
            )
        except _click.exceptions.NoArgsIsHelpError as error:  # a bare `mamori`: its help, not an error
            typer.echo(error.format_message())
            sys.exit(error.exit_code)
        except _click.exceptions.UsageError as error:
            _show_usage_error(error)
        except _click.exceptions.ClickException as error:
            _fail(usage_error_text(error.format_message()), error.exit_code)
        except typer.Abort:
            _fail("中断しました。", 130)
        sys.exit(outcome if isinstance(outcome, int) else 0)


def _show_usage_error(error: _click.exceptions.UsageError) -> NoReturn:
    ctx = error.ctx
    if ctx is not None:
        typer.echo(ctx.get_usage(), err=True)
        typer.echo(f"詳しくは '{ctx.command_path} --help' を参照してください。", err=True)
    _fail(usage_error_text(error.format_message()), error.exit_code)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"エラー: {message}", err=True)
    sys.exit(code)


class JapaneseTyper(typer.Typer):
    """A Typer whose commands and groups speak Japanese; every `mamori` app is one."""

    def __init__(self, *, cls: type[TyperGroup] = JapaneseGroup, **kwargs: Any) -> None:
        kwargs.setdefault("add_completion", False)
        kwargs.setdefault("rich_markup_mode", None)
        super().__init__(cls=cls, **kwargs)

    def command(  # type: ignore[override]
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        return super().command(name, cls=cls or JapaneseCommand, **kwargs)
