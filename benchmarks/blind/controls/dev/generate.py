#!/usr/bin/env python3
"""Blind control-evidence data, set "dev": a 40-person kitchenware mail-order company.

    python benchmarks/blind/controls/dev/generate.py --out DIR [--seed 11] [--db-url URL]

Writes DIR/drive/, DIR/policy.json, DIR/incidents/*.yaml, DIR/truth.json and, with --db-url,
tables and grants in PostgreSQL (roles prefixed mbc_dev_).  Truth is computed from the attributes
each asset is built with (personal data?, valid My Number?, unencrypted personal attachment?, mode,
folder mode, age, place), so it always matches what was written.
"""
from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import time
import urllib.parse
import zipfile
import zlib
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

import yaml

SET_NAME = Path(__file__).resolve().parent.name  # "dev"
ROLE_PREFIX = f"mbc_{SET_NAME}_"

POLICY = {
    "retention_days": 1825,
    "my_number_areas": ["共有/総務/マイナンバー", "共有/経理/給与/マイナンバー"],
    "max_table_readers": 3,
}
RET = POLICY["retention_days"]
YOUNG = (20, RET - 120)        # ages (days) safely inside retention
OLD = (RET + 120, RET + 1500)  # ages (days) safely past retention
FIXED_ZIP_TIME = (2025, 4, 1, 9, 0, 0)
FIXED_CORE_TIME = "2025-04-01T00:00:00Z"
COMPANY = "株式会社みなと厨房道具"
DOMAIN = "minato-kitchen.example.jp"

# --------------------------------------------------------------------------- My Number

def mn_check_digit(d11: str) -> int:
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def is_my_number(d: str) -> bool:
    return len(d) == 12 and d.isdigit() and mn_check_digit(d[:11]) == int(d[11])


def make_my_number(rng: random.Random) -> str:
    d11 = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return d11 + str(mn_check_digit(d11))


def make_failing_12(rng: random.Random, prefix: str = "") -> str:
    """A 12-digit number whose last digit is NOT the My Number check digit."""
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(prefix)))
    cd = mn_check_digit(body)
    last = (cd + rng.randint(1, 9)) % 10
    out = body + str(last)
    assert not is_my_number(out)
    return out


def make_jan(rng: random.Random) -> str:
    """13-digit JAN (EAN-13) whose 12-digit windows are not valid My Numbers either."""
    while True:
        b = "49" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        jan = b + str((10 - s % 10) % 10)
        if not is_my_number(jan[:12]) and not is_my_number(jan[1:]):
            return jan

# --------------------------------------------------------------------------- people

SURNAMES = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
            ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
            ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
            ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
            ("佐々木", "ササキ", "sasaki"), ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"),
            ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"), ("清水", "シミズ", "shimizu"),
            ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
            ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita")]
GIVEN = [("花子", "ハナコ", "hanako", "女"), ("太郎", "タロウ", "taro", "男"), ("美咲", "ミサキ", "misaki", "女"),
         ("翔太", "ショウタ", "shota", "男"), ("陽子", "ヨウコ", "yoko", "女"), ("健一", "ケンイチ", "kenichi", "男"),
         ("由美", "ユミ", "yumi", "女"), ("大輔", "ダイスケ", "daisuke", "男"), ("恵子", "ケイコ", "keiko", "女"),
         ("誠", "マコト", "makoto", "男"), ("さくら", "サクラ", "sakura", "女"), ("拓也", "タクヤ", "takuya", "男"),
         ("真由美", "マユミ", "mayumi", "女"), ("浩二", "コウジ", "koji", "男"), ("優子", "ユウコ", "yuko", "女"),
         ("直樹", "ナオキ", "naoki", "男"), ("千尋", "チヒロ", "chihiro", "女"), ("和也", "カズヤ", "kazuya", "男")]
PLACES = [("東京都", "世田谷区桜新町", "154-0015", "03"), ("東京都", "杉並区阿佐谷南", "166-0004", "03"),
          ("神奈川県", "横浜市港北区日吉本町", "223-0062", "045"), ("埼玉県", "さいたま市浦和区常盤", "330-0061", "048"),
          ("千葉県", "船橋市本町", "273-0005", "047"), ("大阪府", "大阪市北区天神橋", "530-0041", "06"),
          ("愛知県", "名古屋市千種区今池", "464-0850", "052"), ("福岡県", "福岡市中央区大名", "810-0041", "092"),
          ("北海道", "札幌市中央区南三条西", "060-0063", "011"), ("京都府", "京都市左京区北白川", "606-8267", "075"),
          ("兵庫県", "神戸市灘区六甲台町", "657-0013", "078"), ("宮城県", "仙台市青葉区一番町", "980-0811", "022")]
BUILDINGS = ["", "", "", "コーポ桜202", "グランメゾン501", "ハイツ緑101", "サンライズ日吉303"]
MAILDOMAINS = ["example.ne.jp", "example.co.jp", "example.or.jp", "mail.example.jp"]


def person(rng: random.Random) -> dict:
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN)
    pref, city, postal, area = rng.choice(PLACES)
    b = rng.choice(BUILDINGS)
    addr = f"{pref}{city}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}" + (f" {b}" if b else "")
    birth = dt.date(rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28))
    mobile = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    land = f"{area}-{rng.randint(100, 999) if len(area) == 3 else rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return {
        "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "sex": g[3],
        "email": f"{g[2]}.{s[2]}{rng.randint(1, 99)}@{rng.choice(MAILDOMAINS)}",
        "postal": postal, "address": addr, "phone": rng.choice([mobile, land]), "mobile": mobile,
        "birth": birth, "my_number": make_my_number(rng),
    }

# --------------------------------------------------------------------------- products (no personal data)

PRODUCTS = [("FP-24N", "南部鉄器フライパン 24cm", "フライパン", 8800), ("FP-20S", "ステンレス多層フライパン 20cm", "フライパン", 6600),
            ("KN-165", "三徳包丁 165mm", "包丁", 9900), ("KN-PT", "ペティナイフ 120mm", "包丁", 5500),
            ("DN-08", "伊賀焼 土鍋 8号", "鍋", 7700), ("NB-18Y", "雪平鍋 18cm", "鍋", 4400),
            ("MT-HN", "ひのき まな板 大", "まな板", 4950), ("TM-CU", "銅製 卵焼き器 角型", "フライパン", 12100),
            ("BW-SET", "ステンレスボウル 3点セット", "調理小物", 3300), ("ZR-21", "竹ざる 21cm", "調理小物", 1980),
            ("OT-WD", "木製おたま", "調理小物", 1320), ("KY-SP", "急須 常滑焼 300ml", "食器", 5280),
            ("SR-5P", "美濃焼 取り皿 5枚組", "食器", 4180), ("GR-MN", "南部鉄器 グリルパン", "フライパン", 9350)]


def product_rows(rng: random.Random, wholesale: bool = False, old: bool = False) -> list[list]:
    rows = []
    for code, name, cat, price in PRODUCTS:
        p = int(price * (0.85 if old else 1.0))
        row = [code, make_jan(rng), name, cat, p]
        if wholesale:
            row.append(int(p * 0.62))
        rows.append(row)
    return rows

# --------------------------------------------------------------------------- file formats

