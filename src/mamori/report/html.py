"""The self-contained HTML report: summary, charts (types by folder, people by asset), the asset table
with how each count and class was reached, and what could not be read.

Rendered with Jinja2 from `templates/report.html.j2`, or from a template the user gives
(`--html-template`); the variables a template sees are built in `html_context`.
"""

from __future__ import annotations

from pathlib import Path

from mamori.mask.atomic import write_private
from mamori.report.html_context import template_context
from mamori.report.model import ScanReport
from mamori.report.templating import HtmlTemplate, load_html_template, render_template


def render_html(report: ScanReport, template: HtmlTemplate | Path | None = None) -> str:
    """The report page; raises `ReportTemplateError` (Japanese message) when a user template fails."""
    loaded = template if isinstance(template, HtmlTemplate) else load_html_template(template)
    return render_template(loaded, template_context(report))


def write_html(report: ScanReport, path: Path, template: HtmlTemplate | Path | None = None) -> None:
    # Rendered in full before anything is written: a failing template leaves no half-written report.
    write_private(path, render_html(report, template).encode("utf-8"))
