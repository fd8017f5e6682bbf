"""Tables written as text: a header line of field names binds the cells below it, and only those."""

from __future__ import annotations

import pytest

from mamori.detect import detect


def found(text: str, types: tuple[str, ...] = ("DATE_OF_BIRTH", "PHONE")) -> list[tuple[str, str]]:
    return [(f.type.value, f.value(text)) for f in detect(text, types=list(types))]


def birth_reasons(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value(text), f.reasons) for f in detect(text, types=["DATE_OF_BIRTH"])]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(
            "氏名\t生年月日\t所属\n山田 太郎\t1985/04/01\t営業\n佐藤 花子\t1990/12/24\t総務",
            ["1985/04/01", "1990/12/24"],
            id="tabs",
        ),
        pytest.param(
            "| 氏名 | 生年月日 | 連絡先 |\n|---|---|---|\n| 久保太郎 | 1999/07/20 | 090(6424)8829 |",
            ["1999/07/20"],
            id="markdown-pipes",
        ),
        pytest.param(
            "氏名,生年月日,電話\n金子麻衣,1985/04/01,090-1234-5678\n松尾雄一,1977/01/20,080-1111-2222",
            ["1985/04/01", "1977/01/20"],
            id="commas",
        ),
        pytest.param(
            "氏名  生年月日  所属\n太田 大樹  S36/03/05  東和システム\n三浦 達也  H16/12/8  管理部",
            ["S36/03/05", "H16/12/8"],
            id="several-spaces",
        ),
        pytest.param(
            "氏名　生年月日　所属\n金子　麻衣　1985/04/01　営業部\n松尾　雄一　1977/01/20　総務部",
            ["1985/04/01", "1977/01/20"],
            id="ideographic-spaces-inside-names",
        ),
        pytest.param(
            "【本日の受付分】氏名 | 生年月日 | 所属\n"
            "・太田　大樹 | S36/03/05 | 東和システム\n・三浦 達也 | H16-12-8 | 管理部",
            ["S36/03/05", "H16-12-8"],
            id="heading-and-bullets",
        ),
        pytest.param(
            "以下の方の（氏名, 生年月日, 所属順）\n"
            "金子麻衣, 1985/04/01, 営業部\n松尾雄一, 1977/01/20, 総務部",
            ["1985/04/01", "1977/01/20"],
            id="fields-in-brackets",
        ),
        pytest.param(
            "■一覧（氏名 / 生年月日 / 登録日）\n"
            "1. 金子麻衣 / 1985/04/01 / 2020/01/01\n2. 松尾雄一 / 1977/01/20 / 2021/02/02",
            ["1985/04/01", "1977/01/20"],
            id="numbered-list-slashes",
        ),
        pytest.param(
            "氏名、生年月日、登録日\n"
            "金子麻衣 ／ 昭和42年1月10日 ／ 2020/01/01\n松尾雄一 ／ 昭和50年2月3日 ／ 2021/02/02",
            ["昭和42年1月10日", "昭和50年2月3日"],
            id="header-and-records-split-differently",
        ),
    ],
)
def test_a_date_under_a_birth_field_is_a_birth_date(text: str, dates: list[str]) -> None:
    # no label sits next to the dates: only the header's 生年月日 makes them birth dates (the header binds
    # its cells; a name and a date under a heading naming 生年月日 is a record of that list)
    found = birth_reasons(text)
    assert [d for d, _ in found] == dates
    assert all(r in (("column",), ("record-under-birth-heading",)) for _, r in found)


def test_each_field_binds_its_own_cells() -> None:
    text = "# 名簿：氏名・生年月日・携帯\n- 金子麻衣 / 1985/04/01 / 09012345678"
    assert found(text, ("PERSON", "DATE_OF_BIRTH", "PHONE")) == [
        ("PERSON", "金子麻衣"),
        ("DATE_OF_BIRTH", "1985/04/01"),
        ("PHONE", "09012345678"),
    ]


