"""PERSON from the words around a name: titles, credits, definitions, lists and cut given names."""

from __future__ import annotations

from mamori.detect import detect


def names(text: str) -> list[str]:
    return [f.value(text) for f in detect(text, types=["PERSON"])]


def test_a_title_of_several_words_stays_outside_the_name() -> None:
    assert names("会見にはマーガレット・ホルデン国務長官が出席した。") == ["マーガレット・ホルデン"]
    assert names("式典にはマイケル・ブラウン上院議員も招かれた。") == ["マイケル・ブラウン"]


def test_self_role_and_credit_words_after_a_name_do_not_hide_it() -> None:
    assert names("佐藤健一自身も驚いた。") == ["佐藤健一"]
    assert names("宮田和夫編曲の作品が流れた。") == ["宮田和夫"]


def test_a_two_kanji_given_name_cut_after_its_first_kanji_is_whole() -> None:
    text = "委員長・木村正貫、副委員長・石井徳順が就任した。"
    assert names(text) == ["木村正貫", "石井徳順"]


def test_a_kana_name_the_analyser_tags_is_found() -> None:
    assert names("ゲストのまさしが歌った。") == ["まさし"]


def test_the_subject_of_a_sentence_defining_a_person_is_a_name() -> None:
    assert names("ZUNKOは、日本の歌手。") == ["ZUNKO"]
    assert names("山本電器は、日本の電機メーカー。") == []
    assert names("東京は、日本の首都である。") == []


def test_unknown_words_listed_with_a_name_are_names() -> None:
    text = "出場したのはヴェルネリ、ジョン・スミス、オクサネンの3名。"
    assert names(text) == ["ヴェルネリ", "ジョン・スミス", "オクサネン"]
    assert names("取引先はデル、ソニー、パナソニックである。") == []


def test_a_name_inside_a_short_title_is_a_character_not_a_person() -> None:
    assert names("主演は映画「名探偵ハモンド」で知られる。") == []
    assert names("彼は「レオナルド三世」を観た。") == []
    assert names("「青柳紗季」は作中の人物である。") == ["青柳紗季"]


def test_chinese_and_korean_full_names_cut_by_the_analyser() -> None:
    assert names("委員には呉廷昌が選ばれた。") == ["呉廷昌"]
    assert names("金曜日に会議がある。") == []


def test_a_place_word_before_a_given_name_is_its_surname() -> None:
    assert names("大会には米沢達弘が出場した。") == ["米沢達弘"]


def test_the_owner_of_a_personal_noun_is_a_person() -> None:
    assert names("この案はベルガミンの主張に沿う。") == ["ベルガミン"]
    assert names("会社の主張に沿う。") == []


def test_an_unknown_katakana_word_opening_a_clause_as_subject() -> None:
    assert names("1924年、ミルデンは研究所に雇われた。") == ["ミルデン"]
    assert names("1998年、ハモンドグループは新製品を発表した。") == []


def test_a_club_abbreviation_makes_a_team_not_a_player() -> None:
    assert names("2016年、ASエミリーと契約した。") == []
    assert names("GKパク・ソンミンが退場した。") == ["パク・ソンミン"]


def test_a_rare_surname_spelt_like_a_temple_or_island_is_a_place() -> None:
    assert names("東大寺の大仏を見た。") == []


def test_western_names_in_latin_letters() -> None:
    assert names("調査はWilliam Normarkが率いた。") == ["William Normark"]
    assert names("地元にはJohn Societyがある。") == []
    assert names("製薬会社のJohn Pharma社が発見した。") == []


def test_a_name_glued_after_a_state_or_city_is_a_town() -> None:
    assert names("ネバダ州エミリーで生まれる。") == []


def test_a_person_noun_before_の_introduces_a_name() -> None:
    assert names("デザイナーのミナセカオリである。") == ["ミナセカオリ"]
    assert names("長女あかねは教師。") == ["あかね"]


def test_a_surname_the_analyser_reads_as_a_place_takes_an_honorific() -> None:
    assert names("松本様、明日の会議は10時からです。") == ["松本"]


def test_given_names_in_kana_or_mixed_script_after_a_space() -> None:
    assert names("氏名：村上 くみ子") == ["村上 くみ子"]
    assert names("長谷川\u3000あすかは1944年生まれ。") == ["長谷川\u3000あすか"]
    assert names("ジュリアン・ヴァロワ准将の艦隊") == ["ジュリアン・ヴァロワ"]


def test_a_name_spreads_only_onto_whole_words_outside_titles() -> None:
    assert names("森川太郎は森川系譜を著した。") == ["森川太郎"]


def test_a_kanji_name_glued_to_a_katakana_word_is_part_of_it() -> None:
    assert names("飯田ミナト劇場は、長野県にある。") == []
    assert names("北島プロに移った。") == []
    assert names("飯田さんが来た。") == ["飯田"]


def test_items_of_an_enumeration_of_firms_are_not_people() -> None:
    assert names("ベネット、ハモンド、カーターなどの企業と合弁を組んだ。") == []
    assert names("ベネット、ハモンド、カーターといった大手企業が顧客である。") == []
    assert names("トミー、ジョン、ハモンドなどの選手が来た。") == ["トミー", "ジョン", "ハモンド"]


