"""PERSON: span conventions, hard negatives, column headers and bad input."""

from __future__ import annotations

from mamori.detect import detect


def names(text: str, column: str | None = None) -> list[str]:
    return [f.value(text) for f in detect(text, types=["PERSON"], column=column)]


def test_full_name_with_honorific_outside_the_span() -> None:
    assert names("山田太郎様からお問い合わせがありました。") == ["山田太郎"]
    assert names("佐藤部長と鈴木さん、高橋先生が出席した。") == ["佐藤", "鈴木", "高橋"]


def test_family_and_given_name_separated_by_a_space() -> None:
    assert names("患者の斉藤\u3000康弘さんが来院した。") == ["斉藤\u3000康弘"]
    assert names("担当は中村 直子です。") == ["中村 直子"]


def test_reading_in_brackets_is_a_second_finding() -> None:
    text = "山田太郎（ヤマダ タロウ）様"
    assert names(text) == ["山田太郎", "ヤマダ タロウ"]


def test_labelled_name_and_reading() -> None:
    text = "氏名：佐藤 花子\nフリガナ：サトウ ハナコ\n"
    assert names(text) == ["佐藤 花子", "サトウ ハナコ"]


def test_foreign_name_joined_by_a_dot() -> None:
    assert names("ピーター・J・ハモンドは大統領だった。") == ["ピーター・J・ハモンド"]


def test_romaji_names() -> None:
    assert names("Contact: Taro Yamada, YAMADA Hanako") == ["Taro Yamada", "YAMADA Hanako"]


def test_surnames_inside_company_and_place_names_are_not_persons() -> None:
    assert names("有限会社渡辺情報と山本電器は田中町に工場を持つ。") == []
    assert names("株式会社佐藤商事の決算") == []


def test_same_surface_is_found_again_in_the_document() -> None:
    text = "カルロ・ベネッリが主演した。ベネッリはその後引退した。"
    assert names(text) == ["カルロ・ベネッリ", "ベネッリ"]


def test_column_header_decides_a_short_cell() -> None:
    assert names("佐藤", column="氏名") == ["佐藤"]
    assert names("サトウ タロウ", column="フリガナ") == ["サトウ タロウ"]
    assert names("佐藤", column="商品名") == []
    assert names("佐藤", column="会社名") == []


def test_no_name_in_digits_or_plain_prose() -> None:
    assert names("0123456789" * 100) == []
    assert names("本日は晴天なり。明日は雨の予報です。") == []


def test_very_long_line_without_punctuation() -> None:
    text = "山田太郎さんと" + "あいうえおかきくけこ" * 20_000 + "鈴木花子さん"
    assert names(text) == ["山田太郎", "鈴木花子"]


def test_mixed_scripts_and_lone_surrogates() -> None:
    text = "Ｍｒ．山田 太郎さん 😀 \ud800 한국어 Ελληνικά 鈴木一郎様"
    assert names(text) == ["山田 太郎", "鈴木一郎"]


def test_phone_book_of_100000_lines_completes() -> None:
    surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
    givens = ["太郎", "花子", "一郎", "美咲", "健太", "陽子", "大輔", "直子", "翔太", "愛"]
    lines = [f"{surnames[i % 10]}{givens[(i // 10) % 10]} 03-{i % 10000:04d}-5678" for i in range(100_000)]
    found = detect("\n".join(lines), types=["PERSON"])
    assert len(found) > 95_000


def test_a_label_does_not_make_a_common_noun_a_name() -> None:
    assert names("担当：電話 090-1234-5678") == []
    assert names("氏名：未定") == []
    assert names("担当：メール") == []
    assert names("ご担当：不在") == []
    assert names("担当者：営業部") == []
    assert names("宛先：総務課御中") == []
    assert names("連絡先：本人携帯") == []


def test_a_labelled_name_excludes_department_and_honorific() -> None:
    assert names("ご担当：総務部 佐藤様") == ["佐藤"]
    assert names("担当者：営業部 山田太郎") == ["山田太郎"]
    assert names("担当：鈴木（営業）") == ["鈴木"]


def test_a_label_marks_a_name_the_analyser_alone_would_miss() -> None:
    assert names("担当：ヤマダ") == ["ヤマダ"]
    assert names("氏名：ジョン・スミス") == ["ジョン・スミス"]
    assert names("担当者：経理課 たなか") == ["たなか"]


def test_titles_and_role_words_mark_names_the_analyser_does_not_tag() -> None:
    assert names("能登博士の設計した建物") == ["能登"]
    assert names("次女春香は高校に通う。") == ["春香"]
    assert names("フランス大統領が来日した。") == []


def test_regnal_numbers_and_initials_belong_to_the_name() -> None:
    assert names("アンリ12世の時代には") == ["アンリ12世"]
    assert names("T・ベネッリは味方の援護に助けられた。") == ["T・ベネッリ"]


def test_a_name_starting_a_longer_katakana_word_is_not_a_person() -> None:
    assert names("カーターギアボックスを開発した。") == []
