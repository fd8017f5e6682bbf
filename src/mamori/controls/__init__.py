"""`mamori check`: the 安全管理措置 of the PPC guideline (通則編 10-1〜10-7) as a checklist, answered by the
organisation and checked against what the scans found, with a plan ranked by the yen each action saves.

The checklist is data (`measures.toml`); evidence rules (`evidence`) read the ledger's assets through
`inventory`; `check.run_check` joins answers, evidence and plan and stores the run in the ledger.
"""

from mamori.controls.answers import (
    Answer,
    AnswersError,
    AnswerSheet,
    Policy,
    load_answers,
    load_policy,
    sheet_from_mapping,
)
from mamori.controls.check import CheckResult, run_check
from mamori.controls.evidence import RULES, Contradiction, evaluate
from mamori.controls.inventory import IncidentFileError, IncidentRecord, ScannedAsset
from mamori.controls.measures import Measure, measures
from mamori.controls.plan import Action, PlanChange

__all__ = [
    "RULES",
    "Action",
    "Answer",
    "AnswerSheet",
    "AnswersError",
    "CheckResult",
    "Contradiction",
    "IncidentFileError",
    "IncidentRecord",
    "Measure",
    "PlanChange",
    "Policy",
    "ScannedAsset",
    "evaluate",
    "load_answers",
    "load_policy",
    "measures",
    "run_check",
    "sheet_from_mapping",
]
