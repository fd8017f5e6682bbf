"""The JSON report: the scan and every asset, with findings as masked previews (values only on request)."""

from __future__ import annotations

from typing import Any

from mamori.report.model import AssetView, ScanReport

FORMAT_VERSION = 1


def _asset(asset: AssetView) -> dict[str, Any]:
    return {
        "location": asset.location,
        "kind": asset.kind,
        "state": asset.state,
        "error": asset.error,
        "size": asset.size,
        "modified": asset.modified.isoformat() if asset.modified else None,
        "owner": asset.owner,
        "appi_class": asset.appi_class if asset.personal else None,
        "sensitive": asset.sensitive,
        "people": asset.people,
        "people_method": asset.people_method,
        "report_triggers_if_leaked": list(asset.report_triggers),
        "jnsa_yen": asset.jnsa_yen,
        "exposure": list(asset.exposure),
        "columns": [c.line for c in asset.columns if c.holds],
        "column_decisions": [c.to_dict() for c in asset.columns],
        "readers": list(asset.readers),
        "types": asset.types,
        "explanation": asset.explanation,
        "findings": [
            {
                "type": f.type,
                "subtype": f.subtype,
                "count": f.count,
                "preview": f.preview,
                "location": f.location,
                **({"value": f.value} if f.value is not None else {}),
            }
            for f in asset.findings
        ],
    }


def report_dict(report: ScanReport) -> dict[str, Any]:
    scan = report.scan
    return {
        "format_version": FORMAT_VERSION,
        "scan": {
            "id": scan.id,
            "status": scan.status,
            "started_at": scan.started_at.isoformat(),
            "finished_at": scan.finished_at.isoformat() if scan.finished_at else None,
            "roots": list(scan.roots),
            "counts": scan.counts,
        },
        "ledger": report.database,
        "people": report.people,
        "people_explanation": report.people_explanation,
        "types": dict(report.type_totals),
        "appi_classes": dict(report.class_counts()),
        "assets": [_asset(a) for a in report.assets],
    }
