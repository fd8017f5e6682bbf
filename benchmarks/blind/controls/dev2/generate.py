#!/usr/bin/env python3
"""Blind control-evidence set "dev2": a regional chain of three dental clinics (医療法人社団 杜の歯科会) with a
small online shop for oral-care goods and a recruiting office.

Aimed at the traps: most assets hold NO personal data but look as if they might (brochures, price lists,
記入例, JAN codes, 12-digit numbers failing the My Number check digit, statistics, B2B mail, store tables …),
each placed where a rule would fire if it did hold personal data.

    python generate.py --out DIR [--seed 41] [--db-url postgresql+psycopg://127.0.0.1/blind_controls_dev2]

Writes DIR/drive/, DIR/policy.json, DIR/incidents/*.yaml, DIR/truth.json and DIR/trap_kinds.json (asset →
kind of trap / problem / clean, for analysis only; not part of the contract).
"""
from __future__ import annotations

import argparse
import binascii
import csv
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import time
import zipfile
from datetime import date, datetime, timedelta
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SET = "dev2"
POLICY = {
    "retention_days": 1095,
    "my_number_areas": ["共有/総務/マイナンバー", "共有/採用事務局/マイナンバー提出"],
    "max_table_readers": 3,
}
FIXED_ZIP_TIME = (2025, 4, 1, 9, 0, 0)
FIXED_DT = datetime(2025, 4, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------------------------------
# The company (names of the organisation, its clinics and its officers are public business information)
ORG = "医療法人社団 杜の歯科会"
ORG_KANA = "イリョウホウジンシャダン モリノシカカイ"
CHAIR = "森川 直樹"          # 理事長 (代表者)
DOMAIN = "mori-dental.example.jp"
HQ = {"name": "杜の歯科 本院", "zip": "980-0811", "addr": "宮城県仙台市青葉区一番町三丁目4番12号 杜ビル2階",
      "tel": "022-215-4180", "fax": "022-215-4181"}
CLINICS = [
    HQ,
    {"name": "杜の歯科 泉中央院", "zip": "981-3133", "addr": "宮城県仙台市泉区泉中央一丁目7番1号 スウィング泉3階",
     "tel": "022-771-6480", "fax": "022-771-6481"},
    {"name": "杜の歯科 長町院", "zip": "982-0011", "addr": "宮城県仙台市太白区長町五丁目2番8号",
     "tel": "022-304-8118", "fax": "022-304-8119"},
]
SHOP = {"name": "杜のデンタルストア（オンラインショップ）", "tel": "0120-418-648", "mail": f"shop@{DOMAIN}"}
RECRUIT = {"name": "杜の歯科会 採用事務局", "zip": "980-0811", "addr": "宮城県仙台市青葉区一番町三丁目4番12号 杜ビル5階",
           "tel": "022-215-4190", "mail": f"recruit@{DOMAIN}"}
SUPPLIERS = [
    ("株式会社デンタルサプライ東北", "営業部", "022-262-3301", "sales@dentalsupply-tohoku.example.co.jp"),
    ("東北歯科材料株式会社", "受注センター", "022-288-7710", "order@tohoku-shika.example.co.jp"),
    ("株式会社オーラルケア物流", "カスタマーサポート", "0120-555-019", "support@oralcare-logi.example.co.jp"),
    ("みちのく印刷株式会社", "制作部", "022-236-5521", "seisaku@michinoku-print.example.co.jp"),
    ("株式会社青葉システムズ", "保守窓口", "022-797-1101", "helpdesk@aoba-sys.example.co.jp"),
]
PUBLIC_OFFICES = [
    ("仙台市青葉区役所 保健福祉センター", "980-8701", "宮城県仙台市青葉区上杉1-5-1", "022-225-7211"),
    ("仙台市泉区役所", "981-3189", "宮城県仙台市泉区泉中央2-1-1", "022-372-3111"),
    ("仙台市太白区役所", "982-8601", "宮城県仙台市太白区長町南3-1-15", "022-247-1111"),
    ("仙台市保健所", "980-8671", "宮城県仙台市青葉区国分町3-7-1", "022-214-8029"),
    ("宮城県歯科医師会", "980-0803", "宮城県仙台市青葉区国分町1-5-1", "022-222-5960"),
    ("東北厚生局 宮城事務所", "980-8426", "宮城県仙台市青葉区花京院1-1-20", "022-206-5216"),
    ("仙台北税務署", "981-8555", "宮城県仙台市青葉区上杉1-1-1", "022-222-8121"),
]

SURNAMES = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
            ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
            ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
            ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("阿部", "アベ", "abe"),
            ("菅原", "スガワラ", "sugawara"), ("千葉", "チバ", "chiba"), ("及川", "オイカワ", "oikawa"),
            ("佐々木", "ササキ", "sasaki"), ("三浦", "ミウラ", "miura"), ("遠藤", "エンドウ", "endo"),
            ("斎藤", "サイトウ", "saito"), ("大友", "オオトモ", "otomo"), ("庄司", "ショウジ", "shoji"),
            ("村上", "ムラカミ", "murakami"), ("今野", "コンノ", "konno"), ("熊谷", "クマガイ", "kumagai")]
GIVEN = [("翔太", "ショウタ", "shota"), ("美咲", "ミサキ", "misaki"), ("健一", "ケンイチ", "kenichi"),
         ("由美子", "ユミコ", "yumiko"), ("大輔", "ダイスケ", "daisuke"), ("彩花", "アヤカ", "ayaka"),
         ("誠", "マコト", "makoto"), ("陽菜", "ヒナ", "hina"), ("和夫", "カズオ", "kazuo"),
         ("恵子", "ケイコ", "keiko"), ("拓海", "タクミ", "takumi"), ("真由美", "マユミ", "mayumi"),
         ("浩二", "コウジ", "koji"), ("結衣", "ユイ", "yui"), ("隆", "タカシ", "takashi"),
         ("千尋", "チヒロ", "chihiro"), ("悠斗", "ユウト", "yuto"), ("久美子", "クミコ", "kumiko"),
         ("修", "オサム", "osamu"), ("さくら", "サクラ", "sakura"), ("蓮", "レン", "ren"), ("智子", "トモコ", "tomoko")]
WARDS = [("青葉区", ["上杉", "八幡", "木町通", "北山", "国見", "川内", "中山"], "981-09"),
         ("宮城野区", ["榴岡", "原町", "鶴ケ谷", "福室", "岩切"], "983-00"),
         ("若林区", ["荒井", "六丁の目", "連坊", "南小泉"], "984-00"),
         ("太白区", ["長町南", "郡山", "富沢", "八木山", "西多賀"], "982-08"),
         ("泉区", ["南光台", "将監", "加茂", "高森", "八乙女"], "981-31")]
DIAG = ["う蝕（C2）", "歯周病（P）", "歯肉炎", "根尖性歯周炎", "智歯周囲炎", "顎関節症", "知覚過敏", "欠損補綴"]
HISTORY = ["高血圧", "糖尿病", "なし", "喘息", "ペニシリンアレルギー", "心疾患（ペースメーカー）", "なし", "骨粗鬆症（服薬中）"]
PRODUCTS = [("歯ブラシ やわらかめ", 330), ("歯ブラシ ふつう", 330), ("タフトブラシ", 418), ("歯間ブラシ SSS", 660),
            ("歯間ブラシ S", 660), ("デンタルフロス 40m", 550), ("フッ素ジェル 1450ppm", 1320),
            ("知覚過敏用歯みがき剤", 990), ("洗口液 ノンアルコール", 1100), ("舌ブラシ", 385),
            ("キシリトールタブレット", 864), ("電動歯ブラシ 替えブラシ", 1980), ("マウスピースケース", 770),
            ("義歯洗浄剤 30錠", 748), ("子ども用歯ブラシ", 275)]


# --------------------------------------------------------------------------------------------------------------
def mn_check(d11: str) -> int:
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mn_valid(d12: str) -> bool:
    return len(d12) == 12 and d12.isdigit() and mn_check(d12[:11]) == int(d12[11])


MN_RE = re.compile(r"(?<!\d)(\d{4})[ \-]?(\d{4})[ \-]?(\d{4})(?!\d)")


def has_valid_mn(text: str) -> bool:
    return any(mn_valid("".join(m.groups())) for m in MN_RE.finditer(text))


class Faker:
    def __init__(self, rng: random.Random):
        self.r = rng

    def person(self):
        s = self.r.choice(SURNAMES)
        g = self.r.choice(GIVEN)
        ward, towns, zp = self.r.choice(WARDS)
        town = self.r.choice(towns)
        b = date(1942, 1, 1) + timedelta(days=self.r.randrange(0, 365 * 70))
        return {
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "email": f"{g[2]}.{s[2]}{self.r.randrange(10, 99)}@{self.r.choice(['example.com', 'example.ne.jp', 'example.org'])}",
            "tel": f"0{self.r.choice(['90', '80', '70'])}-{self.r.randrange(1000, 9999)}-{self.r.randrange(1000, 9999)}",
            "zip": f"{zp}{self.r.randrange(10, 99)}",
            "addr": f"宮城県仙台市{ward}{town}{self.r.randrange(1, 6)}丁目{self.r.randrange(1, 30)}-{self.r.randrange(1, 20)}",
            "birth": b.isoformat(),
        }

    def mynumber(self) -> str:
        d = "".join(str(self.r.randrange(10)) for _ in range(11))
        return d + str(mn_check(d))

    def bad_mynumber(self) -> str:
        while True:
            d = "".join(str(self.r.randrange(1, 10)) for _ in range(11))
            c = mn_check(d)
            bad = (c + self.r.randrange(1, 10)) % 10
            if bad != c:
                return d + str(bad)


