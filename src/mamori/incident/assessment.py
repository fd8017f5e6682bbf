"""The result of triage: what the law requires, by when, and what the incident may cost.

`Assessment.to_dict()` is the JSON contract of `mamori incident assess --json`; its key names are fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mamori.law.citation import Citation
from mamori.risk.compensation import CompensationEstimate
from mamori.risk.jnsa import JnsaEstimate


@dataclass(frozen=True)
class Exemption:
    code: str  # e.g. "high_grade_encryption"
    reason_ja: str
    citation: Citation

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "reason": self.reason_ja, "article": self.citation.ref}


@dataclass(frozen=True)
class PreliminaryReport:
    required: bool
    target_from: date | None
    target_to: date | None

    def to_dict(self) -> dict[str, object]:
        return {
            "required": self.required,
            "target_from": _iso(self.target_from),
            "target_to": _iso(self.target_to),
            "basis": "規則8条1項「速やかに」; ガイドライン通則編3-5-3-3「概ね3～5日以内」（目安）",
        }


@dataclass(frozen=True)
class FinalReport:
    required: bool
    days: int | None
    due_date: date | None
    nominal_last_day: date | None = None
    moved_because: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "required": self.required,
            "days": self.days,
            "due_date": _iso(self.due_date),
            "nominal_last_day": _iso(self.nominal_last_day),
            "moved_because": list(self.moved_because),
            "basis": "規則8条2項; ガイドライン通則編3-5-3"
            "-4（知った日を1日目とし、末日が行政機関の休日なら翌開庁日）",
        }


@dataclass(frozen=True)
class IndividualNotice:
    required: bool
    items: tuple[str, ...]
    exception: str
    timing: str

    def to_dict(self) -> dict[str, object]:
        return {
            "required": self.required,
            "items": list(self.items),
            "exception": self.exception,
            "timing": self.timing,
        }


@dataclass(frozen=True)
class Penalty:
    article: str
    what: str
    sanction: str

    def to_dict(self) -> dict[str, str]:
        return {"article": self.article, "what": self.what, "sanction": self.sanction}


@dataclass(frozen=True)
class Assessment:
    title: str
    event: str  # leak | loss | damage | none
    certainty: str  # confirmed | possible
    event_reasons: tuple[str, ...]
    people_counted: int
    report_required: bool
    triggers: tuple[str, ...]
    trigger_reasons: dict[str, str]
    exemptions: tuple[Exemption, ...]
    preliminary_report: PreliminaryReport
    final_report: FinalReport
    individual_notice: IndividualNotice
    jnsa: JnsaEstimate
    compensation: CompensationEstimate
    penalties: tuple[Penalty, ...]
    citations: tuple[Citation, ...]
    report_to: str
    duty_notes: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "event": self.event,
            "certainty": self.certainty,
            "event_reasons": list(self.event_reasons),
            "people_counted": self.people_counted,
            "report_required": self.report_required,
            "report_to": self.report_to,
            "triggers": list(self.triggers),
            "trigger_reasons": dict(self.trigger_reasons),
            "exemptions": [e.to_dict() for e in self.exemptions],
            "duty_notes": list(self.duty_notes),
            "preliminary_report": self.preliminary_report.to_dict(),
            "final_report": self.final_report.to_dict(),
            "individual_notice": self.individual_notice.to_dict(),
            "jnsa": self.jnsa.to_dict(),
            "compensation": self.compensation.to_dict(),
            "penalties": [p.to_dict() for p in self.penalties],
            "citations": [c.to_dict() for c in self.citations],
            "assumptions": list(self.assumptions),
            "warnings": list(self.warnings),
            "next_steps": list(self.next_steps),
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
