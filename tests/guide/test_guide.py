"""The guide answers the questions organisations ask, cites its sources and admits when it has no answer."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.guide import ask, load_entries
from mamori.guide.entries import parse_entries

# Every question in the seeds (shared/seeds/000_*, 001_*), with the entry that must answer it.
SEED_QUESTIONS = [
    ("個人情報流出させたらどうなる?", "leak-consequences"),
    ("個人情報が流出するリスクとは?", "leak-business-risk"),
    ("個人情報漏らしたらどうなる?", "leak-consequences"),
    ("個人情報を流出させた罪は?", "leak-crimes"),
    ("個人情報がバレるとどうなるのか?", "individual-harm"),
    ("個人情報はどこから漏れるのか?", "leak-routes"),
    ("個人情報が流出した時の対応は?", "leak-response"),
    ("個人情報漏えいの損害賠償額はいくらですか?", "damages-amount"),
    ("個人情報流出の賠償責任は?", "civil-liability"),
    ("個人情報 漏洩 1件 いくら?", "damages-amount"),
    ("どこまでが個人情報なのか?", "personal-info-scope"),
    ("IPアドレスがバレたらどうなる?", "ip-exposed"),
    ("個人情報が流出してしまう理由は何ですか?", "leak-causes"),
    ("個人情報を扱うときに気をつけることは?", "handling-rules"),
    ("個人情報漏洩 誰の責任?", "who-is-responsible"),
    ("個人情報漏洩のお詫びの相場はいくらですか?", "apology-money"),
    ("個人情報漏洩の賠償金はいくらですか?", "damages-amount"),
    ("個人情報漏洩のペナルティは?", "penalties"),
    ("氏名だけでも個人情報になる?", "name-only"),
    ("氏名は個人情報ですか?", "name-only"),
    ("IPアドレスはバレるとやばいですか?", "ip-exposed"),
    ("IPアドレスはバレてもいいですか?", "ip-exposed"),
    ("情報を守るためにすべきことは何ですか?", "security-measures"),
    ("個人情報漏洩の罰金はいくらですか?", "penalties"),
    ("メールアドレスは個人情報になりますか?", "email-address"),
    ("個人情報どこまで分かる?", "personal-info-scope"),
    ("社員が会社のパソコンを紛失し、顧客情報が漏えいしました。", "lost-laptop"),
    (
        "当社の派遣社員が派遣先企業の顧客情報を流出させました。当社はどうしたらよいですか?",
        "dispatch-worker-leak",
    ),
    ("顧客情報の安全対策について、まず何から取り組んだらよいですか?", "first-security-steps"),
]

# Phrasings that appear nowhere in the data: the search must carry them by meaningful overlap.
PARAPHRASES = [
    ("IPアドレスって個人情報なの？", "ip-personal-info"),
    ("名前だけでも個人情報に当たる？", "name-only"),
    ("情報漏えいの慰謝料は一人いくらくらい？", "damages-amount"),
    ("漏洩したときの罰則を教えて", "penalties"),
    ("ノートPCを電車に置き忘れた", "lost-laptop"),
    ("BCCで送るべきところをCCにした", "cc-bcc-mistake"),
    ("ランサムウェアにやられた", "ransomware"),
    ("確報は何日以内", "final-report"),
    ("本人に知らせる必要はある？", "individual-notice"),
    ("健康診断の結果が漏れた", "health-check"),
    ("5000人未満なら法律の対象外？", "threshold-5000"),
    ("懲役刑はまだあるの", "imprisonment-reform"),
    ("カード番号が漏れた", "card-number-leak"),
    ("ｉｐアドレスは個人情報ですか", "ip-personal-info"),
]

UNRELATED = ["今日の天気は？", "ラーメンのおいしい店", "株価の見通し", "abc", "？？？", "会社の住所"]


@pytest.mark.parametrize(("question", "expected"), SEED_QUESTIONS)
def test_every_seed_question_finds_its_answer(question: str, expected: str) -> None:
    answer = ask(question)
    assert answer is not None and answer.entry.id == expected


@pytest.mark.parametrize(("question", "expected"), PARAPHRASES)
def test_paraphrases_find_the_same_answer(question: str, expected: str) -> None:
    answer = ask(question)
    assert answer is not None and answer.entry.id == expected


@pytest.mark.parametrize("question", UNRELATED)
def test_unrelated_questions_get_no_answer(question: str) -> None:
    assert ask(question) is None


def test_every_entry_cites_a_source_and_is_found_by_its_own_question() -> None:
    entries = load_entries()
    assert len(entries) >= 50
    for entry in entries:
        assert entry.citations
        found = ask(entry.question)
        assert found is not None and found.entry.id == entry.id, entry.id


def test_outdated_beliefs_are_answered_with_the_current_law_and_its_date() -> None:
    threshold = ask("5,000人以下の事業者は個人情報保護法の対象外ですか")
    assert threshold is not None
    assert "2017年5月30日" in threshold.entry.answer and threshold.entry.changed
    penalty = ask("1年以下の懲役又は100万円以下の罰金ですか")
    assert penalty is not None and penalty.entry.id in {"penalties", "imprisonment-reform"}
    assert "拘禁刑" in penalty.entry.answer and "2025年6月1日" in penalty.entry.answer


def test_related_questions_are_other_entries() -> None:
    answer = ask("速報はいつまでに出せばいい？")
    assert answer is not None and answer.entry.id == "preliminary-report"
    assert 2 <= len(answer.related) <= 3
    assert answer.entry not in answer.related


def test_broken_data_is_refused_with_the_entry_named() -> None:
    with pytest.raises(ValueError, match="no-cite"):
        parse_entries('[[entry]]\nid = "no-cite"\nquestion = "q"\nanswer = "a"\ncitations = []\n')
    with pytest.raises(ValueError, match="missing"):
        parse_entries(
            '[[entry]]\nid = "x"\nquestion = "q"\nanswer = "a"\n'
            'citations = ["法1条"]\nrelated = ["missing"]\n'
        )


runner = CliRunner()


def test_cli_shows_answer_citations_and_related() -> None:
    result = runner.invoke(app, ["guide", "IPアドレスは個人情報ですか"])
    assert result.exit_code == 0
    assert "個人関連情報" in result.output
    assert "根拠" in result.output and "2条" in result.output
    assert "関連する質問" in result.output


def test_cli_json() -> None:
    result = runner.invoke(app, ["guide", "氏名は個人情報ですか", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["answer"]["id"] == "name-only"
    assert data["answer"]["citations"]
    assert 2 <= len(data["related"]) <= 3


def test_cli_no_match_says_so_in_japanese() -> None:
    result = runner.invoke(app, ["guide", "今日の天気は？"])
    assert result.exit_code == 1
    assert "見つかりませんでした" in result.output
    as_json = runner.invoke(app, ["guide", "今日の天気は？", "--json"])
    assert json.loads(as_json.output)["answer"] is None


def test_cli_without_question_asks_for_one() -> None:
    result = runner.invoke(app, ["guide"])
    assert result.exit_code == 2
    assert "質問を入力してください" in result.output


def test_cli_lists_questions() -> None:
    result = runner.invoke(app, ["guide", "--list", "--json"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)) == len(load_entries())


@pytest.mark.parametrize(
    "question",
    [
        "従業員のマイナンバーのコピーを入れた封筒を電車でなくしました。どうすればいいですか？",
        "マイナ漏れたっぽい　報告いる？",
    ],
)
def test_a_my_number_leak_always_names_the_my_number_acts_rule(question: str) -> None:
    answer = ask(question)
    assert answer is not None
    cited = [*answer.entry.citations, *(c for n in answer.notes for c in n.citations)]
    assert any("番号法29条の4" in c for c in cited)


def test_the_my_number_note_is_in_the_json_answer() -> None:
    result = CliRunner().invoke(app, ["guide", "--json", "マイナンバーを含むメールを誤送信しました"])
    data = json.loads(result.stdout)
    notes = data["answer"]["notes"]
    assert data["answer"]["id"] == "my-number-leak" or any("番号法29条の4" in n["citations"] for n in notes)


def test_a_question_without_my_numbers_gets_no_note() -> None:
    answer = ask("顧客名簿をなくしました。報告は必要ですか？")
    assert answer is not None and answer.notes == ()


@pytest.mark.parametrize(
    "question",
    [
        "ほんにん通知って何書けばいいの？",
        "お詫び金ってさ、法律で払わなきゃいけないもんなの？",
        "5000人以上からでしょ？",
    ],
)
def test_questions_typed_in_kana_or_about_apology_money_are_on_the_subject(question: str) -> None:
    assert ask(question) is not None


def test_grammar_in_kana_is_not_read_as_a_word() -> None:
    from mamori.guide.search import fold

    assert "仕舞" not in fold("誤って送信してしまった")
    assert "報告" in fold("ほうこくしなきゃ")
