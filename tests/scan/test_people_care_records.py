"""Persons in a care operator's files: staff named by role, key persons and doctors beside a resident,
reading columns split into family and given name, mailing lists, tables of counts."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

from mamori.ledger import Asset, Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FULL = ScanOptions(workers=1)


def _scan(ledger: Ledger, path: Path) -> Asset:
    summary = run_scan([str(path)], ledger, FULL)
    return next(a for a in ledger.scans.assets(summary.scan_id) if a.location.endswith(path.name))


def _holds(asset: Asset) -> dict[str, str | None]:
    return {c["header"]: c.get("holds") for c in asset.exposure["columns"]}


def test_a_delivery_route_named_by_role_is_nobody_and_takes_no_ones_phone(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "配達記録.csv"
    rows = ["配達日,氏名,電話,配達担当"]
    for day in range(1, 5):  # the same three customers every day, two routes
        rows += [
            f"2024-04-0{day},桜井 久雄,04-2926-2998,配達員（Bルート）",
            f"2024-04-0{day},近藤 文子,04-2982-1858,配達員（Cルート）",
            f"2024-04-0{day},藤井 茂,04-2933-7920,配達員（Cルート）",
        ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    asset = _scan(ledger, path)
    assert asset.people_estimate == 3
    assert _holds(asset)["配達担当"] is None


def test_a_residents_key_person_and_doctor_are_persons_of_their_own(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "入居者台帳.csv"
    path.write_text(
        "氏名,フリガナ,生年月日,主治医名,主治医の医療機関名,キーパーソン氏名,続柄,キーパーソン電話\n"
        "和田 博,ワダ ヒロシ,1935-11-08,松田 修,松田整形外科,山口 裕子,長女,080-1305-4278\n"
        "桜井 澄子,サクライ スミコ,1937-12-25,松田 修,松田整形外科,桜井 伸一,長男,080-7624-9967\n",
        encoding="utf-8",
    )
    asset = _scan(ledger, path)
    # two residents, their two key persons, one doctor named on both rows
    assert asset.people_estimate == 5
    assert _holds(asset)["主治医の医療機関名"] is None


def test_kana_columns_split_in_family_and_given_name_read_one_person(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "利用者一覧.csv"
    path.write_text(
        "姓,名,姓カナ,名カナ,電話,緊急連絡先氏名,緊急連絡先電話\n"
        "桜井,久雄,サクライ,ヒサオ,04-2926-2998,桜井 隆,090-7882-8470\n"
        "桜井,花子,サクライ,ハナコ,04-2926-2998,桜井 隆,090-7882-8470\n",
        encoding="utf-8",
    )
    # a couple at one phone and their son: the surname's reading joins no one to anyone
    assert _scan(ledger, path).people_estimate == 3


def test_each_address_of_a_mailing_list_is_its_own_person(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "家族会.mbox"
    box = mailbox.mbox(str(path))
    message = EmailMessage()
    message["From"] = "小川 海斗 <k.ogawa@example.or.jp>"
    message["To"] = "kazokukai@example.or.jp"
    message["Cc"] = (
        "上田 純子 <junko1963@nifty.com>, iwasakin23@yahoo.co.jp, 工藤 直美 <kudo.naomi5@yahoo.co.jp>, "
        "suzukim31@ezweb.ne.jp, tomoko.saito@yahoo.co.jp"
    )
    message["Subject"] = "夏祭りのご案内"
    message.set_content("家族会の皆様\n\n夏祭りのご案内です。\n\n小川 海斗\n")
    box.add(message)
    reply = EmailMessage()
    reply["From"] = "上田 純子 <junko1963@nifty.com>"
    reply["To"] = "k.ogawa@example.or.jp"
    reply["Subject"] = "Re: 夏祭りのご案内"
    reply.set_content("小川 海斗様\n\n母の和田 博と参加します。\n\n上田 純子\n")
    box.add(reply)
    box.flush()
    # 小川, 上田, 工藤 and three bare addresses, and 和田 博; 小川 海斗 named again in the reply is the
    # sender of the first message; the list's own address is a role
    assert _scan(ledger, path).people_estimate == 7


def test_a_table_of_counts_by_disease_names_no_one(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "疾患別集計.csv"
    path.write_text(
        "主病名,件数,医療費(円),前年比\n糖尿病,8613,603226719,+11.7%\n認知症,7033,740750963,+5.3%\n",
        encoding="utf-8",
    )
    asset = _scan(ledger, path)
    assert not asset.people_estimate
    assert _holds(asset)["主病名"] is None


def test_a_mail_quoted_outlook_style_keeps_its_writers_apart(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "保険会社.mbox"
    box = mailbox.mbox(str(path))
    for _ in range(2):
        message = EmailMessage()
        message["From"] = "青木 里美 <s.aoki@tokai-kasai.co.jp>"
        message["To"] = "酒井 結衣 <y.sakai@sakura-law.jp>"
        message["Subject"] = "RE: 伊藤様 交通事故の件"
        message.set_content(
            "さくら法律事務所\n酒井 結衣 先生\n\nご確認ください。\n\n東海火災 損害サービス課 青木 里美\n"
            "s.aoki@tokai-kasai.co.jp\n\n-----Original Message-----\n"
            "From: Sakai, Yui [mailto:y.sakai@sakura-law.jp]\n"
            "To: Aoki, Satomi [mailto:s.aoki@tokai-kasai.co.jp]\n"
            "Subject: 伊藤様 交通事故の件\n\n伊藤圭様（平成10年11月14日生）の件につき、ご連絡します。\n"
        )
        box.add(message)
    box.flush()
    # 青木, 酒井 and 伊藤 圭: the quoted From/To lines are no address of the name signed above them
    assert _scan(ledger, path).people_estimate == 3
