"""`mamori guide`: answers to the questions organisations ask about personal information and leaks.

The answers are data (`entries.toml`), each citing its article or source; a question is matched to them by
character-bigram BM25 (`search`), with no language model.
"""

from __future__ import annotations

from mamori.guide.answer import GuideAnswer, GuideNote, ask
from mamori.guide.entries import GuideEntry, load_entries

__all__ = ["GuideAnswer", "GuideEntry", "GuideNote", "ask", "load_entries"]
