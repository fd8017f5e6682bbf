"""SARIF 2.1.0 for CI: one result per kind of personal data found in an asset; unreadable items as
tool notifications. A CI job fails the build on `error` results (要配慮・特定個人情報 or a report trigger)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from mamori import __version__
from mamori.report.labels import type_label
from mamori.report.model import AssetView, ScanReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
GRAVE_TYPES = frozenset({"SENSITIVE", "MY_NUMBER", "CREDIT_CARD"})


def _level(asset: AssetView, code: str) -> str:
    if code in GRAVE_TYPES or asset.report_triggers:
        return "error"
    return "warning"


def _artifact(location: str) -> tuple[str, str | None]:
    base, _, fragment = location.partition("#")
    return base, (unquote(fragment) or None)


def report_sarif(report: ScanReport) -> dict[str, Any]:
    codes = sorted({f.type for a in report.assets for f in a.findings})
    rules = [
        {
            "id": code,
            "name": code.title().replace("_", ""),
            "shortDescription": {"text": f"{type_label(code)}を検出"},
            "helpUri": "https://www.ppc.go.jp/personalinfo/legal/",
        }
        for code in codes
    ]
    results: list[dict[str, Any]] = []
    for asset in report.assets:
        for finding in asset.findings:
            uri, fragment = _artifact(finding.location or asset.location)
            location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
            if fragment:
                location["logicalLocations"] = [{"fullyQualifiedName": fragment, "kind": "member"}]
            message = (
                f"{type_label(finding.type, finding.subtype)} {finding.count:,}件（例: {finding.preview}）。"
                f"資産の分類: {asset.appi_class or '—'}、本人の数: {asset.people:,}人"
            )
            results.append(
                {
                    "ruleId": finding.type,
                    "level": _level(asset, finding.type),
                    "message": {"text": message},
                    "locations": [location],
                    "properties": {
                        "count": finding.count,
                        "appiClass": asset.appi_class,
                        "people": asset.people,
                        "reportTriggersIfLeaked": list(asset.report_triggers),
                        "exposure": list(asset.exposure),
                    },
                }
            )
    notifications = [
        {
            "level": "warning",
            "message": {"text": asset.error or "読み取れませんでした"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _artifact(asset.location)[0]}}}],
        }
        for asset in report.errors
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "mamori",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": report.scan.status == "done",
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }
