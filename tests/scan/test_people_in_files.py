"""Persons as a privacy officer counts them, in the shapes files hold them: one customer per memo, records
in JSON, dependants in an employee's row, households, companies that look like names, a mail's sender."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from mamori.ledger import Asset, Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FULL = ScanOptions(workers=1)


def _scan(ledger: Ledger, *paths: Path) -> tuple[dict[str, Asset], int]:
    summary = run_scan([str(p) for p in paths], ledger, FULL)
    assets = {a.location.rsplit("/", 1)[-1]: a for a in ledger.scans.assets(summary.scan_id)}
    return assets, summary.people


def test_a_memo_about_one_customer_is_one_person(tmp_path: Path, ledger: Ledger) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text(
        "お客様情報\n氏名：山田 太郎\nフリガナ：ヤマダ タロウ\n生年月日：1980年4月1日\n"
        "住所：東京都新宿区西新宿2-8-1\n電話：090-1234-5678\nメール：taro.yamada@example.jp\n"
        "お問い合わせ窓口: info@example.co.jp / 代表 03-1111-2222\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, memo)
    assert assets["memo.txt"].people_estimate == 1


def test_json_records_are_rows_and_their_nested_keys_headers(tmp_path: Path, ledger: Ledger) -> None:
    records = [
        {
            "member_id": f"W{i}",
            "profile": {"name": name, "birthday": f"1990-01-0{i + 1}"},
            "contact": {"email": f"m{i}@example.jp", "tel": f"090-0000-000{i}"},
            "recipient": {"name": "佐藤 花子", "tel": "03-5555-0000"},
        }
        for i, name in enumerate(["鈴木 一郎", "高橋 二郎", "田中 三郎"])
    ]
    path = tmp_path / "members.json"
    path.write_text(json.dumps({"members": records}, ensure_ascii=False), encoding="utf-8")
    assets, _ = _scan(ledger, path)
    # three members, and the one recipient all their gifts went to
    assert assets["members.json"].people_estimate == 4
    holds = {c["header"]: c.get("holds") for c in assets["members.json"].exposure["columns"]}
    assert holds["profile.birthday"] == "DATE_OF_BIRTH" and holds["member_id"] is None


def test_re_registrations_join_and_households_do_not(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "氏名,生年月日,電話番号,メール,住所\n"
        "山田 太郎,1980/04/01,090-1111-2222,old@example.jp,東京都港区芝公園4-2-8\n"
        "山田　太郎,昭和55年4月1日,09011112222,new@example.jp,東京都港区芝公園4-2-8\n"
        "山田 花子,1982/06/02,090-1111-2222,hanako@example.jp,東京都港区芝公園4-2-8\n"
        "山田 次郎,2010/09/09,090-1111-2222,,東京都港区芝公園4-2-8\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["customers.csv"].people_estimate == 3


def test_an_employee_row_holds_each_dependant(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "fuyou.csv"
    path.write_text(
        "社員番号,氏名,生年月日,配偶者氏名,配偶者生年月日,子1氏名,子1生年月日,子2氏名,子2生年月日\n"
        "E001,伊藤 健,1975-01-01,伊藤 恵,1977-02-02,伊藤 翼,2005-03-03,伊藤 葵,2008-04-04\n"
        "E002,加藤 誠,1980-05-05,加藤 舞,1982-06-06,,,,\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["fuyou.csv"].people_estimate == 6


def test_companies_stores_and_role_addresses_are_nobody(tmp_path: Path, ledger: Ledger) -> None:
    (tmp_path / "振込先.csv").write_text(
        "取引先名,銀行名,支店名,口座番号,口座名義\n"
        "株式会社山田製作所,みずほ銀行,本店,1234567,ｶ)ﾔﾏﾀﾞｾｲｻｸｼﾖ\n"
        "鈴木工業株式会社,三井住友銀行,新宿支店,7654321,ｽｽﾞｷｺｳｷﾞﾖｳ(ｶ\n",
        encoding="utf-8",
    )
    (tmp_path / "店舗.csv").write_text(
        "店舗名,郵便番号,住所,電話番号\n銀座店,104-0061,東京都中央区銀座4-6-16,03-3561-2000\n",
        encoding="utf-8",
    )
    (tmp_path / "業者.csv").write_text(
        "業者名,代表電話,問い合わせメール\nヤマト運輸,0120-01-9625,support@example.co.jp\n", encoding="utf-8"
    )
    assets, people = _scan(ledger, tmp_path)
    assert [assets[n].people_estimate for n in ("振込先.csv", "店舗.csv", "業者.csv")] == [0, 0, 0]
    assert people == 0


def test_a_mails_sender_and_signature_are_one_person(tmp_path: Path, ledger: Ledger) -> None:
    message = EmailMessage()
    message["From"] = "kenfuj29@example.ne.jp"
    message["To"] = "support@example.co.jp"
    message["Subject"] = "注文の件"
    message.set_content(
        "お世話になっております。\n注文した商品が届きません。\n\n--\n藤田 健太\nTEL 090-2393-1725\n"
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))
    assets, _ = _scan(ledger, path)
    assert assets["mail.eml"].people_estimate == 1


def test_a_person_in_a_sheet_and_a_memo_counts_once_in_the_scan(tmp_path: Path, ledger: Ledger) -> None:
    (tmp_path / "list.csv").write_text(
        "氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,080-2222-3333\n", encoding="utf-8"
    )
    (tmp_path / "memo.txt").write_text(
        "山田 太郎様より電話（090-1234-5678）。折り返し済み。\n", encoding="utf-8"
    )
    _, people = _scan(ledger, tmp_path)
    assert people == 2


def test_a_header_under_title_rows_and_headers_in_romaji(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "顧客台帳（2024年6月末）\n\nshimei,unten_menkyo,pasupooto_no,nenkin_no,kouza,kouza_meiginin,tracking_no\n"
        "山田 太郎,301234567890,TK1234567,1234-567890,1234567,ﾔﾏﾀﾞ ﾀﾛｳ,123456789012\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    holds = {c["header"]: c.get("holds") for c in assets["list.csv"].exposure["columns"]}
    assert holds == {
        "shimei": "PERSON",
        "unten_menkyo": "DRIVERS_LICENSE",
        "pasupooto_no": "PASSPORT",
        "nenkin_no": "PENSION_NUMBER",
        "kouza": "BANK_ACCOUNT",
        "kouza_meiginin": "PERSON",
        "tracking_no": None,
    }
    assert assets["list.csv"].people_estimate == 1


def test_two_persons_named_in_one_row_without_a_relation_word(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "family_plan.csv"
    path.write_text(
        "契約者氏名,会員氏名,会員生年月日,電話番号\n"
        "山田 太郎,山田 花子,1985-02-02,090-1111-2222\n"
        "山田 太郎,山田 一郎,2012-03-03,090-1111-2222\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    # the holder (with the phone) and two members: the phone does not make the members one person
    assert assets["family_plan.csv"].people_estimate == 3


def test_columns_without_a_header_read_beside_names(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(
        "".join(
            f'"{100 + i}","{name}","{kana}","{born}","0901234{i:04d}"\n'
            for i, (name, kana, born) in enumerate(
                [
                    ("横山一郎", "ﾖｺﾔﾏｲﾁﾛｳ", "19660302"),
                    ("前田俊介", "ﾏｴﾀﾞｼｭﾝｽｹ", "19960204"),
                    ("斎藤勇", "ｻｲﾄｳｲｻﾑ", "19491127"),
                    ("藤田和也", "ﾌｼﾞﾀｶｽﾞﾔ", "19580628"),
                ]
            )
        ),
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    holds = [c.get("holds") for c in assets["dump.csv"].exposure["columns"]]
    assert holds == [None, "PERSON", "PERSON", "DATE_OF_BIRTH", "PHONE"]


def test_health_results_and_role_mailboxes_by_their_table(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "kenshin.csv"
    path.write_text(
        "社員番号,氏名,受診日,血圧,血糖,判定,管理者\n"
        "E1,山田 太郎,2024-05-01,128/82,98,A,sysadmin@example.co.jp\n"
        "E2,佐藤 花子,2024-05-02,142/95,130,C,sysadmin@example.co.jp\n"
        "E3,鈴木 一郎,2024-05-03,118/75,90,A,it@example.co.jp\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    holds = {c["header"]: c.get("holds") for c in assets["kenshin.csv"].exposure["columns"]}
    assert holds["血圧"] == holds["判定"] == "SENSITIVE"
    assert holds["受診日"] is None and holds["管理者"] is None
    assert assets["kenshin.csv"].appi_class == "要配慮個人情報"


def test_service_accounts_are_nobody(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text(
        "user_id,氏名,mail\n"
        + "".join(
            f"u{i},山田 {given},u{i}@example.co.jp\n"
            for i, given in enumerate(["太郎", "花子", "一郎", "次郎"])
        )
        + "svc-batch,バッチ処理用,noreply@example.co.jp\n"
        "cs-shared,CS共用,support@example.co.jp\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["accounts.csv"].people_estimate == 4


def test_a_reply_is_sent_to_the_person_it_quotes(tmp_path: Path, ledger: Ledger) -> None:
    message = EmailMessage()
    message["From"] = "小川 桃子 <m.ogawa@example.co.jp>"
    message["To"] = "kaori-y@example.ne.jp"
    message["Subject"] = "Re: 注文の件"
    message.set_content(
        "山口 香織 様\n\nお問い合わせありがとうございます。再送いたしました。\n\n"
        "> 商品が届きません。\n> --\n> 山口 香織\n> TEL 090-4794-2054\n\n--\n小川 桃子\nサポート部\n"
    )
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(message))
    assets, _ = _scan(ledger, path)
    assert assets["reply.eml"].people_estimate == 2


def test_a_reading_beside_the_one_named_relation_is_that_persons(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "tuition.csv"
    path.write_text(
        "生徒番号,保護者名,口座名義カナ,電話番号,銀行名,口座番号\n"
        "S1,山崎 清,ﾔﾏｻﾞｷ ｷﾖｼ,07080170630,城南信用金庫,1878123\n"
        "S2,阿部 典子,ｱﾍﾞ ﾉﾘｺ,07093216891,千葉銀行,7577445\n"
        "S3,山崎 清,ﾔﾏｻﾞｷ ｷﾖｼ,07080170630,城南信用金庫,1878123\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    # two guardians (one paying for two pupils), not a guardian and an account holder per row
    assert assets["tuition.csv"].people_estimate == 2


def test_guarantors_in_romaji_headers_are_persons_of_their_own(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "guarantors.tsv"
    path.write_text(
        "keiyaku_no\tnyukyosha_mei\tnyukyosha_tel\thosho_nin\thosho_nin_tel\thosho_nin_seinengappi\n"
        "K1\t山口 拓也\t09055961503\t橋本 樹\t09028341880\t1954-12-07\n"
        "K2\t中島 美穂\t07069727078\t中島 誠\t0356858891\t1956-08-01\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["guarantors.tsv"].people_estimate == 4


def _mail(path: Path, sender: str, to: str, body: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = "Re: お問い合わせ"
    message.set_content(body)
    path.write_bytes(bytes(message))
    return path


def _reply(path: Path, customer: str, address: str, phone: str) -> Path:
    return _mail(
        path,
        "坂本 七海 <n.sakamoto@minato-jk.co.jp>",
        f"{customer} <{address}>",
        f"{customer} 様\n\nお問い合わせありがとうございます。担当の坂本です。\n\n"
        "株式会社ミナト住建 賃貸管理部\n坂本 七海\nTEL 03-5432-1100（代表）\n\n"
        f"2024年06月01日 {customer} <{address}>:\n"
        f"> 駐輪場の空きはありますか。\n> --\n> {customer}\n"
        f"> グランシャトー石田 201号室\n> 携帯 {phone}\n",
    )


def test_replies_quoting_below_the_signature_keep_writer_and_customers_apart(
    tmp_path: Path, ledger: Ledger
) -> None:
    first = _reply(tmp_path / "r1.eml", "岡田 直美", "okada_n73@softbank.ne.jp", "070-7378-2190")
    second = _reply(tmp_path / "r2.eml", "山下 節子", "setsuko.yamashita45@yahoo.co.jp", "090-1977-6636")
    asked = _mail(
        tmp_path / "q.eml",
        "岡田 直美 <okada_n73@softbank.ne.jp>",
        "管理部 <support@minato-jk.co.jp>",
        "グランシャトー石田201号室の岡田です。\n駐輪場の空きはありますか。\n\n"
        "--\n岡田 直美\n携帯 070-7378-2190\n",
    )
    assets, people = _scan(ledger, first, second, asked)
    # the writer and each customer; グランシャトー石田 is a building, not a person
    assert [assets["r1.eml"].people_estimate, assets["q.eml"].people_estimate, people] == [2, 1, 3]


def test_a_one_kanji_surname_before_the_full_name_is_the_same_person(tmp_path: Path, ledger: Ledger) -> None:
    path = _mail(
        tmp_path / "mail.eml",
        "森 花子 <hanako.mori@ezweb.ne.jp>",
        "管理部 <support@minato-jk.co.jp>",
        "いつもお世話になっております。205号室の森です。\n更新書類を郵送しました。\n\n"
        "--\n森 花子\n携帯 080-7135-7645\n",
    )
    assets, _ = _scan(ledger, path)
    assert assets["mail.eml"].people_estimate == 1


def test_a_doctor_on_every_row_is_a_person_of_their_own_not_a_link_between_patients(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "prescriptions.csv"
    rows = [
        f"R{i},島田 健一,k.shimada@seiwa-med.jp,{name},1980-0{1 + i}-1{i},薬A"
        for i, name in enumerate(["清水 修", "伊藤 美穂", "田中 一郎", "鈴木 花子"])
    ]
    path.write_text(
        "処方箋番号,処方医,処方医メール,患者氏名,生年月日,薬品名\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    english = tmp_path / "visits.csv"
    english.write_text(
        "visit_id,patient_name,birth_date,attending_doctor,doctor_email\n"
        + "".join(
            f"{i},患者{n},1970-01-0{i + 1},上野 亮,r.ueno@seiwa-med.jp\n" for i, n in enumerate("一二三")
        )
        + "",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path, english)
    assert assets["prescriptions.csv"].people_estimate == 5  # four patients and their doctor
    assert assets["visits.csv"].people_estimate == 4


def test_a_guardian_with_the_rows_phone_is_the_same_person_in_another_file(
    tmp_path: Path, ledger: Ledger
) -> None:
    bookings = tmp_path / "bookings.csv"
    bookings.write_text(
        "保護者氏名,電話番号,住所,お子様氏名,お子様生年月日\n"
        "加藤 悠真,070-7274-1550,さいたま市浦和区仲町2-21-11,加藤健太,H26.10.18\n"
        "佐々木 学,090-5355-3165,町田市原町田3-27-5,佐々木晴,H24.10.23\n",
        encoding="utf-8",
    )
    contacts = tmp_path / "contacts.jsonl"
    contacts.write_text(
        '{"parent": {"name": "加藤悠真", "tel": "070 7274 1550"}, "child": {"name": "加藤 健太", '
        '"birthday": "平成26年10月18日"}}\n',
        encoding="utf-8",
    )
    assets, people = _scan(ledger, bookings, contacts)
    assert assets["bookings.csv"].people_estimate == 4 and assets["contacts.jsonl"].people_estimate == 2
    assert people == 4  # the guardian and the child of contacts.jsonl are both in bookings.csv


def test_an_address_with_or_without_its_prefecture_and_in_any_block_style_joins(
    tmp_path: Path, ledger: Ledger
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("氏名,住所\n太田 颯太,千葉県船橋市湊町一丁目7番18号\n", encoding="utf-8")
    second.write_text("氏名,住所\n太田颯太,船橋市湊町１－７－１８\n", encoding="utf-8")
    _, people = _scan(ledger, first, second)
    assert people == 1


def test_names_of_hotels_and_plans_and_passport_expiry_dates_are_not_persons(
    tmp_path: Path, ledger: Ledger
) -> None:
    trips = [
        {
            "booking_no": f"B{i}",
            "lead": {"name": name, "tel": f"090-1234-56{i:02d}"},
            "travellers": [{"name": name, "passport": {"no": f"TK{1000000 + i}", "expiry": "2032-02-15"}}],
            "hotel": {"name": "ホテル佐藤", "room": "505"},
            "plan": {"name": "鈴木プラン"},
        }
        for i, name in enumerate(["吉田 智子", "松田 美月", "伊藤 正樹"])
    ]
    path = tmp_path / "trips.json"
    path.write_text(json.dumps({"bookings": trips}, ensure_ascii=False), encoding="utf-8")
    assets, _ = _scan(ledger, path)
    holds = {c["header"]: c.get("holds") for c in assets["trips.json"].exposure["columns"]}
    assert holds["hotel.name"] is None and holds["plan.name"] is None
    assert holds["travellers.0.passport.expiry"] is None
    # one shared expiry date does not make three travellers one person
    assert assets["trips.json"].people_estimate == 3


def test_an_empty_dependant_slot_beside_the_rows_phone_is_no_one(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "staff.csv"
    path.write_text(
        "社員氏名,電話番号,住所,子1氏名,子2氏名\n"
        "山本 大輔,090-2222-3333,横浜市中区山下町1-2,山本 蓮,\n"
        "小林 優子,090-4444-5555,横浜市西区みなとみらい2-3,,\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["staff.csv"].people_estimate == 3


def test_an_application_form_with_groups_is_a_record_with_columns(tmp_path: Path, ledger: Ledger) -> None:
    form = {
        "application_id": 880020,
        "applicant": {"name": "藤井陽菜", "birth": "1992-10-18", "contact": {"tel": "+81-80-8283-3372"}},
        "spouse": {"name": "藤井 昭", "birth": "1991-01-10"},
        "channel": "あおば薬局 青葉台店",
    }
    path = tmp_path / "application.json"
    path.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    assets, _ = _scan(ledger, path)
    holds = {c["header"]: c.get("holds") for c in assets["application.json"].exposure["columns"]}
    assert holds["applicant.name"] == "PERSON" and holds["spouse.birth"] == "DATE_OF_BIRTH"
    assert assets["application.json"].people_estimate == 2


def test_a_tenant_and_a_guarantor_of_one_name_with_two_phones_are_two_persons(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "contracts.csv"
    path.write_text(
        "contract_no,tenant_name,tenant_phone,guarantor_name,guarantor_phone\n"
        "C1,佐藤 健,090-1111-2222,佐藤 健,03-3333-4444\n"
        "C2,鈴木 花子,090-5555-6666,鈴木 一郎,090-5555-6666\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["contracts.csv"].people_estimate == 4


def test_an_address_above_a_name_in_a_mail_merge_letter_is_that_persons(
    tmp_path: Path, ledger: Ledger
) -> None:
    letters = tmp_path / "letters.txt"
    letters.write_text(
        "会員登録のお礼（差込印刷結果）\n"
        "〒211-6658　川崎市中原区木月1-20-5\n内田 陸 様\nこのたびは会員登録ありがとうございます。\n"
        "――――――――――\n"
        "〒154-6503　世田谷区用賀1-10-13\n木村 康介 様\nこのたびは会員登録ありがとうございます。\n",
        encoding="utf-8",
    )
    members = tmp_path / "members.csv"
    members.write_text(
        "氏名,住所\n内田 陸,神奈川県川崎市中原区木月1丁目20番5号\n"
        "木村 康介,東京都世田谷区用賀1丁目10番13号\n",
        encoding="utf-8",
    )
    assets, people = _scan(ledger, letters, members)
    assert assets["letters.txt"].people_estimate == 2
    assert people == 2  # each letter's address joins its addressee to the member list


def test_a_fixed_width_export_with_romaji_fields_joins_the_same_travellers(
    tmp_path: Path, ledger: Ledger
) -> None:
    export = tmp_path / "yoyaku.txt"
    export.write_bytes(
        (
            "YOYAKU_NO    SHIMEI           KANA                     BIRTH    TEL\r\n"
            "404824467694 石田結衣         ｲｼﾀﾞﾕｲ                   19610616 07020734277\r\n"
            "806996733294 中島大翔         ﾅｶｼﾞﾏﾋﾛﾄ                 19631008 08038450759\r\n"
        ).encode("cp932")
    )
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "氏名,ローマ字氏名,生年月日,携帯電話\n石田結衣,ISHIDA YUI,S36.6.16,07020734277\n"
        "中島大翔,NAKAJIMA HIROTO,S38.10.8,08038450759\n",
        encoding="utf-8",
    )
    assets, people = _scan(ledger, export, roster)
    assert assets["yoyaku.txt"].people_estimate == 2
    assert people == 2


def test_examples_totals_staff_roles_and_makers_are_no_one(tmp_path: Path, ledger: Ledger) -> None:
    policy = tmp_path / "policy.md"
    policy.write_text(
        "# 個人情報保護方針\n- 紹介状の作成（例：「山田太郎様を〇〇病院へご紹介します」）\n"
        "## 記入例\n| 項目 | 記入例 |\n|---|---|\n| 氏名 | 鈴木 一郎 |\n| 電話 | 03-0000-0000 |\n",
        encoding="utf-8",
    )
    form = tmp_path / "form.txt"
    form.write_text("治療計画書（記入例）\n山田 太郎 様\n生年月日：昭和55年1月1日\n", encoding="utf-8")
    hours = tmp_path / "hours.csv"
    hours.write_text(
        "派遣先,氏名,携帯,時間,確認者,確認者メール\n"
        "A社,阿部 涼子,080-5284-6017,100,宮崎 大翔,h.miyazaki@example.jp\n"
        "A社,菅原 樹,070-6633-1890,152,宮崎 大翔,h.miyazaki@example.jp\n,合計,,252,,\n",
        encoding="utf-8",
    )
    memo = tmp_path / "memo.txt"
    memo.write_text("滅菌器のエラー → メーカー（ナカムラ・デンタルサプライ）に連絡済。\n", encoding="utf-8")
    resume = tmp_path / "resume.txt"
    resume.write_text("氏名：原 弘美（旧姓 服部）\n携帯：080-1742-9606\n", encoding="utf-8")
    assets, _ = _scan(ledger, policy, form, hours, memo, resume)
    assert assets["policy.md"].people_estimate == 0 and assets["form.txt"].people_estimate == 0
    assert assets["hours.csv"].people_estimate == 3  # two workers and the one who checked both rows
    assert assets["memo.txt"].people_estimate == 0 and assets["resume.txt"].people_estimate == 1


def test_places_and_company_contacts_are_no_one(tmp_path: Path, ledger: Ledger) -> None:
    listing = tmp_path / "物件一覧.csv"
    listing.write_text(
        "物件番号,所在地,賃料,間取り\nP-1001,東京都練馬区桜台3-12-5,85000,1LDK\n"
        "P-1002,東京都板橋区常盤台1-2-3,72000,1K\n",
        encoding="utf-8",
    )
    flyer = tmp_path / "物件案内.txt"
    flyer.write_text(
        "【新着物件のご案内】\n所在地：東京都練馬区桜台3-12-5\n賃料：85,000円\n"
        "お問い合わせ：株式会社みどり不動産 練馬店 TEL 03-3991-1234\n",
        encoding="utf-8",
    )
    signature = tmp_path / "署名.txt"
    signature.write_text("株式会社みどり不動産 営業部 山田 太郎 TEL 090-1234-5678\n", encoding="utf-8")
    assets, _ = _scan(ledger, listing, flyer, signature)
    # a property's address and a company's number name no one: not personal information at all
    assert assets["物件一覧.csv"].people_estimate == 0
    assert assets["物件一覧.csv"].appi_class is None
    assert assets["物件案内.txt"].people_estimate == 0
    # after a person's name on the company's line, the number is theirs
    assert assets["署名.txt"].people_estimate == 1


def test_a_list_of_contacts_is_one_person_per_row(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "client_contacts.csv"
    path.write_text(
        "contact_id,tantousha_mei,busho,email,direct_tel\n"
        "1,後藤 大樹,総務部,d.goto@takahashi-ss.example.jp,044-957-7553\n"
        "2,吉田 綾香,総務部,a.yoshida@takahashi-ss.example.jp,044-957-7554\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["client_contacts.csv"].people_estimate == 2


def test_a_header_with_month_numbers_and_a_login_id_of_mail_addresses(tmp_path: Path, ledger: Ledger) -> None:
    tax = tmp_path / "特別徴収税額一覧.csv"
    tax.write_text(
        "市区町村,宛名番号,氏名,住所,年税額,6月分,7月分以降\n"
        "中野区,42222548,小島 裕太,東京都中野区野方1丁目25番15号,358800,29900,29900\n"
        "板橋区,82158440,長谷川 沙織,東京都板橋区成増4丁目10番14号,355200,29600,29600\n",
        encoding="utf-8",
    )
    attendance = tmp_path / "勤怠.csv"
    attendance.write_text(
        "従業員コード,氏名,研修名,ログインID\n"
        "1001,清水 一郎,ハラスメント防止研修,ichiro.shimizu@takahashi-ss.example.jp\n"
        "1002,中島 清,新任管理職研修,kiyoshi.nakajima@takahashi-ss.example.jp\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, tax, attendance)
    # 「6月分」 is a label: the first row is the header, not a third person
    assert assets["特別徴収税額一覧.csv"].people_estimate == 2
    tax_holds = {c["header"]: c.get("holds") for c in assets["特別徴収税額一覧.csv"].exposure["columns"]}
    assert tax_holds["氏名"] == "PERSON" and tax_holds["住所"] == "ADDRESS"
    holds = {c["header"]: c.get("holds") for c in assets["勤怠.csv"].exposure["columns"]}
    assert holds["ログインID"] == "EMAIL" and holds["研修名"] is None


def test_visitors_after_their_company_and_a_school_s_contact_line(tmp_path: Path, ledger: Ledger) -> None:
    visitors = tmp_path / "来客記録.txt"
    visitors.write_text(
        "来客記録（2024年6月）\n"
        "6/3 10:00 ヤマト運輸株式会社 橋本 優子 様 来社（応対: 総務部）\n"
        "6/5 11:00 株式会社佐藤リフォーム 清水 悠真 様 来社（応対: 総務部）\n"
        "6/20 15:00 山田設備工業株式会社 作業員2名 来社（氏名記載なし）\n",
        encoding="utf-8",
    )
    notice = tmp_path / "お知らせ.txt"
    notice.write_text(
        "年末年始休業のお知らせ\nお問い合わせ: info@minato-jk.example.jp / 代表 03-5432-1100\n"
        "ミナト個別指導塾: 03-5432-1200 / juku@minato-jk.example.jp\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, visitors, notice)
    # a legal form closing a company's name is followed by its visitor; one opening it names the company
    assert assets["来客記録.txt"].people_estimate == 2
    assert assets["お知らせ.txt"].people_estimate == 0


def test_xml_attributes_belong_to_their_element(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "扶養控除.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><一覧>'
        '<申告書><本人 氏名="加藤 真由美" 生年月日="1965-03-12"><個人番号>702066713223</個人番号></本人>'
        '<扶養親族 続柄="長男" 氏名="加藤 翔"><生年月日>1995-04-01</生年月日></扶養親族>'
        '<扶養親族 続柄="長女" 氏名="加藤 結衣"><生年月日>1998-08-21</生年月日></扶養親族></申告書>'
        '<申告書><本人 氏名="岡田 洋子" 生年月日="1973-02-13"><個人番号>709613862110</個人番号></本人>'
        '<扶養親族 続柄="妻" 氏名="岡田 花子"><生年月日>1975-05-05</生年月日></扶養親族></申告書>'
        "</一覧>",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["扶養控除.xml"].people_estimate == 5


def test_contacts_beside_their_company_keep_the_company_s_details(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "取引先一覧.csv"
    path.write_text(
        "会社名,担当者名,電話,メール\n"
        "株式会社ミナト商事,山本 健,03-1111-2222,minato-eigyo2@minato-shoji.example.jp\n"
        "株式会社ミナト商事,石井 恵,03-1111-2222,minato-eigyo2@minato-shoji.example.jp\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    # the company's shared address is no one's key: its two contacts stay two persons
    assert assets["取引先一覧.csv"].people_estimate == 2


def test_lists_of_offices_and_venues_name_no_one(tmp_path: Path, ledger: Ledger) -> None:
    offices = tmp_path / "関係機関.txt"
    offices.write_text(
        "機関名 郵便番号 所在地 電話番号\n"
        "仙台市泉区役所 981-3189 宮城県仙台市泉区泉中央2-1-1 022-372-3111\n"
        "宮城県歯科医師会 980-0803 宮城県仙台市青葉区国分町1-5-1 022-222-5960\n"
        "仙台北税務署 981-8555 宮城県仙台市青葉区上杉1-1-1 022-222-8121\n",
        encoding="utf-8",
    )
    venues = tmp_path / "会場一覧.csv"
    venues.write_text(
        "日付,会場,所在地,電話\n"
        "2025-05-17,仙台国際センター 会議棟,宮城県仙台市青葉区青葉山無番地,022-265-2211\n"
        "2025-06-21,エル・パーク仙台 セミナールーム,宮城県仙台市青葉区一番町4-11-1,022-268-8300\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, offices, venues)
    assert assets["関係機関.txt"].people_estimate == 0
    assert assets["会場一覧.csv"].people_estimate == 0