def test_an_unknown_katakana_subject_after_a_date() -> None:
    assert names("1802年にマクファーデンは議会に入った。") == ["マクファーデン"]


def test_a_name_opening_an_organisation_compound_is_not_a_person() -> None:
    assert names("設計は山本和夫建築設計事務所が担当した。") == []
    assert names("山本和夫が設計した。") == ["山本和夫"]


def test_a_name_the_dictionary_holds_with_its_own_dot_ends_a_chain() -> None:
    assert names("探検家ピエール・ド・ゴールは、湖を渡った。") == ["ピエール・ド・ゴール"]


def test_a_given_name_ending_the_analyser_split_off_stays_in_the_name() -> None:
    assert names("商人の北浦義次郎が来た。") == ["北浦義次郎"]


def test_a_lone_surname_anchors_a_list_of_people() -> None:
    assert names("引退したのは大石と柴崎だった。") == ["大石", "柴崎"]


def test_a_defining_sentence_with_a_historical_rank_as_head() -> None:
    assert names("カルパティは、中世の武将。") == ["カルパティ"]


def test_members_of_a_group_listed_before_its_name_are_people() -> None:
    assert names("ジョンとポールといったバンドのメンバーが来た。") == ["ジョン", "ポール"]


def test_an_unknown_katakana_word_as_a_source_or_agent() -> None:
    assert names("ヴァンデルホーフによれば、計画は中止された。") == ["ヴァンデルホーフ"]
    assert names("報道によれば、計画は中止された。") == []


def test_a_title_the_analyser_cut_before_its_suffix_marks_a_name() -> None:
    assert names("坂巻航海長は出港の三日前に着任した。") == ["坂巻"]
    assert names("開会挨拶・坂巻総理大臣代理の挨拶があった。") == ["坂巻"]


def test_an_unknown_word_with_the_plural_of_people_is_a_name() -> None:
    assert names("この方式はベルガミンらによって体系化された。") == ["ベルガミン"]


def test_the_owner_of_an_order_or_a_life_is_a_person() -> None:
    assert names("これはヴァロワの命令によるものだった。") == ["ヴァロワ"]
    assert names("部隊の命令によるものだった。") == []


def test_an_unknown_katakana_subject_inside_a_sentence_is_a_name() -> None:
    assert names("2012年3月、引退後にミルデンは、中国でクラブを指導した。") == ["ミルデン"]
    assert names("部隊を率いたヴラディミールが先頭に立った。") == ["ヴラディミール"]
    assert names("9月2日にはオルメディラが記者に話した。") == ["オルメディラ"]


def test_a_katakana_word_after_a_kinship_word_is_a_name() -> None:
    assert names("彼女の母ミリーと会った。") == ["ミリー"]
    assert names("歌手デビューを果たした。") == []


def test_a_chain_with_and_or_a_leading_article_is_a_band_or_a_firm() -> None:
    assert names("「ハモンド・ベネット・アンド・パーマー」の結成に動いた。") == []
    assert names("高校生達のバンドはジ・ベネッツと名乗った。") == []


def test_a_time_noun_glued_before_a_surname_does_not_hide_it() -> None:
    assert names("ある日梅沢と話した。") == ["梅沢"]


def test_a_surname_before_a_kanji_the_analyser_lacks_is_a_full_name() -> None:
    assert names("父は演歌歌手坂巻璉。") == ["坂巻璉"]


def test_a_known_katakana_word_inside_a_list_of_names_is_a_name() -> None:
    assert names("嵐の後、デイジーとマーサは甲板に出た。") == ["デイジー", "マーサ"]
    assert names("候補はベネッリ、ヴァロワ、ミルデンの3名だった。") == [
        "ベネッリ",
        "ヴァロワ",
        "ミルデン",
    ]
    assert names("ドミニク・ベルモンと司会者を務めた。") == ["ドミニク・ベルモン"]


def test_a_name_joined_by_oyobi_is_listed() -> None:
    assert names("ニコラス・ハモンドおよびベルガミンは競売を行った。") == [
        "ニコラス・ハモンド",
        "ベルガミン",
    ]


def test_a_word_with_members_is_a_group() -> None:
    assert names("ハモンドのメンバーに気に入られた。") == []


def test_an_unknown_subject_doing_what_a_firm_does_is_no_name() -> None:
    assert names("なお、ベルガミンは通販サイトにも出店している。") == []
    assert names("同年、郊外に眼鏡の専門メーカー、ヴァロテックが誕生した。") == []


def test_names_joined_by_an_ampersand_are_a_brand_or_a_band() -> None:
    assert names("化粧品ブランドのハモンド&ベネットを獲得した。") == []


def test_a_chain_glued_to_a_firm_head_or_a_company_form_is_a_firm() -> None:
    assert names("東浦観光は、ジョン・ベネットグループの創業企業である。") == []
    assert names("会社はハルトマン・ヴァロワテクニークGmbHに分割された。") == []


