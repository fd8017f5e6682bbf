"""PERSON from where a name stands: chat speakers, mail display names, greetings and signatures."""

from __future__ import annotations

import pytest

from mamori.detect import detect


def persons(text: str, column: str | None = None) -> list[str]:
    return [f.value(text) for f in detect(text, types=["PERSON"], column=column)]


def speakers(text: str) -> list[str]:
    return [f.value(text) for f in detect(text, types=["PERSON"]) if "speaker" in f.reasons]


CHAT = "[10:02] 佐藤: 了解です\n[10:03] 東: 資料を送ります\n[10:05] 原: ありがとうございます"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(CHAT, id="bracketed-time-then-name"),
        pytest.param(
            "10:02 佐藤「了解です」\n10:03 東「資料を送ります」\n10:05 原「ありがとうございます」", id="quote"
        ),
        pytest.param(
            "佐藤 17:10\n先方から折り返しがありました\n東 17:12\n承知しました\n原 17:15\nお願いします",
            id="name-then-time-on-its-own-line",
        ),
    ],
)
def test_chat_speakers_are_persons(text: str) -> None:
    # 東 and 原 are single-kanji surnames no analyser tags alone: their place makes them names
    assert speakers(text) == ["佐藤", "東", "原"]


def test_two_message_lines_are_no_chat() -> None:
    assert "東" not in persons("[10:02] 佐藤: 了解です\n[10:03] 東: 資料を送ります")


def test_a_role_in_the_speaker_place_is_no_person() -> None:
    text = "[10:02] 受付: 了解です\n[10:03] システム: 資料を送ります\n[10:05] 担当: ありがとうございます"
    assert persons(text) == []


def test_a_table_cell_is_no_chat() -> None:
    assert "東" not in persons(CHAT, column="メモ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From: Grace Lee <grace.lee@example.com>\nSubject: hello", ["Grace Lee"]),
        ('To: "Olivia Turner" <o.turner@example.com>', ["Olivia Turner"]),
        ("From: Support Team <support@example.com>", []),
        ("From: 株式会社サンプル 採用担当 <jobs@example.jp>", []),
        ("From: Customer Service <cs@example.com>", []),
    ],
)
def test_mail_display_names(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for your help.\n\nKind regards,\nGrace Lee", ["Grace Lee"]),
        ("Thanks.\n\nBest regards,\nCustomer Support", []),
        ("Olivia Turner\nGlobal HR | Northwind Ltd.", ["Olivia Turner"]),
        ("Dear Olivia Turner,\nThank you for your application.", ["Olivia Turner"]),
        ("Dear Customer Service,\nPlease help.", []),
        ("Dear Sugawara-san,\nThank you.", ["Sugawara"]),
        ("Please contact Mr. Tanaka tomorrow.", ["Tanaka"]),
        ("Please ask Ms. Olivia Turner about it.", ["Olivia Turner"]),
        ("Name: David Wong", ["David Wong"]),
    ],
)
def test_english_names_by_their_place(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_latin_names_carry_their_reason() -> None:
    (finding,) = detect("Please contact Mr. Tanaka tomorrow.", types=["PERSON"])
    assert finding.reasons == ("latin-name",)


def test_a_mail_opened_to_someone_and_signed_by_someone() -> None:
    text = "森様\nお疲れさまです。林です。\n資料を送ります。"
    findings = detect(text, types=["PERSON"])
    assert [(f.value(text), f.reasons) for f in findings] == [("森", ("greeting",)), ("林", ("greeting",))]


def test_airline_names_and_family_cemeteries() -> None:
    from mamori.detect import detect as run

    text = "05 OTSUKA/DAISUKE MR"
    assert [f.value(text) for f in run(text, types=["PERSON"])] == ["OTSUKA/DAISUKE"]
    text = "報告者：河野 勝利（山崎家霊園）"
    assert [f.value(text) for f in run(text, types=["PERSON"])] == ["河野 勝利"]