def normalise_ooxml(data: bytes) -> bytes:
    """Rewrite an XLSX/DOCX zip with fixed timestamps so the same seed gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = body.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + FIXED_CORE_TIME + m.group(3), txt)
                body = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def csv_bytes(header: list, rows: list[list], encoding: str = "utf-8-sig") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue().encode(encoding)


def xlsx_bytes(sheets: list[tuple[str, list, list[list]]], title_rows: list[str] | None = None) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        for t in title_rows or []:
            ws.append([t])
        ws.append(header)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "総務部"
    wb.properties.lastModifiedBy = "総務部"
    wb.properties.created = dt.datetime(2025, 4, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue())


def docx_bytes(title: str, paragraphs: list[str], table: tuple[list, list[list]] | None = None) -> bytes:
    from docx import Document
    doc = Document()
    doc.core_properties.author = "総務部"
    doc.core_properties.last_modified_by = "総務部"
    doc.core_properties.created = dt.datetime(2025, 4, 1, tzinfo=dt.timezone.utc)
    doc.core_properties.revision = 1
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        header, rows = table
        t = doc.add_table(rows=1, cols=len(header))
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = "" if v is None else str(v)
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_ooxml(buf.getvalue())


def txt_bytes(lines: list[str], encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode(encoding)

# --------------------------------------------------------------------------- ZIP (plain and PKWARE traditional encryption)

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


class _ZipCrypto:
    def __init__(self, pwd: bytes):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    @staticmethod
    def _crc(old: int, b: int) -> int:
        return (old >> 8) ^ _CRC_TABLE[(old ^ b) & 0xFF]

    def _update(self, b: int) -> None:
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_time(t=FIXED_ZIP_TIME) -> tuple[int, int]:
    y, mo, d, h, mi, s = t
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_bytes(entries: list[tuple[str, bytes]], rng: random.Random, password: bytes | None = None) -> bytes:
    """A ZIP of the entries; with a password, each entry is encrypted with traditional PKWARE encryption."""
    out = bytearray()
    central = bytearray()
    tm, dm = _dos_time()
    for name, data in entries:
        nb = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        flags = 0x0800
        if password is not None:
            flags |= 0x0001
            z = _ZipCrypto(password)
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
            comp = z.encrypt(header + comp)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, tm, dm, crc, len(comp), len(data), len(nb), 0)
        out += nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, tm, dm, crc, len(comp),
                               len(data), len(nb), 0, 0, 0, 0, 0o100640 << 16, offset) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)

# --------------------------------------------------------------------------- e-mail (.eml), built by hand for byte-stable output

def _b64lines(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _ew(text: str, charset: str = "UTF-8") -> str:
    if all(ord(c) < 128 for c in text):
        return text
    enc = "iso-2022-jp" if charset.upper() == "ISO-2022-JP" else "utf-8"
    return f"=?{charset}?B?{base64.b64encode(text.encode(enc)).decode('ascii')}?="


def _addr(display: str, addr: str, charset: str = "UTF-8") -> str:
    return f"{_ew(display, charset)} <{addr}>"


@dataclass
class Attachment:
    filename: str
    ctype: str
    data: bytes
    name_style: str = "rfc2231"  # or "rfc2047"
    charset: str | None = None


def eml_bytes(idx: int, seed: int, sender: tuple[str, str], to: tuple[str, str], subject: str,
              when: dt.datetime, body: str, attachments: list[Attachment], charset: str = "UTF-8",
              smime_whole: bytes | None = None) -> bytes:
    h = [
        f"From: {_addr(*sender, charset)}",
        f"To: {_addr(*to, charset)}",
        f"Subject: {_ew(subject, charset)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{when.strftime('%Y%m%d%H%M%S')}.{idx:02d}.s{seed}@{DOMAIN}>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    if smime_whole is not None:
        h += ['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
              'Content-Disposition: attachment; filename="smime.p7m"',
              "Content-Transfer-Encoding: base64", "", _b64lines(smime_whole), ""]
        return "\r\n".join(h).encode("ascii")

    def body_part() -> list[str]:
        if charset.upper() == "ISO-2022-JP":
            return [f'Content-Type: text/plain; charset="ISO-2022-JP"', "Content-Transfer-Encoding: 7bit", "",
                    body.replace("\n", "\r\n").encode("iso-2022-jp").decode("ascii")]
        return ['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64", "",
                _b64lines(body.replace("\n", "\r\n").encode("utf-8"))]

    if not attachments:
        return ("\r\n".join(h + body_part()) + "\r\n").encode("ascii")
    boundary = f"----=_NextPart_{seed:04d}_{idx:04d}_01DB{when.strftime('%m%d%H%M')}"
    lines = h + [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
                 "This is a multi-part message in MIME format.", "", f"--{boundary}"] + body_part()
    for a in attachments:
        ct = a.ctype + (f'; charset="{a.charset}"' if a.charset else "")
        if a.name_style == "rfc2047":
            enc = _ew(a.filename, "ISO-2022-JP")
            ct += f'; name="{enc}"'
            disp = f'attachment; filename="{enc}"'
        else:
            q = urllib.parse.quote(a.filename, safe="")
            ct += f"; name*=UTF-8''{q}"
            disp = f"attachment; filename*=UTF-8''{q}"
        lines += ["", f"--{boundary}", f"Content-Type: {ct}", f"Content-Disposition: {disp}",
                  "Content-Transfer-Encoding: base64", "", _b64lines(a.data)]
    lines += ["", f"--{boundary}--", ""]
    return "\r\n".join(lines).encode("ascii")


def fake_pkcs7(rng: random.Random, n: int = 900) -> bytes:
    """Opaque bytes shaped like a DER CMS EnvelopedData (content cannot be read without the key)."""
    inner = bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03, 0xA0, 0x82]) + \
        struct.pack(">H", n) + bytes(rng.randrange(256) for _ in range(n))
    return bytes([0x30, 0x82]) + struct.pack(">H", len(inner)) + inner

# --------------------------------------------------------------------------- the company

OCT = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@dataclass
class FileAsset:
    path: str              # relative to drive/
    data: bytes
    pd: bool               # holds personal data (readable by a scanner)
    mn: bool = False       # holds at least one valid My Number (readable)
    mode: int = 0o640
    age: int | None = None  # days; None = a young age chosen from the seed
    unenc_pd_attachment: bool = False
    encrypted_pd: bool = False  # personal data only inside encrypted parts: counted clean
    note: str = ""


class Company:
    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.files: list[FileAsset] = []
        self.dir_modes: dict[str, int] = {}

    def people(self, n: int) -> list[dict]:
        return [person(self.rng) for _ in range(n)]

    def add(self, path: str, data: bytes, pd: bool, **kw) -> None:
        self.files.append(FileAsset(path, data, pd, **kw))

    # ---- content helpers
    def customers_table(self, n: int, with_birth: bool = True) -> tuple[list, list[list]]:
        header = ["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス"] + (["生年月日"] if with_birth else [])
        rows = []
        for i, p in enumerate(self.people(n)):
            r = [f"C{100200 + i * 7 + self.rng.randint(0, 6)}", p["name"], p["kana"], p["postal"], p["address"], p["phone"], p["email"]]
            if with_birth:
                r.append(p["birth"].isoformat())
            rows.append(r)
        return header, rows

    def orders_table(self, n: int) -> tuple[list, list[list]]:
        header = ["受注番号", "受注日", "お届け先氏名", "郵便番号", "お届け先住所", "電話番号", "商品コード", "数量", "金額"]
        rows = []
        for p in self.people(n):
            code, _, _, price = self.rng.choice(PRODUCTS)
            q = self.rng.randint(1, 3)
            rows.append([make_failing_12(self.rng, "2025"), f"2025-0{self.rng.randint(3, 6)}-{self.rng.randint(10, 28)}",
                         p["name"], p["postal"], p["address"], p["phone"], code, q, price * q])
        return header, rows

    def employees_mn(self, n: int, fmt: str = "plain", numeric: bool = False) -> tuple[list, list[list]]:
        header = ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "個人番号", "扶養親族", "扶養親族個人番号"]
        rows = []
        for i, p in enumerate(self.people(n)):
            mn, dep = p["my_number"], make_my_number(self.rng)
            if fmt == "hyphen":
                mn = f"{mn[:4]}-{mn[4:8]}-{mn[8:]}"
                dep = f"{dep[:4]}-{dep[4:8]}-{dep[8:]}"
            if numeric:
                mn, dep = int(mn), int(dep)
            d = person(self.rng)
            rows.append([f"E{1001 + i}", p["name"], p["kana"], p["birth"].isoformat(), p["address"], mn,
                         d["name"].split()[0] and (p["name"].split()[0] + " " + d["name"].split()[1]), dep])
        return header, rows

    def staff_table(self, n: int) -> tuple[list, list[list]]:
        header = ["社員番号", "氏名", "フリガナ", "部署", "携帯電話", "住所", "生年月日"]
        depts = ["営業部", "総務部", "経理部", "物流", "コールセンター"]
        return header, [[f"E{1001 + i}", p["name"], p["kana"], self.rng.choice(depts), p["mobile"], p["address"],
                         p["birth"].isoformat()] for i, p in enumerate(self.people(n))]

    # ---- the drive
    def build_drive(self) -> None:
        R = self.rng
        A = self.add

        # folder modes that are not 0o750
        self.dir_modes.update({
            "共有/総務/一時置き場": 0o777,              # world-writable folder
            "共有/コールセンター/録音メモ": 0o773,      # world-writable, not listable by others
            "共有/tmp": 0o1777,                         # world-writable with sticky bit (like /tmp)
            "共有/営業部/顧客管理": 0o755,              # world-listable folder: not a rule by itself
        })

        # ---------------- 共有/営業部
        h, rows = self.customers_table(40)
        A("共有/営業部/顧客管理/顧客一覧_2025.xlsx", xlsx_bytes([("顧客一覧", h, rows)]), True, note="clean, folder 0o755")
        h, rows = self.customers_table(30)
        A("共有/営業部/顧客管理/顧客一覧_2025_UTF8.csv", csv_bytes(h, rows), True, mode=0o644)
        h, rows = self.customers_table(25, with_birth=False)
        A("共有/営業部/顧客管理/法人顧客_取引先担当者.csv", csv_bytes(["会社名"] + h[1:], [["有限会社サンプル食堂"] + r[1:] for r in rows], "cp932"), True)
        h, rows = self.customers_table(35)
        A("共有/営業部/顧客管理/DM送付リスト_2019秋.csv", csv_bytes(h, rows, "cp932"), True, age=RET + 400 + R.randint(0, 200))
        h, rows = self.customers_table(12)
        A("共有/営業部/キャンペーン/2025夏_プレゼント当選者.xlsx", xlsx_bytes([("当選者", h, rows)]), True, mode=0o604)
        A("共有/営業部/価格表/価格表_2025年度.xlsx",
          xlsx_bytes([("小売価格", ["商品コード", "JANコード", "商品名", "分類", "税込価格"], product_rows(R))],
                     [f"{COMPANY} 価格表 2025年度"]), False, mode=0o644, note="trap: world-readable price list")
        A("共有/営業部/価格表/kakakuhyou_oroshi_2025.csv",
          csv_bytes(["商品コード", "JANコード", "商品名", "分類", "税込価格", "卸価格"], product_rows(R, wholesale=True), "cp932"),
          False, mode=0o666, note="trap: world-readable and -writable price list")
        A("共有/営業部/価格表/旧価格表/価格表_2014年度.xlsx",
          xlsx_bytes([("価格表", ["商品コード", "JANコード", "商品名", "分類", "価格"], product_rows(R, old=True))]),
          False, mode=0o644, age=3900 + R.randint(0, 100), note="trap: old and world-readable")
        A("共有/営業部/議事録/2025-04-07_営業会議議事録.docx",
          docx_bytes("営業会議 議事録（2025年4月7日）", [
              "出席：営業部 5名、物流 1名、コールセンター 1名",
              "1. 春夏カタログの掲載商品を確定した。南部鉄器フライパンを表紙とする。",
              "2. 送料無料ラインを5,500円に据え置く。",
              "3. 次回までに土鍋の在庫見通しを物流が報告する。"]), False)
        A("共有/営業部/議事録/eigyo_meeting_memo_0512.txt",
          txt_bytes(["営業定例 5/12", "・母の日ギフトの出荷は前年比112%", "・父の日は包丁セットを中心に",
                     "・ふるさと納税返礼品の見積りを進める", "以上"]), False)
        A("共有/営業部/商品カタログ/2025春夏カタログ_原稿.docx",
          docx_bytes("2025 春夏カタログ 原稿", ["暮らしを楽しくする台所道具をお届けします。",
                                                "今季のおすすめは南部鉄器のグリルパンと常滑焼の急須です。"],
                     (["商品コード", "商品名", "価格"], [[c, n, p] for c, n, _, p in PRODUCTS])), False, mode=0o644)
        h, rows = self.orders_table(30)
        A("共有/営業部/受注/受注エクスポート_202503.csv", csv_bytes(h, rows), True)
        h, rows = self.orders_table(30)
        A("共有/営業部/受注/受注エクスポート_202504.xlsx", xlsx_bytes([("受注", h, rows)]), True, mode=0o666)

        # ---------------- 共有/総務
        h, rows = self.employees_mn(18)
        A("共有/総務/マイナンバー/2025年分/扶養控除等申告書_一覧.xlsx", xlsx_bytes([("2025", h, rows)]), True, mn=True)
        h, rows = self.employees_mn(15)
        A("共有/総務/マイナンバー/2025年分/マイナンバー台帳.csv", csv_bytes(h, rows, "cp932"), True, mn=True)
        h, rows = self.employees_mn(14)
        A("共有/総務/マイナンバー/2024年分/源泉徴収票_個人番号.csv", csv_bytes(h, rows), True, mn=True, mode=0o644)
        h, rows = self.employees_mn(12, numeric=True)
        A("共有/総務/マイナンバー/2019年分/扶養親族マイナンバー_2019.xlsx", xlsx_bytes([("2019", h, rows)]), True, mn=True,
          age=RET + 600 + R.randint(0, 100), note="in area, old; My Numbers as numeric cells")
        A("共有/総務/マイナンバー/特定個人情報取扱規程.docx",
          docx_bytes("特定個人情報取扱規程", ["第1条 この規程は、個人番号及び特定個人情報の適正な取扱いを定める。",
                                               "第2条 事務取扱担当者は総務部長が指名する。",
                                               "第3条 個人番号を記録した書類は施錠できるキャビネットに保管する。"]), False)
        staff = self.people(6)
        A("共有/総務/マイナンバー/収集記録/提出状況メモ.txt",
          txt_bytes(["個人番号 提出状況（2025年分）"] + [f"{p['name']}　提出済　{p['mobile']}" for p in staff]), True)
        h, rows = self.employees_mn(10)
        A("共有/総務/マイナンバー_旧/扶養控除申告_2023_コピー.xlsx", xlsx_bytes([("2023", h, rows)]), True, mn=True,
          age=700 + R.randint(0, 60), note="sibling folder whose name starts like the area: outside")
        h, rows = self.staff_table(40)
        A("共有/総務/人事/社員名簿.xlsx", xlsx_bytes([("社員名簿", h, rows)]), True)
        emerg = self.people(10)
        A("共有/総務/人事/緊急連絡先一覧.docx",
          docx_bytes("緊急連絡先一覧", ["社外秘"], (["氏名", "続柄", "連絡先氏名", "電話番号"],
                                                  [[p["name"], R.choice(["配偶者", "父", "母"]), person(R)["name"], p["phone"]] for p in emerg])), True)
        A("共有/総務/人事/入社手続きマニュアル_2013.docx",
          docx_bytes("入社手続きマニュアル（2013年版）", ["1. 雇用契約書を2部作成する。", "2. 社会保険の資格取得届を5日以内に提出する。",
                                                          "3. PCアカウントは情報システム担当に申請する。"]),
          False, mode=0o644, age=4200 + R.randint(0, 200), note="trap: 10-year-old manual")
        A("共有/総務/規程/情報セキュリティ基本方針.docx",
          docx_bytes("情報セキュリティ基本方針", ["当社は、お客様からお預かりした個人情報を適切に取り扱います。",
                                                  "個人データを含む電子ファイルはパスワードを設定して送付します。"]), False)
        A("共有/総務/規程/就業規則_2015改定.txt",
          txt_bytes(["就業規則（2015年4月改定）", "第1章 総則", "第1条 この規則は従業員の労働条件を定める。"], "cp932"),
          False, mode=0o644, age=3700 + R.randint(0, 100), note="trap: old and world-readable")
        h, rows = self.customers_table(8)
        A("共有/総務/一時置き場/住所変更届_集計.xlsx", xlsx_bytes([("住所変更", ["社員番号"] + h[1:], rows)]), True,
          note="0o640 file in a 0o777 folder")
        hc = self.people(9)
        A("共有/総務/一時置き場/健康診断_受診予定者.csv",
          csv_bytes(["氏名", "フリガナ", "生年月日", "受診日", "連絡先"],
                    [[p["name"], p["kana"], p["birth"].isoformat(), f"2025-07-{R.randint(1, 28):02d}", p["mobile"]] for p in hc]), True)
        A("共有/総務/一時置き場/社内回覧_夏季休暇.txt",
          txt_bytes(["社内回覧", "夏季休暇は8月13日から16日までです。", "出荷は8月12日15時受付分まで。"]), False,
          note="trap: no personal data in a world-writable folder")
        h, rows = self.customers_table(10)
        A("共有/総務/PC移行/sato_Desktop/見込み客リスト.xlsx", xlsx_bytes([("見込み客", h, rows)]), True,
          note="folder is named sato_Desktop, not Desktop: clean")

        # ---------------- 共有/物流
        h, rows = self.orders_table(20)
        A("共有/物流/配送/出荷指示_202506.csv", csv_bytes(h, rows, "cp932"), True)
        h, rows = self.orders_table(15)
        A("共有/物流/配送/送り状データ/downloads/ヤマト送り状_出力_0610.csv", csv_bytes(h, rows, "cp932"), True,
          note="lower-case downloads deep inside the shared area")
        A("共有/物流/配送/配送業者_料金表.xlsx",
          xlsx_bytes([("料金表", ["地域", "60サイズ", "お届け日数", "80サイズ", "100サイズ"],
                       [[r, 900 + i * 110, "翌日" if i < 4 else "翌々日", 1200 + i * 110, 1500 + i * 110] for i, r in enumerate(["関東", "信越", "中部", "関西", "中国", "四国", "九州", "北海道"])])]), False)
        A("共有/物流/倉庫/在庫表_2025-06.xlsx",
          xlsx_bytes([("在庫", ["商品コード", "JANコード", "商品名", "分類", "定価", "在庫数"],
                       [r + [R.randint(0, 300)] for r in product_rows(R)])]), False, mode=0o644)
        A("共有/物流/倉庫/棚卸マニュアル_2012.docx",
          docx_bytes("棚卸マニュアル（2012年）", ["棚卸は毎年3月末に行う。", "ロケーション番号順にカウントし、差異は物流責任者へ報告する。"]),
          False, mode=0o644, age=4500 + R.randint(0, 100), note="trap: 10-year-old manual")
        ret = self.people(16)
        A("共有/物流/返品/返品受付記録_2020.xlsx",
          xlsx_bytes([("返品", ["受付日", "氏名", "住所", "電話番号", "商品コード", "理由"],
                       [[f"2020-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", p["name"], p["address"], p["phone"],
                         R.choice(PRODUCTS)[0], R.choice(["破損", "イメージ違い", "サイズ違い"])] for p in ret])]), True,
          mode=0o644, age=RET + 200 + R.randint(0, 100))

        # ---------------- 共有/経理
        fr = self.people(6)
        A("共有/経理/給与/マイナンバー/支払調書_報酬_2025.csv",
          csv_bytes(["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"],
                    [[p["name"], p["address"], p["my_number"], 300000 + R.randint(0, 50) * 10000, 30630] for p in fr]), True, mn=True,
          note="inside the second My Number area")
        sal = self.people(20)
        A("共有/経理/給与/給与明細_202505.xlsx",
          xlsx_bytes([("5月", ["社員番号", "氏名", "基本給", "通勤手当", "健康保険", "所得税", "差引支給額"],
                       [[f"E{1001 + i}", p["name"], 220000 + R.randint(0, 20) * 5000, 12000, 11500, 5200, 0] for i, p in enumerate(sal)])]), True)
        h, rows = self.employees_mn(16)
        A("共有/経理/給与/年末調整_2024_作業用.xlsx", xlsx_bytes([("年調", h, rows)]), True, mn=True,
          note="in 給与 but not in 給与/マイナンバー")
        h, rows = self.employees_mn(6, fmt="hyphen")
        A("共有/経理/月次/源泉税_個人番号照合メモ.txt",
          txt_bytes(["源泉税 納付前の個人番号照合（2025年5月）"] + [f"{r[0]} {r[1]} 個人番号 {r[5]}" for r in rows], "cp932"), True, mn=True,
          note="My Numbers written 1234-5678-9012")
        A("共有/経理/売上/受注番号別売上_202505.csv",
          csv_bytes(["受注番号", "受注日", "商品コード", "数量", "売上金額"],
                    [[make_failing_12(R, "2025"), f"2025-05-{R.randint(1, 31):02d}", c, q, p * q]
                     for c, _, _, p in PRODUCTS * 3 for q in [R.randint(1, 4)]]), False, mode=0o644,
          note="trap: 12-digit order numbers failing the My Number check digit")
        A("共有/経理/売上/売上集計_2025Q1.xlsx",
          xlsx_bytes([("Q1", ["月", "売上", "粗利"], [["1月", 18230000, 7100000], ["2月", 15110000, 5900000], ["3月", 21400000, 8300000]])]), False)
        fl = self.people(5)
        A("共有/経理/支払/外注先_個人事業主_振込先.xlsx",
          xlsx_bytes([("振込先", ["氏名", "屋号", "住所", "電話番号", "銀行", "口座番号"],
                       [[p["name"], R.choice(["フォトスタジオ", "デザイン室", "ライティング"]), p["address"], p["phone"],
                         "みなと銀行 本店", f"普通 {R.randint(1000000, 9999999)}"] for p in fl])]), True)
        ex = self.people(14)
        A("共有/経理/2016/経費精算_2016.xlsx",
          xlsx_bytes([("2016", ["社員番号", "氏名", "自宅住所", "金額"],
                       [[f"E{1001 + i}", p["name"], p["address"], R.randint(1, 90) * 100] for i, p in enumerate(ex)])]), True,
          age=RET + 1000 + R.randint(0, 200))

        # ---------------- 共有/コールセンター
        inq = self.people(25)
        A("共有/コールセンター/問い合わせ履歴_202506.csv",
          csv_bytes(["受付日時", "氏名", "電話番号", "メールアドレス", "内容"],
                    [[f"2025-06-{R.randint(1, 28):02d} {R.randint(9, 17)}:{R.randint(0, 59):02d}", p["name"], p["phone"], p["email"],
                      R.choice(["配送日の変更", "商品の使い方", "返品の相談", "請求書の再発行"])] for p in inq], "cp932"), True)
        A("共有/コールセンター/応対マニュアル_v3.docx",
          docx_bytes("コールセンター応対マニュアル v3", ["お電話は3コール以内に取る。", "ご本人確認は受注番号と郵便番号で行う。",
                                                          "返品は商品到着後8日以内に受け付ける。"]), False)
        cl = self.people(18)
        A("共有/コールセンター/クレーム対応記録_2018.xlsx",
          xlsx_bytes([("2018", ["受付日", "氏名", "住所", "電話番号", "内容", "対応"],
                       [[f"2018-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", p["name"], p["address"], p["phone"],
                         "商品破損", "交換品発送"] for p in cl])]), True, mode=0o666, age=RET + 500 + R.randint(0, 200))
        A("共有/コールセンター/FAQ_商品お手入れ.txt",
          txt_bytes(["Q. 鉄のフライパンが錆びました", "A. たわしで錆を落とし、薄く油を塗って空焼きしてください。",
                     "Q. 土鍋にひびが入りました", "A. おかゆを炊いて目止めをしてください。"]), False, mode=0o644)
        cb = self.people(7)
        A("共有/コールセンター/録音メモ/折返し依頼メモ_0603.txt",
          txt_bytes([f"{p['name']}様 {p['phone']} {R.randint(10, 17)}時以降 折返し希望（配送遅延）" for p in cb]), True,
          note="0o640 file in a 0o773 folder")
        A("共有/コールセンター/録音メモ/対応件数集計_0603.csv",
          csv_bytes(["時間帯", "着信", "応答", "放棄"], [[f"{h}時", 30 + h, 28 + h, 2] for h in range(9, 18)]), False, mode=0o666,
          note="trap: no personal data, world-writable file in world-writable folder")
        h, rows = self.customers_table(22)
        A("共有/tmp/kokyaku_export_tmp.csv", csv_bytes(h, rows), True, note="0o640 file in a 0o1777 folder")

        # ---------------- 共有/全社
        A("共有/全社/お知らせ/年末年始休業のお知らせ.txt",
          txt_bytes(["年末年始休業のお知らせ", "12月28日から1月4日まで休業いたします。", "期間中のご注文は1月5日より順次発送します。"]),
          False, mode=0o644)
        A("共有/全社/テンプレート/注文書テンプレート.xlsx",
          xlsx_bytes([("注文書", ["商品コード", "商品名", "数量", "単価", "金額"], [[None] * 5 for _ in range(10)])],
                     ["ご注文書", "お名前：", "ご住所：", "お電話番号："]), False, mode=0o644)

        # ---------------- home folders
        h, rows = self.customers_table(20)
        A("home/sato/Desktop/顧客リスト_訪問用.xlsx", xlsx_bytes([("訪問", h, rows)]), True)
        bc = self.people(15)
        A("home/sato/Desktop/作業中/2025/展示会/名刺リスト_ギフトショー.csv",
          csv_bytes(["会社名", "氏名", "メールアドレス", "電話番号"],
                    [[R.choice(["株式会社サンプル商事", "有限会社例示屋", "サンプル百貨店"]), p["name"], p["email"], p["mobile"]] for p in bc]),
          True, note="deep under Desktop")
        A("home/sato/Desktop/議事録.txt",
          txt_bytes(["営業部ミーティング", "・展示会ブースは2小間", "・サンプル品は土鍋と急須", "・次回は来週月曜"]), False, mode=0o644,
          note="trap: no personal data on a Desktop")
        A("home/sato/Downloads/商品カタログ_2025.xlsx",
          xlsx_bytes([("カタログ", ["商品コード", "JANコード", "商品名", "分類", "税込価格"], product_rows(R))]), False,
          note="trap: catalogue in Downloads")
        h, rows = self.employees_mn(9)
        A("home/suzuki/デスクトップ/扶養控除_提出状況.xlsx", xlsx_bytes([("提出状況", h, rows)]), True, mn=True)
        A("home/suzuki/デスクトップ/社内報_原稿.docx",
          docx_bytes("社内報 6月号", ["物流センターの棚を増設しました。", "新商品の試食会を開催します。"]), False)
        h, rows = self.employees_mn(5)
        A("home/suzuki/Documents/マイナンバー提出_控え.docx", docx_bytes("個人番号 提出控え", ["総務部 控え"], (h, rows)), True, mn=True)
        pay = self.people(22)
        A("home/takahashi/Downloads/給与振込データ_202505.csv",
          csv_bytes(["氏名カナ", "銀行コード", "支店コード", "口座番号", "金額", "氏名"],
                    [[p["kana"], "0999", f"{R.randint(100, 999)}", f"{R.randint(1000000, 9999999)}", R.randint(180, 400) * 1000, p["name"]] for p in pay],
                    "cp932"), True)
        h, rows = self.employees_mn(11)
        A("home/takahashi/Downloads/源泉徴収票_控え_2018.csv", csv_bytes(h, rows, "cp932"), True, mn=True, mode=0o644,
          age=RET + 700 + R.randint(0, 100))
        h, rows = self.orders_table(18)
        A("home/tanaka/ダウンロード/出荷ラベル_0605.csv", csv_bytes(h, rows, "cp932"), True)
        A("home/tanaka/ダウンロード/配送マニュアル_2013.docx",
          docx_bytes("配送マニュアル（2013年）", ["割れ物は緩衝材で二重に包む。", "代引きは伝票の金額を確認する。"]), False, mode=0o644,
          age=4300 + R.randint(0, 100), note="trap: old manual in ダウンロード")
        cb2 = self.people(8)
        A("home/ito/desktop/折返しリスト.txt",
          txt_bytes(["折返しリスト"] + [f"{p['name']}様　{p['phone']}　{p['email']}" for p in cb2]), True, note="lower-case desktop")
        A("home/ito/desktop/応対テンプレート.docx",
          docx_bytes("応対テンプレート", ["お電話ありがとうございます。みなと厨房道具でございます。", "ご注文番号をお願いいたします。"]), False)
        h, rows = self.customers_table(12)
        A("home/watanabe/downloads/見積依頼_個人客.xlsx", xlsx_bytes([("見積", h, rows)]), True, note="lower-case downloads")
        h, rows = self.customers_table(30)
        A("home/watanabe/Desktop/旧顧客リスト_2017.csv", csv_bytes(h, rows, "cp932"), True,
          age=RET + 900 + R.randint(0, 100), note="old file on a Desktop")
        A("home/kobayashi/Desktop/お客様情報_記入用テンプレート.xlsx",
          xlsx_bytes([("記入用", ["氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "生年月日"], [[None] * 7 for _ in range(20)])]),
          False, mode=0o644, note="trap: a Desktop holding only a blank template")
        h, rows = self.customers_table(15)
        A("home/yamamoto/DESKTOP/お得意様リスト.csv", csv_bytes(h, rows), True, mode=0o644, note="upper-case DESKTOP")
        memo = self.people(4)
        A("home/nakamura/ドキュメント/顧客メモ.txt",
          txt_bytes([f"{p['name']}様（{p['address']}）ギフト包装希望" for p in memo]), True)

        self.build_mail()

    # ---- mails
    def build_mail(self) -> None:
        R = self.rng
        A = self.add
        s = self.seed
        SALES = ("営業部", f"eigyo@{DOMAIN}")
        SOUMU = ("総務部", f"soumu@{DOMAIN}")
        KEIRI = ("経理部", f"keiri@{DOMAIN}")
        BUTSU = ("物流センター", f"butsuryu@{DOMAIN}")
        CC = ("コールセンター", f"support@{DOMAIN}")
        ZEIRI = ("税理士事務所 ご担当者様", "office@zeirishi.example.jp")
        HAISO = ("配送センター ご担当者様", "center@haiso.example.co.jp")
        SUPPLIER = ("仕入先 ご担当者様", "order@supplier.example.co.jp")
        EVENT = ("展示会事務局", "info@giftshow.example.jp")

        def when(m, d, h):
            return dt.datetime(2025, m, d, h, R.randint(0, 59), 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))

        h, rows = self.customers_table(25)
        A("共有/営業部/メール保存/2025-05-12_展示会来場者リスト送付.eml",
          eml_bytes(1, s, EVENT, SALES, "【送付】展示会来場者リスト", when(5, 12, 10),
                    "営業部 御中\n\n来場者リストをお送りします。ご査収ください。\n", [
                        Attachment("来場者リスト.csv", "text/csv", csv_bytes(h, rows), "rfc2231", "UTF-8")]),
          True, unenc_pd_attachment=True)
        h, rows = self.employees_mn(12)
        A("home/takahashi/メール/RE_年末調整書類の件.eml",
          eml_bytes(2, s, ZEIRI, KEIRI, "RE: 年末調整書類の件", when(1, 20, 15),
                    "経理部 御中\n\n年末調整の集計表を返送します。\n", [
                        Attachment("年末調整_集計表.xlsx", OCT["xlsx"], xlsx_bytes([("年調", h, rows)]), "rfc2047")],
                    charset="ISO-2022-JP"),
          True, mn=True, unenc_pd_attachment=True)
        h, rows = self.orders_table(20)
        A("共有/物流/メール/配送依頼_0603.eml",
          eml_bytes(3, s, BUTSU, HAISO, "配送依頼（6/3分）", when(6, 3, 9),
                    "配送センター ご担当者様\n\n本日分の配送依頼です。\n", [
                        Attachment("haiso_0603.zip", "application/zip", zip_bytes([("haiso_0603.csv", csv_bytes(h, rows, "cp932"))], R))]),
          True, unenc_pd_attachment=True, note="plain (unencrypted) ZIP")
        h, rows = self.customers_table(30)
        A("共有/営業部/メール保存/顧客リスト送付_パスワード付き.eml",
          eml_bytes(4, s, SALES, EVENT, "顧客リスト送付（パスワードは別送）", when(5, 20, 11),
                    "事務局 ご担当者様\n\nZIPファイルのパスワードは別メールでお送りします。\n", [
                        Attachment("顧客リスト.zip", "application/zip",
                                   zip_bytes([("顧客リスト.csv", csv_bytes(h, rows))], R, password=b"Minato#2025")), ]),
          True, encrypted_pd=True, note="PKWARE-encrypted ZIP")
        A("共有/総務/メール/暗号化_扶養親族情報.eml",
          eml_bytes(5, s, SOUMU, ZEIRI, "扶養親族情報（暗号化）", when(2, 3, 14), "", [], smime_whole=fake_pkcs7(R)),
          True, encrypted_pd=True, note="whole message S/MIME enveloped-data")
        A("共有/経理/メール/外注先支払通知_暗号化.eml",
          eml_bytes(6, s, KEIRI, ZEIRI, "外注先支払通知（S/MIME）", when(3, 10, 16),
                    "添付は S/MIME で暗号化しています。\n", [
                        Attachment("smime.p7m", "application/pkcs7-mime; smime-type=enveloped-data", fake_pkcs7(R, 1200))]),
          True, encrypted_pd=True, note="S/MIME part inside multipart/mixed")
        A("共有/営業部/メール保存/商品カタログ送付_取引先様.eml",
          eml_bytes(7, s, SALES, SUPPLIER, "2025春夏 商品カタログ送付", when(4, 1, 10),
                    "仕入先 ご担当者様\n\n春夏カタログの掲載商品一覧をお送りします。\n", [
                        Attachment("商品カタログ_2025春夏.xlsx", OCT["xlsx"],
                                   xlsx_bytes([("カタログ", ["商品コード", "JANコード", "商品名", "分類", "税込価格"], product_rows(R))]))]),
          False, note="trap: unencrypted attachment without personal data")
        p = person(R)
        A("home/ito/メール/お問い合わせ_返信.eml",
          eml_bytes(8, s, CC, ("お客様", p["email"]), "お問い合わせの件（受付番号 0612-08）", when(6, 12, 13),
                    f"{p['name']} 様\n\nお問い合わせありがとうございます。\nご登録の住所（{p['address']}）宛に交換品をお送りします。\n"
                    f"ご連絡先 {p['phone']} に配送前にお電話いたします。\n", []),
          True, note="personal data in the body only, no attachment: clean")
        h, rows = self.customers_table(10)
        A("home/watanabe/downloads/FW_見積依頼一覧.eml",
          eml_bytes(9, s, SALES, SALES, "FW: 見積依頼一覧", when(5, 28, 18),
                    "転送します。\n", [
                        Attachment("見積依頼一覧.docx", OCT["docx"], docx_bytes("見積依頼一覧", ["個人のお客様"], (h, rows)))]),
          True, unenc_pd_attachment=True, note="mail saved in downloads")
        cl = self.people(12)
        A("共有/コールセンター/メール/クレーム一覧_2018.eml",
          eml_bytes(10, s, CC, SALES, "クレーム一覧（2018年下期）", when(1, 15, 17),
                    "2018年下期のクレーム一覧です。\n", [
                        Attachment("クレーム一覧_2018.txt", "text/plain",
                                   txt_bytes([f"{q['name']}\t{q['phone']}\t{q['address']}\t商品破損" for q in cl], "cp932"),
                                   "rfc2047", "Shift_JIS")]),
          True, unenc_pd_attachment=True, age=RET + 300 + R.randint(0, 100))
        A("共有/全社/メール/社内報_6月号.eml",
          eml_bytes(11, s, SOUMU, SALES, "社内報 6月号", when(6, 2, 9),
                    "社内報6月号を送ります。\n", [
                        Attachment("社内報_6月号.docx", OCT["docx"],
                                   docx_bytes("社内報 6月号", ["物流センターの棚を増設しました。", "夏のボーナス商戦に向けて準備中です。"]),
                                   "rfc2047")], charset="ISO-2022-JP"),
          False, note="trap: internal newsletter attachment")
        h, rows = self.employees_mn(8)
        A("共有/総務/マイナンバー/メール/扶養控除申告書_回収分.eml",
          eml_bytes(12, s, KEIRI, SOUMU, "扶養控除申告書 回収分", when(1, 8, 11),
                    "回収分の一覧を送ります。\n", [
                        Attachment("回収分.csv", "text/csv", csv_bytes(h, rows, "cp932"), "rfc2231", "Shift_JIS")]),
          True, mn=True, unenc_pd_attachment=True, note="inside the My Number area")

    # ---- incidents
    def incidents(self) -> list[tuple[str, dict, bool]]:
        org = {"name": COMPANY}
        R = self.rng
        out = [
            ("2023-09-usb-loss.yaml", {
                "title": "顧客リストを保存したUSBメモリの紛失", "discovered_on": dt.date(2023, 9, 14), "organisation": org,
                "cause": "loss", "medium": "usb", "data_items": ["氏名", "住所", "電話番号"], "people": 180 + R.randint(0, 40),
                "encryption": "none", "measures_taken": ["社内と移動経路を捜索した", "警察に遺失届を提出した"],
                "prevention_done": ["USBメモリの使用を禁止し、書き出しをデバイス制御で遮断した"]}, False),
            ("2024-02-misdelivery-email.yaml", {
                "title": "キャンペーン案内メールのTO一斉送信", "discovered_on": dt.date(2024, 2, 9), "organisation": org,
                "cause": "misdelivery_email", "email_exposure": "to_cc", "medium": "email",
                "data_items": [{"type": "EMAIL"}], "people": 312 + R.randint(0, 30),
                "measures_taken": ["受信者に削除を依頼した", "お詫びのメールを送った"]}, True),
            ("2024-07_DM誤送付.yaml", {
                "title": "DMの宛名ラベルずれによる誤送付", "discovered_on": dt.date(2024, 7, 22), "organisation": org,
                "cause": "misdelivery_post", "medium": "paper", "data_items": ["氏名", "住所"], "people": 46 + R.randint(0, 10),
                "prevention_done": None,
                "prevention_planned": ["宛名ラベル印刷後に2名でサンプル照合する手順を追加する"]}, False),
            ("2024-11-laptop-theft.yaml", {
                "title": "営業用ノートPCの車上荒らしによる盗難", "discovered_on": dt.date(2024, 11, 5), "organisation": org,
                "cause": "theft", "medium": "laptop", "data_items": ["氏名", "住所", "電話番号", {"type": "PURCHASE_HISTORY"}],
                "people": {"min": 200, "max": 650}, "encryption": "none",
                "measures_taken": ["警察に被害届を提出した"], "prevention_done": [], "prevention_planned": [],
                "police": "2024年11月5日 被害届提出"}, True),
            ("2025-03-unauthorized-access.yaml", {
                "title": "通販サイト管理画面への不正ログイン", "discovered_on": dt.date(2025, 3, 18), "organisation": org,
                "cause": "unauthorized_access", "medium": "web",
                "data_items": ["氏名", "住所", {"type": "EMAIL"}, {"type": "CREDIT_CARD", "subtype": "last4"}],
                "people": 1001, "evidence": {"access_logs": "outside_access"},
                "measures_taken": ["管理者パスワードを変更した"],
                "prevention_done": ["管理画面に多要素認証を導入した"],
                "prevention_planned": ["管理画面へのアクセス元IPアドレスを制限する"]}, False),
            ("2025-06_共有フォルダ設定ミス.yaml", {
                "title": "共有フォルダの権限設定ミスで顧客一覧が全社員から閲覧可能に", "discovered_on": dt.date(2025, 6, 20),
                "organisation": org, "cause": "misconfiguration", "medium": "server",
                "data_items": ["氏名", "住所", "電話番号", "生年月日"], "people": 1001,
                "prevention_done": None, "prevention_planned": None,
                "description": "共有/営業部の顧客一覧に全員の読み取り権限が付与されていた。"}, True),
        ]
        return out

# --------------------------------------------------------------------------- database

DB_ROLES = ["app", "eigyo", "soumu", "keiri", "butsuryu", "callcenter", "bi"]


def build_db(url: str, co: Company) -> list[tuple[str, str]]:
    """Create tables and grants; returns [(asset, kind)] with kind in problem:<rules>|clean|nopd."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    u = make_url(url)
    dbname = u.database
    admin = None
    for maint in ("postgres", "template1"):
        try:
            admin = create_engine(u.set(database=maint), isolation_level="AUTOCOMMIT")
            with admin.connect() as c:
                exists = c.execute(text("select 1 from pg_database where datname=:d"), {"d": dbname}).scalar()
                if not exists:
                    c.execute(text(f'create database "{dbname}"'))
            break
        except Exception as e:  # try the next maintenance database
            last = e
            admin = None
    if admin is None:
        raise SystemExit(f"cannot reach the server to create {dbname}: {last}")
    admin.dispose()

    R = random.Random(co.seed * 7919 + 1)
    eng = create_engine(url, isolation_level="AUTOCOMMIT")
    P = ROLE_PREFIX
    r = {k: P + k for k in DB_ROLES}
    dba = P + "dba"
    with eng.connect() as c:
        ex = lambda sql, params=None: c.execute(text(sql), params or {})
        # drop what we own
        ex("drop schema if exists eigyo cascade")
        for v in ("v_customer_contacts", "v_product_prices"):
            ex(f"drop view if exists public.{v} cascade")
        for t in ("order_items", "orders", "call_logs", "customers", "employees", "products"):
            ex(f"drop table if exists public.{t} cascade")
        for (role,) in ex("select rolname from pg_roles where rolname like :p", {"p": P.replace("_", r"\_") + "%"}).all():
            ex(f'drop owned by "{role}" cascade')
            ex(f'drop role "{role}"')
        for k in DB_ROLES:
            ex(f'create role "{r[k]}" nologin')
        ex(f'create role "{dba}" nologin superuser')

        ex("""create table public.customers (customer_id integer primary key, name text not null, name_kana text,
              postal_code text, address text, phone text, email text, birth_date date)""")
        ex("""create table public.orders (order_no char(12) primary key, customer_id integer, ordered_on date,
              ship_name text, ship_postal_code text, ship_address text, ship_phone text, total integer)""")
        ex("""create table public.order_items (order_no char(12), line_no integer, product_code text,
              quantity integer, unit_price integer, primary key (order_no, line_no))""")
        ex("""create table public.products (product_code text primary key, jan_code char(13), product_name text,
              category text, price integer)""")
        ex("""create table public.employees (employee_no text primary key, name text, name_kana text, department text,
              address text, mobile text, birth_date date, my_number char(12), base_salary integer)""")
        ex("""create table public.call_logs (call_id integer primary key, called_at timestamp, caller_name text,
              caller_phone text, topic text)""")
        ex("create schema eigyo")
        ex("""create table eigyo.customers_backup_2023 (customer_id integer, name text, name_kana text, address text,
              phone text, email text, birth_date date)""")
        ex('create table eigyo.dm_targets ("顧客ID" integer, "氏名" text, "郵便番号" text, "住所" text, "生年月日" date, "DM区分" text)')

        people = [person(R) for _ in range(60)]
        ex("insert into public.customers values (:i,:n,:k,:z,:a,:p,:e,:b)",
           [dict(i=1000 + i, n=p["name"], k=p["kana"], z=p["postal"], a=p["address"], p=p["phone"], e=p["email"], b=p["birth"])
            for i, p in enumerate(people[:40])])
        ex("insert into eigyo.customers_backup_2023 values (:i,:n,:k,:a,:p,:e,:b)",
           [dict(i=1000 + i, n=p["name"], k=p["kana"], a=p["address"], p=p["phone"], e=p["email"], b=p["birth"])
            for i, p in enumerate(people[:40])])
        ex('insert into eigyo.dm_targets values (:i,:n,:z,:a,:b,:d)',
           [dict(i=1000 + i, n=p["name"], z=p["postal"], a=p["address"], b=p["birth"], d=R.choice(["春", "秋", "年末"]))
            for i, p in enumerate(people[10:50])])
        ex("insert into public.products values (:c,:j,:n,:g,:p)",
           [dict(c=c, j=make_jan(R), n=n, g=g, p=p) for c, n, g, p in PRODUCTS])
        orders, items = [], []
        for i in range(50):
            p = people[R.randrange(40)]
            no = make_failing_12(R, "2025")
            lines = [R.choice(PRODUCTS) for _ in range(R.randint(1, 3))]
            total = 0
            for ln, (code, _, _, price) in enumerate(lines, 1):
                q = R.randint(1, 3)
                total += q * price
                items.append(dict(o=no, l=ln, c=code, q=q, u=price))
            orders.append(dict(o=no, c=1000 + people.index(p), d=dt.date(2025, R.randint(3, 6), R.randint(1, 28)),
                               n=p["name"], z=p["postal"], a=p["address"], t=p["phone"], s=total))
        ex("insert into public.orders values (:o,:c,:d,:n,:z,:a,:t,:s)", orders)
        ex("insert into public.order_items values (:o,:l,:c,:q,:u)", items)
        depts = ["営業部", "総務部", "経理部", "物流", "コールセンター"]
        ex("insert into public.employees values (:e,:n,:k,:d,:a,:m,:b,:x,:s)",
           [dict(e=f"E{1001 + i}", n=p["name"], k=p["kana"], d=R.choice(depts), a=p["address"], m=p["mobile"], b=p["birth"],
                 x=p["my_number"], s=200000 + R.randint(0, 30) * 5000) for i, p in enumerate(person(R) for _ in range(40))])
        ex("insert into public.call_logs values (:i,:t,:n,:p,:o)",
           [dict(i=i + 1, t=dt.datetime(2025, 6, R.randint(1, 28), R.randint(9, 17), R.randint(0, 59)), n=p["name"], p=p["phone"],
                 o=R.choice(["配送", "返品", "使い方"])) for i, p in enumerate(people[20:60])])
        ex("""create view public.v_customer_contacts as select customer_id, name, phone, email from public.customers""")
        ex("""create view public.v_product_prices as select product_code, product_name, price from public.products""")

        # owners
        for t in ("customers", "orders", "order_items", "products", "call_logs"):
            ex(f'alter table public.{t} owner to "{r["app"]}"')
        ex(f'alter table public.employees owner to "{r["soumu"]}"')
        ex(f'alter schema eigyo owner to "{r["eigyo"]}"')
        ex(f'alter table eigyo.customers_backup_2023 owner to "{r["eigyo"]}"')
        ex(f'alter table eigyo.dm_targets owner to "{r["eigyo"]}"')
        ex("grant usage on schema eigyo to public")

        # grants
        ex(f'grant select on public.customers to public, "{r["eigyo"]}"')                                   # public read
        ex(f'grant select on public.orders to "{r["butsuryu"]}", "{r["callcenter"]}"')                       # 2 readers: clean
        ex("grant select on public.order_items to public")                                                  # no personal columns
        ex(f'grant select on public.products to public, "{r["eigyo"]}", "{r["butsuryu"]}", "{r["callcenter"]}", "{r["keiri"]}", "{r["bi"]}"')
        ex(f'grant select on public.employees to "{r["keiri"]}", "{r["eigyo"]}", "{r["butsuryu"]}", "{r["bi"]}"')  # 4 readers + owner
        ex(f'grant select on public.call_logs to "{r["callcenter"]}", "{r["eigyo"]}", "{r["bi"]}", "{dba}"')     # 3 + superuser + owner: clean
        ex("grant select on public.v_customer_contacts to public")
        ex("grant select on public.v_product_prices to public")
        ex(f'grant select on eigyo.customers_backup_2023 to public, "{r["app"]}", "{r["callcenter"]}", "{r["bi"]}", "{r["keiri"]}"')
        ex(f'grant all on eigyo.dm_targets to "{r["callcenter"]}", "{r["bi"]}", "{r["keiri"]}", "{r["app"]}"')  # ALL includes SELECT
        ex(f'grant insert on eigyo.dm_targets to "{r["butsuryu"]}"')                                         # INSERT only: not a reader
    eng.dispose()
    return [
        ("db:public.customers", "problem:db_public_read"),
        ("db:public.v_customer_contacts", "problem:db_public_read"),
        ("db:eigyo.customers_backup_2023", "problem:db_public_read,db_wide_read"),
        ("db:public.employees", "problem:db_wide_read"),
        ("db:eigyo.dm_targets", "problem:db_wide_read"),
        ("db:public.orders", "clean"),
        ("db:public.call_logs", "clean"),
        ("db:public.products", "nopd"),
        ("db:public.order_items", "nopd"),
        ("db:public.v_product_prices", "nopd"),
    ]

