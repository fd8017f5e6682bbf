"""Persons in the lists a clinic, a gym and a staffing agency keep: exports without a header, total rows,
a spouse who is also the emergency contact, columns headed 担当 that hold classes, staff beside the
company they were sent to."""

from __future__ import annotations

from pathlib import Path

from mamori.ledger import Asset, Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan


def _scan(ledger: Ledger, *paths: Path) -> tuple[dict[str, Asset], int]:
    summary = run_scan([str(p) for p in paths], ledger, ScanOptions(workers=1))
    assets = {a.location.rsplit("/", 1)[-1]: a for a in ledger.scans.assets(summary.scan_id)}
    return assets, summary.people


def _columns(asset: Asset) -> dict[str, str | None]:
    columns = asset.exposure.get("columns") or []
    return {str(c.get("header") or c["index"]): c.get("holds") for c in columns}


def test_a_headerless_export_with_split_names_and_readings_is_one_person_per_row(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "export_members.csv"
    rows = [
        "294408,西村,哲也,ニシムラ,テツヤ,19520809,080-2473-5043,nishimura_tet1002@nifty.com,デイタイム",
        "767403,森,康介,モリ,コウスケ,19540302,080-3620-8407,mori.kosuke.13@au.com,ナイト",
        "459941,中村,正人,ナカムラ,マサト,19980710,070-7670-1770,masato.happy63@docomo.ne.jp,デイタイム",
        "665645,小川,一郎,オガワ,イチロウ,19560925,070-8165-5675,iogawa5954@gmail.com,デイタイム",
        "326553,杉山,由美,スギヤマ,ユミ,19811102,090-5536-7570,,デイタイム",
        "100234,中村,正人,ナカムラ,マサト,19761203,090-1111-2222,,ナイト",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    assets, _ = _scan(ledger, path)
    # six members (two 中村 正人, told apart by birth date); the plan column (デイタイム) is no one's name
    assert assets["export_members.csv"].people_estimate == 6
    assert _columns(assets["export_members.csv"])["8"] is None


def test_a_total_row_and_a_spouse_who_is_the_emergency_contact(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "職員名簿.csv"
    path.write_text(
        "職員番号,姓,名,生年月日,携帯,住所,緊急連絡先,緊急連絡先TEL,配偶者,配偶者生年月日\n"
        "E0001,岡田,健,1975-03-20,080-7252-7901,蒲田4-19-1,岡田 陽子,090-8633-3876,岡田 陽子,1973-09-05\n"
        "E0002,原,静香,1964-06-28,070-3562-4674,青葉区美しが丘3-18-12,原 陸,080-9099-7918,,\n"
        "E0003,久保,智子,1971-06-11,080-4664-1082,船橋市本町3-5-20,久保 蓮,090-8785-9791,久保 蓮,1970-09-28\n"
        "合計,3名,,,,,,,,\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    # three employees and three relatives: the spouse is the emergency contact, the total row no one
    assert assets["職員名簿.csv"].people_estimate == 6


def test_a_column_headed_by_a_role_that_holds_classes_is_no_one(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "体験レッスン予約.csv"
    path.write_text(
        "予約日,お名前,メール,電話,レッスン,担当\n"
        "2024/06/12,丸山　悠真,yuma.maruyama23@outlook.jp,090-1383-2771,ZUMBA,A\n"
        "2024/06/18,佐野大和,yamato.sano80@ezweb.ne.jp,080-9933-5933,ヨガ,C\n"
        "2024/06/19,原田 美咲,m.harada@gmail.com,070-2222-1111,ヨガ,B\n"
        "2024/06/20,石井 健,ken.ishii@gmail.com,070-3333-4444,HIIT,A\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    asset = assets["体験レッスン予約.csv"]
    assert (asset.people_estimate, _columns(asset)["担当"]) == (4, None)


def test_staff_in_a_timesheet_beside_the_client_company_are_the_registered_staff(
    tmp_path: Path, ledger: Ledger
) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text(
        "staff_no,name,mobile,email\n"
        "S1,宮本樹,080-5532-6333,itsuki.m@gmail.com\n"
        "S2,田村直美,080-7162-1902,naomi.t@gmail.com\n",
        encoding="utf-8",
    )
    timesheets = tmp_path / "timesheets.csv"
    timesheets.write_text(
        "id,staff_name,mobile,client_company,work_date,hours\n"
        "1,宮本樹,080-5532-6333,社会福祉法人 あおぞら会,2024-06-20,5\n"
        "2,田村直美,080-7162-1902,川崎中央病院,2024-06-25,9\n"
        "3,宮本樹,080-5532-6333,東都メディカル株式会社,2024-06-23,4\n",
        encoding="utf-8",
    )
    assets, people = _scan(ledger, staff, timesheets)
    # the mobile is the staff member's own, not the client company's: the two files name two persons
    assert (_columns(assets["timesheets.csv"])["mobile"], people) == ("PHONE", 2)


def test_a_direct_line_is_a_persons_and_a_switchboard_the_companys(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "応募者.csv"
    path.write_text(
        "応募者氏名,応募者電話,前職照会先,照会先会社,照会先直通,照会先代表\n"
        "佐野裕子,080-2906-5807,原正人,株式会社ヒカリ電子,045-6801-6917,03-6664-7660\n"
        "福田雄一,070-4252-3699,西村一郎,株式会社東西フーズ,045-5129-3719,03-6031-3127\n"
        "高田 愛,090-1234-9876,原正人,株式会社ヒカリ電子,045-6801-6917,03-6664-7660\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    columns = _columns(assets["応募者.csv"])
    assert (columns["照会先直通"], columns["照会先代表"]) == ("PHONE", None)


def test_what_a_clinic_did_is_health_data_and_what_it_did_to_a_server_is_not(
    tmp_path: Path, ledger: Ledger
) -> None:
    clinic = tmp_path / "予約一覧.csv"
    clinic.write_text(
        "予約日時,診察券番号,氏名,電話番号,処置内容\n"
        "2024/04/01 10:30,N02625,千葉 剛,080-9495-2779,定期検診\n"
        "2024/04/01 12:00,N00497,池田 光,048-965-8667,歯周病治療\n",
        encoding="utf-8",
    )
    incidents = tmp_path / "障害対応.csv"
    incidents.write_text(
        "発生日時,対応者,処置内容\n"
        "2024/04/01 10:30,千葉 剛,サーバ再起動\n"
        "2024/04/02 09:00,池田 光,設定変更\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, clinic, incidents)
    assert _columns(assets["予約一覧.csv"])["処置内容"] == "SENSITIVE"
    assert _columns(assets["障害対応.csv"])["処置内容"] is None


def test_a_headerless_row_of_a_resident_and_two_contacts_is_three_persons(
    tmp_path: Path, ledger: Ledger
) -> None:
    path = tmp_path / "緊急連絡先一覧.csv"
    path.write_text(
        "201号室,和田 博,1935/11/08,山口 裕子,長女,080-1305-4278,04-2966-5898,山口 健,長男,090-1111-2222\n"
        "202号室,桜井 澄子,1937/12/25,桜井 伸一,長男,080-7624-9967,04-2987-8156,,,\n"
        "203号室,石井 富子,1943/05/12,山口 直美,長女,070-6492-8425,04-2984-9147,石井 誠,次男,070-3333-4444\n"
        "204号室,阿部 洋子,1939/06/03,阿部 誠,長男,080-5573-9696,042-398-1543,,,\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    # four residents, four first contacts and two second ones: no one's name stands for another's
    assert assets["緊急連絡先一覧.csv"].people_estimate == 10


def test_a_doctor_is_found_again_by_name_and_the_clinics_number(tmp_path: Path, ledger: Ledger) -> None:
    residents = tmp_path / "入居者台帳.csv"
    residents.write_text(
        "氏名,生年月日,主治医名,主治医の医療機関名,医療機関TEL\n"
        "和田 博,1935-11-08,松田 修,松田整形外科,04-2990-7021\n"
        "桜井 澄子,1937-12-25,宮本 裕二,ひかり在宅クリニック,04-2990-7011\n",
        encoding="utf-8",
    )
    requests = tmp_path / "主治医意見書依頼一覧.csv"
    requests.write_text(
        "利用者氏名,生年月日,主治医名,医療機関名,医療機関電話\n"
        "池田 和子,1932-07-28,松田 修,松田整形外科,04-2990-7021\n"
        "石井 富子,1943-05-12,宮本 裕二,ひかり在宅クリニック,04-2990-7011\n",
        encoding="utf-8",
    )
    _, people = _scan(ledger, residents, requests)
    # four residents and two doctors, each doctor named in both lists with the clinic's number
    assert people == 6


def test_an_applicants_phone_goes_with_the_family_member_who_applied(tmp_path: Path, ledger: Ledger) -> None:
    applications = tmp_path / "入所申込者一覧.csv"
    applications.write_text(
        "氏名,生年月日,申込者（家族）,申込者電話\n"
        "桜井 久雄,1925-09-23,桜井 隆,090-7882-8470\n"
        "近藤 文子,1944-06-17,近藤 英樹,070-1292-6495\n",
        encoding="utf-8",
    )
    family = tmp_path / "家族連絡先.csv"
    family.write_text(
        "氏名,携帯\n桜井 隆,090-7882-8470\n近藤 英樹,070-1292-6495\n",
        encoding="utf-8",
    )
    _, people = _scan(ledger, applications, family)
    assert people == 4


def test_a_card_named_as_its_own_organisation_is_no_one(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "連絡先.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:山口;拓也;;;\nFN:山口 拓也\nTEL;TYPE=CELL:090-5596-1503\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:中村塗装店;;;;\nFN:中村塗装店\nORG:中村塗装店\n"
        "TEL;TYPE=WORK:044-722-3011\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:ミナト住建 サポート\nORG:ミナト住建\n"
        "EMAIL;TYPE=WORK:support@minato-jk.co.jp\nTEL;TYPE=WORK:03-5432-1100\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:佐藤;花子;;;\nFN:佐藤 花子\nORG:ミナト住建\n"
        "EMAIL;TYPE=WORK:h.sato@minato-jk.co.jp\nEND:VCARD\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    # the tenant and the employee; the painter's and the support desk's cards are no one's
    assert assets["連絡先.vcf"].people_estimate == 2


def test_a_gyms_health_columns_are_health_data(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "会員一覧.csv"
    path.write_text(
        "会員番号,氏名,電話,プラン,健康状態,運動制限,服薬状況\n"
        "200000,丸山 悠真,090-1383-2771,デイタイム,腰痛あり,ジャンプ不可,降圧剤\n"
        "200001,佐野 大和,080-9933-5933,レギュラー,,,\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    columns = _columns(assets["会員一覧.csv"])
    assert [columns[h] for h in ("健康状態", "運動制限", "服薬状況", "プラン")] == [
        "SENSITIVE",
        "SENSITIVE",
        "SENSITIVE",
        None,
    ]


def test_care_offices_and_clinics_named_by_department_are_no_one(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "関係機関連絡先.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<offices>\n'
        "<office><name>ケアプランセンターあおば</name><tel>04-2990-0601</tel></office>\n"
        "<office><name>訪問看護ステーションそよかぜ</name><tel>04-2990-0605</tel></office>\n"
        "<office><name>今井整形外科</name><tel>04-2990-7001</tel></office>\n"
        "<office><name>東村山内科</name><tel>04-2990-7002</tel></office>\n"
        "<office><name>藤原診療所</name><tel>04-2990-7007</tel></office>\n"
        "</offices>\n",
        encoding="utf-8",
    )
    assets, _ = _scan(ledger, path)
    assert assets["関係機関連絡先.xml"].people_estimate == 0
