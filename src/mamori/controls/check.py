"""One self-assessment: answers joined with the evidence of the latest scan and the incidents, the plan,
the change since the previous run; stored in the ledger."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mamori.controls.answers import AnswerSheet
from mamori.controls.evidence import Contradiction, evaluate
from mamori.controls.inventory import incidents_from_files, incidents_from_ledger, scanned_assets
from mamori.controls.measures import GUIDELINE
from mamori.controls.plan import Action, PlanChange, build_plan, compare
from mamori.controls.result import MeasureStatus, statuses
from mamori.ledger import Ledger, NewControlCheck, NotFoundError


@dataclass(frozen=True)
class CheckResult:
    sheet: AnswerSheet
    scan_id: int | None
    scan_roots: tuple[str, ...]
    measures: tuple[MeasureStatus, ...]
    contradictions: tuple[Contradiction, ...]
    plan: tuple[Action, ...]
    change: PlanChange | None
    check_id: int | None = None
    created_at: datetime | None = None

    @property
    def exposed_yen(self) -> int:
        return sum(a.jnsa_yen for a in self.plan)

    def counts(self) -> dict[str, int]:
        out = {
            "measures": len(self.measures),
            "contradictions": len(self.contradictions),
            "actions": len(self.plan),
        }
        for verdict in ("ok", "contradicted", "open", "na"):
            out[verdict] = sum(1 for s in self.measures if s.verdict == verdict)
        return out

    def to_dict(self) -> dict[str, object]:
        return {
            "check": self.check_id,
            "guideline": GUIDELINE,
            "answerer": self.sheet.answerer,
            "answered_on": self.sheet.answered_on.isoformat(),
            "small_business": self.sheet.small_business,
            "policy": self.sheet.policy.to_dict(),
            "scan": self.scan_id,
            "scan_roots": list(self.scan_roots),
            "counts": self.counts(),
            "exposed_jnsa_yen": self.exposed_yen,
            "measures": [s.to_dict() for s in self.measures],
            "findings": [c.to_dict() for c in self.contradictions],
            "plan": [a.to_dict() for a in self.plan],
            "change": None if self.change is None else self.change.to_dict(),
        }


def _scan_id(ledger: Ledger, scan_id: int | None) -> int | None:
    if scan_id is not None:
        ledger.scans.get(scan_id)  # NotFoundError (Japanese) for a scan the ledger does not hold
        return scan_id
    latest = ledger.scans.latest()
    return None if latest is None else latest.id


def run_check(
    ledger: Ledger,
    sheet: AnswerSheet,
    *,
    scan_id: int | None = None,
    incident_files: Sequence[Path] = (),
    save: bool = True,
    now_ns: int | None = None,
) -> CheckResult:
    """Join `sheet` with the evidence of scan `scan_id` (the latest finished scan when None), the ledger's
    incidents and `incident_files`; store it (unless `save` is false) and compare with the previous run.
    Raises NotFoundError for a scan that is not in the ledger, IncidentFileError for an unreadable file."""
    chosen = _scan_id(ledger, scan_id)
    assets = scanned_assets(ledger, chosen) if chosen is not None else []
    roots = ledger.scans.get(chosen).roots if chosen is not None else ()
    incidents = incidents_from_ledger(ledger.incidents.all()) + incidents_from_files(incident_files)
    found = evaluate(assets, incidents, sheet.policy, now_ns)
    measured = statuses(sheet, found)
    plan = build_plan(sheet, found, measured)
    previous = ledger.checks.latest()
    change = None
    if previous is not None:
        before = previous.result.get("plan") or []
        change = compare(previous.id, previous.answered_on, [a for a in before if isinstance(a, dict)], plan)
    result = CheckResult(sheet, chosen, roots, tuple(measured), tuple(found), tuple(plan), change)
    if not save:
        return result
    stored = ledger.checks.add(
        NewControlCheck(sheet.answered_on, sheet.answerer, sheet.to_dict(), result.to_dict(), chosen)
    )
    return CheckResult(
        sheet, chosen, roots, tuple(measured), tuple(found), tuple(plan), change, stored.id, stored.created_at
    )


__all__ = ["CheckResult", "NotFoundError", "run_check"]