# --------------------------------------------------------------------------------------------------------------
# Writers (deterministic bytes)
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data_i = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps the save time here
                data_i = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)",
                                rb"\g<1>2025-04-01T09:00:00Z\g<2>", data_i)
            z.writestr(zi, data_i)
    return out.getvalue()


def xlsx_bytes(sheets: list[tuple[str, list[list]]]) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.properties.creator = ORG
    wb.properties.lastModifiedBy = ORG
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = ORG
    cp.last_modified_by = ORG
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def csv_bytes(rows: list[list], encoding="utf-8", comment: list[str] | None = None) -> bytes:
    s = io.StringIO()
    for c in comment or []:
        s.write(c + "\r\n")
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def rows_text(rows) -> str:
    return "\n".join(" ".join(str(c) for c in r) for r in rows)


# ZipCrypto (traditional PKWARE encryption), stored entries
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_T = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._update(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _T[(c ^ b) & 0xFF]

    def _update(self, b):
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def enc(self, data: bytes) -> bytes:
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ k)
            self._update(b)
        return bytes(out)


def zip_bytes(files: list[tuple[str, bytes]], password: str | None, rng: random.Random) -> bytes:
    out = io.BytesIO()
    central = []
    dos_time = (9 << 11) | (0 << 5) | 0
    dos_date = ((2025 - 1980) << 9) | (4 << 5) | 1
    for name, data in files:
        fn = name.encode("utf-8")
        crc = binascii.crc32(data) & 0xFFFFFFFF
        flags = 0x800
        payload = data
        if password is not None:
            flags |= 0x1
            zc = _ZipCrypto(password.encode())
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
            payload = zc.enc(header) + zc.enc(data)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 0, dos_time, dos_date, crc, len(payload),
                              len(data), len(fn), 0))
        out.write(fn)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 0, dos_time, dos_date, crc,
                                   len(payload), len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_off, 0))
    return out.getvalue()


MIME_TYPES = {".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
              ".csv": ("text", "csv"), ".txt": ("text", "plain"), ".zip": ("application", "zip"),
              ".pdf": ("application", "pdf")}


def eml_bytes(idx: int, frm: str, to: str, subject: str, body: str, day: date,
              attachments: list[tuple[str, bytes]] = (), smime_blob: bytes | None = None, cc: str | None = None) -> bytes:
    msg = MIMEMultipart("mixed", boundary=f"=_mamori_{SET}_{idx:04d}_mix")
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Date"] = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day.weekday()]}, {day.day:02d} " \
                  f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][day.month - 1]} " \
                  f"{day.year} 10:{idx % 60:02d}:00 +0900"
    msg["Message-ID"] = f"<{SET}.{idx:04d}.{day.isoformat()}@{DOMAIN}>"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    for name, data in attachments:
        ext = os.path.splitext(name)[1].lower()
        mt, st = MIME_TYPES.get(ext, ("application", "octet-stream"))
        part = MIMEBase(mt, st)
        part.set_payload(data)
        encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        msg.attach(part)
    if smime_blob is not None:
        part = MIMEBase("application", "pkcs7-mime", **{"smime-type": "enveloped-data", "name": "smime.p7m"})
        part.set_payload(smime_blob)
        encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename="smime.p7m")
        msg.attach(part)
    return msg.as_bytes()


