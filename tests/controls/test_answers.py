from pathlib import Path

import pytest
import yaml

from mamori.controls.answers import AnswersError, load_answers, load_policy


def test_answers_read_back_equal_after_writing(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(
        "answerer: 山田\ndate: 2026-12-01\nsmall_business: true\nretention_days: 1095\n"
        "my_number_areas: [共有/総務/マイナンバー]\nmax_table_readers: 3\n"
        "answers:\n  basic_policy: yes\n  access_control: {answer: 一部, note: 未確認, owner: 情シス}\n"
        "  foreign_environment: 該当なし\n",
        encoding="utf-8",
    )
    sheet = load_answers(path)
    assert sheet.get("basic_policy").choice == "yes"  # type: ignore[union-attr]
    assert sheet.get("access_control").owner == "情シス"  # type: ignore[union-attr]
    again = tmp_path / "again.yaml"
    again.write_text(yaml.safe_dump(sheet.to_dict(), allow_unicode=True), encoding="utf-8")
    assert load_answers(again) == sheet


def test_policy_json_holds_only_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text(
        '{"retention_days": 30, "my_number_areas": ["a/b"], "max_table_readers": 1}', encoding="utf-8"
    )
    policy = load_policy(path)
    assert (policy.retention_days, policy.my_number_areas, policy.max_table_readers) == (30, ("a/b",), 1)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("answers:\n  basic_policy: maybe\n", "解釈できません"),
        ("answers:\n  no_such_measure: yes\n", "不明な措置"),
        ("retention_days: -1\n", "0以上の整数"),
        ("- a list\n", "マッピング"),
        ("answers: [\n", "JSON/YAML として読めません"),
    ],
)
def test_a_bad_answers_file_is_refused_in_japanese(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnswersError, match=said):
        load_answers(path)
