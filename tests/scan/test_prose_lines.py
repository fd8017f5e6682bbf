"""The fast pipeline on prose reads only lines that can hold a value, and stops re-reading log lines
whose shape never held one."""

from __future__ import annotations

from mamori.detect import Detector, Finding
from mamori.detect.types import FORMAT_DEFINED
from mamori.scan.prose import ProseScanner
from mamori.scan.tables import EMPTY_SHAPE_TRUST


def _values(text: str, found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.type.value, f.value(text)) for f in found]


class _Counting(Detector):
    def __init__(self) -> None:
        super().__init__(types=FORMAT_DEFINED)
        self.chars = 0

    def detect(self, text: str, *, column: str | None = None) -> list[Finding]:
        self.chars += len(text)
        return super().detect(text, column=column)


MEMO = (
    "営業部 打合せメモ\n"
    "山田様より見積依頼。連絡先 ０９０－１２３４－５６７８ まで。\n"
    "次回は来月。\n"
    "マイナンバー\n"
    "1234 5678 9018\n"
    "資料は taro.yamada@example.co.jp に送付済み。\r\n"
    "担当の電話\n"
    "03-1234-5678\n"
    "注文 1234\n"
    "〒100-0001 東京都千代田区\n"
)


def test_same_findings_at_the_same_offsets_as_the_whole_text() -> None:
    detector = Detector(types=FORMAT_DEFINED)
    found = ProseScanner(detector).find(MEMO)
    assert _values(MEMO, found) == _values(MEMO, detector.detect(MEMO))
    assert ("PHONE", "０９０－１２３４－５６７８") in _values(MEMO, found)
    assert ("EMAIL", "taro.yamada@example.co.jp") in _values(MEMO, found)


def test_numbers_on_lines_apart_are_not_joined() -> None:
    text = "残高 090\n今月の報告は以上です。\n1234-5678 件\n"
    assert ProseScanner(Detector(types=FORMAT_DEFINED)).find(text) == []


def test_repeated_empty_log_lines_stop_being_read_but_addresses_are_all_found() -> None:
    lines = []
    for i in range(2000):
        lines.append(f"2026-11-{i % 28 + 1:02d}T10:{i % 60:02d}:00 INFO GET /api/orders/{i % 9} 200 12ms\n")
        if i % 10 == 0:
            lines.append(f"2026-11-01T10:00:00 INFO login user=user{i}@example.jp\n")
    log = "".join(lines)
    detector = _Counting()
    scanner = ProseScanner(detector)
    half = len(log) // 2
    cut = log.rindex("\n", 0, half) + 1
    found = scanner.find(log[:cut]) + [f.shifted(cut) for f in scanner.find(log[cut:])]
    assert [v for _, v in _values(log, found)] == [f"user{i}@example.jp" for i in range(0, 2000, 10)]
    second_half = len(log) - cut
    # The first unit teaches the scanner the empty shape; the second sends it little more than the logins.
    assert detector.chars - cut < second_half // 4
    assert EMPTY_SHAPE_TRUST < 1000


def test_a_shape_that_held_a_value_is_always_read() -> None:
    lines = [f"ID {i:04d} TEL 090-1234-{i:04d}\n" for i in range(300)]
    log = "".join(lines)
    found = ProseScanner(Detector(types=FORMAT_DEFINED)).find(log)
    assert len(found) == 300


def test_a_unit_whose_every_line_is_a_learnt_empty_shape_has_no_findings() -> None:
    scanner = ProseScanner(Detector(types=FORMAT_DEFINED))
    empty = "".join(f"2026-11-{i % 28 + 1:02d}T10:00:00 INFO job={i % 9} done\n" for i in range(200))
    assert scanner.find(empty) == []
    # Every line of the next unit now has a shape known to be empty: nothing is left to read.
    assert scanner.find("2026-11-02T10:00:00 INFO job=3 done\n") == []
    assert len(scanner.find("2026-11-02T10:00:00 INFO job=3 mail=sato@example.jp\n")) == 1
