"""Jinja2 for the HTML report: the packaged template, or one the user gives (their letterhead, their words).

Autoescape is always on, whatever the template's file name: file names and column headers come from the
scanned drive and may hold markup. StrictUndefined turns a misspelt variable into an error instead of a
silently empty cell. The environment is sandboxed: a template on a shared drive is not trusted to run code.
A user template can `{% extends "mamori/report.html.j2" %}` and replace only the blocks it cares about.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

# Jinja2 is imported where a report is rendered, not here: every command loads this package, and the
# import costs about 50 ms of start-up that only `--html` needs.
if TYPE_CHECKING:
    from jinja2 import BaseLoader, PackageLoader, Template
    from jinja2.sandbox import SandboxedEnvironment

PACKAGE_TEMPLATE = "report.html.j2"
# The name under which a user template reaches the packaged one (to extend it or include its parts).
PACKAGE_PREFIX = "mamori"
# Where an installed copy shows every variable in use: the packaged template itself (the docs folder
# is not installed).
PACKAGED_PATH = Path(__file__).parent / "templates" / PACKAGE_TEMPLATE


class ReportTemplateError(Exception):
    """A user's report template that cannot be read or rendered; `str(error)` is the Japanese message."""


@dataclass(frozen=True)
class HtmlTemplate:
    template: Template
    # None for the packaged template: its failures are mamori's bugs and keep their traceback.
    source: Path | None = None


def _num(value: int | float) -> str:
    return f"{value:,}"


def _nl2br(text: str) -> Markup:
    return escape(text).replace("\n", Markup("<br>"))


def _environment(loader: BaseLoader) -> SandboxedEnvironment:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=loader, autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["num"] = _num
    env.filters["nl2br"] = _nl2br
    return env


def _package_loader() -> PackageLoader:
    from jinja2 import PackageLoader

    return PackageLoader("mamori.report", "templates")


def load_html_template(path: Path | None = None) -> HtmlTemplate:
    """The packaged template, or the user's file at `path`, compiled (a syntax error is found here)."""
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader

    if path is None:
        return HtmlTemplate(_environment(_package_loader()).get_template(PACKAGE_TEMPLATE))
    if not path.exists():
        raise ReportTemplateError(f"HTMLテンプレート {path} が見つかりません")
    if not path.is_file():
        raise ReportTemplateError(f"HTMLテンプレート {path} はファイルではありません")
    # The template's own folder comes first, so that it can include or extend its neighbours.
    folder = path.resolve().parent
    loader = ChoiceLoader([FileSystemLoader(folder), PrefixLoader({PACKAGE_PREFIX: _package_loader()})])
    try:
        template = _environment(loader).get_template(path.name)
    except Exception as exc:
        raise _explain(exc, path) from None
    return HtmlTemplate(template, path)


def render_template(template: HtmlTemplate, context: dict[str, Any]) -> str:
    if template.source is None:
        return template.template.render(context)
    try:
        return template.template.render(context)
    except Exception as exc:
        # A user's template may fail in any way Python can; the user gets a sentence, not a traceback.
        raise _explain(exc, template.source) from None


def _explain(exc: Exception, path: Path) -> ReportTemplateError:
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    where = _where(exc, path)
    if isinstance(exc, TemplateSyntaxError):
        return ReportTemplateError(f"HTMLテンプレート {where}に構文の誤りがあります（{exc.message}）")
    if isinstance(exc, TemplateNotFound):
        return ReportTemplateError(
            f"HTMLテンプレート {where}で読み込むテンプレート {exc.name} が見つかりません"
        )
    if isinstance(exc, UndefinedError):
        return ReportTemplateError(
            f"HTMLテンプレート {where}で定義されていない変数を使っています（{exc.message}）。"
            f"使える変数は同梱のテンプレート {PACKAGED_PATH} と docs/reports.md を参照してください"
        )
    if isinstance(exc, SecurityError):
        return ReportTemplateError(f"HTMLテンプレート {where}で許可されていない操作をしています（{exc}）")
    if isinstance(exc, UnicodeDecodeError):
        return ReportTemplateError(f"HTMLテンプレート {where}を UTF-8 のテキストとして読めません")
    if isinstance(exc, OSError):
        return ReportTemplateError(f"HTMLテンプレート {where}を読めません（{exc.strerror or exc}）")
    return ReportTemplateError(f"HTMLテンプレート {where}で報告書を作れません（{type(exc).__name__}: {exc}）")


def _where(exc: Exception, path: Path) -> str:
    """`report.html の 12 行目` when the line is known: the file may be the user's or one it includes."""
    from jinja2 import TemplateSyntaxError

    if isinstance(exc, TemplateSyntaxError) and exc.lineno:
        return f"{exc.filename or path} の {exc.lineno} 行目"
    # Jinja rewrites tracebacks so that template lines appear as frames of the template file.
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.endswith(".py")]
    if frames and frames[-1].lineno:
        return f"{frames[-1].filename} の {frames[-1].lineno} 行目"
    return f"{path} "