def test_words_listed_before_a_head_count_of_people_are_names() -> None:
    assert names("この後は森、池谷、桝の3人が審判を務めた。") == ["森", "池谷", "桝"]
    assert names("父、母、兄の3人で暮らした。") == []


def test_the_head_of_an_office_introduces_a_name() -> None:
    assert names("やがて大蔵省銀行局長の松浦から廃業を勧告される。") == ["松浦"]


def test_a_full_name_before_a_government_or_a_place_head_is_not_a_person() -> None:
    assert names("山本和夫政権は二年で倒れた。") == []
    assert names("一行はマイケル・ブラウン山脈を越えた。") == []
    assert names("山本和夫は政権を握った。") == ["山本和夫"]


def test_a_title_glued_after_a_name_stays_outside_it() -> None:
    assert names("しかし山本和夫外務大臣は反対した。") == ["山本和夫"]


def test_the_subject_of_a_sentence_defining_a_thing_is_not_a_person() -> None:
    assert names("ロベルトは、イタリア海軍の駆逐艦。") == []
    assert names("ロベルトは、イタリアの政治家、実業家。") == ["ロベルト"]
    assert names("山本和夫は、日本の実業家であり、食品会社の元社長である。") == ["山本和夫"]


def test_an_unknown_word_married_to_or_meeting_someone_is_a_name() -> None:
    assert names("1932年、首相はツァハリアスと会談した。") == ["ツァハリアス"]
    assert names("1883年、ヴィルケンスとその息子が町を築いた。") == ["ヴィルケンス"]
    assert names("1932年、首相は議会と会談した。") == []


def test_an_unknown_word_with_a_regnal_number_is_a_monarch() -> None:
    assert names("1592年、ラグナータ2世が都を移した。") == ["ラグナータ2世"]
    assert names("マドゥライ王ラグナータ2世が都を移した。") == ["ラグナータ2世"]


def test_a_name_of_a_rising_is_an_event() -> None:
    assert names("寺は山本和夫の乱で焼けた。") == []


def test_a_word_glued_after_a_number_is_no_name() -> None:
    assert names("彼らは“7人男”と呼ばれた。") == []


def test_a_surname_also_part_of_a_firm_or_a_band_does_not_spread() -> None:
    text = "ジョン・ベネッリはベネッリ・モーターズを設立し、ベネッリの名で売った。"
    assert names(text) == ["ジョン・ベネッリ"]
    assert names("ジョン・ベネッリが来た。ベネッリは喜んだ。") == ["ジョン・ベネッリ", "ベネッリ"]


def test_a_prince_s_title_is_part_of_the_name() -> None:
    assert names("都にいた有間皇子は東国に向かった。") == ["有間皇子"]


def test_an_emperor_s_title_and_what_befalls_a_person_stay_outside_the_name() -> None:
    assert names("使者はアレクシオス帝の陣営に現れた。") == ["アレクシオス"]
    assert names("ピーター・ハモンドが勝ち、ハモンド当選後に辞任した。") == ["ピーター・ハモンド", "ハモンド"]


def test_a_church_or_court_title_marks_a_name_but_not_its_office() -> None:
    assert names("書簡はロドリゴ枢機卿に届いた。") == ["ロドリゴ"]
    assert names("訳書はローマ教皇庁に献上された。") == []
    assert names("戯曲は侍従大臣一座が上演した。") == []


def test_more_occupations_and_personal_nouns_introduce_or_own_names() -> None:
    assert names("探検家ヴェルネリが到着した。") == ["ヴェルネリ"]
    assert names("この案はオクサネンの回顧録に残る。") == ["オクサネン"]


def test_a_firm_or_a_character_with_an_honorific_is_no_person() -> None:
    assert names("来週トヨタさんと打ち合わせがある。") == []
    assert names("会場にはプーさんの着ぐるみがいた。") == []
    assert names("松本様、明日はよろしくお願いします。") == ["松本"]


def test_what_a_player_joins_is_a_club_not_a_person() -> None:
    assert names("2009年にはポートランド・ウィリアムズに加入。") == []
    assert names("2009年にはジョン・スミスと結婚した。") == ["ジョン・スミス"]


def test_a_definition_ending_on_what_the_subject_did_keeps_it() -> None:
    assert names("ロベルトは、1990年に引退。") == ["ロベルト"]


def test_a_lone_word_before_a_title_that_the_next_name_holds_is_a_club_or_a_firm() -> None:
    assert names("会見では長野監督の山本和夫が語った。") == ["山本和夫"]
    assert "山本和夫" in names("山本和夫監督のカルメンが上演された。")


def test_a_longer_quotation_without_punctuation_is_a_title_too() -> None:
    assert names("彼は「マルコ・ロッシ・ベルナルディーニスポーツカルチャー」という会社を設立した。") == []


def test_latin_words_after_a_word_for_a_person_are_a_western_name() -> None:
    assert names("原案は専門家Andrea Bellandiが書いた。") == ["Andrea Bellandi"]
    assert names("原案はAndrea Bellandiが書いた。") == []
