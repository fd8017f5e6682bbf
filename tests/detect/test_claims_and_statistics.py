"""Shapes of a health insurance society's papers: appointment exports with the card's parts in their own
columns, postal codes split over two cells, English claim mail, and counts of many that state no one's
illness."""

from __future__ import annotations

import pytest

from mamori.detect import Detector
from mamori.detect.aggregates import is_aggregate_table
from mamori.detect.columns import column_meaning


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _types(detector: Detector, text: str, column: str | None = None) -> list[tuple[str, str]]:
    return [(f.type.value, text[f.start : f.end]) for f in detector.detect(text, column=column)]


@pytest.mark.parametrize(
    ("value", "header", "kind"),
    [
        ("4217868", "証番号", "HEALTH_INSURANCE"),
        ("00", "枝番号", "HEALTH_INSURANCE"),
        ("02", "eda", "HEALTH_INSURANCE"),
        ("132", "zip1", "POSTAL_CODE"),
        ("6719", "zip2", "POSTAL_CODE"),
        ("１３２", "〒上3桁", "POSTAL_CODE"),
    ],
)
def test_parts_of_a_card_or_a_postal_code_in_their_own_cells(
    detector: Detector, value: str, header: str, kind: str
) -> None:
    assert _types(detector, value, header) == [(kind, value)]


@pytest.mark.parametrize("header", ["保証番号", "学生証番号", "身分証番号"])
def test_other_certificates_numbers_are_not_insurance_cards(header: str) -> None:
    meaning = column_meaning(header)
    assert meaning is None or meaning.entity != "HEALTH_INSURANCE"


def test_a_practitioners_registration_number_is_not_a_card(detector: Detector) -> None:
    assert _types(detector, "受領委任 登録記号番号 契8673118") == []


@pytest.mark.parametrize(
    "text",
    [
        "Re: claim CL2480944 regarding the claimant's hospitalisation for atrial fibrillation at Vancouver "
        "General Hospital.",
        "The treating physician confirmed that the member is a known case of asthma.",
    ],
)
def test_an_insurers_english_mail_states_the_members_condition(detector: Detector, text: str) -> None:
    assert any(kind == "SENSITIVE" for kind, _ in _types(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "担当：山田\n※人工透析患者1人当たり医療費は年間約480万円\n",
        "なお、今月の傷病手当金受給者は全体で7名（うち精神疾患4名）です。",
        "・HbA1c 6.5%以上（糖尿病型）の者 168名",
    ],
)
def test_counts_of_many_state_no_ones_illness(detector: Detector, text: str) -> None:
    assert all(kind != "SENSITIVE" for kind, _ in _types(detector, text))


def test_a_table_of_counts_is_told_from_a_list_of_people() -> None:
    assert is_aggregate_table(["疾病分類", "件数", "医療費(円)", "前年比"])
    assert is_aggregate_table(["要介護度", "利用者数"])
    assert not is_aggregate_table(["氏名", "既往歴", "件数"])
    assert not is_aggregate_table(["受療者氏名", "負傷名"])


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("体温", "sensitive"),
        ("kaigodo", "sensitive"),
        ("認知症自立度", "sensitive"),
        ("施設TEL", "not_person"),
    ],
)
def test_care_record_headers(header: str, kind: str) -> None:
    meaning = column_meaning(header)
    assert meaning is not None and meaning.kind.value == kind
