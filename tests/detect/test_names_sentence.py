"""PERSON from the shape of a sentence: apposition after a word for a person, a one-kanji surname, and
subjects that a predicate only said of people marks as names. The names are invented."""

from __future__ import annotations

from mamori.detect import detect


def names(text: str) -> list[str]:
    return [f.value(text) for f in detect(text, types=["PERSON"])]


def test_a_name_after_a_word_for_a_person_and_a_dot_is_found() -> None:
    assert names("彼の同僚・糸満が計画を立てた。") == ["糸満"]
    assert names("女性歌手・もみじさくらの新曲が出た。") == ["もみじさくら"]
    assert names("監督・脚本・主演を務めた。") == []


def test_a_one_kanji_word_before_a_given_name_is_its_surname() -> None:
    assert names("4月に栂幸太郎が加わった。") == ["栂幸太郎"]


def test_a_katakana_subject_defined_as_a_person_without_a_comma() -> None:
    assert names("ローレルは小学校の教師であった。") == ["ローレル"]
    assert names("ローレルは、小学校の教師であり、のちに医師だった。") == ["ローレル"]
    assert names("ローレルは小学校の近くにある。") == []


def test_an_unknown_subject_opening_a_sentence_is_a_name_when_the_sentence_speaks_of_a_person() -> None:
    assert names("ヴァルトホフは、彼の兄とともに町を出た。") == ["ヴァルトホフ"]


def test_a_chain_opened_by_a_given_name_the_analyser_reads_as_a_noun_is_a_person() -> None:
    assert names("決勝ではビル・ヴォルトマンが勝った。") == ["ビル・ヴォルトマン"]


def test_a_katakana_occupation_built_on_a_person_word_introduces_a_name() -> None:
    assert names("ソリストのAnton Weberlingの演奏が続いた。") == ["Anton Weberling"]


def test_a_katakana_word_glued_before_a_lone_surname_is_part_of_a_ring_name() -> None:
    assert names("試合ではパンダ佐藤が勝った。") == ["パンダ佐藤"]
    assert names("アドバイザー石田健二が加わった。") == ["石田健二"]


def test_an_unknown_katakana_object_of_a_verb_said_of_people_is_a_name() -> None:
    assert names("準決勝ではヴァルトホフを技ありで破った。") == ["ヴァルトホフ"]


def test_an_unknown_katakana_name_found_once_is_found_again_in_the_segment() -> None:
    text = "決勝でヴァルトホフを破った。翌年もヴァルトホフが出場した。"
    assert names(text) == ["ヴァルトホフ", "ヴァルトホフ"]


def test_a_known_surname_read_as_a_common_noun_opening_a_clause_is_a_subject() -> None:
    assert names("前年の大会では根本が優勝した。") == ["根本"]


def test_a_katakana_common_noun_opening_a_clause_with_a_personal_act_is_a_name() -> None:
    assert names("1950年、ローズはこの方法について著書に記した。") == ["ローズ"]


def test_a_hiragana_given_name_cut_into_words_after_a_surname_is_whole() -> None:
    assert names("森田ひなのへの提供曲が出た。") == ["森田ひなの"]
    assert names("佐藤ともに行く。") == ["佐藤"]


def test_an_introduced_unknown_word_glued_to_a_company_form_is_a_firm() -> None:
    assert names("忍者ヴァルトホフ株式会社は東京にある。") == []


def test_a_name_opening_the_title_of_a_show_is_not_a_person() -> None:
    assert names("「森田一郎のラジオ!」の後継番組。") == []


def test_a_place_or_a_firm_by_what_follows_it_is_not_a_person() -> None:
    assert names("翌年、ジョンソンに会った。") == ["ジョンソン"]
    assert names("翌年、ジョンソンに所属した。") == []
    assert names("大会はジョンソンで開催された。") == []


def test_list_items_next_to_names_read_as_places_or_art_names_are_names() -> None:
    assert names("石田一郎、隠岐、森川花子の3人が残った。") == ["石田一郎", "隠岐", "森川花子"]
    assert names("石田一郎、北海道、森川花子") == ["石田一郎", "森川花子"]


def test_a_club_one_moves_to_on_loan_is_not_a_person() -> None:
    assert names("翌年、ジョンソン・ミネイロに会った。") == ["ジョンソン・ミネイロ"]
    assert names("翌年、ジョンソン・ミネイロに期限付き移籍した。") == []


def test_an_honorific_opening_a_longer_word_is_none() -> None:
    assert names("光さんに会った。") == ["光"]
    assert names("港の光さん橋を選定した。") == []


def test_a_firm_with_a_representative_director_is_not_a_person() -> None:
    assert names("石田一郎は山田洋吉の息子だ。") == ["石田一郎", "山田洋吉"]
    assert names("石田一郎は山田洋吉の代表取締役を辞職した。") == ["石田一郎"]


def test_initials_closed_by_full_stops_open_a_name() -> None:
    assert names("J.R.ミルデンは以下のように述べた。") == ["J.R.ミルデン"]
    assert names("操縦はYu・A・ペトロフが担当した。") == ["Yu・A・ペトロフ"]
    assert names("No.ワンの記録") == []


def test_one_capitalised_word_after_a_word_for_a_person_is_a_name() -> None:
    assert names("アシスタントのRenaから花束が贈られる。") == ["Rena"]


def test_a_two_kana_known_word_coordinated_with_a_name_is_a_name() -> None:
    assert names("その後、ベルとマリエッタは船を降りた。") == ["ベル", "マリエッタ"]
