"""A 問診票's answers in every layout are facts; its questions, blanks and 'none' answers never are."""

from __future__ import annotations

import pytest

from mamori.detect import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _sensitive(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.detect(text) if f.type.value == "SENSITIVE"]


@pytest.mark.parametrize(
    "form",
    [
        "氏名：山田 太郎\n食物アレルギー：えび・かに\n",
        "氏名：山田 太郎\n食物アレルギー【 えび・かに 】\n",
        "氏名：山田 太郎\n| 項目 | 回答 |\n|---|---|\n| 食物アレルギー | えび・かに |\n",
        "氏名：山田 太郎\n■食物アレルギー\nえび・かに\n",
        "氏名：山田 太郎　　食物アレルギー：えび・かに\n",
    ],
)
def test_an_answer_in_words_of_its_own_is_the_fact(detector: Detector, form: str) -> None:
    assert _sensitive(detector, form) == ["えび・かに"]


@pytest.mark.parametrize(
    "form",
    [
        "氏名：山田 太郎\n■血圧の薬\n服用していない\n\n■既往歴\n特になし\n",
        "氏名：山田 太郎\n現在治療中の病気：なし\n",
        "氏名：\n病名（　　　　　）\n既往症：＿＿＿＿\n",
        "氏名：<氏名_1>\n既往歴：<要配慮情報_1>\n",
    ],
)
def test_questions_blanks_and_none_state_nothing(detector: Detector, form: str) -> None:
    assert _sensitive(detector, form) == []


def test_a_long_history_gives_its_symptoms_not_its_dates(detector: Detector) -> None:
    letter = (
        "患者氏名：中村 結衣 様\n現病歴：2024年12月27日頃より頭痛とめまいが出現。"
        "保存療法を続けたが歩行困難となり、精査加療をお願いしたく紹介いたします。\n"
    )
    found = _sensitive(detector, letter)
    assert any("頭痛とめまい" in f for f in found)
    assert not any("2024" in f or "お願い" in f for f in found)


def test_a_detail_in_brackets_after_a_fact_keeps_the_fact(detector: Detector) -> None:
    assert _sensitive(detector, "備考：金属アレルギー（ニッケル）") == ["金属アレルギー"]
