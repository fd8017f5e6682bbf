"""Facts → Assessment: reportable or not, by when, to whom, who must be told, what it may cost."""

from __future__ import annotations

from datetime import date

from mamori.incident.assessment import (
    Assessment,
    Exemption,
    FinalReport,
    IndividualNotice,
    Penalty,
    PreliminaryReport,
)
from mamori.incident.classify import Classification, classify
from mamori.incident.facts import (
    Cause,
    ContactDetails,
    DataStatus,
    EmailExposure,
    Encryption,
    Event,
    IncidentFacts,
    Role,
)
from mamori.incident.triggers_check import TriggerCheck, check_triggers
from mamori.law import deadlines as dl
from mamori.law import penalties as pen
from mamori.law import triggers as t
from mamori.law.citation import Citation
from mamori.law.report_contents import notice_item_labels
from mamori.risk import compensation, jnsa

PROCESSOR_PROMPT_DAYS = 5  # guideline 3-5-3-5: 委託元への通知は「速やかに」（概ね3～5日以内）


def triage(facts: IncidentFacts) -> Assessment:
    found = classify(facts)
    checked = check_triggers(facts)
    exemptions = _exemptions(facts, found, checked)
    warnings = list(checked.open_questions) + _warnings(facts)
    duty_notes = list(checked.notes)
    citations: list[Citation] = []
    triggers = () if exemptions else tuple(checked.reasons)
    reportable = bool(triggers)
    processor_released = _processor_released(facts, reportable, duty_notes, warnings)
    if processor_released is not None:
        exemptions.append(processor_released)
    report_required = reportable and processor_released is None
    citations.append(t.DUTY_TO_REPORT_PUBLIC if facts.organisation.public_body else t.DUTY_TO_REPORT)
    citations.extend(t.TRIGGERS[code].citation for code in triggers)
    citations.extend(e.citation for e in exemptions)
    if "MY_NUMBER" in facts.item_types:
        citations.append(t.MY_NUMBER_ROUTE)
    assumptions = _assumptions(facts)
    preliminary, final = _deadlines(facts, triggers, report_required)
    if report_required:
        citations.extend([dl.PRELIMINARY_CITATION, dl.FINAL_CITATION])
        if final.moved_because:
            citations.append(dl.CLOSED_DAYS_CITATION)
    if not reportable and not exemptions:
        duty_notes.append(
            "規則7条各号のいずれにも当たらないため報告義務はない。任"
            "意の報告はできる（ガイドライン通則編3-5-3-1 ※1）"
        )
    notice = _notice(facts, report_required)
    if notice.required:
        citations.append(t.DUTY_TO_NOTIFY_PUBLIC if facts.organisation.public_body else t.DUTY_TO_NOTIFY)
    estimate = _jnsa(facts)
    penalties = _penalties(facts)
    citations.extend(Citation(p.article, "個人情報保護法（e-Gov 2025-09-24 時点）") for p in penalties)
    return Assessment(
        title=facts.title,
        event=found.event.value,
        certainty=found.certainty.value,
        event_reasons=found.reasons,
        people_counted=facts.people.max,
        report_required=report_required,
        triggers=triggers,
        trigger_reasons={code: checked.reasons[code] for code in triggers},
        exemptions=tuple(exemptions),
        preliminary_report=preliminary,
        final_report=final,
        individual_notice=notice,
        jnsa=estimate,
        compensation=compensation.estimate(
            people=facts.people.max,
            max_mental_level=estimate.x,
            insider_sale=facts.cause is Cause.INSIDER_THEFT,
            cc_email=facts.email_exposure is EmailExposure.TO_CC,
        ),
        penalties=penalties,
        citations=_unique(citations),
        report_to=_report_to(facts),
        duty_notes=tuple(duty_notes),
        assumptions=tuple(assumptions),
        warnings=tuple(warnings),
        next_steps=_next_steps(facts, report_required, preliminary, final),
    )


