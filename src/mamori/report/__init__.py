"""Renderers of a scan read back from the ledger: terminal (Rich), JSON, HTML (Jinja2), SARIF, XLSX 台帳.

Knows nothing of detection: `build_report(ledger, scan_id)` gives the `ScanReport` every renderer takes.
"""

from mamori.report.html import render_html, write_html
from mamori.report.json import report_dict
from mamori.report.model import AssetView, ScanReport, asset_view, build_report
from mamori.report.sarif import report_sarif
from mamori.report.templating import HtmlTemplate, ReportTemplateError, load_html_template
from mamori.report.terminal import render_terminal
from mamori.report.xlsx import write_xlsx, xlsx_bytes

__all__ = [
    "AssetView",
    "HtmlTemplate",
    "ReportTemplateError",
    "ScanReport",
    "asset_view",
    "build_report",
    "load_html_template",
    "render_html",
    "render_terminal",
    "report_dict",
    "report_sarif",
    "write_html",
    "write_xlsx",
    "xlsx_bytes",
]
