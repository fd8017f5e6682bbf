"""The Japanese HTML report of `mamori check`: a summary a manager reads in five minutes (verdicts, the
plan with yen, owners and due dates) and, below it, every finding with its asset and guideline section
for an auditor to trace. Rendered from `templates/check.html.j2`."""

from __future__ import annotations

from pathlib import Path

from mamori.controls import CheckResult
from mamori.controls.evidence import RULES
from mamori.controls.measures import GUIDELINE, measure_for_rule
from mamori.controls.result import VERDICT_JA
from mamori.mask.atomic import write_private
from mamori.report.templating import HtmlTemplate, _environment, _package_loader, render_template

CHECK_TEMPLATE = "check.html.j2"


def check_context(result: CheckResult) -> dict[str, object]:
    """The variables the template sees: plain values, already in Japanese."""
    return {
        "guideline": GUIDELINE,
        "result": result.to_dict(),
        "verdict_ja": VERDICT_JA,
        "findings": [
            {**c.to_dict(), "rule_ja": RULES[c.rule], "citation": measure_for_rule(c.rule).citation}
            for c in sorted(result.contradictions, key=lambda c: (-c.jnsa_yen, c.rule, c.asset))
        ],
    }


def render_check_html(result: CheckResult) -> str:
    template = HtmlTemplate(_environment(_package_loader()).get_template(CHECK_TEMPLATE))
    return render_template(template, check_context(result))


def write_check_html(result: CheckResult, path: Path) -> None:
    write_private(path, render_check_html(result).encode("utf-8"))
