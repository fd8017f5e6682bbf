"""SENSITIVE from the open vocabulary of notes, and the sentences that only look like a sensitive fact."""

from __future__ import annotations

import pytest

from mamori.detect import detect


def sensitive(text: str) -> list[tuple[str, str | None]]:
    return [(f.value(text), f.subtype) for f in detect(text, types=["SENSITIVE"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # illness named by the ending of its word, with its treatment: one span
        ("山田さんは過敏性腸症候群で通院中。", ("過敏性腸症候群で通院中", "medical")),
        (
            "本人よりCKD（慢性腎臓病）で透析を受けているとの申告あり。",
            ("CKD（慢性腎臓病）で透析を受け", "medical"),
        ),
        ("本人は高脂血症の薬を服用している。", ("高脂血症の薬を服用して", "medical")),
        ("本人は双極性障害。", ("双極性障害", "medical")),  # a short note names a disease alone
        ("主な疾患：甲状腺機能低下症", ("甲状腺機能低下症", "medical")),
        ("山田さんの母は認知症で施設に入所している。", ("認知症", "medical")),
        # a question on a form: only its answer states
        ("山田さんは入院したことがありますか：はい（胆石で入院）", ("胆石で入院", "medical")),
        ("He was diagnosed with type 2 diabetes.", ("diagnosed with type 2 diabetes", "medical")),
        ("The patient has epilepsy.", ("has epilepsy", "medical")),
        # a body that does not work
        ("高橋さんは右耳がほとんど聞こえない。", ("耳がほとんど聞こえ", "disability")),
        ("本人は杖歩行です。", ("杖歩行", "disability")),
        # harm suffered, a past in custody, a faith, an origin
        ("相談者は夫からのDVで避難している。", ("からのDV", "crime_victim")),
        ("相談者は昨年、夫から暴力を受けた。", ("から暴力", "crime_victim")),
        ("鈴木さんは前に捕まったことがある。", ("捕まっ", "criminal_record")),
        ("山田さんは10年前に刑務所に服役していた。", ("刑務所に服役", "criminal_record")),
        ("田中さんは毎週教会に通っている。", ("教会に通っ", "creed")),
        ("山田さんは2015年に入信した。", ("入信した", "creed")),
        ("本人は日系ブラジル人である。", ("日系ブラジル人", "race")),
        ("山田様は毎朝アムロジピンを服用している。", ("アムロジピンを服用して", "medical")),
        ("利用者：山田 太郎様\n緑内障のため抗コリン薬禁忌（本人申告）", ("緑内障", "medical")),
        # a disease named, with no treatment, in a long sentence about someone
        (
            "【髙田】11:09 橋本さん、認知症の進行が見られるの件、ケアマネに報告しました",
            ("認知症", "medical"),
        ),
    ],
)
def test_a_fact_in_a_note_is_sensitive_with_its_subtype(text: str, expected: tuple[str, str]) -> None:
    assert sensitive(text) == [expected]


def test_two_facts_in_one_sentence_keep_their_own_subtypes() -> None:
    assert sensitive("佐藤さんは脳性まひがあり車いすを使用している。") == [
        ("脳性まひ", "medical"),
        ("車いすを使用", "disability"),
    ]


def test_open_vocabulary_findings_say_so() -> None:
    (finding,) = detect("山田さんは過敏性腸症候群で通院中。", types=["SENSITIVE"])
    assert finding.reasons == ("open-vocabulary", "person-context")


@pytest.mark.parametrize(
    "text",
    [
        # system failures: 障害 and まひ of a machine
        pytest.param("サーバ障害が発生したため、山田さんが対応した。", id="server-fault"),
        pytest.param("システム障害のため山田さんへの連絡が遅れた。", id="system-fault"),
        pytest.param("山田さんはネットワーク障害の復旧にあたった。", id="network-fault"),
        pytest.param("佐藤さんから、スマホのアプリ障害で予約できないと連絡があった。", id="app-fault"),
        pytest.param("山田さんはレジの障害で会計が遅れたと話した。", id="till-fault"),
        # an animal's illness
        pytest.param("山田さんの愛犬が腎臓病で通院している。", id="dog"),
        pytest.param("山田さんの飼い猫が糖尿病と診断された。", id="cat"),
        # a hospital as an address, not a patient's
        pytest.param("山田さん宛ての荷物を○○病院へ発送しました。", id="parcel-to-hospital"),
        pytest.param("山田さんは病院の受付で書類を提出した。", id="errand-at-hospital"),
        # a policy naming the categories
        pytest.param("当社は病歴等の要配慮個人情報を本人の同意なく取得しません。", id="policy-病歴等"),
        pytest.param(
            "個人情報保護方針：人種、信条、病歴などの要配慮個人情報は取得しません。", id="policy-list"
        ),
        # products, notices, job categories, bodies
        pytest.param("佐藤さんは、がん保険に加入している。", id="cancer-insurance"),
        pytest.param("山田さんはがん保険の特約を追加した。", id="insurance-rider"),
        pytest.param("山田さんは糖尿病の予防セミナーに参加した。", id="seminar"),
        pytest.param("山田さんは熱中症警戒アラートを確認した。", id="heat-alert"),
        pytest.param("山田さんは障害者雇用枠の求人に応募した。", id="job-category"),
        pytest.param("鈴木さんは宗教法人の担当者です。", id="religious-corporation"),
        pytest.param("鈴木さんは日系企業に勤めている。", id="japanese-company"),
        # statistics about many people
        pytest.param("糖尿病の患者数は全国で1000万人と推計される。", id="national-count"),
        pytest.param("患者の3割が高血圧症で通院している。", id="share-of-patients"),
        # questions
        pytest.param("山田さんは過去に入院したことがありますか？", id="question-hospital"),
        pytest.param("山田さんは糖尿病ですか？", id="question-disease"),
        # words with a disease's ending that name none
        pytest.param("彼は仮病を使って休んだ。", id="feigned-illness"),
        pytest.param("彼は臆病な性格だ。", id="cowardice"),
        pytest.param("山田さんは炎上した投稿を削除した。", id="flaming-post"),
        pytest.param("山田さんはがんばっている。", id="ganbaru"),
        # property of the organisation stolen
        pytest.param("山田さんのPCが盗難の被害にあった。", id="stolen-pc"),
        # stated as absent, with what is absent between the word and なし
        pytest.param("田中様 宗教上の制限なし。健康体割引適用", id="no-religious-restriction"),
        pytest.param("山田様 障害等級の認定なし", id="no-disability-grade"),
        pytest.param("佐藤様 健診結果 異常なし", id="checkup-normal"),
        pytest.param("依頼者 鈴木様\n後遺障害：非該当", id="after-effects-none"),
        # a disease's name inside another word or question
        pytest.param("鈴木さんの注文は糖尿病食です。", id="diet-product"),
        pytest.param("田中医師は糖尿病の専門医として鈴木さんを紹介した。", id="specialist"),
        pytest.param(
            "山田さん、がん・心疾患・脳血管疾患と診断されたことがありますか。", id="form-question-list"
        ),
        pytest.param("佐藤さんのクラスではインフルエンザが流行している。", id="epidemic"),
        pytest.param("山田様 心疾患の指摘は受けていないとのこと。", id="not-pointed-out"),
        pytest.param("山田様は、自分もいつか認知症になるかも、と冗談まじりに話す。", id="one-day-maybe"),
        pytest.param("山田様とテレビのがん特集番組の話題で盛り上がる。", id="tv-programme"),
        pytest.param("山田様 【禁忌（次の患者には投与しないこと）】重症筋無力症の患者", id="drug-leaflet"),
    ],
)
def test_look_alikes_are_not_sensitive(text: str) -> None:
    assert sensitive(text) == []


def test_vocabulary_needs_a_person() -> None:
    assert sensitive("過敏性腸症候群で通院中。") == []
    assert sensitive("本人は過敏性腸症候群で通院中。") == [("過敏性腸症候群で通院中", "medical")]
    assert (
        sensitive("過敏性腸症候群は腸の働きが乱れて腹痛が続く病気で、ストレスとの関係が指摘されている。")
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Brown was arrested in 2019.", ("was arrested", "criminal_record")),
        ("The client was convicted of fraud.", ("was convicted", "criminal_record")),
        ("The client was a victim of fraud.", ("victim of", "crime_victim")),
        ("The employee uses a wheelchair.", ("wheelchair", "disability")),
        ("She is a practising Muslim.", ("practising Muslim", "creed")),
        ("She had knee surgery last year.", ("had knee surgery", "medical")),
        ("The applicant is recovering from a stroke.", ("recovering from a stroke", "medical")),
        ("本人はうつで休んでいる。", ("うつで", "medical")),
    ],
)
def test_english_facts_carry_their_own_subtype(text: str, expected: tuple[str, str]) -> None:
    assert sensitive(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "本日サーバ障害が発生し、担当の山田さんが対応した。",
        "山田さんは予約システム障害の対応に追われた。",
        "山田さんは花粉症の薬のCMを見た。",
        "山田さんは社用車を盗まれ被害届を出した。",
        "I read that my dog has diabetes.",
        "Q. 花粉症シーズンとは？　A. スタッフにお気軽にお尋ねください。",
        "[18:13] 池田大輔: 認知症カフェの日程決まりました",
        "効能・効果：アルツハイマー型認知症の症状の進行抑制",
        "・窃盗事件の容疑者を逮捕",
        "受付スタッフ：小野 ※熱中症に注意",
        "2. 教会通りについて 報告があった。",
    ],
)
def test_faults_adverts_pets_seasons_and_news_state_no_fact(text: str) -> None:
    assert sensitive(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("既往：運動誘発性喘息", ("喘息", "medical")),
        ("既往：右股関節が人工関節", ("人工関節", "disability")),
        ("山田 花子様\n診断：嚥下障害あり、とろみ剤使用", ("嚥下障害", "medical")),
        ("配慮事項：ハラール食のみ", ("ハラール", "creed")),
        ("Yes - member has a cardiac pacemaker.", ("has a cardiac pacemaker", "disability")),
    ],
)
def test_the_value_of_a_health_field_is_the_fact(text: str, expected: tuple[str, str]) -> None:
    assert sensitive(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "既往歴：",
        "既往歴：なし",
        "3. 既往歴：（例：高血圧）",
        "2024年10月28日はラマダン期間中の営業時間とさせていただきます。",
    ],
)
def test_an_empty_field_a_sample_or_a_shop_notice_states_nothing(text: str) -> None:
    assert sensitive(text) == []


