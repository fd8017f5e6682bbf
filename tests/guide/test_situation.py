"""A question that tells an incident is answered with the engine's decision on it, the facts read and
what was assumed; a general question is not taken for one."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.guide import ask
from mamori.guide.situation import read_situation, situation_text

runner = CliRunner()
DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "required", "trigger"),
    [
        ("USBメモリを紛失、顧客300人分の氏名と住所、暗号化なし。報告は必要？", False, None),
        (
            "社員が電車にノートパソコンを置き忘れた。顧客1,200人分の名前と住所。暗号化なし。報告いる？",
            True,
            "R7-4",
        ),
        ("健康診断結果 メール誤送信 社員5名分 報告 必要?", True, "R7-1"),
        (
            "ECサイトが不正アクセスを受け、顧客40名分のクレジットカード番号が流出した可能性。報告は必要？",
            True,
            "R7-3",
        ),
        (
            "DMはがきの宛名印刷をミスって、ちょうど1,000人分の名前と住所が別の人のところに届いた。報告いる？",
            False,
            None,
        ),
        ("USBメモリ 紛失 患者80人 診療情報 AES暗号化 鍵は別管理 報告", False, None),
        (
            "ノートパソコンを紛失。顧客5,000名の氏名・住所。AES-256で暗号化し、復号鍵は社内の鍵管理サーバで"
            "別に管理しています。報告は必要でしょうか。",
            False,
            None,
        ),
        # a visit to a clinic is 要配慮 (令2条3号) though no disease is named
        (
            "クリニックの受付です。予約確認のFAXを番号間違えて知らない会社に送っちゃった。患者さん20人の名前と"
            "来院日が載ってる。病名は書いてない。報告いる？",
            True,
            "R7-1",
        ),
        # the persons whose data it was (200名分), not the one who received it; the last four digits only
        (
            "誤って別のお客様宛の一覧を添付してしまい、1名の方に、お客様200名分の氏名とクレジットカード番号の"
            "下4桁・有効期限が送られてしまいました。カード番号の全桁は含まれておりません。報告は必要でしょうか。",
            False,
            None,
        ),
    ],
)
def test_a_told_incident_gets_the_engines_decision(
    question: str, required: bool, trigger: str | None
) -> None:
    situation = read_situation(question, today=DAY)
    assert situation is not None and situation.assessment is not None
    assert situation.report_required is required
    if trigger is not None:
        assert trigger in situation.assessment.triggers


def test_what_was_assumed_and_what_would_change_the_answer_are_said() -> None:
    situation = read_situation("USBメモリをなくしました。顧客300人分です。報告は必要ですか。", today=DAY)
    assert situation is not None
    text = situation_text(situation)
    assert "報告義務はありません" in text
    assert "前提: 漏れた項目が書かれていないため氏名のみとした" in text
    assert "1,000人を超えると規則7条4号" in text


def test_article_57_takes_a_religious_bodys_list_out_of_the_duty() -> None:
    question = (
        "当宗教法人で、宗教活動のために管理している信者約1,500名の名簿が盗まれました。報告義務はありますか。"
    )
    situation = read_situation(question, today=DAY)
    assert situation is not None and situation.excluded_by_57 and not situation.report_required
    assert "法57条1項" in situation_text(situation)


@pytest.mark.parametrize(
    "question",
    ["暗号化していれば報告は不要ですか？", "確報の期限は何日ですか？", "IPアドレスは個人情報ですか"],
)
def test_a_general_question_is_no_situation(question: str) -> None:
    assert read_situation(question, today=DAY) is None


def test_guide_json_gives_the_facts_and_the_result() -> None:
    result = runner.invoke(
        app, ["guide", "ノートPCを紛失、顧客2,000人分の氏名と電話番号、暗号化なし。報告は必要？", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    situation = data["situation"]
    assert situation["report_required"] is True
    assert situation["facts"]["people"] == 2000
    assert "R7-4" in situation["result"]["triggers"]


def test_a_loose_question_carrying_an_outdated_belief_is_answered_not_declined() -> None:
    answer = ask("うちは社員10人で顧客も5000人いないから、個人情報保護法は関係ないよね？")
    assert answer is not None and answer.entry.id in {"threshold-5000", "small-business"}


def test_the_one_entry_correcting_a_belief_answers_it() -> None:
    answer = ask("漏えいの報告ってたしか努力義務だったよね？出さなくても別にどうってことないでしょ")
    assert answer is not None and answer.entry.id == "report-triggers"


def test_losses_and_damages_of_everyday_life_are_off_the_subject() -> None:
    assert ask("駅で傘なくしちゃった。紛失の届け出ってどこに出せばいい？") is None
    assert ask("賃貸マンションで雨漏りがあり、家具が濡れました。大家さんに損害賠償を請求できますか。") is None
    assert ask("法人に対する罰金は最高でも100万円程度と聞いていますが、今もそうですか。") is not None


def test_a_question_typed_in_kana_is_read_as_in_kanji() -> None:
    answer = ask("個人情報 ろうえい ほうこく いつまで")
    assert answer is not None and answer.entry.id in {"preliminary-report", "final-report", "report-triggers"}


def test_water_and_gas_leaks_are_off_the_subject() -> None:
    assert (
        ask("マンションの上の階から水漏れがあり、天井にシミができました。修理費用は請求できますか。") is None
    )
    assert ask("ガス漏れ 警報器 鳴った 対処法") is None


@pytest.mark.parametrize(
    "question",
    [
        "整形外科の受付です。患者さん3名分のカルテのコピーを、誤って別の患者さんにお渡ししてしまいました。どう対応すべきですか。",
        "DMの封入ミスで、約120人分の氏名と住所の宛名シールが他人のところに届きました。報告は必要ですか。",
    ],
)
def test_a_slip_handed_or_enclosed_for_the_wrong_person_is_a_misdelivery(question: str) -> None:
    situation = read_situation(question, today=date(2026, 12, 7))
    assert situation is not None and situation.facts.cause.value.startswith("misdelivery")


def test_a_mail_deleted_unread_as_confirmed_needs_no_report() -> None:
    question = (
        "生徒1人の成績と氏名を記載したメールを、誤って別の保護者に送ってしまいました。"
        "その保護者はメールを開かずに削除したとのことで、削除済みの画面も見せてもらい確認できました。報告は必要でしょうか。"
    )
    situation = read_situation(question, today=date(2026, 12, 7))
    assert situation is not None and situation.facts.recovered_unread
    assert situation.assessment is not None and not situation.assessment.report_required


def test_a_bare_keyword_question_in_kana_is_on_the_subject() -> None:
    answer = ask("かくほう 記載事項 何を書く 項目")
    assert answer is not None and answer.entry.id == "report-contents"


def test_a_list_sold_to_a_list_broker_is_an_insider_leak() -> None:
    situation = read_situation("社員がうちの顧客リスト800人分を名簿屋に売ってたのが発覚。報告必要？")
    assert situation is not None
    assert situation.report_required  # 不正の目的: 規則7条3号, whatever the count
