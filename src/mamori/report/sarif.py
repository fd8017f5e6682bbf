"""SARIF 2.1.0 for CI: one result per kind of personal data found in an asset; unreadable items as
tool notifications. A CI job fails the build on `error` results (要配慮・特定個人情報 or a report trigger)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from mamori import __version__
from mamori.report.labels import type_label
from mamori.report.model import AssetView, ScanReport
from mamori.sources.location import file_uri

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
_LINE = re.compile(r"(?:^|&)(?:line|row)=([0-9]+)")
GRAVE_TYPES = frozenset({"SENSITIVE", "MY_NUMBER", "CREDIT_CARD"})


def _level(asset: AssetView, code: str) -> str:
    if code in GRAVE_TYPES or asset.report_triggers:
        return "error"
    return "warning"


def _artifact(location: str) -> tuple[str, str | None]:
    base, _, fragment = location.partition("#")
    return base, (unquote(fragment) or None)


def _roots(report: ScanReport) -> dict[str, str]:
    """The scanned folders as file URIs ending in `/` with their base ids (`%SRCROOT%` for one scanned
    folder, `ROOT1`, `ROOT2` … for several), longest first: a file is placed under its own."""
    uris = [file_uri(Path(r)).rstrip("/") + "/" for r in report.scan.roots if r.startswith("/")]
    ids = [ROOT_ID] if len(uris) == 1 else [f"ROOT{i}" for i in range(1, len(uris) + 1)]
    return dict(sorted(zip(uris, ids, strict=True), key=lambda pair: len(pair[0]), reverse=True))


def _physical(location: str, roots: dict[str, str]) -> tuple[dict[str, Any], str | None]:
    """Where a finding is as code scanning places it: a path relative to the scanned folder (its base
    id), and the line (`line=N`, or a CSV's `row=N`) as a region."""
    uri, fragment = _artifact(location)
    artifact: dict[str, Any] = {"uri": uri}
    for root, base in roots.items():
        if uri.startswith(root):
            artifact = {"uri": uri[len(root) :], "uriBaseId": base}
            break
    physical: dict[str, Any] = {"artifactLocation": artifact}
    line = _LINE.search(fragment or "")
    if line is not None and int(line.group(1)) >= 1:
        physical["region"] = {"startLine": int(line.group(1))}
    return physical, fragment


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
    roots = _roots(report)
    for asset in report.assets:
        for finding in asset.findings:
            physical, fragment = _physical(finding.location or asset.location, roots)
            location: dict[str, Any] = {"physicalLocation": physical}
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
            "locations": [{"physicalLocation": _physical(asset.location, roots)[0]}],
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
                "originalUriBaseIds": {base: {"uri": root} for root, base in roots.items()},
            }
        ],
    }
