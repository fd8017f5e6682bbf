"""Table of incidents with the answer the law gives and the article it rests on.

Each case is the base facts below plus overrides. Dates: 2026-03-02 is a Monday; day 1 is the day of knowing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BASE: dict[str, Any] = {
    "title": "テスト事案",
    "discovered_on": "2026-03-02",
    "organisation": {"name": "株式会社サンプル", "public_body": False},
    "event": "leak",
    "certainty": "confirmed",
    "cause": "misdelivery_email",
    "data_items": [{"type": "PERSON"}, {"type": "EMAIL"}],
    "people": 10,
}

MEDICAL = {"type": "SENSITIVE", "subtype": "medical"}
NAME_ADDRESS = [{"type": "PERSON"}, {"type": "ADDRESS"}]


@dataclass(frozen=True)
class Case:
    id: str
    article: str
    facts: dict[str, Any]
    report_required: bool
    triggers: tuple[str, ...] = ()
    days: int | None = None
    due_date: str | None = None
    event: str | None = None
    exemptions: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def facts(**overrides: Any) -> dict[str, Any]:
    merged = dict(BASE)
    for key, value in overrides.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


CASES: tuple[Case, ...] = (
    # --- no trigger ---
    Case("misdelivery-10-basic", "規則7条（該当号なし）", facts(), False),
    Case(
        "address-phone-email-only",
        "規則7条2号; PPC FAQ Q6-11",
        facts(data_items=[{"type": "ADDRESS"}, {"type": "PHONE"}, {"type": "EMAIL"}]),
        False,
    ),
    # --- R7-1 alone, every subtype, from one person ---
    *(
        Case(
            f"sensitive-{sub}-one-person",
            "規則7条1号",
            facts(data_items=[{"type": "PERSON"}, {"type": "SENSITIVE", "subtype": sub}], people=1),
            True,
            ("R7-1",),
            30,
            "2026-03-31",
        )
        for sub in (
            "medical",
            "criminal_record",
            "creed",
            "race",
            "social_status",
            "disability",
            "crime_victim",
        )
    ),
    # --- R7-2 ---
    Case(
        "card-number-alone",
        "規則7条2号; PPC FAQ Q6-12",
        facts(data_items=[{"type": "CREDIT_CARD"}], people=1),
        True,
        ("R7-2",),
        30,
        "2026-03-31",
    ),
    Case(
        "card-last4-and-expiry",
        "規則7条2号; PPC FAQ Q6-12",
        facts(data_items=[{"type": "CREDIT_CARD", "subtype": "last4"}, {"type": "CARD_EXPIRY"}]),
        False,
    ),
    Case(
        "login-password-payment-service",
        "規則7条2号（ガイドライン事例2）",
        facts(data_items=[{"type": "LOGIN_ID", "payment_service": True}, {"type": "PASSWORD"}]),
        True,
        ("R7-2",),
        30,
    ),
    Case(
        "login-password-no-payment",
        "規則7条2号",
        facts(data_items=[{"type": "LOGIN_ID", "payment_service": False}, {"type": "PASSWORD"}]),
        False,
    ),
    Case(
        "bank-account-and-pin",
        "規則7条2号",
        facts(data_items=[{"type": "BANK_ACCOUNT"}, {"type": "PASSWORD"}]),
        True,
        ("R7-2",),
        30,
    ),
    # --- R7-3 ---
    Case(
        "unauthorized-access-one-person",
        "規則7条3号",
        facts(cause="unauthorized_access", people=1),
        True,
        ("R7-3",),
        60,
        "2026-04-30",
    ),
    Case("theft-of-documents", "規則7条3号", facts(cause="theft", medium="paper"), True, ("R7-3",), 60),
    Case(
        "insider-takes-customer-list",
        "規則7条3号; 法179条",
        facts(cause="insider_theft"),
        True,
        ("R7-3",),
        60,
    ),
    Case(
        "ransomware-exfiltration-unknown",
        "規則7条3号; ガイドライン3-5-1-4",
        facts(cause="ransomware", event=None, certainty=None, evidence={"backup": "complete"}),
        True,
        ("R7-3",),
        60,
        event="leak",
    ),
    Case(
        "ransomware-no-backup-no-exfiltration",
        "規則7条3号; ガイドライン3-5-1-4（毀損）",
        facts(
            cause="ransomware",
            event=None,
            certainty=None,
            evidence={"backup": "none", "exfiltration_seen": False},
        ),
        True,
        ("R7-3",),
        60,
        event="damage",
    ),
    Case(
        "ransomware-complete-backup-no-exfiltration",
        "ガイドライン3-5-1-4（毀損に当たらない）",
        facts(
            cause="ransomware",
            event=None,
            certainty=None,
            evidence={"backup": "complete", "exfiltration_seen": False},
        ),
        False,
        event="none",
        exemptions=("not_a_leak",),
    ),
    Case(
        "web-skimming-2026-only-r7-3",
        "規則7条3号（令和6年4月1日施行）",
        facts(cause="web_skimming", data_items=[{"type": "PERSON"}, {"type": "CREDIT_CARD"}], people=5000),
        True,
        ("R7-3",),
        60,
    ),
    Case(
        "web-skimming-before-amendment",
        "規則7条3号（改正前）",
        facts(cause="web_skimming", discovered_on="2024-03-15", data_items=[{"type": "CREDIT_CARD"}]),
        False,
    ),
    # --- R7-4 threshold ---
    Case("people-1000-not-enough", "規則7条4号（千人を超える）", facts(people=1000), False),
    Case("people-1001", "規則7条4号", facts(people=1001), True, ("R7-4",), 30, "2026-03-31"),
    Case(
        "people-range-max-decides",
        "規則7条4号; ガイドライン3-5-3-1(4)",
        facts(people={"min": 900, "max": 3000}),
        True,
        ("R7-4",),
        30,
    ),
    Case("people-range-max-1000", "規則7条4号", facts(people={"min": 10, "max": 1000}), False),
    # --- combinations ---
    Case(
        "sensitive-and-1001",
        "規則7条1号・4号",
        facts(data_items=[{"type": "PERSON"}, MEDICAL], people=1001),
        True,
        ("R7-1", "R7-4"),
        30,
    ),
    Case(
        "malice-and-1001-is-60-days",
        "規則7条3号・4号; 規則8条2項",
        facts(cause="unauthorized_access", people=1001),
        True,
        ("R7-3", "R7-4"),
        60,
    ),
    Case(
        "all-four",
        "規則7条1〜4号",
        facts(
            cause="unauthorized_access",
            data_items=[*NAME_ADDRESS, MEDICAL, {"type": "CREDIT_CARD"}],
            people=1200,
            sensitive_people=3,
        ),
        True,
        ("R7-1", "R7-2", "R7-3", "R7-4"),
        60,
        "2026-04-30",
    ),
    # --- exemptions ---
    Case(
        "high-grade-encryption",
        "規則7条1号括弧書; PPC FAQ Q17-14",
        facts(data_items=[MEDICAL], people=5000, cause="loss", encryption="high_grade_key_managed"),
        False,
        exemptions=("high_grade_encryption",),
    ),
    Case(
        "encrypted-but-key-compromised",
        "規則7条1号; PPC FAQ Q17-14",
        facts(data_items=[MEDICAL], cause="loss", encryption="encrypted_key_compromised"),
        True,
        ("R7-1",),
        30,
    ),
    Case(
        "pseudonymised",
        "法41条9項",
        facts(data_status="pseudonymised", people=5000),
        False,
        exemptions=("pseudonymised",),
    ),
    Case(
        "anonymised",
        "法2条6項",
        facts(data_status="anonymised", people=5000),
        False,
        exemptions=("anonymised",),
    ),
    Case(
        "statistical",
        "法2条1項",
        facts(data_status="statistical", people=5000),
        False,
        exemptions=("statistical",),
    ),
    Case(
        "email-deleted-unread",
        "ガイドライン3-5-1-2; PPC FAQ Q6-1",
        facts(data_items=[MEDICAL], recovered_unread=True),
        False,
        event="none",
        exemptions=("not_a_leak",),
    ),
    # --- event decided from evidence ---
    Case(
        "misconfiguration-logs-show-no-access",
        "PPC FAQ Q6-1",
        facts(
            cause="misconfiguration",
            event=None,
            certainty=None,
            people=50000,
            evidence={"access_logs": "no_outside_access"},
        ),
        False,
        event="none",
        exemptions=("not_a_leak",),
    ),
    Case(
        "misconfiguration-logs-unavailable",
        "規則7条4号; PPC FAQ Q6-1（おそれ）",
        facts(
            cause="misconfiguration",
            event=None,
            certainty=None,
            people=2000,
            evidence={"access_logs": "unavailable"},
        ),
        True,
        ("R7-4",),
        30,
        event="leak",
        extra={"certainty": "possible"},
    ),
    Case(
        "loss-inside-with-copy",
        "ガイドライン3-5-1-3（滅失に当たらない）",
        facts(
            cause="loss",
            event=None,
            certainty=None,
            data_items=[MEDICAL],
            evidence={"left_premises": False, "copy_elsewhere": True},
        ),
        False,
        event="none",
        exemptions=("not_a_leak",),
    ),
    Case(
        "loss-inside-no-copy-sensitive",
        "規則7条1号; ガイドライン3-5-1-3（滅失）",
        facts(
            cause="loss",
            event=None,
            certainty=None,
            data_items=[MEDICAL],
            evidence={"left_premises": False, "copy_elsewhere": False},
        ),
        True,
        ("R7-1",),
        30,
        event="loss",
    ),
    Case(
        "usb-lost-outside-patients",
        "規則7条1号（ガイドライン事例1）",
        facts(
            cause="loss",
            medium="usb",
            event=None,
            certainty=None,
            data_items=[MEDICAL],
            evidence={"left_premises": True},
        ),
        True,
        ("R7-1",),
        30,
        event="leak",
    ),
    # --- public bodies: 法68条, 規則43条 ---
    Case(
        "public-101-people",
        "規則43条4号（百人を超える）",
        facts(organisation={"name": "〇〇市", "public_body": True}, people=101),
        True,
        ("R43-4",),
        30,
    ),
    Case(
        "public-100-people",
        "規則43条4号",
        facts(organisation={"name": "〇〇市", "public_body": True}, people=100),
        False,
    ),
    Case(
        "public-sensitive",
        "規則43条1号",
        facts(organisation={"name": "〇〇市", "public_body": True}, data_items=[MEDICAL], people=1),
        True,
        ("R43-1",),
        30,
    ),
    Case(
        "public-ordinance-sensitive",
        "規則43条5号",
        facts(
            organisation={"name": "〇〇市", "public_body": True},
            data_items=[{"type": "ORDINANCE_SENSITIVE"}],
            people=1,
        ),
        True,
        ("R43-5",),
        30,
    ),
    Case(
        "public-unauthorized-access",
        "規則43条3号",
        facts(organisation={"name": "〇〇市", "public_body": True}, cause="unauthorized_access"),
        True,
        ("R43-3",),
        60,
    ),
    # --- processors (委託) ---
    Case(
        "processor-notified-controller-day-3",
        "法26条1項ただし書; 規則9条",
        facts(
            data_items=[MEDICAL],
            entrustment={
                "role": "processor",
                "counterparty": "委託元株式会社",
                "notified_controller_on": "2026-03-04",
            },
        ),
        False,
        ("R7-1",),
        exemptions=("processor_notified_controller",),
    ),
    Case(
        "processor-not-yet-notified",
        "法26条1項; 規則9条",
        facts(data_items=[MEDICAL], entrustment={"role": "processor", "counterparty": "委託元株式会社"}),
        True,
        ("R7-1",),
        30,
    ),
    Case(
        "controller-leak-at-processor",
        "法26条1項; ガイドライン3-5-3-2",
        facts(people=1500, entrustment={"role": "controller", "counterparty": "委託先株式会社"}),
        True,
        ("R7-4",),
        30,
    ),
    # --- deadlines: closed days ---
    Case(
        "golden-week-2026",
        "規則8条2項; 行政機関の休日に関する法律2条",
        facts(discovered_on="2026-04-05", people=1001),
        True,
        ("R7-4",),
        30,
        "2026-05-07",
    ),
    Case(
        "golden-week-2027",
        "規則8条2項; 行政機関の休日に関する法律2条",
        facts(discovered_on="2027-04-04", people=1001),
        True,
        ("R7-4",),
        30,
        "2027-05-06",
    ),
    Case(
        "new-year-30-days",
        "規則8条2項; 行政機関の休日に関する法律2条（12月29日〜1月3日）",
        facts(discovered_on="2026-12-01", people=1001),
        True,
        ("R7-4",),
        30,
        "2027-01-04",
    ),
    Case(
        "new-year-60-days",
        "規則8条2項（60日）; 行政機関の休日に関する法律2条",
        facts(discovered_on="2026-11-01", cause="unauthorized_access"),
        True,
        ("R7-3",),
        60,
        "2027-01-04",
    ),
    Case(
        "last-day-sunday",
        "規則8条2項; ガイドライン3-5-3-4 ※2",
        facts(discovered_on="2026-03-07", people=1001),
        True,
        ("R7-4",),
        30,
        "2026-04-06",
    ),
    Case(
        "count-passes-1000-later",
        "ガイドライン3-5-3-1(4)（千人を超えた時点から）",
        facts(people=1500, trigger_known_on="2026-03-20"),
        True,
        ("R7-4",),
        30,
        "2026-04-20",
    ),
    Case(
        "before-mandatory-reporting",
        "令和2年改正法（2022年4月1日全面施行）",
        facts(discovered_on="2021-06-01", people=5000),
        False,
        exemptions=("before_mandatory_reporting",),
    ),
)