def _exemptions(facts: IncidentFacts, found: Classification, checked: TriggerCheck) -> list[Exemption]:
    would = "、".join(checked.reasons) or "なし"
    result: list[Exemption] = []
    if facts.deadline_start < t.MANDATORY_REPORTING_FROM:
        result.append(
            Exemption(
                "before_mandatory_reporting",
                "2022年4月1日（令和2年改正法の全面施行）より前に知った事案で、当時は報告が努力義務だった",
                t.DUTY_TO_REPORT,
            )
        )
    status_reasons = {
        DataStatus.PSEUDONYMISED: (
            "仮名加工情報には漏えい等報告・本人通知（法26条）が適用されない",
            t.PSEUDONYMISED_EXEMPTION,
        ),
        DataStatus.ANONYMISED: ("匿名加工情報は個人データではなく、法26条の対象外", t.ANONYMISED_EXEMPTION),
        DataStatus.STATISTICAL: (
            "統計情報は特定の個人との対応関係がなく個人情報に当たらない",
            Citation("個人情報保護法2条1項", "ガイドライン通則編2-1"),
        ),
    }
    if facts.data_status in status_reasons:
        reason, citation = status_reasons[facts.data_status]
        result.append(Exemption(facts.data_status.value, reason, citation))
    if found.event is Event.NONE:
        result.append(Exemption("not_a_leak", found.reasons[0], t.NOT_A_LEAK))
    if facts.encryption is Encryption.HIGH_GRADE_KEY_MANAGED and facts.cause is not Cause.WEB_SKIMMING:
        result.append(
            Exemption(
                "high_grade_encryption",
                "高度な暗号化（電子政府推奨暗号リスト・ISO/IEC "
                "18033等の方式を適切に実装）がされ、復号鍵がデータと"
                "分離して適切に管理されているため、規則7条各号のいずれにも当たらない"
                f"（暗号化がなければ該当した号: {would}）",
                t.ENCRYPTION_EXEMPTION,
            )
        )
    return result


def _processor_released(
    facts: IncidentFacts, reportable: bool, duty_notes: list[str], warnings: list[str]
) -> Exemption | None:
    entrust = facts.entrustment
    if entrust is None or not reportable:
        return None
    other = entrust.counterparty or "相手方"
    if entrust.role is Role.CONTROLLER:
        duty_notes.append(
            f"委託先（{other}）で生じた場合も委託元として報告・本人通知の義務を負う。委託先と連名で報告できる"
            "（ガイドライン通則編3-5-3-2）。委託先の監督義務（法25条）も問われ得る"
        )
        return None
    if entrust.notified_controller_on is None:
        by = dl.nth_day(facts.deadline_start, PROCESSOR_PROMPT_DAYS)
        duty_notes.append(
            f"委託先として、委託元（{other}）へ速やかに（目安:"
            f" {by.isoformat()}まで）通知すれば、自らの報告義務と"
            "本人通知義務を免れる（法26条1項ただし書、規則9条）。通知しない限り自ら報告する義務がある"
        )
        return None
    day = (entrust.notified_controller_on - facts.deadline_start).days + 1
    if day > PROCESSOR_PROMPT_DAYS:
        warnings.append(
            f"委託元への通知は知った日から{day}日目で、「速やか」の目安（概ね3〜5日）を過ぎている。"
            "免除が認められるか個別に確認してください"
        )
    return Exemption(
        "processor_notified_controller",
        f"委託先として委託元（{other}）に{entrust.notified_controller_on.isoformat()}に通知したため、報告義務と本人通知"
        "義務は委託元が負う（委託先は免除）",
        t.PROCESSOR_RELEASE,
    )


def _deadlines(
    facts: IncidentFacts, triggers: tuple[str, ...], required: bool
) -> tuple[PreliminaryReport, FinalReport]:
    if not required:
        return PreliminaryReport(False, None, None), FinalReport(False, None, None)
    start = facts.deadline_start
    malice = any(code in t.MALICE_TRIGGERS for code in triggers)
    final = dl.final_report_deadline(start, malice=malice)
    return (
        PreliminaryReport(
            True, dl.nth_day(start, dl.PRELIMINARY_FROM_DAY), dl.nth_day(start, dl.PRELIMINARY_TO_DAY)
        ),
        FinalReport(True, final.days, final.due_date, final.nominal_last_day, final.moved_because),
    )


def _notice(facts: IncidentFacts, required: bool) -> IndividualNotice:
    timing = "当該事態の状況に応じて速やかに（日数の定めはない。二次被害を招くおそれがある間は時機を図れる）"
    if not required:
        return IndividualNotice(False, (), "報告義務がないため本人通知義務もない（任意の連絡は可能）", timing)
    exceptions = {
        ContactDetails.NOT_HELD: (
            "本人の連絡先を保有していないため通知が困難。代替措置（事案の公表、又は問い合わせ窓口の設置と連絡先の公表）"
            "で足りる（法26条2項ただし書）"
        ),
        ContactDetails.OUTDATED: (
            "保有する連絡先が古く通知が困難。代替措置（事案の公表、又は問い合わせ窓口の設置と連絡先の公表）で足りる"
            "（法26条2項ただし書）"
        ),
        ContactDetails.HELD: (
            "本人の連絡先を保有しているため、代替措置による例外（法26条2項ただし書）は使えない"
        ),
    }
    exception = (
        exceptions[facts.contact_details]
        if facts.contact_details
        else "連絡先がない・古い等で通知が困難な場合に限り、公表又は問い合わせ窓口で代替できる"
        "（法26条2項ただし書）。contact_details を指定すると判定する"
    )
    return IndividualNotice(True, notice_item_labels(), exception, timing)


