"""The kinds of column a header can name (see `columns.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ColumnKind(Enum):
    PERSON = "person"
    PERSON_READING = "person_reading"  # フリガナ: a name written in kana
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    SENSITIVE = "sensitive"
    IDENTIFIER = "identifier"  # a personal number or contact detail: `entity` says which type
    CODE = "code"  # ids, order and tracking numbers, barcodes: not a person's
    NOT_PERSON = "not_person"  # 会社名, 商品名, 銀行名 …: names of things, never people
    NOTES = "notes"  # 備考, メモ, 相談内容: free text about the row's own person


@dataclass(frozen=True, slots=True)
class ColumnMeaning:
    kind: ColumnKind
    subtype: str | None = None  # SENSITIVE: medical, disability …
    entity: str | None = None  # IDENTIFIER: the type code (PHONE, DRIVERS_LICENSE …)
    part: str | None = None  # PERSON / PERSON_READING: "family" or "given" when the column holds half a name

    @property
    def excludes_names(self) -> bool:
        """Cells under this header are never a person's name."""
        return self.kind in (ColumnKind.NOT_PERSON, ColumnKind.CODE, ColumnKind.IDENTIFIER)
