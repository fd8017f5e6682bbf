"""The APPI as data: categories of information, report triggers, deadlines, notices and penalties.

Every rule carries the article it rests on. Knows nothing of files or yen.
"""

from mamori.law.citation import Citation
from mamori.law.deadlines import FinalDeadline, closed_day_reason, final_report_deadline, next_open_day
from mamori.law.items import ITEM_KINDS, SENSITIVE_SUBTYPES, AppiCategory, item_name_ja
from mamori.law.triggers import TRIGGERS, Trigger

__all__ = [
    "ITEM_KINDS",
    "SENSITIVE_SUBTYPES",
    "TRIGGERS",
    "AppiCategory",
    "Citation",
    "FinalDeadline",
    "Trigger",
    "closed_day_reason",
    "final_report_deadline",
    "item_name_ja",
    "next_open_day",
]