def test_an_english_header_names_its_fields() -> None:
    text = "Name\tDOB\tPhone\nGrace Lee\t03/03/1979\t090-1234-5678"
    findings = detect(text, types=["PERSON", "DATE_OF_BIRTH"])
    assert [(f.type.value, f.value(text), f.reasons) for f in findings] == [
        ("PERSON", "Grace Lee", ("column:Name",)),
        ("DATE_OF_BIRTH", "03/03/1979", ("column",)),
    ]


def test_a_date_in_another_field_is_not_a_birth_date() -> None:
    text = "氏名\t生年月日\t登録日\n金子 麻衣\t1985/04/01\t2020/01/01\n松尾 雄一\t1977/01/20\t2021/02/02"
    assert found(text, ("DATE_OF_BIRTH",)) == [
        ("DATE_OF_BIRTH", "1985/04/01"),
        ("DATE_OF_BIRTH", "1977/01/20"),
    ]


def test_a_field_name_binds_nothing_after_the_table() -> None:
    text = "氏名\t生年月日\n金子 麻衣\t1985/04/01\n\n備考：次回は2024/04/01に来店予定"
    assert found(text, ("DATE_OF_BIRTH",)) == [("DATE_OF_BIRTH", "1985/04/01")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "お名前、ご住所、お電話番号をご記入のうえ、2024/04/01までにお送りください。", id="prose-commas"
        ),
        pytest.param("氏名と生年月日を確認しました。1985/04/01は休日です。", id="field-words-in-prose"),
        pytest.param("2020/01/01\t1985/04/01\n2021/01/01\t1990/02/02", id="no-header"),
    ],
)
def test_text_that_is_no_table_binds_no_field(text: str) -> None:
    assert found(text, ("DATE_OF_BIRTH",)) == []


def test_a_two_column_key_value_table_is_read_as_labels_and_values() -> None:
    text = "| フリガナ | アライ　メイ |\n| 氏名 | 新井 芽衣 |\n| 生年月日 | 1985/04/01 |\n| 性別 | 女 |"
    findings = detect(text, types=["PERSON", "DATE_OF_BIRTH"])
    values = [(f.type.value, f.value(text)) for f in findings]
    assert ("PERSON", "新井 芽衣") in values
    # the first row is no header: 性別 and 女 are not names under フリガナ / アライ　メイ
    assert ("PERSON", "性別") not in values and ("PERSON", "女") not in values
    (dob,) = [f for f in findings if f.type.value == "DATE_OF_BIRTH"]
    assert (dob.value(text), dob.reasons) == ("1985/04/01", ("label:生年月日",))


def test_a_key_value_table_does_not_make_a_later_date_a_birth_date() -> None:
    text = "| 氏名 | 山田 太郎 |\n| 生年月日 | 1985/04/01 |\n| 登録日 | 2024/04/01 |"
    assert found(text, ("DATE_OF_BIRTH",)) == [("DATE_OF_BIRTH", "1985/04/01")]


def test_a_fixed_width_table_keeps_its_columns_when_a_field_is_empty() -> None:
    text = (
        "教習生番号     氏名          カナ              生年月日          電話              備考\n"
        "2305613   吉田由美        ヨシダユミ           昭和46年10月18日   070-8963-8211"
        "                 救命講習\n"
        "2102726   久保花子        クボハナコ           平成18年8月14日    "
        "                               なし\n"
    )
    assert [d for d, _ in birth_reasons(text)] == ["昭和46年10月18日", "平成18年8月14日"]


def test_a_weak_reading_is_settled_by_its_field_name() -> None:
    # a licence-shaped number alone scores below the default; under 免許証番号 it is a licence
    from mamori.detect import detect

    text = (
        "氏名 | 生年月日 | 免許証番号\n"
        "吉田由美 | 1971/10/18 | 627633235231\n久保花子 | 2006/08/14 | 803784621890\n"
    )
    assert [f.value(text) for f in detect(text, types=["DRIVERS_LICENSE"])] == [
        "627633235231",
        "803784621890",
    ]
