"""Decide whether a 漏えい, 滅失 or 毀損 happened (or may have) when the user does not say.

Follows the examples of the guideline 3-5-1 and PPC FAQ Q6-1: data nobody outside could have seen is no
漏えい, media lost inside with a copy elsewhere is no 滅失, data encrypted by ransomware but restorable
from a complete backup is no 毀損.
"""

from __future__ import annotations

from dataclasses import dataclass

from mamori.incident.errors import FactsError
from mamori.incident.facts import AccessLogs, Backup, Cause, Certainty, Event, Evidence, IncidentFacts

_REF = "ガイドライン通則編3-5-1"


@dataclass(frozen=True)
class Classification:
    event: Event
    certainty: Certainty
    reasons: tuple[str, ...]


def classify(facts: IncidentFacts) -> Classification:
    if facts.recovered_unread:
        return Classification(
            Event.NONE,
            Certainty.CONFIRMED,
            (
                "第三者に閲覧される前にすべて回収された（recovered_unread"
                f"）ため漏えいに当たらない（{_REF}-2, PPC FAQ Q6-1）",
            ),
        )
    if facts.event is not None:
        certainty, why = _certainty(facts)
        return Classification(
            facts.event, certainty, (f"事象の種類は入力（event: {facts.event.value}）による", why)
        )
    if facts.cause is Cause.OTHER:
        raise FactsError(
            "event",
            "cause が other のときは event（leak / loss / damage）を指定してください",
            "event is required when cause is other",
        )
    return _from_evidence(facts.cause, facts.evidence)


def _certainty(facts: IncidentFacts) -> tuple[Certainty, str]:
    if facts.certainty is not None:
        return facts.certainty, f"確実性は入力（certainty: {facts.certainty.value}）による"
    guess = _from_evidence(facts.cause, facts.evidence) if facts.cause is not Cause.OTHER else None
    if guess is not None and guess.event is not Event.NONE:
        return guess.certainty, f"確実性は証拠から判断した: {guess.reasons[0]}"
    return (
        Certainty.POSSIBLE,
        "確実性が指定されていないため「発生したおそれ」として扱う（おそれでも報告対象）",
    )


def _from_evidence(cause: Cause, ev: Evidence) -> Classification:
    leaked_out = ev.exfiltration_seen is True or ev.access_logs is AccessLogs.OUTSIDE_DOWNLOAD
    if cause in (Cause.MISDELIVERY_POST, Cause.MISDELIVERY_EMAIL):
        return _c(
            Event.LEAK, Certainty.CONFIRMED, f"誤送付・誤送信は宛先外の第三者に渡った漏えい（{_REF}-2 事例）"
        )
    if cause is Cause.MISCONFIGURATION:
        return _misconfiguration(ev)
    if cause is Cause.LOSS:
        return _loss(ev)
    if cause is Cause.RANSOMWARE:
        return _ransomware(ev, leaked_out)
    if cause is Cause.INSIDER_THEFT:
        return _c(
            Event.LEAK, Certainty.CONFIRMED, f"従業者による持ち出し・第三者提供は漏えい（{_REF}-2 事例）"
        )
    if leaked_out:
        return _c(Event.LEAK, Certainty.CONFIRMED, "外部への持ち出し（窃取）の痕跡がある")
    if (
        cause is Cause.UNAUTHORIZED_ACCESS
        and ev.exfiltration_seen is False
        and (ev.access_logs is AccessLogs.NO_OUTSIDE_ACCESS)
    ):
        return _c(
            Event.NONE,
            Certainty.CONFIRMED,
            "ログにより個人データへの外部からのアクセスがないことを確"
            "認できたため漏えいに当たらない（PPC FAQ Q6-1）",
        )
    what = {
        Cause.THEFT: "書類・媒体の盗難は漏えい",
        Cause.UNAUTHORIZED_ACCESS: "不正アクセスによる窃取は漏えい",
        Cause.WEB_SKIMMING: "入力ページの改ざんにより入力情報が第三者に送信される事態は漏えい",
    }[cause]
    return _c(Event.LEAK, Certainty.POSSIBLE, f"{what}（{_REF}-2）。持ち出しが確認されていないため「おそれ」")


def _misconfiguration(ev: Evidence) -> Classification:
    if ev.access_logs is AccessLogs.NO_OUTSIDE_ACCESS:
        return _c(
            Event.NONE,
            Certainty.CONFIRMED,
            "設定ミスで閲覧可能だったが、アクセスログにより第三者の閲覧がない"
            "ことを確認できたため漏えいに当たらない（PPC FAQ Q6-1）",
        )
    if ev.access_logs in (AccessLogs.OUTSIDE_ACCESS, AccessLogs.OUTSIDE_DOWNLOAD) or ev.exfiltration_seen:
        return _c(
            Event.LEAK,
            Certainty.CONFIRMED,
            "設定ミスで公開された個人データに外部からのアクセスがあった（漏えい）",
        )
    return _c(
        Event.LEAK,
        Certainty.POSSIBLE,
        "設定ミスでインターネットから閲覧可能な状態にあり、閲覧がないこと"
        "をログで確認できないため漏えいのおそれ（PPC FAQ Q6-1）",
    )


def _loss(ev: Evidence) -> Classification:
    if ev.left_premises is not False:
        where = (
            "社外で紛失した"
            if ev.left_premises
            else "社外で紛失した可能性を否定できない（left_premises 不明）"
        )
        return _c(
            Event.LEAK,
            Certainty.POSSIBLE,
            f"媒体・書類を{where}ため漏えいのおそれ（{_REF}-3: 社外での紛失は漏えい）",
        )
    if ev.copy_elsewhere:
        return _c(
            Event.NONE,
            Certainty.CONFIRMED,
            f"社内（管理区域内）での紛失で、同じデータが他に保管されているため滅失に当たらない（{_REF}-3）",
        )
    if ev.copy_elsewhere is None:
        return _c(
            Event.LOSS,
            Certainty.POSSIBLE,
            "社内での紛失で、写しの有無が不明（copy_elsewhere）のため滅失のおそれ",
        )
    return _c(Event.LOSS, Certainty.CONFIRMED, f"社内での紛失で写しがないため滅失（{_REF}-3）")


def _ransomware(ev: Evidence, leaked_out: bool) -> Classification:
    if leaked_out:
        return _c(
            Event.LEAK,
            Certainty.CONFIRMED,
            f"ランサムウェアによる暗号化に加えデータ窃取の痕跡があるため漏えい（毀損にも当たり得る）（{_REF}-4）",
        )
    if ev.exfiltration_seen is None:
        return _c(
            Event.LEAK,
            Certainty.POSSIBLE,
            "ランサムウェア攻撃で、データ窃取の有無が確認できていない（"
            "exfiltration_seen 不明）ため漏えいのおそれ",
        )
    if ev.backup is Backup.COMPLETE:
        return _c(
            Event.NONE,
            Certainty.CONFIRMED,
            f"ランサムウェアで暗号化されたが完全なバックアップから復元でき、窃取の痕跡もないため毀損・漏えいに当たらない（{_REF}-4）",
        )
    if ev.backup is None:
        return _c(
            Event.DAMAGE,
            Certainty.POSSIBLE,
            "ランサムウェアで暗号化され、バックアップの有無が不明のため毀損のおそれ",
        )
    return _c(
        Event.DAMAGE, Certainty.CONFIRMED, f"ランサムウェアで暗号化され復元できないため毀損（{_REF}-4）"
    )


def _c(event: Event, certainty: Certainty, reason: str) -> Classification:
    return Classification(event, certainty, (reason,))
