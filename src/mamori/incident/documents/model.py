"""A format-neutral document: headings, paragraphs, bullet lists and tables, rendered to md, html or docx."""

from __future__ import annotations

from dataclasses import dataclass

# Marks what the facts do not say yet, so the user sees at a glance what to fill in.
UNKNOWN = "【未確定】"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | Bullets | Table


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    blocks: tuple[Block, ...]
    # Who issues the document (the facts' organisation); "" when drafted without one.
    organisation: str = ""

    def text(self) -> str:
        """Every string in the document, for searching (tests, previews)."""
        parts = [self.title]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                parts.append(block.text)
            elif isinstance(block, Bullets):
                parts.extend(block.items)
            else:
                parts.extend(block.header)
                parts.extend(cell for row in block.rows for cell in row)
        return "\n".join(parts)
