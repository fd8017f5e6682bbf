"""A text met again gets the findings of its first reading, as a list of its own."""

from __future__ import annotations

from mamori.detect import Detector
from mamori.scan.repeats import REPEAT_CHARS, RepeatingDetector


def test_repeated_texts_find_what_the_detector_finds() -> None:
    plain = Detector()
    repeating = RepeatingDetector(min_score=0.5)
    texts = [
        "担当 山田太郎 090-1234-5678",
        "なし",
        "佐藤",
        "連絡先 yamada@example.jp",
        "x" * (REPEAT_CHARS + 1),
    ]
    for _ in range(3):
        for text in texts:
            for column in (None, "氏名"):
                assert repeating.detect(text, column=column) == plain.detect(text, column=column)


def test_a_caller_extending_its_findings_leaves_the_next_answer_alone() -> None:
    repeating = RepeatingDetector(min_score=0.5)
    first = repeating.detect("担当 山田太郎 090-1234-5678")
    first.clear()
    assert repeating.detect("担当 山田太郎 090-1234-5678")
