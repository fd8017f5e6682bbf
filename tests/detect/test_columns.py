"""Column headers: what a table column holds."""

from __future__ import annotations

from mamori.detect.columns import ColumnKind, column_meaning


def test_headers() -> None:
    assert column_meaning("氏名").kind is ColumnKind.PERSON  # type: ignore[union-attr]
    assert column_meaning("患者氏名").kind is ColumnKind.PERSON  # type: ignore[union-attr]
    assert column_meaning("first_name").kind is ColumnKind.PERSON  # type: ignore[union-attr]
    assert column_meaning("フリガナ").kind is ColumnKind.PERSON_READING  # type: ignore[union-attr]
    assert column_meaning("会社名").kind is ColumnKind.NOT_PERSON  # type: ignore[union-attr]
    assert column_meaning("email_address").kind is ColumnKind.NOT_PERSON  # type: ignore[union-attr]
    assert column_meaning("住所").kind is ColumnKind.ADDRESS  # type: ignore[union-attr]
    assert column_meaning("Date of Birth").kind is ColumnKind.BIRTH_DATE  # type: ignore[union-attr]
    meaning = column_meaning("既往歴")
    assert meaning is not None and meaning.kind is ColumnKind.SENSITIVE and meaning.subtype == "medical"
    assert column_meaning("備考") is None
    assert column_meaning(None) is None
