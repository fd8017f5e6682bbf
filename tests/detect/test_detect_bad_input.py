"""Input no detector should choke on: nothing raises, nothing hangs, results stay right."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori import detect, detect_stream
from mamori.detect.engine import SEGMENT
from mamori.detect.types import FORMAT_DEFINED

# The long inputs exercise the format-defined layer; the language layer has its own long-input tests.
NUMERIC = [t.value for t in FORMAT_DEFINED]


def test_empty_text() -> None:
    assert detect("") == []


def test_binary_garbage_decoded_leniently() -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(20_000)).decode("latin-1")
    assert isinstance(detect(garbage), list)


def test_lone_surrogates() -> None:
    text = "電話 090-1234-5678 \ud800\udfff\ud800 x"
    assert [text[f.start : f.end] for f in detect(text)] == ["090-1234-5678"]


def test_other_scripts() -> None:
    text = "Телефон 090-1234-5678 · 电话 +81-3-1234-5678 · هاتف ٠٩٠١٢٣٤٥٦٧٨"
    assert [text[f.start : f.end] for f in detect(text)] == ["090-1234-5678", "+81-3-1234-5678"]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 2_000_000,  # e-mail local-part characters without an "@"
        "@" * 1_000_000,
        "a@" * 500_000,
        "1-" * 1_000_000,  # a digit token that never ends
        "1 " * 1_000_000,
        "1." * 1_000_000,
        ":" * 1_000_000,
        "1:" * 1_000_000,
        "記号 1 " * 200_000,
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    assert isinstance(detect(text, types=NUMERIC), list)


def test_ten_megabytes_without_a_newline() -> None:
    unit = "お客様の電話は090-1234-5678、メールはtaro@example.jpです。"
    text = unit * (10_000_000 // len(unit))
    findings = detect(text, types=NUMERIC)
    assert len(findings) == 2 * (10_000_000 // len(unit))


def test_values_across_segment_boundaries_are_found_once() -> None:
    value = "090-1234-5678"
    for shift in range(-len(value), 2):
        text = "あ" * (SEGMENT + shift) + value + " y"
        findings = detect(text)
        assert [text[f.start : f.end] for f in findings] == [value], shift


def test_stream_gives_the_same_findings_as_one_text() -> None:
    rng = random.Random(3)
    pieces = [
        "電話 090-1234-5678 ",
        "マイナンバー 123456789018 ",
        "カード 4111-1111-1111-1111 ",
        "あいうえお" * 7,
    ]
    text = "".join(rng.choice(pieces) for _ in range(40_000))
    whole = detect(text, types=NUMERIC)
    cuts = sorted(rng.sample(range(1, len(text)), 300))
    chunks = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    assert list(detect_stream(chunks, types=NUMERIC)) == whole
    assert len(whole) > 30_000


_KANA_AND_MARKS = "やまだたろうさとうはなこ山田太郎佐藤＋ー・、。 0123456789-＠@."


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_KANA_AND_MARKS, min_size=1, max_size=24),
    st.sampled_from([" ", "  ", "\n", "\u3000", "\t \n"]),
)
def test_leading_white_space_shifts_offsets_and_nothing_else(text: str, lead: str) -> None:
    plain = [(f.type, f.start, f.end) for f in detect(text)]
    spaced = [(f.type, f.start - len(lead), f.end - len(lead)) for f in detect(lead + text)]
    assert spaced == plain


def test_a_name_after_a_leading_space_is_read_as_at_the_start() -> None:
    assert detect(" やまだ＋") == detect("やまだ＋") == []
