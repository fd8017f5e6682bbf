"""Where data lives: enumerate items and stream their text with locations.

Knows nothing of what is personal. `walk` finds the files under folders; `iter_items` reads one file
into items (a sheet, a mail, an archive member), each with a location and its text units or table rows.
Nothing raises on bad input: errors are `ItemError` / `WalkError` values. See docs/sources.md.
"""

from mamori.sources.items import Item, ItemError, ItemKind, Records, Row, Table, TextUnit
from mamori.sources.limits import Limits
from mamori.sources.read import iter_items
from mamori.sources.walk import WalkError, walk

__all__ = [
    "Item",
    "ItemError",
    "ItemKind",
    "Limits",
    "Records",
    "Row",
    "Table",
    "TextUnit",
    "WalkError",
    "iter_items",
    "walk",
]
