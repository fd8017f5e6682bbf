"""The sample "shared drive" of a small Japanese company, generated from code with a fixed seed.

Every person in it is fictional: names are combined from common surnames and given names, phone
numbers use the 090/03 ranges with made-up subscriber digits, mail domains are example.jp.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from stdnum.jp import in_ as my_number

from mamori.demo.pdf import write_text_pdf

SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田")
GIVEN = ("太郎", "花子", "一郎", "美咲", "健太", "陽子", "大輔", "由美", "翔太", "直子", "誠", "彩")
KANA_SURNAMES = (
    "サトウ",
    "スズキ",
    "タカハシ",
    "タナカ",
    "イトウ",
    "ワタナベ",
    "ヤマモト",
    "ナカムラ",
    "コバヤシ",
    "カトウ",
    "ヨシダ",
    "ヤマダ",
)
KANA_GIVEN = (
    "タロウ",
    "ハナコ",
    "イチロウ",
    "ミサキ",
    "ケンタ",
    "ヨウコ",
    "ダイスケ",
    "ユミ",
    "ショウタ",
    "ナオコ",
    "マコト",
    "アヤ",
)
ROMAN = (
    "sato",
    "suzuki",
    "takahashi",
    "tanaka",
    "ito",
    "watanabe",
    "yamamoto",
    "nakamura",
    "kobayashi",
    "kato",
    "yoshida",
    "yamada",
)
PLACES = (
    "東京都千代田区丸の内",
    "大阪府大阪市北区梅田",
    "神奈川県横浜市西区みなとみらい",
    "愛知県名古屋市中村区名駅",
    "福岡県福岡市博多区博多駅前",
)
CONDITIONS = ("高血圧", "糖尿病", "喘息", "なし", "なし", "なし")
CUSTOMERS = 1200


@dataclass(frozen=True)
class Person:
    name: str
    kana: str
    email: str
    phone: str
    address: str
    birth: str


def people(count: int, seed: int = 7) -> list[Person]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        s, g = rng.randrange(len(SURNAMES)), rng.randrange(len(GIVEN))
        out.append(
            Person(
                name=f"{SURNAMES[s]} {GIVEN[g]}",
                kana=f"{KANA_SURNAMES[s]} {KANA_GIVEN[g]}",
                email=f"{ROMAN[s]}.{i:04d}@example.jp",
                phone=f"090-{rng.randrange(1000, 9999)}-{i % 10000:04d}",
                address=f"{rng.choice(PLACES)}{rng.randrange(1, 9)}-{rng.randrange(1, 20)}"
                f"-{rng.randrange(1, 30)}",
                birth=f"{rng.randrange(1950, 2004)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}",
            )
        )
    return out


def customer_csv(persons: list[Person], rng: random.Random) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(
        ["顧客番号", "氏名", "フリガナ", "住所", "電話番号", "メールアドレス", "生年月日", "既往歴"]
    )
    for i, p in enumerate(persons, 1):
        writer.writerow(
            [f"C{i:05d}", p.name, p.kana, p.address, p.phone, p.email, p.birth, rng.choice(CONDITIONS)]
        )
    return buffer.getvalue().encode("cp932")


def staff_xlsx(path: Path, persons: list[Person]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "社員名簿"
    sheet.append(["社員番号", "氏名", "部署", "内線", "携帯電話", "マイナンバー"])
    for i, p in enumerate(persons, 1):
        body = f"{31415926535 + i * 7919:011d}"
        sheet.append(
            [
                f"E{i:03d}",
                p.name,
                "営業部" if i % 2 else "総務部",
                f"{2000 + i}",
                p.phone,
                body + my_number.calc_check_digit(body),
            ]
        )
    book.save(path)


def note_docx(path: Path, person: Person) -> None:
    document = Document()
    document.add_heading("面談記録（人事部限り）", level=1)
    document.add_paragraph(f"対象者: {person.name}（{person.phone}）")
    document.add_paragraph(
        "本人より、うつ病の診断を受けて通院中であり、来月から時短勤務を希望するとの申し出があった。"
    )
    document.add_paragraph("産業医面談を設定する。記録は人事部長のみ閲覧可とすること。")
    document.save(str(path))


def invoice_pdf(path: Path, person: Person) -> None:
    write_text_pdf(
        path,
        [
            "請求書 No. 2026-1123",
            f"{person.name} 様",
            f"ご住所 {person.address}",
            f"電話 {person.phone}",
            "ご請求金額 55,000円（税込）",
            "お支払期限 2026年12月25日",
        ],
    )


def mail_with_attachment(path: Path, persons: list[Person], attachment: bytes) -> None:
    message = EmailMessage()
    message["From"] = "営業部 <sales@example.jp>"
    message["To"] = f"{persons[0].name} <{persons[0].email}>"
    message["Subject"] = "ご依頼の顧客リスト（抜粋）"
    message.set_content(
        f"{persons[0].name}様\n\nお世話になっております。ご依頼の顧客リストの抜粋を添付します。\n"
        f"不明点は担当の{persons[1].name}（{persons[1].phone}）までご連絡ください。\n"
    )
    message.add_attachment(attachment, maintype="text", subtype="csv", filename="顧客抜粋.csv")
    path.write_bytes(bytes(message))


def build_shared_drive(root: Path, seed: int = 7) -> Path:
    """Write the sample drive under `root` (created) and return it."""
    rng = random.Random(seed)
    persons = people(CUSTOMERS, seed)
    root.mkdir(parents=True, exist_ok=True)
    sales = root / "共有" / "営業部"
    hr = root / "共有" / "人事部"
    desktop = root / "Desktop"
    for folder in (sales, hr, desktop):
        folder.mkdir(parents=True, exist_ok=True)
    customers = customer_csv(persons, rng)
    (sales / "顧客リスト.csv").write_bytes(customers)
    staff_xlsx(hr / "社員名簿.xlsx", persons[:40])
    note_docx(hr / "面談記録.docx", persons[41])
    invoice_pdf(sales / "請求書_2026-1123.pdf", persons[42])
    extract = customer_csv(persons[:30], rng)
    mail_with_attachment(desktop / "顧客リスト送付.eml", persons[:2], extract)
    with zipfile.ZipFile(root / "共有" / "旧データ_2019.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("2019/顧客リスト_旧.csv", customer_csv(persons[100:400], rng))
        archive.writestr(
            "2019/メモ.txt", f"引継ぎ: {persons[500].name} 様の連絡先は {persons[500].email} です。\n"
        )
    (root / "共有" / "議事録.txt").write_text("定例会議の議事録。特記事項なし。\n", encoding="utf-8")
    return root