def _jnsa(facts: IncidentFacts) -> jnsa.JnsaEstimate:
    return jnsa.estimate(
        [(item.type, item.subtype) for item in facts.data_items],
        facts.people.max,
        social_responsibility=facts.jnsa.social_responsibility,
        response=facts.jnsa.response.value,
        overrides=facts.jnsa.levels,
    )


def _penalties(facts: IncidentFacts) -> tuple[Penalty, ...]:
    if facts.organisation.public_body:
        return ()
    rules = list(pen.SUPERVISION)
    if facts.cause is Cause.INSIDER_THEFT:
        rules.insert(3, pen.DATABASE_MISAPPROPRIATION)
    return tuple(Penalty(r.article, r.what, r.sanction) for r in rules)


def _assumptions(facts: IncidentFacts) -> list[str]:
    result: list[str] = []
    if facts.people.is_range:
        result.append(
            f"本人の数が{facts.people.min:,}〜{facts.people.max:,}人と確定しないため、最大値{facts.people.max:,}人で判断した"
            "（ガイドライン通則編3-5-3-1(4)）"
        )
    if not facts.jnsa.social_responsibility_given:
        result.append(
            "JNSAの社会的責任度は、JNSAの判定基準が確認できないため1（一般的）とした。"
            "公的機関・大企業・金融機関等で一般より高い場合は jnsa.social_responsibility: 2 を指定する"
        )
    if facts.organisation.public_body:
        result.append(
            "行政機関等の速報・確報の期限（規則44条）は未確認のため"
            "、民間事業者と同じ期限（速報 概ね3〜5日、確報30日・"
            "不正目的は60日）を仮定した"
        )
    return result


def _warnings(facts: IncidentFacts) -> list[str]:
    result: list[str] = []
    if facts.encryption is Encryption.ENCRYPTED_KEY_COMPROMISED:
        result.append(
            "暗号化されていたが復号鍵も漏えい・不適切管理（端末にパスワードの記載等）のため、高度な暗号化の例外は使えない"
            "（PPC FAQ Q17-14）"
        )
    if facts.encryption is Encryption.HIGH_GRADE_KEY_MANAGED and facts.cause is Cause.WEB_SKIMMING:
        result.append(
            "Webスキミングは入力時点の情報を窃取するため、保存データの暗号化による例外は適用しなかった"
        )
    if "MY_NUMBER" in facts.item_types:
        result.append(
            "個人番号（マイナンバー）が含まれるため、番号法29条の4に基づく特定個人情報の漏えい等報告の経路で報告する"
            "（PPCの報告フォームで「マイナンバーを含む」を選ぶ。判断に迷う場合も含むと回答）"
        )
    if facts.organisation.public_body:
        result.append(
            "行政機関等の職員に対する罰則（法176条等）は本ツールの参照範囲外のため、罰則の一覧には含めていない"
        )
    if facts.people.max == 0:
        result.append("本人の数が0人となっている。人数が判明したら更新してください")
    return result


def _report_to(facts: IncidentFacts) -> str:
    if facts.organisation.supervising_ministry:
        return f"{facts.organisation.supervising_ministry}（権限委任先、法150条）"
    return "個人情報保護委員会（電子情報処理組織を使用する方法、規則8条3項）"


def _next_steps(
    facts: IncidentFacts, required: bool, preliminary: PreliminaryReport, final: FinalReport
) -> tuple[str, ...]:
    steps = [
        "責任ある立場の者に直ちに報告し、被害の拡大を防止する（ガイドライン通則編3-5-2(1)）",
        "事実関係と原因を調査し、影響範囲（対象となる本人・項目）を特定する（同(2)(3)）",
        "再発防止策を検討し実施する（同(4)）",
    ]
    if required and preliminary.target_to and final.due_date:
        steps.append(f"速報を{_ja_date(preliminary.target_to)}頃までに提出する（目安）")
        steps.append(
            f"確報を{_ja_date(final.due_date)}までに提出する（{final.days}日以内）。全容が判明していれば速報と確報を"
            "一度に行える（ガイドライン通則編3-5-3-4 ※1）"
        )
        steps.append("本人に速やかに通知する（法26条2項）")
    if facts.cause in (
        Cause.THEFT,
        Cause.UNAUTHORIZED_ACCESS,
        Cause.RANSOMWARE,
        Cause.INSIDER_THEFT,
        Cause.WEB_SKIMMING,
    ):
        steps.append("警察（都道府県警察のサイバー犯罪相談窓口等）に相談・被害届を検討する")
    steps.append("二次被害の防止のため、事実と対策の公表を検討する（ガイドライン通則編3-5-2）")
    return tuple(steps)


def _ja_date(day: date) -> str:
    weekday = "月火水木金土日"[day.weekday()]
    return f"{day.year}年{day.month}月{day.day}日（{weekday}）"


def _unique(citations: list[Citation]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for c in citations:
        seen.setdefault(c.ref, c)
    return tuple(seen.values())
