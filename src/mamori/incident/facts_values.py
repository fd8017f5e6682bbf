"""The values of an incident facts file, as pydantic annotated types: a text, a count, a date, a choice.

Each check runs before pydantic's own coercion, which would accept what a facts file must not mean:
`true` as a count of 1, "10" as a number, a timestamp in seconds as a date. Every refusal is a
`PydanticCustomError` of type `FACTS_ERROR` carrying the Japanese and English message, which `load.py`
turns into a `FactsError` naming the field.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from mamori.incident.errors import FACTS_ERROR
from mamori.law.items import CARD_SUBTYPES, ITEM_KINDS, SENSITIVE_SUBTYPES


def fail(ja: str, en: str, *, below: str = "") -> PydanticCustomError:
    """A refusal in both languages. `below` names a field under the one being validated: a model-level
    check is raised at the model, but the message must name the field it is about."""
    return PydanticCustomError(FACTS_ERROR, "{en}", {"ja": ja, "en": en, "below": below})


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail("空でない文字列が必要です", "must be a non-empty string")
    return value.strip()


def whole_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail("0以上の整数が必要です", "must be a whole number of 0 or more")
    if value < 0:
        raise fail("負の数は指定できません", "must not be negative")
    return value


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise fail("true か false を指定してください", "must be true or false")


def _day(value: object) -> date:
    # A timestamp (YAML parses "2026-03-02 10:00" as one) counts by its calendar day, as deadlines do.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for parse in (date.fromisoformat, lambda text: datetime.fromisoformat(text).date()):
            try:
                return parse(value.strip())
            except ValueError:
                continue
    raise fail(
        f"存在する日付を YYYY-MM-DD 形式で指定してください（{value!r}）",
        f"must be a real date written YYYY-MM-DD (got {value!r})",
    )


def one_of(kind: type[StrEnum], *hidden: StrEnum) -> BeforeValidator:
    """Only the values of `kind` a file may give (`hidden` ones are outcomes of triage, never input)."""
    allowed = [member.value for member in kind if member not in hidden]

    def check(value: object) -> object:
        if isinstance(value, str) and value in allowed:
            return value
        choices = " | ".join(allowed)
        raise fail(
            f"{value!r} は使えません（使える値: {choices}）", f"{value!r} is not allowed (use {choices})"
        )

    # The schema lists the values a file may give, not every member (Event.NONE is no input).
    return BeforeValidator(check, json_schema_input_type=Literal[tuple(allowed)])


def _list(value: object) -> object:
    if not isinstance(value, list):
        raise fail("文字列のリストが必要です", "must be a list of strings")
    return value


def non_empty_list(value: object) -> object:
    if not isinstance(value, list) or not value:
        raise fail("1件以上の項目のリストが必要です", "must be a non-empty list")
    return value


_SUBTYPES = {**SENSITIVE_SUBTYPES, **CARD_SUBTYPES}
_LEVEL_KEY = re.compile(rf"({'|'.join(ITEM_KINDS)})(:({'|'.join(_SUBTYPES)}))?")


def _level_key(key: str) -> str:
    if not _LEVEL_KEY.fullmatch(key):
        raise fail(f"不明な項目コード {key!r} です", f"unknown item code {key!r}")
    return key


def _level_pair(value: object) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 3 for v in value)
    ):
        raise fail("[x, y]（各1〜3の整数）で指定してください", "must be [x, y] with integers 1-3")
    return (value[0], value[1])


def _social(value: object) -> int:
    if isinstance(value, bool) or value not in (1, 2):
        raise fail(
            "1（一般的）か 2（一般より高い）を指定してください",
            "must be 1 (ordinary) or 2 (higher than ordinary)",
        )
    return 1 if value == 1 else 2


Text = Annotated[str, Field(min_length=1), BeforeValidator(_text)]
Count = Annotated[int, Field(ge=0), BeforeValidator(whole_count)]
Flag = Annotated[bool, BeforeValidator(_flag)]
Day = Annotated[
    date,
    BeforeValidator(_day),
    WithJsonSchema(
        {"type": "string", "format": "date", "description": "YYYY-MM-DD (a timestamp counts by its day)"}
    ),
]
Texts = Annotated[tuple[Text, ...], BeforeValidator(_list)]
LevelKey = Annotated[
    str,
    AfterValidator(_level_key),
    WithJsonSchema({"type": "string", "pattern": f"^{_LEVEL_KEY.pattern}$"}),
]
Level = Annotated[int, Field(ge=1, le=3)]
LevelPair = Annotated[tuple[Level, Level], BeforeValidator(_level_pair)]
Social = Annotated[int, Field(ge=1, le=2), BeforeValidator(_social)]