def test_only_ticked_items_of_a_check_list_are_facts() -> None:
    text = "氏名：山田太郎\n既往歴（該当に■）：□てんかん ■心臓病 □肝炎 □高血圧"
    assert sensitive(text) == [("心臓病", "medical")]
    assert sensitive("氏名：山田太郎\n既往歴（該当に■）：□腎臓病 □肝炎 □高血圧") == []


def test_a_ticked_yes_keeps_the_detail_in_brackets() -> None:
    text = "氏名：山田太郎\n回答：■はい □いいえ（胆石で入院、市立東病院）"
    assert sensitive(text) == [("胆石で入院", "medical")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "氏名：山田太郎\n服用中のお薬はありますか　→ はい（降圧剤を毎朝服用）",
            ("降圧剤を毎朝服用", "medical"),
        ),
        (
            "福田と申します。実は狭心症でニトログリセリン携帯なので",
            ("狭心症でニトログリセリン携帯", "medical"),
        ),
        ("Remarks: guest takes blood thinners.", ("takes blood thinners", "medical")),
        ("the applicant has a prior conviction for fraud.", ("prior conviction", "criminal_record")),
        ("【宗派】浄土真宗本願寺派\n【埋葬者】", ("浄土真宗本願寺派", "creed")),
        ("氏名：山田\n| 宗派 | 浄土宗 |", ("浄土宗", "creed")),
    ],
)
def test_medicines_english_records_and_sect_fields(text: str, expected: tuple[str, str]) -> None:
    assert expected in sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "氏名：山田\n宗旨・宗派は問いません（浄土宗・真言宗・日蓮宗・曹洞宗など）",
        "宗派：不問",
        "氏名：山田\n◆歯周病：歯ぐきの炎症",
        "氏名：山田\n※既往症の悪化による治療費は補償対象外となる場合があります。",
        "氏名：山田\n当塾の発達障害のお子さまの学習サポートについて説明した。",
    ],
)
def test_guides_glossaries_exclusions_and_services_state_nothing(text: str) -> None:
    assert sensitive(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氏名：山田\n告知あり：双極性障害のため配慮が必要。", ("双極性障害", "medical")),
        ("太田さん：勇気さんってうつで休職歴ありらしいです", ("うつで休職", "medical")),
        ("宮崎さん：丸山様の告知、前立腺がんみたいです", ("前立腺がん", "medical")),
    ],
)
def test_a_fault_word_after_a_disease_and_colloquial_endings(text: str, expected: tuple[str, str]) -> None:
    assert expected in sensitive(text)