# --------------------------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, out: str, seed: int):
        self.out = out
        self.drive = os.path.join(out, "drive")
        self.rng = random.Random(seed)
        self.f = Faker(random.Random(seed * 7919 + 1))
        self.now = time.time()
        self.assets: dict[str, dict] = {}
        self.dir_modes: dict[str, int] = {}
        self.mail_idx = 0

    # folder modes (relative to drive/)
    def folder_mode(self, rel: str, mode: int):
        self.dir_modes[rel] = mode

    def put(self, rel: str, data: bytes, *, pd: bool, text: str = "", mn: bool = False, mode: int = 0o640,
            age: int | None = None, att_pd_unenc: bool = False, kind: str, expect: set[str] | None = None):
        """Write drive/<rel>. pd: holds personal data. mn: holds a valid My Number. age: days since modified.
        expect: rules I intend to fire (checked against what the contract's rules say)."""
        assert rel not in self.assets, rel
        path = os.path.join(self.drive, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        if age is None:
            age = self.rng.randrange(3, 400)
        self.assets["drive/" + rel] = dict(kind="file", rel=rel, pd=pd, mn=mn, mode=mode, age=age,
                                           att=att_pd_unenc, label=kind, expect=expect, text=text)
        if text:
            found = has_valid_mn(text)
            assert found == mn, (rel, "valid My Number present" if found else "My Number expected")

    def mail(self, rel: str, frm, to, subject, body, *, attachments=(), smime=None, pd: bool, att_pd_unenc=False,
             mode=0o640, age=None, kind: str, expect=None, text_extra: str = "", day: date | None = None, cc=None):
        self.mail_idx += 1
        d = day or (date(2025, 1, 6) + timedelta(days=self.rng.randrange(0, 300)))
        data = eml_bytes(self.mail_idx, frm, to, subject, body, d, attachments, smime, cc)
        self.put(rel, data, pd=pd, text=body + "\n" + text_extra, mode=mode, age=age, att_pd_unenc=att_pd_unenc,
                 kind=kind, expect=expect)

    # ---- rule evaluation (the contract, applied to what I wrote) ----
    def rules_for(self, a: dict) -> set[str]:
        rel = a["rel"]
        parts = rel.split("/")
        folder = "/".join(parts[:-1])
        fmode = self.dir_modes.get(folder, 0o750)
        r = set()
        if a["pd"]:
            if any(p.lower() in ("desktop", "downloads") or p in ("デスクトップ", "ダウンロード") for p in parts[:-1]):
                r.add("portable_device")
            if a["mode"] & 0o004:
                r.add("world_readable")
            if a["mode"] & 0o002 or fmode & 0o002:
                r.add("world_writable")
            if a["age"] > POLICY["retention_days"]:
                r.add("retention_expired")
            if a["att"]:
                r.add("unencrypted_attachment")
        if a["mn"]:
            inside = any(rel.startswith(area.rstrip("/") + "/") for area in POLICY["my_number_areas"])
            if not inside:
                r.add("my_number_outside_area")
        return r

    def finish_drive(self):
        for key, a in sorted(self.assets.items()):
            path = os.path.join(self.drive, a["rel"])
            os.chmod(path, a["mode"])
            t = self.now - a["age"] * 86400
            os.utime(path, (t, t))
            lim = POLICY["retention_days"]
            assert abs(a["age"] - lim) >= 30, (key, a["age"])
        # folders: every folder under drive/ gets 0o750 unless given a trap/problem mode
        for root, dirs, _ in os.walk(self.drive):
            for d in dirs:
                full = os.path.join(root, d)
                rel = os.path.relpath(full, self.drive).replace(os.sep, "/")
                os.chmod(full, self.dir_modes.get(rel, 0o750))
        os.chmod(self.drive, 0o750)


# --------------------------------------------------------------------------------------------------------------
def company_block(clinic=HQ) -> str:
    return (f"{ORG}　{clinic['name']}\n〒{clinic['zip']} {clinic['addr']}\n"
            f"TEL {clinic['tel']}（代表）／FAX {clinic['fax']}\nE-mail info@{DOMAIN}　https://www.{DOMAIN}/")


def build_drive(g: Gen):
    f, r = g.f, g.rng
    OLD = lambda: POLICY["retention_days"] + r.randrange(90, 1500)   # noqa: E731  (well past the limit)
    NEW = lambda: r.randrange(2, POLICY["retention_days"] - 120)    # noqa: E731  (well inside the limit)

    patients = [f.person() for _ in range(60)]
    customers = [f.person() for _ in range(40)]
    applicants = [f.person() for _ in range(25)]
    staff = [f.person() for _ in range(18)]

    # ================================== PERSONAL DATA: problems and clean ====================================
    def patient_rows(ps, start=1):
        rows = [["患者ID", "氏名", "フリガナ", "生年月日", "電話番号", "郵便番号", "住所", "既往歴", "最終来院日"]]
        for i, p in enumerate(ps):
            rows.append([f"P{start + i:06d}", p["name"], p["kana"], p["birth"], p["tel"], p["zip"], p["addr"],
                         r.choice(HISTORY), (date(2025, 3, 1) - timedelta(days=r.randrange(0, 200))).isoformat()])
        return rows

    def customer_rows(cs):
        rows = [["会員番号", "氏名", "メールアドレス", "電話番号", "郵便番号", "配送先住所"]]
        for i, c in enumerate(cs):
            rows.append([f"M{20000 + i}", c["name"], c["email"], c["tel"], c["zip"], c["addr"]])
        return rows

    def applicant_rows(aps):
        rows = [["応募番号", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "応募職種", "選考状況"]]
        for i, a in enumerate(aps):
            rows.append([f"R25-{i + 1:03d}", a["name"], a["kana"], a["birth"], a["tel"], a["email"],
                         r.choice(["歯科衛生士", "歯科助手", "受付", "歯科医師"]), r.choice(["書類選考", "一次面接", "内定", "不採用"])])
        return rows

    def mn_rows(ps):
        rows = [["社員番号", "氏名", "個人番号", "生年月日", "住所"]]
        for i, p in enumerate(ps):
            rows.append([f"E{101 + i}", p["name"], f.mynumber(), p["birth"], p["addr"]])
        return rows

    # ---- clean: personal data in its proper place, 0o640, recent ----
    rows = patient_rows(patients[:30])
    g.put("共有/本院/受付/患者名簿_2025.xlsx", xlsx_bytes([("患者名簿", rows)]), pd=True, text=rows_text(rows),
          age=NEW(), kind="clean:患者名簿")
    rows = patient_rows(patients[30:45], 31)
    g.put("共有/泉中央院/受付/患者名簿_泉中央.csv", csv_bytes(rows, "cp932"), pd=True, text=rows_text(rows),
          age=NEW(), kind="clean:患者名簿(CP932)")
    rows = customer_rows(customers[:20])
    g.put("共有/オンラインショップ/会員一覧.csv", csv_bytes(rows), pd=True, text=rows_text(rows), age=NEW(),
          kind="clean:会員一覧")
    rows = applicant_rows(applicants[:12])
    g.put("共有/採用事務局/応募者管理_2025.xlsx", xlsx_bytes([("応募者", rows)]), pd=True, text=rows_text(rows),
          age=NEW(), kind="clean:応募者一覧")
    rows = mn_rows(staff[:10])
    g.put("共有/総務/マイナンバー/個人番号管理台帳.xlsx", xlsx_bytes([("台帳", rows)]), pd=True, mn=True,
          text=rows_text(rows), age=NEW(), kind="clean:マイナンバー(管理区域内)")
    rows = mn_rows(staff[10:14])
    g.put("共有/総務/マイナンバー/2024年分/扶養控除等申告書_個人番号.csv", csv_bytes(rows, "cp932"), pd=True, mn=True,
          text=rows_text(rows), age=NEW(), kind="clean:マイナンバー(管理区域の下位フォルダ)")
    rows = mn_rows(applicants[:3])
    g.put("共有/採用事務局/マイナンバー提出/内定者_個人番号.csv", csv_bytes(rows), pd=True, mn=True,
          text=rows_text(rows), age=NEW(), kind="clean:マイナンバー(第二の管理区域)")
    txt = "緊急連絡網（長町院）\n" + "\n".join(f"{s['name']}　{s['tel']}" for s in staff[:8])
    g.put("共有/長町院/緊急連絡網.txt", txt.encode("utf-8"), pd=True, text=txt, age=NEW(), kind="clean:緊急連絡網")
    p = patients[45]
    txt = (f"紹介状（診療情報提供書）\n{p['name']} 様（{p['birth']}生）\n傷病名：{DIAG[3]}\n既往歴：{HISTORY[5]}\n"
           f"住所：{p['addr']}\n紹介先：東北大学病院 歯科顎口腔外科\n")
    g.put("共有/本院/診療/紹介状_控え_2025-02.docx", docx_bytes(txt.split("\n")), pd=True, text=txt, age=NEW(),
          kind="clean:紹介状(要配慮)")
    # not-quite-Desktop folder names: the rule names the folder exactly, so these are clean
    rows = customer_rows(customers[20:26])
    g.put("共有/IT/移行作業/Desktop_backup/旧会員データ.csv", csv_bytes(rows), pd=True, text=rows_text(rows), age=NEW(),
          kind="clean:フォルダ名がDesktopを含むだけ")
    rows = patient_rows(patients[46:50], 47)
    g.put("共有/本院/受付/ダウンロード資料/予約者一覧_3月.csv", csv_bytes(rows), pd=True, text=rows_text(rows), age=NEW(),
          kind="clean:フォルダ名がダウンロードを含むだけ")

    # ---- portable_device ----
    rows = patient_rows(patients[:15])
    g.put("home/kato/Desktop/患者リスト_コピー.xlsx", xlsx_bytes([("Sheet1", rows)]), pd=True, text=rows_text(rows),
          age=NEW(), kind="problem", expect={"portable_device"})
    rows = customer_rows(customers[:25])
    g.put("home/ito/デスクトップ/発送先_4月.csv", csv_bytes(rows, "cp932"), pd=True, text=rows_text(rows), age=NEW(),
          kind="problem", expect={"portable_device"})
    rows = applicant_rows(applicants[:10])
    g.put("home/watanabe/Downloads/応募者一覧_ダウンロード.csv", csv_bytes(rows), pd=True, text=rows_text(rows),
          age=NEW(), kind="problem", expect={"portable_device"})
    txt = "\n".join(f"{p['name']}様 {p['tel']} 次回予約 4/{r.randrange(1, 28)}" for p in patients[15:25])
    g.put("home/nakamura/ダウンロード/リコール電話リスト.txt", txt.encode("utf-8"), pd=True, text=txt, age=NEW(),
          kind="problem", expect={"portable_device"})
    rows = patient_rows(patients[25:32], 26)
    g.put("home/suzuki/desktop/2024/整理中/未収金患者.xlsx", xlsx_bytes([("未収", rows)]), pd=True,
          text=rows_text(rows), age=NEW(), kind="problem", expect={"portable_device"})
    # portable + my number outside area
    rows = mn_rows(staff[:6])
    g.put("home/suzuki/Desktop/年末調整_個人番号.xlsx", xlsx_bytes([("個人番号", rows)]), pd=True, mn=True,
          text=rows_text(rows), age=NEW(), kind="problem", expect={"portable_device", "my_number_outside_area"})

    # ---- world_readable ----
    rows = patient_rows(patients[32:44], 33)
    g.put("共有/長町院/受付/予約台帳.csv", csv_bytes(rows), pd=True, text=rows_text(rows), mode=0o644, age=NEW(),
          kind="problem", expect={"world_readable"})
    rows = customer_rows(customers[10:30])
    g.put("共有/オンラインショップ/出荷/ヤマト送り状データ.csv", csv_bytes(rows, "cp932"), pd=True, text=rows_text(rows),
          mode=0o604, age=NEW(), kind="problem", expect={"world_readable"})
    txt = "\n".join(f"{s['name']}\t{s['tel']}\t{s['addr']}" for s in staff)
    g.put("共有/総務/職員住所録.txt", txt.encode("utf-8"), pd=True, text=txt, mode=0o644, age=NEW(),
          kind="problem", expect={"world_readable"})

    # ---- world_writable ----
    rows = applicant_rows(applicants[12:20])
    g.put("共有/採用事務局/面接日程.xlsx", xlsx_bytes([("面接", rows)]), pd=True, text=rows_text(rows), mode=0o666,
          age=NEW(), kind="problem", expect={"world_writable", "world_readable"})
    rows = patient_rows(patients[44:52], 45)
    g.put("共有/スキャン/受付/問診票_スキャン一覧.csv", csv_bytes(rows), pd=True, text=rows_text(rows), mode=0o640,
          age=NEW(), kind="problem", expect={"world_writable"})
    g.folder_mode("共有/スキャン/受付", 0o777)
    rows = customer_rows(customers[30:40])
    g.put("共有/オンラインショップ/返品受付/返品依頼者.csv", csv_bytes(rows), pd=True, text=rows_text(rows), mode=0o642,
          age=NEW(), kind="problem", expect={"world_writable"})

    # ---- my_number_outside_area ----
    rows = mn_rows(staff[6:12])
    g.put("共有/総務/給与/源泉徴収票_作成用.csv", csv_bytes(rows, "cp932"), pd=True, mn=True, text=rows_text(rows),
          age=NEW(), kind="problem", expect={"my_number_outside_area"})
    rows = mn_rows(staff[12:16])
    g.put("共有/総務/マイナンバー_旧/個人番号一覧_2022.xlsx", xlsx_bytes([("旧", rows)]), pd=True, mn=True,
          text=rows_text(rows), age=NEW(), kind="problem", expect={"my_number_outside_area"})
    s = staff[16]
    txt = f"社会保険 資格取得届 控え\n氏名：{s['name']}\n個人番号：{f.mynumber()}\n生年月日：{s['birth']}\n"
    g.put("共有/採用事務局/入社手続/資格取得届_控え.docx", docx_bytes(txt.split("\n")), pd=True, mn=True, text=txt,
          age=NEW(), kind="problem", expect={"my_number_outside_area"})

    # ---- retention_expired ----
    rows = patient_rows(patients[:20])
    g.put("共有/本院/受付/過去分/患者名簿_2019.xlsx", xlsx_bytes([("2019", rows)]), pd=True, text=rows_text(rows),
          age=OLD(), kind="problem", expect={"retention_expired"})
    rows = applicant_rows(applicants[:15])
    g.put("共有/採用事務局/不採用者/応募者_2020年度.csv", csv_bytes(rows, "cp932"), pd=True, text=rows_text(rows),
          age=OLD(), kind="problem", expect={"retention_expired"})
    rows = customer_rows(customers[:15])
    g.put("共有/オンラインショップ/キャンペーン/2021プレゼント当選者.csv", csv_bytes(rows), pd=True,
          text=rows_text(rows), age=OLD(), mode=0o644, kind="problem", expect={"retention_expired", "world_readable"})

    # ---- mail with personal data ----
    rows = customer_rows(customers[:12])
    g.mail("mail/ito/送信済み/2025-03-10_配送データ送付.eml", SHOP["mail"], SUPPLIERS[2][3], "4月分 配送データの送付",
           "株式会社オーラルケア物流 カスタマーサポート御中\n\n4月分の配送データを添付いたします。\n\n杜のデンタルストア",
           attachments=[("配送データ_4月.csv", csv_bytes(rows))], pd=True, att_pd_unenc=True,
           kind="problem", expect={"unencrypted_attachment"}, text_extra=rows_text(rows))
    rows = applicant_rows(applicants[5:15])
    g.mail("mail/watanabe/送信済み/2025-02-14_面接候補者.eml", RECRUIT["mail"], f"honin@{DOMAIN}", "面接候補者のご連絡",
           "本院ご担当\n\n面接候補者の一覧を添付します。ご確認ください。\n\n採用事務局",
           attachments=[("面接候補者.xlsx", xlsx_bytes([("候補者", rows)]))], pd=True, att_pd_unenc=True,
           kind="problem", expect={"unencrypted_attachment"}, text_extra=rows_text(rows))
    rows = patient_rows(patients[50:56], 51)
    zipped = zip_bytes([("紹介患者一覧.csv", csv_bytes(rows))], None, r)
    g.mail("mail/suzuki/送信済み/2025-01-20_紹介患者.eml", f"jimu@{DOMAIN}", "renkei@clinic-partner.example.jp",
           "紹介患者一覧（ZIP）", "連携医療機関 御中\n\n紹介患者一覧をZIPで送付します。\n\n杜の歯科 事務局",
           attachments=[("紹介患者一覧.zip", zipped)], pd=True, att_pd_unenc=True, kind="problem",
           expect={"unencrypted_attachment"}, text_extra=rows_text(rows))
    p = patients[56]
    txt_doc = f"同意書\n患者氏名：{p['name']}\n生年月日：{p['birth']}\n住所：{p['addr']}\n治療内容：インプラント"
    g.mail("home/kato/Desktop/転送_同意書.eml", f"kato@{DOMAIN}", f"kato.private@example.ne.jp", "Fw: 同意書",
           "自宅で確認します。", attachments=[("同意書.docx", docx_bytes(txt_doc.split("\n")))], pd=True,
           att_pd_unenc=True, kind="problem", expect={"unencrypted_attachment", "portable_device"},
           text_extra=txt_doc)
    # clean mails: encrypted ZIP, S/MIME, personal data only in the body
    rows = customer_rows(customers[:20])
    enc = zip_bytes([("会員一覧_暗号化.csv", csv_bytes(rows))], "Mori#2025!shop", r)
    g.mail("mail/ito/送信済み/2025-03-03_会員データ_暗号化.eml", SHOP["mail"], SUPPLIERS[4][3], "会員データ（暗号化ZIP）",
           "株式会社青葉システムズ 保守窓口御中\n\n移行用データをパスワード付きZIPで送付します。パスワードは別送します。",
           attachments=[("会員データ.zip", enc)], pd=True, kind="clean:暗号化ZIP添付")
    g.mail("mail/suzuki/送信済み/2025-02-27_給与データ_SMIME.eml", f"jimu@{DOMAIN}", "kyuyo@sr-office.example.jp",
           "2月分給与データ（S/MIME）", "社会保険労務士事務所 御中\n\n2月分給与データをS/MIMEで暗号化して送付します。",
           smime=bytes(r.randrange(256) for _ in range(1536)), pd=True, kind="clean:S/MIME添付")
    p = patients[57]
    body = (f"長町院 受付ご担当\n\n{p['name']} 様（{p['tel']}）の予約を4月12日10時から4月19日14時に変更しました。\n"
            f"本院 受付")
    g.mail("mail/kato/送信済み/2025-04-01_予約変更.eml", f"honin@{DOMAIN}", f"nagamachi@{DOMAIN}", "予約変更のご連絡",
           body, pd=True, kind="clean:本文のみに個人データ(添付なし)")

    # ================================== TRAPS: no personal data at all =======================================
    traps: list[tuple] = []

    def trap(rel, data, text, kind, *, mode=0o640, age=None, folder_mode=None):
        if folder_mode is not None:
            g.folder_mode(os.path.dirname(rel), folder_mode)
        g.put(rel, data, pd=False, text=text, mode=mode, age=age if age is not None else NEW(), kind=kind)

    # --- 1 brochure (clinic addresses, 代表 phone, 理事長 name)
    t = [f"{ORG} のご案内", f"理事長 {CHAIR}", "一般歯科・小児歯科・矯正歯科・インプラント・予防歯科"] + \
        [company_block(c) for c in CLINICS] + ["駐車場完備・土日診療（本院）"]
    trap("home/kato/Desktop/医院パンフレット_2025.docx", docx_bytes(t), "\n".join(t), "パンフレット")
    trap("共有/広報/パンフレット/医院案内_三つ折り.docx", docx_bytes(t), "\n".join(t), "パンフレット", mode=0o644, age=OLD())
    # --- 2 price list
    rows = [["区分", "項目", "料金（税込）"], ["自費", "セラミッククラウン", 132000], ["自費", "ホワイトニング（オフィス）", 33000],
            ["自費", "インプラント（1本）", 418000], ["自費", "マウスピース矯正", 880000], ["物販", "歯ブラシ", 330],
            ["お問い合わせ", f"{HQ['name']} {HQ['tel']}", ""]]
    trap("共有/受付共通/自費診療料金表.xlsx", xlsx_bytes([("料金表", rows)]), rows_text(rows), "料金表", mode=0o644)
    trap("home/nakamura/Downloads/自費診療料金表_改定案.xlsx", xlsx_bytes([("料金表", rows)]), rows_text(rows), "料金表")
    # --- 3 flyer
    t = ["＼ 6月4日は歯と口の健康週間 ／", "無料 歯科検診 実施中", company_block(CLINICS[1]),
         "ご予約・お問い合わせ：受付担当 千葉まで（平日9:00〜18:00）"]
    trap("home/ito/デスクトップ/チラシ_歯の健康週間.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "チラシ")
    trap("共有/広報/チラシ/2021_開院チラシ.txt", "\n".join(t).encode("cp932"), "\n".join(t), "チラシ", age=OLD())
    # --- 4 press release
    t = ["報道関係各位", "2025年4月1日", ORG, f"理事長 {CHAIR}", "杜の歯科 長町院 リニューアルオープンのお知らせ",
         "当法人は、長町院を拡張移転し、訪問歯科診療の受付を開始します。", "【本件に関するお問い合わせ先】",
         f"{ORG} 広報担当 TEL {HQ['tel']} / E-mail pr@{DOMAIN}"]
    trap("共有/広報/プレスリリース/2025-04_長町院リニューアル.docx", docx_bytes(t), "\n".join(t), "プレスリリース", mode=0o666)
    # --- 5 letterhead
    t = [ORG, f"〒{HQ['zip']} {HQ['addr']}", f"TEL {HQ['tel']}  FAX {HQ['fax']}", "", "　　年　　月　　日", "　　　　　　　様", "",
         "件名：", "", f"{ORG} 理事長 {CHAIR}"]
    trap("共有/総務/書式/レターヘッド.docx", docx_bytes(t), "\n".join(t), "レターヘッド", mode=0o646)
    # --- 6 business hours notice
    t = ["【休診のお知らせ】", "年末年始は 12月29日（月）〜1月4日（日）まで休診いたします。", "急患の方は 仙台市急患センター（022-266-6561）へ",
         company_block(CLINICS[2])]
    trap("home/kato/デスクトップ/年末年始休診のお知らせ.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "診療時間・休診案内")
    t2 = ["診療時間", "月〜金 9:00-13:00 / 14:30-19:00", "土 9:00-13:00 / 14:00-17:00", "日・祝 休診（本院は第2・第4日曜診療）"] + \
        [f"{c['name']} {c['tel']}" for c in CLINICS]
    trap("共有/受付共通/掲示物/診療時間.txt", "\n".join(t2).encode("cp932"), "\n".join(t2), "診療時間・休診案内", mode=0o644,
         age=OLD())
    # --- 7 求人票
    t = ["求人票", f"事業所名：{ORG}", "職種：歯科衛生士（正職員）", "就業場所：杜の歯科 泉中央院（仙台市泉区泉中央1-7-1）",
         "月給：250,000円〜320,000円　賞与年2回", "休日：日・祝・他（年間休日120日）",
         f"応募先：{RECRUIT['name']} 採用担当 TEL {RECRUIT['tel']} E-mail {RECRUIT['mail']}"]
    trap("共有/採用事務局/求人票/歯科衛生士_泉中央.docx", docx_bytes(t), "\n".join(t), "求人票", mode=0o644)
    trap("home/watanabe/Desktop/求人票_歯科助手_下書き.docx", docx_bytes([x.replace("歯科衛生士", "歯科助手") for x in t]),
         "\n".join(t), "求人票")
    # --- 8 map / directions
    t = ["アクセス", f"{HQ['name']}：仙台市地下鉄南北線「広瀬通」駅 西5番出口より徒歩3分", f"所在地 〒{HQ['zip']} {HQ['addr']}",
         "お車の方：提携駐車場（一番町パーキング 仙台市青葉区一番町3-3-20）をご利用ください。",
         f"{CLINICS[2]['name']}：JR長町駅 東口より徒歩5分"]
    trap("home/nakamura/Desktop/アクセスマップ説明文.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "地図・道順")
    # --- 9 blank form
    t = ["問診票", "ふりがな：＿＿＿＿＿＿＿＿", "お名前：＿＿＿＿＿＿＿＿", "生年月日：　　年　　月　　日", "ご住所：〒＿＿＿-＿＿＿＿",
         "電話番号：＿＿＿-＿＿＿＿-＿＿＿＿", "現在治療中の病気：□高血圧 □糖尿病 □心臓病 □その他（　　　）", "アレルギー：□有 □無"]
    trap("共有/受付共通/書式/問診票_白紙.docx", docx_bytes(t), "\n".join(t), "白紙の書式", mode=0o666)
    trap("home/kato/Downloads/問診票_白紙_最新版.docx", docx_bytes(t), "\n".join(t), "白紙の書式")
    # --- 10 記入例
    t = ["問診票【記入例】", "ふりがな：やまだ たろう", "お名前：山田 太郎", "生年月日：昭和60年1月1日", "ご住所：〒980-0000 宮城県仙台市青葉区○○町1-2-3",
         "電話番号：090-0000-0000", "※この記入例は説明用の見本です。"]
    trap("共有/受付共通/書式/問診票_記入例.docx", docx_bytes(t), "\n".join(t), "記入例(山田太郎)", mode=0o644)
    bad = f.bad_mynumber()
    t = ["扶養控除等申告書 記入例", "氏名：山田 花子（記入例）", f"個人番号：{bad[:4]} {bad[4:8]} {bad[8:]}（見本・実在しません）",
         "生年月日：平成2年4月1日", "住所：宮城県仙台市青葉区○○1-1-1"]
    trap("home/suzuki/Desktop/年末調整_記入例.txt", "\n".join(t).encode("cp932"), "\n".join(t), "記入例(山田太郎)")
    # --- 11 manual with screenshots described in text
    t = ["予約システム操作マニュアル Ver.3", "【画面1】ログイン画面：IDとパスワードを入力し「ログイン」を押します。",
         "【画面2】予約一覧：左側に診療台（チェア1〜5）、上部に日付が表示されます。（画面例の患者名は「見本 太郎」と表示）",
         "【画面3】新規予約：「患者検索」ボタンで患者IDを入力します（例：P000000）。",
         f"不明点は {SUPPLIERS[4][0]} {SUPPLIERS[4][1]}（{SUPPLIERS[4][2]}）へ。"]
    trap("共有/IT/マニュアル/予約システム操作マニュアル.docx", docx_bytes(t), "\n".join(t), "操作マニュアル", mode=0o644, age=OLD())
    trap("home/kato/Desktop/予約システム_使い方メモ.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "操作マニュアル")
    # --- 12 training material with fictional patients
    t = ["接遇研修 ロールプレイ台本（架空の事例）", "患者役：杜野 花子さん（架空の人物・70代）", "受付役：「本日はどうされましたか？」",
         "患者役：「入れ歯が痛くて…」", "ポイント：保険証の確認は声量に配慮する。", "※登場人物はすべて架空です。"]
    trap("共有/研修/接遇研修_ロールプレイ.docx", docx_bytes(t), "\n".join(t), "研修資料(架空の患者)", mode=0o644)
    trap("home/nakamura/Downloads/衛生士研修_症例検討_架空.txt", ("症例検討（架空症例）\n60代男性（架空）、主訴：歯肉出血。"
         "\nBOP 45%、PPD 4mm以上 12部位。\n※教材用に作成した架空症例であり、実在の患者とは無関係です。").encode("utf-8"),
         "架空症例", "研修資料(架空の患者)")
    # --- 13 test data marked as such
    rows = [["#", "テスト用ダミーデータ（実在しない）"], ["会員番号", "氏名", "メール", "電話"]] + \
        [[f"T{i:04d}", f"テスト{i}号", f"test{i:03d}@example.invalid", "000-0000-0000"] for i in range(1, 21)]
    trap("home/ito/Desktop/テストデータ_会員_ダミー.csv", csv_bytes(rows), rows_text(rows), "テストデータ")
    trap("共有/IT/検証/ダミー会員データ_テスト用.csv", csv_bytes(rows, "cp932"), rows_text(rows), "テストデータ", mode=0o666)
    # --- 14 order numbers
    rows = [["注文番号", "受注日", "商品コード", "数量", "金額（税込）", "配送方法"]]
    for i in range(60):
        pc = r.randrange(len(PRODUCTS))
        q = r.randrange(1, 5)
        rows.append([f"MD-2025-{100000 + i * 7}", (date(2025, 3, 1) + timedelta(days=i % 30)).isoformat(),
                     f"OC-{1000 + pc}", q, PRODUCTS[pc][1] * q, r.choice(["宅配便", "ネコポス", "店頭受取"])])
    trap("home/ito/Downloads/受注明細_3月_注文番号のみ.csv", csv_bytes(rows), rows_text(rows), "注文番号")
    trap("共有/オンラインショップ/売上/受注明細_2021.xlsx", xlsx_bytes([("受注", rows)]), rows_text(rows), "注文番号",
         age=OLD(), mode=0o644)
    # --- 15 product codes / JAN
    rows = [["商品コード", "JANコード", "商品名", "税込価格", "在庫"]]
    for i, (n, pr) in enumerate(PRODUCTS):
        body = f"49{r.randrange(10 ** 10):010d}"
        digs = [int(c) for c in body]
        cd = (10 - (sum(digs[1::2]) * 3 + sum(digs[0::2])) % 10) % 10
        rows.append([f"OC-{1000 + i}", body + str(cd), n, pr, r.randrange(0, 300)])
    trap("共有/オンラインショップ/商品マスタ_JAN.xlsx", xlsx_bytes([("商品", rows)]), rows_text(rows), "商品コード・JAN",
         mode=0o644)
    trap("home/ito/デスクトップ/JANコード一覧.csv", csv_bytes(rows, "cp932"), rows_text(rows), "商品コード・JAN")
    # --- 16 invoice totals (B2B)
    rows = [["請求書番号", "請求先", "請求元", "請求日", "小計", "消費税", "合計"]]
    for i in range(12):
        sub = r.randrange(50000, 900000)
        rows.append([f"INV-2025{i + 1:02d}-{r.randrange(100, 999)}", ORG, SUPPLIERS[i % 3][0],
                     date(2025, i + 1, 25).isoformat() if i < 12 else "", sub, sub // 10, sub + sub // 10])
    trap("共有/総務/経理/仕入先請求書_集計_2025.xlsx", xlsx_bytes([("請求", rows)]), rows_text(rows), "請求金額", mode=0o644)
    trap("home/suzuki/Downloads/請求書一覧_2020年度.csv", csv_bytes(rows, "cp932"), rows_text(rows), "請求金額", age=OLD())
    # --- 17 12-digit reference numbers failing the My Number check
    rows = [["受付番号（12桁）", "種別", "金額", "状態"]]
    for _ in range(25):
        rows.append([f.bad_mynumber(), r.choice(["口座振替", "コンビニ払込", "カード売上"]), r.randrange(300, 50000),
                     r.choice(["入金済", "未入金"])])
    trap("共有/総務/経理/決済受付番号一覧.csv", csv_bytes(rows), rows_text(rows), "12桁の番号(チェックデジット不正)", mode=0o644)
    trap("home/suzuki/Desktop/決済受付番号_照合用.xlsx", xlsx_bytes([("照合", rows)]), rows_text(rows),
         "12桁の番号(チェックデジット不正)")
    rows2 = [["レセプト管理番号", "請求月", "件数", "点数合計"]] + \
            [[f"{b[:4]}-{b[4:8]}-{b[8:]}", f"2025-{m:02d}", r.randrange(300, 900), r.randrange(200000, 900000)]
             for m, b in ((m, f.bad_mynumber()) for m in range(1, 10))]
    trap("共有/本院/レセプト/請求管理番号_集計.txt", rows_text(rows2).encode("utf-8"), rows_text(rows2),
         "12桁の番号(チェックデジット不正)", mode=0o666)
    # --- 18 public office phone numbers
    rows = [["機関名", "郵便番号", "所在地", "電話番号"]] + [list(o) for o in PUBLIC_OFFICES]
    trap("共有/総務/関係機関連絡先.xlsx", xlsx_bytes([("連絡先", rows)]), rows_text(rows), "公的機関の電話番号", mode=0o644)
    trap("home/kato/Desktop/関係機関_電話番号.txt", rows_text(rows).encode("utf-8"), rows_text(rows), "公的機関の電話番号")
    # --- 19 branch postal codes
    rows = [["院名", "郵便番号", "所在地", "電話", "FAX"]] + [[c["name"], c["zip"], c["addr"], c["tel"], c["fax"]] for c in CLINICS]
    trap("共有/総務/院所在地一覧.csv", csv_bytes(rows, "cp932"), rows_text(rows), "支店の郵便番号・所在地", mode=0o604, age=OLD())
    trap("home/watanabe/Downloads/各院住所_郵便番号.csv", csv_bytes(rows), rows_text(rows), "支店の郵便番号・所在地")
    # --- 20 server IPs in a config file
    t = ["[reservation]", "host = 10.20.1.15", "port = 5432", "backup_host = 10.20.1.16", "[router]",
         "gateway = 10.20.0.1", "dns = 10.20.0.2, 10.20.0.3", "[web]", "public_ip = 203.0.113.48",
         "admin_mail = it-admin@" + DOMAIN]
    trap("共有/IT/設定/reserve_system.ini.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "自社サーバのIPアドレス(設定)",
         mode=0o666)
    trap("home/admin/Desktop/ネットワーク構成メモ.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "自社サーバのIPアドレス(設定)")
    # --- 21 batch job log
    lines = []
    t0 = datetime(2025, 3, 1, 2, 0, 0)
    for i in range(40):
        ts = t0 + timedelta(days=i // 2, minutes=(i % 2) * 30)
        lines.append(f"{ts:%Y-%m-%d %H:%M:%S} INFO  job=nightly_backup host=10.20.1.16 "
                     f"files={r.randrange(1000, 9000)} bytes={r.randrange(10 ** 8, 10 ** 9)} status=OK")
    t = "\n".join(lines)
    trap("共有/IT/ログ/nightly_backup.log.txt", t.encode("utf-8"), t, "バッチジョブのログ", mode=0o644, age=OLD())
    trap("home/admin/Downloads/batch_2025-03.log.txt", t.encode("utf-8"), t, "バッチジョブのログ")
    # --- 22 statistics: 件数
    rows = [["月", "本院", "泉中央院", "長町院", "合計"]]
    for m in range(1, 13):
        a, b, c = (r.randrange(600, 1400) for _ in range(3))
        rows.append([f"2024-{m:02d}", a, b, c, a + b + c])
    trap("共有/経営会議/来院患者数_月別_2024.xlsx", xlsx_bytes([("件数", rows)]), rows_text(rows), "統計(件数)", mode=0o644)
    trap("home/suzuki/Desktop/来院数推移.csv", csv_bytes(rows), rows_text(rows), "統計(件数)")
    # --- 23 statistics: 年代別の人数
    rows = [["年代", "男性", "女性", "合計"]]
    for band in ["0-9歳", "10代", "20代", "30代", "40代", "50代", "60代", "70代", "80歳以上"]:
        a, b = r.randrange(20, 400), r.randrange(20, 400)
        rows.append([band, a, b, a + b])
    trap("共有/経営会議/年代別患者数_2024.csv", csv_bytes(rows, "cp932"), rows_text(rows), "統計(年代別の人数)", mode=0o666)
    trap("home/nakamura/デスクトップ/年代別_人数集計.xlsx", xlsx_bytes([("年代別", rows)]), rows_text(rows),
         "統計(年代別の人数)")
    # --- 24 minutes naming only departments
    t = ["第12回 院長会議 議事録", "日時：2025年3月14日 19:00〜20:30", "出席：本院、泉中央院、長町院、オンラインショップ、採用事務局、総務",
         "1. 長町院の改装について：総務より工程説明。", "2. 歯科衛生士の採用状況：採用事務局より応募15件、内定3件と報告。",
         "3. オンラインショップ：3月売上は前年比112%。", "次回：4月11日"]
    trap("共有/経営会議/議事録_2025-03.docx", docx_bytes(t), "\n".join(t), "議事録(部署名のみ)", mode=0o644)
    trap("home/suzuki/Downloads/議事録_2021-06.docx", docx_bytes(t), "\n".join(t), "議事録(部署名のみ)", age=OLD())
    # --- 25 登記 data
    t = ["履歴事項全部証明書（写し・要約）", f"名称 {ORG}", f"主たる事務所 {HQ['addr']}", "法人番号 7370005001234",
         "目的 歯科診療所を経営し、科学的でかつ適正な医療を普及することを目的とする。", "資産の総額 金1億2,000万円",
         "従たる事務所 宮城県仙台市泉区泉中央一丁目7番1号／宮城県仙台市太白区長町五丁目2番8号"]
    trap("共有/総務/法人/登記事項_要約.docx", docx_bytes(t), "\n".join(t), "自社の登記情報", mode=0o644, age=OLD())
    trap("home/suzuki/Desktop/法人番号・登記メモ.txt", "\n".join(t).encode("utf-8"), "\n".join(t), "自社の登記情報")
    # --- 26 property addresses
    rows = [["物件名", "所在地", "面積(㎡)", "賃料(月額)", "管理会社", "管理会社電話"],
            ["あすと長町テナントA", "宮城県仙台市太白区あすと長町1-4-20 1階", 120, 480000, "株式会社杜都不動産", "022-217-0101"],
            ["北四番丁駅前ビル", "宮城県仙台市青葉区上杉1-6-10 2階", 95, 390000, "株式会社杜都不動産", "022-217-0101"],
            ["富沢メディカルモール", "宮城県仙台市太白区富沢南1-19-1", 140, 520000, "東北リーシング株式会社", "022-281-5500"]]
    trap("共有/経営会議/新規開院_候補物件.xlsx", xlsx_bytes([("候補物件", rows)]), rows_text(rows), "物件の所在地", mode=0o666)
    # --- 27 venues
    rows = [["日付", "会場", "所在地", "電話"], ["2025-05-17", "仙台国際センター 会議棟 小会議室3", "宮城県仙台市青葉区青葉山無番地", "022-265-2211"],
            ["2025-06-21", "エル・パーク仙台 セミナールーム", "宮城県仙台市青葉区一番町4-11-1 141ビル6階", "022-268-8300"]]
    trap("共有/採用事務局/説明会/会場一覧.csv", csv_bytes(rows), rows_text(rows), "会場の所在地", mode=0o644)
    trap("home/watanabe/デスクトップ/合同説明会_会場.txt", rows_text(rows).encode("utf-8"), rows_text(rows), "会場の所在地")
    # --- 28 supplier list (companies + role mailboxes)
    rows = [["取引先", "部署", "代表電話", "メール"]] + [list(s) for s in SUPPLIERS]
    trap("共有/総務/取引先一覧.xlsx", xlsx_bytes([("取引先", rows)]), rows_text(rows), "取引先一覧(会社と部署のみ)", mode=0o644)
    # --- 29 org chart with roles only
    t = ["組織図（2025年4月）", "理事会 ─ 理事長", "　├ 本院（院長・副院長・歯科医師・歯科衛生士・歯科助手・受付）",
         "　├ 泉中央院（院長・歯科医師・歯科衛生士・受付）", "　├ 長町院（院長・歯科医師・歯科衛生士・受付）",
         "　├ 事務局（事務長・総務・経理）", "　├ オンラインショップ（店長・出荷担当）", "　└ 採用事務局（採用担当）"]
    trap("共有/総務/組織図_役職のみ.docx", docx_bytes(t), "\n".join(t), "組織図(役職のみ)", mode=0o644)
    trap("home/watanabe/Desktop/組織図.txt", "\n".join(t).encode("cp932"), "\n".join(t), "組織図(役職のみ)")
    # --- 30 shift template with roles/slots only
    rows = [["日付", "チェア1", "チェア2", "チェア3", "受付", "滅菌"]] + \
           [[f"4/{d}", "Dr-A", "Dr-B", "DH-1", "受付-1", "DA-1"] for d in range(1, 31)]
    trap("共有/本院/シフト/シフト表テンプレート.xlsx", xlsx_bytes([("4月", rows)]), rows_text(rows), "シフト枠(役割記号のみ)",
         folder_mode=0o777)
    # --- 31 appointment slots without names
    rows = [["日付", "時間", "チェア", "枠種別", "空き"]] + \
           [[f"2025-04-{d:02d}", f"{h}:00", c, r.choice(["初診", "再診", "メンテ"]), r.choice(["○", "×"])]
            for d in range(1, 8) for h in (9, 10, 11, 14, 15, 16) for c in (1, 2)]
    trap("共有/本院/シフト/予約枠_空き状況.csv", csv_bytes(rows), rows_text(rows), "予約枠(氏名なし)")
    # --- 32 coupon / campaign codes
    rows = [["クーポンコード", "割引", "有効期限", "利用件数"]] + \
           [[f"MORI{r.randrange(10 ** 6):06d}", f"{r.choice([5, 10, 15])}%", "2025-06-30", r.randrange(0, 200)] for _ in range(30)]
    trap("home/ito/Downloads/クーポンコード一覧.csv", csv_bytes(rows), rows_text(rows), "クーポンコード")
    # --- 33 insurance point table
    rows = [["診療行為コード", "名称", "点数"], ["301000110", "初診料（歯科）", 267], ["301001610", "再診料（歯科）", 58],
            ["302000110", "歯周基本検査（20歯以上）", 200], ["309002110", "スケーリング", 72], ["313000110", "抜歯（前歯）", 160]]
    trap("共有/本院/レセプト/歯科点数表_抜粋.xlsx", xlsx_bytes([("点数", rows)]), rows_text(rows), "診療報酬点数表", mode=0o644,
         age=OLD())
    # --- 34 patient education leaflet
    t = ["正しい歯みがきのしかた", "1. 歯ブラシはえんぴつ持ちで。", "2. 毛先を歯と歯ぐきの境目に当て、小刻みに動かします。",
         "3. 歯間ブラシ・フロスを併用しましょう。", "監修：杜の歯科 歯科衛生士チーム", company_block()]
    trap("共有/広報/患者向け資料/歯みがき指導リーフレット.docx", docx_bytes(t), "\n".join(t), "患者向け説明資料", mode=0o666)
    # --- 35 supplier catalogue / quotation
    rows = [["品番", "品名", "入数", "単価", "見積金額"], ["DS-1001", "グローブ ニトリル M", 100, 980, 98000],
            ["DS-2040", "紙コップ 2000個", 1, 4800, 48000], ["DS-3310", "エプロン 500枚", 1, 6200, 62000],
            ["発行", f"{SUPPLIERS[0][0]} {SUPPLIERS[0][1]}", "", "", ""]]
    trap("home/suzuki/Downloads/見積書_デンタルサプライ.xlsx", xlsx_bytes([("見積", rows)]), rows_text(rows), "見積書(会社間)")
    # --- 36 保健所への届出 blank
    t = ["診療所開設届（様式）", "開設者の氏名：", "開設者の住所：", "名称：", "所在地：", "診療科名：", "管理者の氏名：",
         "（記入上の注意）該当欄に記入し、仙台市保健所（022-214-8029）へ提出すること。"]
    trap("共有/総務/書式/診療所開設届_様式.docx", docx_bytes(t), "\n".join(t), "白紙の書式(届出様式)", age=OLD(), mode=0o604)
    # --- 37 password-notice mail body kept as text (PPAP) — no personal data
    t = "先ほどお送りしたファイルのパスワードをお知らせします。\nパスワード：（別途お電話にてお伝えします）\n杜のデンタルストア"
    trap("home/ito/Desktop/パスワード通知文面.txt", t.encode("utf-8"), t, "パスワード通知の定型文")
    # --- 38 call statistics from the shop (counts only)
    rows = [["日付", "問合せ件数", "うち返品", "うち配送", "平均応答秒"]] + \
           [[f"2025-03-{d:02d}", r.randrange(5, 40), r.randrange(0, 5), r.randrange(0, 10), r.randrange(10, 90)] for d in range(1, 32)]
    trap("共有/オンラインショップ/問合せ件数_3月.csv", csv_bytes(rows), rows_text(rows), "統計(件数)", mode=0o666)

    # --- B2B mail with unencrypted attachments holding no personal data
    def b2b(rel, sup, subject, body, att_name, att_bytes, att_text, kind, **kw):
        g.mail(rel, sup[3], f"info@{DOMAIN}", subject,
               body + f"\n\n{sup[0]}\n{sup[1]}\nTEL {sup[2]}\n{sup[3]}", attachments=[(att_name, att_bytes)],
               pd=False, kind=kind, text_extra=att_text, **kw)

    rows = [["品番", "品名", "数量", "単価", "金額"], ["DS-1001", "グローブ ニトリル M", 20, 980, 19600],
            ["DS-2040", "紙コップ 2000個", 3, 4800, 14400], ["合計", "", "", "", 34000]]
    b2b("mail/suzuki/受信/2025-03-05_見積書.eml", SUPPLIERS[0], "【お見積書】3月分消耗品",
        f"{ORG} ご購買ご担当御中\n\n平素より大変お世話になっております。\nご依頼のお見積書を添付にてお送りいたします。",
        "見積書_2025-03.xlsx", xlsx_bytes([("見積", rows)]), rows_text(rows), "会社間メール(見積書添付)")
    rows = [["注文番号", "商品コード", "数量"]] + [[f"PO-2025-{300 + i}", f"OC-{1000 + i}", r.randrange(10, 200)] for i in range(10)]
    g.mail("mail/ito/送信済み/2025-03-18_発注書.eml", SHOP["mail"], SUPPLIERS[1][3], "発注書送付（3月18日分）",
           f"{SUPPLIERS[1][0]} {SUPPLIERS[1][1]} 御中\n\n下記のとおり発注いたします。\n\n杜のデンタルストア 仕入担当\n{SHOP['tel']}",
           attachments=[("発注書_0318.csv", csv_bytes(rows, "cp932"))], pd=False, kind="会社間メール(発注書添付)",
           text_extra=rows_text(rows))
    t = ["入稿データ仕様", "サイズ：A4 三つ折り", "色数：4色", "納期：4月20日", f"納品先：{HQ['name']} {HQ['addr']}"]
    b2b("home/suzuki/Desktop/Fw_印刷入稿データ確認.eml", SUPPLIERS[3], "パンフレット入稿データのご確認",
        "ご担当者様\n\n入稿データの仕様書をお送りします。ご確認ください。", "入稿仕様.docx", docx_bytes(t), "\n".join(t),
        "会社間メール(仕様書添付)")
    z = zip_bytes([("メンテナンス報告.txt", "定期保守報告\nサーバ 10.20.1.15 正常\nバックアップ 正常\n".encode("utf-8"))], None, r)
    b2b("mail/suzuki/受信/2025-02-28_保守報告.eml", SUPPLIERS[4], "【定期保守報告】2月分",
        f"{ORG} システムご担当御中\n\n2月分の保守報告をZIPでお送りします。", "保守報告_2月.zip", z,
        "定期保守報告 サーバ 10.20.1.15 正常", "会社間メール(非暗号ZIP・個人データなし)")
    rows = [["請求書番号", "品目", "金額"], ["INV-202502-118", "配送委託料 2月分", 184800], ["合計", "", 184800]]
    b2b("mail/ito/受信/2025-03-01_請求書.eml", SUPPLIERS[2], "2月分 ご請求書", "杜のデンタルストア ご担当御中\n\n2月分のご請求書を添付いたします。",
        "請求書_2025-02.csv", csv_bytes(rows), rows_text(rows), "会社間メール(請求書添付)", age=OLD())
    t = ["求人広告 掲載原稿", "歯科衛生士募集（杜の歯科 長町院）", f"応募：{RECRUIT['tel']} / {RECRUIT['mail']}"]
    g.mail("mail/watanabe/送信済み/2025-01-15_求人原稿.eml", RECRUIT["mail"], "ad@job-media.example.co.jp",
           "求人広告原稿の送付", "株式会社ジョブメディア 広告制作部御中\n\n掲載原稿を添付します。\n\n杜の歯科会 採用事務局",
           attachments=[("掲載原稿.docx", docx_bytes(t))], pd=False, kind="会社間メール(求人原稿添付)", text_extra="\n".join(t),
           mode=0o644)


# --------------------------------------------------------------------------------------------------------------
def build_incidents(g: Gen) -> dict[str, dict]:
    import yaml
    org = {"name": ORG}
    incs = {
        # problem: nothing on recurrence at all
        "2024-11-usb.yaml": (True, {
            "title": "長町院でUSBメモリを紛失", "discovered_on": "2024-11-08", "organisation": org, "cause": "loss",
            "data_items": ["氏名", "電話番号", {"type": "SENSITIVE", "subtype": "medical"}], "people": 214,
            "medium": "usb", "encryption": "none",
            "description": "予約表のバックアップを保存したUSBメモリを院外で紛失した。"}),
        # problem: immediate measures only (measures_taken is not a recurrence-prevention measure)
        "2025-02-mail.yaml": (True, {
            "title": "オンラインショップ会員へのメール誤送信（To一斉送信）", "discovered_on": "2025-02-03",
            "organisation": org, "cause": "misdelivery_email", "email_exposure": "to_cc",
            "data_items": [{"type": "EMAIL"}, "氏名"], "people": 86, "medium": "email",
            "measures_taken": ["受信者に削除依頼のメールを送信", "該当会員へのお詫びの連絡"]}),
        # problem: prevention lists present but empty
        "2025-03-fax.yaml": (True, {
            "title": "紹介状のFAX誤送信", "discovered_on": "2025-03-12", "organisation": org, "cause": "misdelivery_post",
            "data_items": ["氏名", "生年月日", {"type": "SENSITIVE", "subtype": "medical"}], "people": 1,
            "medium": "paper", "measures_taken": ["誤送信先に廃棄を依頼し廃棄を確認"], "prevention_done": [],
            "prevention_planned": []}),
        # clean: prevention done
        "2024-06-laptop.yaml": (False, {
            "title": "採用事務局のノートPC盗難", "discovered_on": "2024-06-21", "organisation": org, "cause": "theft",
            "data_items": ["氏名", "電話番号", "メールアドレス", "生年月日"], "people": {"min": 40, "max": 60},
            "medium": "laptop", "encryption": "high_grade_key_managed",
            "measures_taken": ["警察へ被害届を提出"], "police": "仙台中央警察署に被害届（2024-06-21）",
            "prevention_done": ["全ノートPCにBitLockerを適用", "持ち出し管理簿を導入"]}),
        # clean: prevention planned only
        "2025-04-share.yaml": (False, {
            "title": "共有フォルダのアクセス権設定誤り", "discovered_on": "2025-04-02", "organisation": org,
            "cause": "misconfiguration", "data_items": ["氏名", "住所", "電話番号"], "people": 35, "medium": "server",
            "evidence": {"access_logs": "no_outside_access"},
            "prevention_planned": ["共有フォルダの権限を四半期ごとに棚卸しする", "設定変更時のダブルチェック"]}),
        # clean: both
        "2023-09-skimming.yaml": (False, {
            "title": "オンラインショップ決済画面の改ざん", "discovered_on": "2023-09-14", "organisation": org,
            "cause": "web_skimming", "data_items": [{"type": "CREDIT_CARD", "subtype": "full"}, "氏名"], "people": 312,
            "medium": "web", "measures_taken": ["決済画面を停止", "カード会社へ連絡"],
            "prevention_done": ["決済を外部リンク型に変更"], "prevention_planned": ["年1回の脆弱性診断"]}),
    }
    d = os.path.join(g.out, "incidents")
    os.makedirs(d, exist_ok=True)
    res = {}
    for name, (problem, facts) in incs.items():
        p = os.path.join(d, name)
        with open(p, "w", encoding="utf-8") as fh:
            yaml.safe_dump(facts, fh, allow_unicode=True, sort_keys=False)
        os.chmod(p, 0o640)
        res["incident:" + name] = {"problem": problem}
    return res


# --------------------------------------------------------------------------------------------------------------
ROLES = ["reception", "hygienist", "doctor", "office", "shop", "recruit", "analyst", "it"]


def R(x):
    return f"mbc_{SET}_{x}"


def build_db(g: Gen, url: str) -> dict[str, dict]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    u = make_url(url)
    admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        if not c.execute(text("SELECT 1 FROM pg_database WHERE datname=:n"), {"n": u.database}).scalar():
            c.execute(text(f'CREATE DATABASE "{u.database}"'))
    admin.dispose()

    f = Faker(random.Random(g.rng.randrange(10 ** 9)))
    r = random.Random(g.rng.randrange(10 ** 9))
    eng = create_engine(u, isolation_level="AUTOCOMMIT")
    tables: dict[str, dict] = {}
    with eng.connect() as c:
        for s in ("clinic", "shop", "recruit", "hr"):
            c.execute(text(f"DROP SCHEMA IF EXISTS {s} CASCADE"))
        for t in ("newsletter_subscribers", "batch_job_log", "public_offices"):
            c.execute(text(f"DROP TABLE IF EXISTS public.{t} CASCADE"))
        for x in ROLES:
            if c.execute(text("SELECT 1 FROM pg_roles WHERE rolname=:n"), {"n": R(x)}).scalar():
                c.execute(text(f"DROP OWNED BY {R(x)}"))
                c.execute(text(f"DROP ROLE {R(x)}"))
        for x in ROLES:
            c.execute(text(f"CREATE ROLE {R(x)} NOLOGIN"))
        for s in ("clinic", "shop", "recruit", "hr"):
            c.execute(text(f"CREATE SCHEMA {s}"))
            c.execute(text(f"GRANT USAGE ON SCHEMA {s} TO PUBLIC"))

        def table(name, ddl, rows, *, pd, public=False, readers=(), kind):
            c.execute(text(f"CREATE TABLE {name} ({ddl})"))
            if rows:
                cols = [x.strip().split()[0] for x in ddl.split(",") if not x.strip().upper().startswith("PRIMARY")]
                ph = ", ".join(f":{k}" for k in cols)
                c.execute(text(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({ph})"),
                          [dict(zip(cols, row)) for row in rows])
            c.execute(text(f"REVOKE ALL ON {name} FROM PUBLIC"))
            if public:
                c.execute(text(f"GRANT SELECT ON {name} TO PUBLIC"))
            for x in readers:
                c.execute(text(f"GRANT SELECT ON {name} TO {R(x)}"))
            rules = set()
            if pd and public:
                rules.add("db_public_read")
            if pd and len(readers) > POLICY["max_table_readers"]:
                rules.add("db_wide_read")
            tables["db:" + name] = {"pd": pd, "rules": rules, "kind": kind}

        ppl = [f.person() for _ in range(40)]
        # ---- personal tables ----
        table("clinic.patients", "patient_id text, full_name text, name_kana text, birth_date date, phone text, "
              "postal_code text, address text",
              [(f"P{i:06d}", p["name"], p["kana"], p["birth"], p["tel"], p["zip"], p["addr"]) for i, p in enumerate(ppl)],
              pd=True, readers=("reception", "hygienist", "doctor", "office", "analyst"), kind="problem")
        table("clinic.medical_records", "patient_id text, visit_date date, diagnosis text, medical_history text, note text",
              [(f"P{i:06d}", date(2025, 3, 1) - timedelta(days=r.randrange(300)), r.choice(DIAG), r.choice(HISTORY), "")
               for i in range(40)],
              pd=True, readers=("hygienist", "doctor", "office", "analyst"), kind="problem")
        table("shop.customers", "member_no text, full_name text, email text, phone text, address text",
              [(f"M{20000 + i}", p["name"], p["email"], p["tel"], p["addr"]) for i, p in enumerate(ppl[:25])],
              pd=True, public=True, readers=("shop",), kind="problem")
        table("recruit.applicants", "application_no text, full_name text, birth_date date, phone text, email text, position text",
              [(f"R25-{i:03d}", p["name"], p["birth"], p["tel"], p["email"], "歯科衛生士") for i, p in enumerate(ppl[10:30])],
              pd=True, public=True, readers=("recruit", "office", "doctor", "analyst"), kind="problem")
        table("public.newsletter_subscribers", "email text, full_name text, subscribed_on date",
              [(p["email"], p["name"], date(2024, 5, 1) + timedelta(days=i)) for i, p in enumerate(ppl[:30])],
              pd=True, public=True, kind="problem")
        table("clinic.appointments", "appt_id serial, patient_name text, phone text, starts_at timestamp, chair int",
              [(i + 1, p["name"], p["tel"], datetime(2025, 4, 1, 9) + timedelta(hours=i), 1 + i % 3) for i, p in enumerate(ppl[:20])],
              pd=True, readers=("reception", "hygienist", "doctor"), kind="clean:読取ロールがちょうど上限(3)")
        table("hr.staff", "staff_no text, full_name text, my_number text, address text, salary int",
              [(f"E{101 + i}", p["name"], f.mynumber(), p["addr"], r.randrange(220000, 600000)) for i, p in enumerate(ppl[:12])],
              pd=True, readers=("office",), kind="clean:読取ロール1")
        table("shop.shipping_addresses", "member_no text, recipient text, postal_code text, address text, phone text",
              [(f"M{20000 + i}", p["name"], p["zip"], p["addr"], p["tel"]) for i, p in enumerate(ppl[:20])],
              pd=True, readers=("shop", "it"), kind="clean:読取ロール2")
        # ---- traps: no personal data, but PUBLIC / many readers ----
        table("clinic.clinics", "clinic_name text, postal_code text, address text, phone text, fax text, email text",
              [(x["name"], x["zip"], x["addr"], x["tel"], x["fax"], f"info@{DOMAIN}") for x in CLINICS],
              pd=False, public=True, readers=tuple(ROLES), kind="DB:医院の所在地・代表電話(住所/電話列)")
        table("shop.products", "product_code text, jan_code text, product_name text, price int",
              [(f"OC-{1000 + i}", f"4912345{i:05d}6", n, p) for i, (n, p) in enumerate(PRODUCTS)],
              pd=False, public=True, readers=("shop", "it", "analyst", "office", "reception"), kind="DB:商品マスタ(JAN)")
        table("shop.order_lines", "order_no text, product_code text, qty int, amount int",
              [(f"MD-2025-{100000 + i}", f"OC-{1000 + i % 15}", 1 + i % 4, 330 * (1 + i % 4)) for i in range(50)],
              pd=False, public=True, readers=("shop", "it", "analyst", "office"), kind="DB:注文明細(注文番号のみ)")
        table("clinic.visit_stats", "month text, clinic text, age_band text, patients int",
              [(f"2024-{m:02d}", x["name"], b, r.randrange(10, 300)) for m in (1, 2, 3) for x in CLINICS
               for b in ("20代", "40代", "60代")],
              pd=False, public=True, readers=("analyst", "office", "doctor", "it"), kind="DB:統計(年代別の人数)")
        table("recruit.job_postings", "title text, location text, salary_range text, contact_phone text, contact_email text",
              [("歯科衛生士", x["name"], "25万〜32万円", RECRUIT["tel"], RECRUIT["mail"]) for x in CLINICS],
              pd=False, public=True, kind="DB:求人票(窓口電話・メール)")
        table("recruit.venues", "event_date date, venue text, address text, phone text",
              [(date(2025, 5, 17), "仙台国際センター", "宮城県仙台市青葉区青葉山無番地", "022-265-2211"),
               (date(2025, 6, 21), "エル・パーク仙台", "宮城県仙台市青葉区一番町4-11-1", "022-268-8300")],
              pd=False, public=True, readers=("recruit", "office", "it", "analyst", "reception"), kind="DB:会場の所在地")
        table("public.public_offices", "office_name text, postal_code text, address text, phone text",
              [o for o in PUBLIC_OFFICES], pd=False, public=True, kind="DB:公的機関の電話番号")
        table("public.batch_job_log", "job_name text, host_ip text, started_at timestamp, status text, rows_processed int",
              [("nightly_backup", "10.20.1.16", datetime(2025, 3, 1, 2) + timedelta(days=i), "OK", r.randrange(1000, 9000))
               for i in range(30)], pd=False, public=True, readers=tuple(ROLES), kind="DB:バッチジョブのログ(自社IP)")
        table("clinic.treatment_fees", "code text, name text, points int",
              [("301000110", "初診料（歯科）", 267), ("301001610", "再診料（歯科）", 58), ("309002110", "スケーリング", 72)],
              pd=False, public=True, kind="DB:診療報酬点数表")
        table("shop.suppliers", "company text, department text, phone text, email text",
              [list(s) for s in SUPPLIERS], pd=False, public=True, readers=("shop", "office", "it", "analyst"),
              kind="DB:取引先(会社と部署メールのみ)")
        table("shop.test_customers_dummy", "member_no text, full_name text, email text, phone text",
              [(f"T{i:04d}", f"テスト{i}号", f"test{i:03d}@example.invalid", "000-0000-0000") for i in range(1, 11)],
              pd=False, public=True, readers=("it", "shop", "analyst", "office"), kind="DB:テストデータ(ダミーと明記)")
        c.execute(text("COMMENT ON TABLE shop.test_customers_dummy IS 'テスト用ダミーデータ（実在しない）'"))
    eng.dispose()
    return tables


# --------------------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--db-url")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    if os.path.exists(os.path.join(out, "drive")):
        for root, dirs, _ in os.walk(os.path.join(out, "drive")):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        shutil.rmtree(os.path.join(out, "drive"))
    shutil.rmtree(os.path.join(out, "incidents"), ignore_errors=True)
    os.makedirs(out, exist_ok=True)

    g = Gen(out, a.seed)
    build_drive(g)
    g.finish_drive()
    incidents = build_incidents(g)
    tables = build_db(g, a.db_url) if a.db_url else {}

    problems, clean, npd, kinds = [], [], [], {}
    for key, asset in sorted(g.assets.items()):
        rules = g.rules_for(asset)
        if asset["expect"] is not None:
            assert rules == asset["expect"], (key, rules, asset["expect"])
        if not asset["pd"]:
            assert not rules, key
            npd.append(key)
            kinds[key] = "trap:" + asset["label"]
        elif rules:
            for rule in sorted(rules):
                problems.append({"rule": rule, "asset": key})
            kinds[key] = "problem:" + ",".join(sorted(rules))
        else:
            clean.append(key)
            kinds[key] = asset["label"]
    for key, inc in sorted(incidents.items()):
        if inc["problem"]:
            problems.append({"rule": "incident_no_prevention", "asset": key})
            kinds[key] = "problem:incident_no_prevention"
        else:
            clean.append(key)
            kinds[key] = "clean:再発防止策あり"
    for key, t in sorted(tables.items()):
        if not t["pd"]:
            npd.append(key)
            kinds[key] = "trap:" + t["kind"]
        elif t["rules"]:
            for rule in sorted(t["rules"]):
                problems.append({"rule": rule, "asset": key})
            kinds[key] = "problem:" + ",".join(sorted(t["rules"]))
        else:
            clean.append(key)
            kinds[key] = t["kind"]

    # every file under drive/ has an entry
    listed = set(g.assets)
    for root, _, files in os.walk(g.drive):
        for fn in files:
            rel = "drive/" + os.path.relpath(os.path.join(root, fn), g.drive).replace(os.sep, "/")
            assert rel in listed, rel

    def dump(name, obj):
        with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    dump("policy.json", POLICY)
    dump("truth.json", {"problems": problems, "clean": clean, "no_personal_data": npd})
    dump("trap_kinds.json", kinds)
    n_assets = len({p["asset"] for p in problems})
    print(f"problems: {len(problems)} entries on {n_assets} assets; clean: {len(clean)}; "
          f"no_personal_data: {len(npd)} ({len({v for k, v in kinds.items() if v.startswith('trap:')})} kinds)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
