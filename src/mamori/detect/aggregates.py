"""Tables of counts: a column of diseases beside 件数 and 医療費, with no one's name or number in the row,
names categories of many people, not a fact about a person (傷病別医療費, 要介護度別の利用者数)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mamori.detect.column_kinds import ColumnKind
from mamori.detect.columns import column_meaning

# Headers of what a row counts or sums over many people.
_COUNT_HEADER = re.compile(
    r"件数|人数|者数|名数|割合|率|構成比|医療費|総額|合計|平均|前年比|前年度比|累計|順位|内訳|"
    r"(?i:\b(?:count|total|rate|share|percent|ratio|average|mean|n)\b)|%|％"
)
# What identifies a person in a row: any one of these makes the table a list of people.
_PERSONAL = frozenset(
    {
        ColumnKind.PERSON,
        ColumnKind.PERSON_READING,
        ColumnKind.ADDRESS,
        ColumnKind.BIRTH_DATE,
        ColumnKind.IDENTIFIER,
    }
)


def is_aggregate_table(headers: Sequence[str]) -> bool:
    """Whether these headers are those of a table of counts: one of them counts or sums, none names a
    person's name, address, birth date or number."""
    if not any(h and _COUNT_HEADER.search(h) for h in headers):
        return False
    for header in headers:
        if _COUNT_HEADER.search(header):
            continue  # 利用者数 counts users; it names none
        meaning = column_meaning(header)
        if meaning is not None and meaning.kind in _PERSONAL:
            return False
    return True