def test_a_hypothetical_question_states_nothing() -> None:
    assert sensitive("氏名：山田\n持病があっても入会できますか") == []


@pytest.mark.parametrize(
    ("text", "column", "expected"),
    [
        # a care-need level said of a person, also as a change, and under a 介護度 column
        ("利用者の山田様は要介護3と認定された。", None, [("要介護3", "disability")]),
        ("鈴木さん、要支援2→要介護1に変更。", None, [("要支援2→要介護1", "disability")]),
        ("要介護4", "介護度", [("要介護4", "disability")]),
        # a health check's result for a person
        ("山田さんは便潜血陽性、要精密。", None, [("陽性、要精密", "medical")]),
        ("眼底 C判定", "有所見項目", [("眼底 C判定", "medical")]),
        # clinicians' shorthand and injuries in notes about the row's person
        ("9:30 金城様宅 統失で通院、次回資料持参。", None, [("統失で通院", "medical")]),
        ("DM治療中", "findings", [("DM治療中", "medical")]),
        ("追突事故。脳挫傷で通院中", "相談概要", [("脳挫傷で通院中", "medical")]),
        ("がん治療", "reason", [("がん治療", "medical")]),
        # a charge as a law office files it; the other party of a case is a person
        ("罪名：窃盗被告事件", None, [("窃盗被告事件", "criminal_record")]),
        ("相手方は飲酒運転で過去に罰金刑（刑事記録より）", None, [("罰金刑", "criminal_record")]),
        ("Patient has a visual impairment and is stable.", None, [("has a visual impairment", "disability")]),
    ],
)
def test_what_care_health_and_law_records_write(
    text: str, column: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f.value(text), f.subtype) for f in detect(text, types=["SENSITIVE"], column=column)] == expected


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # a fact stated as absent
        ("入院歴なし", "既往歴"),
        ("がんの既往はありません", "既往歴"),
        ("前科・前歴なし", "既往歴"),
        ("山田様、持病はありません。", None),
        ("Patient has no history of diabetes.", None),
        # prices, legends, rules, statutes, code tables, quizzes, books, a solicitation suffered
        ("要介護5　¥590／回", None),
        ("要介護1〜5の方が対象です。", None),
        ("判定区分: A 異常なし B 軽度異常 C 要経過観察 D 要精密検査 E 要治療", None),
        ("認知症加算　95単位", None),
        (
            "第5条　従業員が業務外の傷病により欠勤が引き続き1か月を超えたときは、休職を命ずることがある。",
            None,
        ),
        ("1) 犯罪被害者等基本法", None),
        ("- G30　アルツハイマー病", None),
        ("Q. 利用者の認知症の診断名をSNSに投稿した職員の行為の問題点を述べよ。", None),
        ("- 認知症の父を介護する息子のエッセイ", None),
        ("山田さんは上司から宗教の勧誘を受けた。", None),
        ("私傷病", "reason"),
        ("※代理店システムのメンテナンス障害", None),
    ],
)
def test_what_only_looks_like_a_care_health_or_law_fact(text: str, column: str | None) -> None:
    assert detect(text, types=["SENSITIVE"], column=column) == []


