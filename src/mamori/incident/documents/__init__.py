"""Japanese drafts built from an incident's facts and its assessment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from mamori.incident.assessment import Assessment
from mamori.incident.documents import letters, police, ppc_report, public
from mamori.incident.documents.model import UNKNOWN, Document
from mamori.incident.documents.render import to_html, to_markdown
from mamori.incident.documents.word import DocxTemplateError, to_docx
from mamori.incident.facts import IncidentFacts

Builder = Callable[[IncidentFacts, Assessment], Document]

DOCUMENT_KINDS: dict[str, Builder] = {
    "ppc-report": ppc_report.build,
    "notice": letters.build_notice,
    "apology": letters.build_apology,
    "public": public.build,
    "police": police.build,
}


def draft(kind: str, facts: IncidentFacts, assessment: Assessment) -> Document:
    """Build the document `kind` (one of DOCUMENT_KINDS); raises KeyError for an unknown kind."""
    # The organisation signs every draft: the Word file names it as its author.
    return replace(DOCUMENT_KINDS[kind](facts, assessment), organisation=facts.organisation.name)


__all__ = [
    "DOCUMENT_KINDS",
    "UNKNOWN",
    "Document",
    "DocxTemplateError",
    "draft",
    "to_docx",
    "to_html",
    "to_markdown",
]