# --------------------------------------------------------------------------- rules -> truth

PORTABLE = {"desktop", "downloads", "デスクトップ", "ダウンロード"}


def in_area(path: str) -> bool:
    return any(path == a or path.startswith(a.rstrip("/") + "/") for a in POLICY["my_number_areas"])


def file_rules(f: FileAsset, dir_modes: dict[str, int]) -> list[str]:
    if not f.pd or f.encrypted_pd:
        return []
    rules = []
    parts = f.path.split("/")
    if any(p.lower() in PORTABLE for p in parts[:-1]):
        rules.append("portable_device")
    if f.mode & 0o004:
        rules.append("world_readable")
    parent = "/".join(parts[:-1])
    if f.mode & 0o002 or dir_modes.get(parent, 0o750) & 0o002:
        rules.append("world_writable")
    if f.mn and not in_area(f.path):
        rules.append("my_number_outside_area")
    if f.age > RET:
        rules.append("retention_expired")
    if f.unenc_pd_attachment:
        rules.append("unencrypted_attachment")
    return rules


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--db-url")
    a = ap.parse_args(argv)
    t0 = time.time()

    out: Path = a.out
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("drive", "incidents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    for fn in ("policy.json", "truth.json"):
        (out / fn).unlink(missing_ok=True)

    co = Company(a.seed)
    co.build_drive()
    drive = out / "drive"
    now = time.time()
    problems, clean, nopd = [], [], []
    seen = set()
    for f in co.files:
        assert f.path not in seen, f.path
        seen.add(f.path)
        if f.age is None:
            f.age = co.rng.randint(*YOUNG)
        # sanity: ages keep at least 30 days from the limit
        assert abs(f.age - RET) >= 60, f.path
        if f.mn:
            assert f.pd
        p = drive / f.path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(f.data)
        asset = "drive/" + f.path
        rules = file_rules(f, co.dir_modes)
        if rules:
            problems += [{"rule": r, "asset": asset} for r in rules]
        elif f.pd:
            clean.append(asset)
        else:
            nopd.append(asset)
    # permissions and times after every write
    for f in co.files:
        p = drive / f.path
        os.chmod(p, f.mode)
        t = now - f.age * 86400 - co.rng.randint(0, 8 * 3600)
        os.utime(p, (t, t))
    dirs = sorted({d for d in drive.rglob("*") if d.is_dir()} | {drive}, key=lambda d: -len(d.parts))
    for d in dirs:
        rel = d.relative_to(drive).as_posix()
        os.chmod(d, co.dir_modes.get(rel, 0o750))
        t = now - 10 * 86400
        os.utime(d, (t, t))

    (out / "policy.json").write_text(json.dumps(POLICY, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    inc_dir = out / "incidents"
    inc_dir.mkdir()
    for name, facts, is_problem in co.incidents():
        (inc_dir / name).write_text(yaml.safe_dump(facts, allow_unicode=True, sort_keys=False), encoding="utf-8")
        asset = f"incident:{name}"
        if is_problem:
            problems.append({"rule": "incident_no_prevention", "asset": asset})
        else:
            clean.append(asset)

    if a.db_url:
        for asset, kind in build_db(a.db_url, co):
            if kind.startswith("problem:"):
                problems += [{"rule": r, "asset": asset} for r in kind.split(":", 1)[1].split(",")]
            elif kind == "clean":
                clean.append(asset)
            else:
                nopd.append(asset)

    problems.sort(key=lambda x: (x["asset"], x["rule"]))
    truth = {"problems": problems, "clean": sorted(clean), "no_personal_data": sorted(nopd)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    counts: dict[str, int] = {}
    for pr in problems:
        counts[pr["rule"]] = counts.get(pr["rule"], 0) + 1
    print(f"wrote {len(co.files)} files, {len(co.incidents())} incidents"
          f"{', 10 tables/views' if a.db_url else ''} to {out} in {time.time() - t0:.1f}s", file=sys.stderr)
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}", file=sys.stderr)
    print(f"  clean: {len(clean)}  no_personal_data: {len(nopd)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