def test_a_fact_stated_with_ない_is_still_a_fact() -> None:
    assert sensitive("山田様は耳が聞こえない。") == [("耳が聞こえ", "disability")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "最近、母は誤嚥性肺炎で入院、様子を見ていただけますか。",
            "誤嚥性肺炎で入院",
        ),  # a request, not a question
        ("山田様 HbA1c 8.2％（要医療）", "要医療"),  # one person's result, not a share of many
        ("利用者の鈴木様は全介助。", "全介助"),
        ("依頼者は症状固定に向け通院継続。", "症状固定"),
    ],
)
def test_care_and_clinic_notes_in_their_own_words(text: str, expected: str) -> None:
    assert any(expected in f.value(text) for f in detect(text, types=["SENSITIVE"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("看護：脳梗塞後遺症。福祉用具レンタル追加", "脳梗塞後遺症"),  # a care conference's line
        ("Family history: brother has type 1 diabetes.", "has type 1 diabetes"),  # a relative's
        (
            "お疲れさまです。金子です。\n以前お話ししたとおり、身体障害者手帳（3級）を持っています。",
            "身体障害者手帳",
        ),
    ],
)
def test_records_and_letters_about_one_person(text: str, expected: str) -> None:
    assert any(expected in f.value(text) for f in detect(text, types=["SENSITIVE"]))


@pytest.mark.parametrize(
    "form",
    [
        "問診票\n氏名：山田 太郎\n既往（あてはまるものに(レ)）\n"
        " ( )高血圧 (レ)心臓病 ( )糖尿病 (レ)甲状腺の病気\n",
        "問診票\n氏名：山田 太郎\n既往（あてはまるものに●）\n ○高血圧 ●心臓病 ○糖尿病 ●甲状腺の病気\n",
        "問診票\n氏名：山田 太郎\n既往\n ☐高血圧 ☑心臓病 ☐糖尿病 ☑甲状腺の病気\n",
    ],
)
def test_only_the_ticked_items_of_a_check_list_are_facts(form: str) -> None:
    assert [value for value, _ in sensitive(form)] == ["心臓病", "甲状腺の病気"]


def test_a_ticked_answer_leaves_the_fact_to_its_details_and_a_bullet_is_no_tick() -> None:
    answer = (
        "告知書\n氏名：山田 太郎\n入院したことがありますか。\n  A. ■はい □いいえ（胆石で入院、市立病院）\n"
    )
    assert [value for value, _ in sensitive(answer)] == ["胆石で入院"]
    mail = "■氏名　鈴木 悠真\n■主病名　レビー小体型認知症\n"
    assert "主病名" not in [value for value, _ in sensitive(mail)]


def test_a_chat_log_is_about_someone_on_every_line() -> None:
    chat = (
        "高木 和也 8:52\nおはようございます\n\n高木 和也 9:45\n認定結果が出て、要介護3になりました\n\n"
        "高木 和也 9:52\n透析の日は帰ってきたらぐったり寝てます\n"
    )
    values = [value for value, _ in sensitive(chat)]
    assert "要介護3" in values and any("透析" in v for v in values)
