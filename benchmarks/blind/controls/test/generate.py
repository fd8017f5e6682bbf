#!/usr/bin/env python3
"""Blind control-evidence data set "test": a regional real-estate agency / property manager.

    python generate.py --out DIR [--seed 29] [--db-url postgresql+psycopg://127.0.0.1/blind_controls_test]

Writes DIR/drive, DIR/policy.json, DIR/incidents/*.yaml, DIR/truth.json and (with --db-url) tables and grants.
Self-contained: standard library + openpyxl, python-docx, PyYAML, sqlalchemy, psycopg.
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
import zipfile
import zlib
from email.header import Header
from urllib.parse import quote

SET = "test"
ROLE_PREFIX = f"mbc_{SET}_"
FIXED_ZIP_TIME = (2025, 4, 1, 9, 0, 0)
FIXED_CORE_TIME = "2025-04-01T09:00:00Z"
JST = dt.timezone(dt.timedelta(hours=9))
CONTENT_REF = dt.datetime(2025, 11, 20, 10, 0, tzinfo=JST)   # content dates are fixed (bytes must not change)

POLICY = {
    "retention_days": 1825,
    "my_number_areas": ["共有/総務/マイナンバー", "共有/経理/マイナンバー保管"],
    "max_table_readers": 3,
}
COMPANY = "遠州ホームサービス株式会社"
DOMAIN = "enshu-home.example.jp"

# --------------------------------------------------------------------------------------------- people
SURNAMES = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
            ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
            ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
            ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
            ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"),
            ("林", "ハヤシ", "hayashi"), ("清水", "シミズ", "shimizu"), ("山崎", "ヤマザキ", "yamazaki"),
            ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
            ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"),
            ("袴田", "ハカマタ", "hakamata"), ("鈴村", "スズムラ", "suzumura"), ("大石", "オオイシ", "oishi"),
            ("杉山", "スギヤマ", "sugiyama"), ("望月", "モチヅキ", "mochizuki"), ("内山", "ウチヤマ", "uchiyama")]
GIVEN = [("翔太", "ショウタ", "shota"), ("大輔", "ダイスケ", "daisuke"), ("健一", "ケンイチ", "kenichi"),
         ("誠", "マコト", "makoto"), ("拓也", "タクヤ", "takuya"), ("浩二", "コウジ", "koji"),
         ("直樹", "ナオキ", "naoki"), ("蓮", "レン", "ren"), ("悠真", "ユウマ", "yuma"), ("隆", "タカシ", "takashi"),
         ("美咲", "ミサキ", "misaki"), ("陽子", "ヨウコ", "yoko"), ("愛", "アイ", "ai"), ("由美", "ユミ", "yumi"),
         ("さくら", "サクラ", "sakura"), ("恵子", "ケイコ", "keiko"), ("真由美", "マユミ", "mayumi"),
         ("結衣", "ユイ", "yui"), ("千尋", "チヒロ", "chihiro"), ("和子", "カズコ", "kazuko"),
         ("智子", "トモコ", "tomoko"), ("亮", "リョウ", "ryo"), ("聡", "サトシ", "satoshi"), ("葵", "アオイ", "aoi")]
TOWNS = [("静岡県浜松市中央区", ["鍛冶町", "板屋町", "砂山町", "高林", "佐鳴台", "富塚町", "葵西", "和合町", "上島", "住吉"]),
         ("静岡県浜松市浜名区", ["西美薗", "小松", "於呂", "貴布祢", "平口"]),
         ("静岡県磐田市", ["見付", "中泉", "国府台", "今之浦"]),
         ("静岡県袋井市", ["高尾", "方丈", "上山梨"]),
         ("静岡県湖西市", ["鷲津", "新居町浜名"]),
         ("愛知県豊橋市", ["駅前大通", "花田町", "向山町"])]
MAIL_DOMAINS = ["example.jp", "example.ne.jp", "mail.example.com", "example.co.jp"]
BUILDINGS = ["サンハイツ浜松", "グランメゾン佐鳴台", "コーポ高林", "パークサイド和合", "エスポワール砂山",
             "ベルツリー上島", "ルミエール葵", "レジデンス中泉", "ハイツ見付", "メゾン富塚"]


def my_number_check(d11: str) -> str:
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.seed = seed

    def my_number(self) -> str:
        d = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        return d + my_number_check(d)

    def bad_twelve(self) -> str:
        d = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        good = int(my_number_check(d))
        return d + str((good + self.r.randint(1, 9)) % 10)

    def person(self, adult=True, min_age=20, max_age=75):
        sn = self.r.choice(SURNAMES)
        gn = self.r.choice(GIVEN)
        age = self.r.randint(min_age, max_age) if adult else self.r.randint(0, 19)
        birth = dt.date(2025 - age, self.r.randint(1, 12), self.r.randint(1, 28))
        pref, towns = self.r.choice(TOWNS)
        addr = f"{pref}{self.r.choice(towns)}{self.r.randint(1, 5)}丁目{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
        if self.r.random() < 0.4:
            addr += f" {self.r.choice(BUILDINGS)}{self.r.randint(1, 5)}0{self.r.randint(1, 9)}号室"
        mobile = f"0{self.r.choice(['90', '80', '70'])}-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}"
        phone = f"053-{self.r.randint(400, 599)}-{self.r.randint(1000, 9999)}"
        email = f"{gn[2]}.{sn[2]}{self.r.randint(1, 99)}@{self.r.choice(MAIL_DOMAINS)}"
        post = f"{self.r.randint(430, 441)}-{self.r.randint(0, 9999):04d}"
        return {"name": f"{sn[0]} {gn[0]}", "kana": f"{sn[1]} {gn[1]}", "sn": sn, "gn": gn, "birth": birth,
                "addr": addr, "post": post, "mobile": mobile, "phone": phone, "email": email,
                "romaji": f"{gn[2]}.{sn[2]}"}

    def room(self):
        return f"{self.r.choice(BUILDINGS)}", f"{self.r.randint(1, 6)}0{self.r.randint(1, 8)}"


# --------------------------------------------------------------------------------------------- zip helpers
def normalize_ooxml(data: bytes) -> bytes:
    """Re-zip an XLSX/DOCX with fixed timestamps so the bytes do not depend on the run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = body.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_CORE_TIME}\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_CORE_TIME}\g<2>", txt)
                body = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


_CRCTAB = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd: bytes):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xFF]

    def _update(self, b):
        k0, k1, k2 = self.k
        k0 = self._crc(k0, b)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = self._crc(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            self._update(p)
            out.append(p ^ ks)
        return bytes(out)


def make_zip(members, password: bytes | None = None, rng: random.Random | None = None, name_encoding="utf-8") -> bytes:
    """A small ZIP writer: deflate, optional traditional PKWARE encryption, UTF-8 or CP932 member names."""
    y, mo, d, h, mi, s = FIXED_ZIP_TIME
    dostime = (h << 11) | (mi << 5) | (s // 2)
    dosdate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for name, plain in members:
        nb = name.encode(name_encoding)
        flags = 0x0800 if name_encoding == "utf-8" else 0
        crc = zlib.crc32(plain) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(plain) + co.flush()
        if password is not None:
            flags |= 0x0001
            head = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = _ZipCrypto(password).encrypt(head + comp)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dostime, dosdate, crc, len(comp), len(plain),
                           len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dostime, dosdate, crc, len(comp),
                               len(plain), len(nb), 0, 0, 0, 0, 0x20, offset) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_off, 0)
    return bytes(out)


# --------------------------------------------------------------------------------------------- content builders
def csv_bytes(rows, encoding="utf-8", newline="\r\n") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    for row in rows:
        w.writerow(row)
    return buf.getvalue().encode(encoding)


def xlsx_bytes(sheets) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        for row in sh["rows"]:
            ws.append(list(row))
        if sh.get("hidden"):
            ws.sheet_state = "hidden"
    wb.properties.creator = "enshu-home"
    wb.properties.lastModifiedBy = "enshu-home"
    fixed = dt.datetime(2025, 4, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def docx_bytes(title, paragraphs, tables=()) -> bytes:
    import docx
    d = docx.Document()
    d.core_properties.author = "enshu-home"
    d.core_properties.last_modified_by = "enshu-home"
    d.core_properties.created = dt.datetime(2025, 4, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2025, 4, 1, 9, 0, 0)
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    for tab in tables:
        t = d.add_table(rows=0, cols=len(tab[0]))
        for row in tab:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


class Content:
    """Each builder returns (bytes, holds_personal_data, holds_valid_my_number)."""

    def __init__(self, g: Gen):
        self.g = g
        self.r = g.r

    # ---- personal
    def tenants_csv(self, n=25, encoding="utf-8", upper=False):
        rows = [["物件名", "号室", "契約者氏名", "フリガナ", "生年月日", "携帯電話", "メールアドレス", "緊急連絡先氏名", "緊急連絡先電話", "入居日"]]
        for _ in range(n):
            p, e = self.g.person(), self.g.person()
            b, rm = self.g.room()
            rows.append([b, rm, p["name"], p["kana"], p["birth"].strftime("%Y/%m/%d"), p["mobile"], p["email"],
                         e["name"], e["mobile"], f"20{self.r.randint(15, 25)}/{self.r.randint(1, 12):02d}/01"])
        return csv_bytes(rows, encoding), True, False

    def emergency_csv(self, n=15, encoding="cp932"):
        rows = [["入居者名", "物件", "号室", "緊急連絡先", "続柄", "住所", "電話番号"]]
        for _ in range(n):
            p, e = self.g.person(), self.g.person()
            b, rm = self.g.room()
            rows.append([p["name"], b, rm, e["name"], self.r.choice(["父", "母", "兄", "姉", "子", "叔父"]), e["addr"], e["phone"]])
        return csv_bytes(rows, encoding), True, False

    def guarantors_xlsx(self, n=20):
        rows = [["契約番号", "入居者", "連帯保証人氏名", "フリガナ", "生年月日", "住所", "電話", "勤務先", "年収(万円)"]]
        for i in range(n):
            t, gp = self.g.person(), self.g.person(min_age=40)
            rows.append([f"C{2025 - self.r.randint(0, 6)}-{self.r.randint(100, 999)}", t["name"], gp["name"], gp["kana"],
                         gp["birth"].isoformat(), gp["addr"], gp["mobile"],
                         self.r.choice(["スズキ系列部品", "浜松市役所", "自営業", "年金受給", "ヤマハ系販売店", "医療法人"]),
                         self.r.randint(250, 900)])
        return xlsx_bytes([{"title": "保証人一覧", "rows": rows}]), True, False

    def rentroll_named_csv(self, n=30, encoding="cp932"):
        rows = [["物件", "号室", "契約者", "賃料", "共益費", "敷金", "契約開始", "次回更新", "滞納"]]
        for _ in range(n):
            p = self.g.person()
            b, rm = self.g.room()
            rows.append([b, rm, p["name"], self.r.randint(38, 98) * 1000, self.r.choice([2000, 3000, 5000]),
                         self.r.randint(0, 2) * 50000, f"20{self.r.randint(16, 25)}-04-01", f"2026-{self.r.randint(1, 12):02d}-01",
                         self.r.choice(["", "", "", "1ヶ月"])])
        return csv_bytes(rows, encoding), True, False

    def fuyo_xlsx(self, n=12, with_mn=True, fmt="plain"):
        rows = [["社員番号", "氏名", "フリガナ", "生年月日", "住所", "個人番号", "扶養親族氏名", "続柄", "扶養親族生年月日", "扶養親族個人番号"]]
        for i in range(n):
            p = self.g.person(min_age=22, max_age=64)
            dep = self.g.person(adult=self.r.random() < 0.4)
            mn1 = self.fmt_mn(self.g.my_number(), fmt) if with_mn else "（別途保管）"
            mn2 = self.fmt_mn(self.g.my_number(), fmt) if with_mn else ""
            rows.append([f"E{1000 + self.r.randint(1, 400)}", p["name"], p["kana"], p["birth"].isoformat(), p["addr"], mn1,
                         f'{p["sn"][0]} {dep["gn"][0]}', self.r.choice(["配偶者", "長男", "長女", "次男", "母"]),
                         dep["birth"].isoformat(), mn2])
        return xlsx_bytes([{"title": "令和7年分扶養控除等申告書", "rows": rows}]), True, with_mn

    @staticmethod
    def fmt_mn(mn, fmt):
        if fmt == "space":
            return f"{mn[:4]} {mn[4:8]} {mn[8:]}"
        if fmt == "hyphen":
            return f"{mn[:4]}-{mn[4:8]}-{mn[8:]}"
        if fmt == "fullwidth":
            return mn.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        return mn

    def gensen_csv(self, n=15, encoding="cp932", fmt="plain"):
        rows = [["年分", "社員番号", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額", "控除対象扶養親族数"]]
        for _ in range(n):
            p = self.g.person(min_age=22, max_age=64)
            rows.append(["令和6年", f"E{1000 + self.r.randint(1, 400)}", p["name"], p["addr"], self.fmt_mn(self.g.my_number(), fmt),
                         self.r.randint(260, 720) * 10000, self.r.randint(40, 600) * 100, self.r.randint(0, 3)])
        return csv_bytes(rows, encoding), True, True

    def mn_ledger_csv(self, n=10, encoding="utf-8-sig"):
        rows = [["収集日", "氏名", "区分", "個人番号", "確認書類", "担当"]]
        for _ in range(n):
            p = self.g.person()
            rows.append([f"2025/{self.r.randint(1, 10):02d}/{self.r.randint(1, 28):02d}", p["name"],
                         self.r.choice(["社員", "扶養親族", "家主（不動産使用料）", "報酬支払先"]), self.g.my_number(),
                         self.r.choice(["通知カード+運転免許証", "マイナンバーカード"]), "総務"])
        return csv_bytes(rows, encoding), True, True

    def owners_xlsx(self, n=12, with_mn=False):
        rows = [["家主コード", "家主氏名", "住所", "電話", "振込先銀行", "支店", "口座番号", "管理物件"] + (["個人番号"] if with_mn else [])]
        for i in range(n):
            p = self.g.person(min_age=45, max_age=85)
            row = [f"OW{100 + i}", p["name"], p["addr"], p["phone"], self.r.choice(["静岡銀行", "浜松いわた信用金庫", "スルガ銀行", "ゆうちょ銀行"]),
                   self.r.choice(["本店", "浜松駅前", "佐鳴台", "磐田"]), f"{self.r.randint(1000000, 9999999)}", self.r.choice(BUILDINGS)]
            if with_mn:
                row.append(self.g.my_number())
            rows.append(row)
        return xlsx_bytes([{"title": "家主一覧", "rows": rows}]), True, with_mn

    def keylog_txt(self, n=12, encoding="cp932"):
        lines = ["鍵受渡記録 (" + COMPANY + " 賃貸管理部)", "日付\t物件\t鍵番号\t受取人\t連絡先\t担当"]
        for _ in range(n):
            p = self.g.person()
            b, rm = self.g.room()
            lines.append(f"2025/{self.r.randint(1, 11):02d}/{self.r.randint(1, 28):02d}\t{b} {rm}\tK-{self.r.randint(100, 999)}\t{p['name']}\t{p['mobile']}\t{self.r.choice(['鈴木', '渡辺', '佐藤'])}")
        return ("\r\n".join(lines) + "\r\n").encode(encoding), True, False

    def keylog_xlsx(self, n=15):
        rows = [["受渡日", "区分", "物件", "号室", "鍵番号", "本数", "受取人/返却者", "電話番号", "本人確認"]]
        for _ in range(n):
            p = self.g.person()
            b, rm = self.g.room()
            rows.append([f"2025-{self.r.randint(1, 11):02d}-{self.r.randint(1, 28):02d}", self.r.choice(["入居時渡し", "退去時返却", "業者貸出"]),
                         b, rm, f"K-{self.r.randint(100, 999)}", self.r.randint(1, 3), p["name"], p["mobile"],
                         self.r.choice(["運転免許証", "保険証", "マイナンバーカード(番号は控えない)"])])
        return xlsx_bytes([{"title": "鍵受渡", "rows": rows}]), True, False

    def application_docx(self):
        p, gp, e = self.g.person(), self.g.person(min_age=40), self.g.person()
        b, rm = self.g.room()
        paras = [f"申込物件：{b} {rm}号室", "下記のとおり入居を申し込みます。"]
        table = [["項目", "申込者", "連帯保証人"],
                 ["氏名", p["name"], gp["name"]], ["フリガナ", p["kana"], gp["kana"]],
                 ["生年月日", p["birth"].strftime("%Y年%m月%d日"), gp["birth"].strftime("%Y年%m月%d日")],
                 ["現住所", f"〒{p['post']} {p['addr']}", f"〒{gp['post']} {gp['addr']}"],
                 ["電話", p["mobile"], gp["mobile"]], ["メール", p["email"], gp["email"]],
                 ["勤務先", self.r.choice(["株式会社浜松精機", "遠鉄ストア", "浜松医療センター", "自営業"]), self.r.choice(["無職（年金）", "会社役員", "公務員"])],
                 ["年収", f"{self.r.randint(250, 700)}万円", f"{self.r.randint(300, 1200)}万円"],
                 ["緊急連絡先", f"{e['name']} {e['mobile']}", ""]]
        return docx_bytes("入居申込書", paras, [table]), True, False

    def buyers_xlsx(self, n=18):
        rows = [["受付日", "顧客名", "フリガナ", "電話", "メール", "住所", "希望エリア", "予算(万円)", "家族構成", "担当"]]
        for _ in range(n):
            p = self.g.person(min_age=25, max_age=70)
            rows.append([f"2025/{self.r.randint(1, 11)}/{self.r.randint(1, 28)}", p["name"], p["kana"], p["mobile"], p["email"], p["addr"],
                         self.r.choice(["中央区", "浜名区", "磐田市", "袋井市"]), self.r.randint(18, 60) * 100,
                         self.r.choice(["夫婦", "夫婦+子2", "単身", "夫婦+子1", "二世帯"]), self.r.choice(["高橋", "中村"])])
        return xlsx_bytes([{"title": "顧客管理", "rows": rows}]), True, False

    def pricelist_hidden_customers_xlsx(self):
        price = [["物件名", "所在地", "種別", "土地面積(㎡)", "価格(万円)", "状態"]]
        for b in BUILDINGS[:6]:
            price.append([b, "浜松市中央区", self.r.choice(["中古マンション", "土地", "戸建"]), self.r.randint(60, 250), self.r.randint(12, 58) * 100, "販売中"])
        cust = [["物件名", "内見者", "電話", "メール", "メモ"]]
        for _ in range(8):
            p = self.g.person()
            cust.append([self.r.choice(BUILDINGS[:6]), p["name"], p["mobile"], p["email"], self.r.choice(["ローン事前審査済", "再内見希望", "値引き交渉中"])])
        return xlsx_bytes([{"title": "価格表", "rows": price}, {"title": "内見者", "rows": cust, "hidden": True}]), True, False

    def staff_xlsx(self, n=20):
        rows = [["社員番号", "氏名", "部署", "生年月日", "住所", "電話", "扶養家族"]]
        for _ in range(n):
            p = self.g.person(min_age=22, max_age=64)
            rows.append([f"E{1000 + self.r.randint(1, 400)}", p["name"], self.r.choice(["賃貸管理部", "売買仲介部", "総務部", "経理部"]),
                         p["birth"].isoformat(), p["addr"], p["mobile"], self.r.choice(["なし", "配偶者", "配偶者・子1", "子2"])])
        return xlsx_bytes([{"title": "社員名簿", "rows": rows}]), True, False

    def pc_inventory_xlsx(self, n=14):
        rows = [["資産番号", "機種", "シリアル", "設置場所", "使用者", "社用携帯", "メール"]]
        for i in range(n):
            p = self.g.person(min_age=22, max_age=64)
            rows.append([f"PC-{2019 + i % 6}-{i:03d}", self.r.choice(["OptiPlex 3000", "ESPRIMO D7012", "ThinkCentre M75q"]),
                         f"SN{self.r.randint(10**7, 10**8)}", self.r.choice(["本店2F", "本店1F", "浜北店"]), p["name"], p["mobile"],
                         f"{p['romaji']}@{DOMAIN}"])
        return xlsx_bytes([{"title": "デスクトップPC", "rows": rows}]), True, False

    def phone_memo_txt(self, encoding="utf-8"):
        lines = ["電話メモ"]
        for _ in range(5):
            p = self.g.person()
            b, rm = self.g.room()
            lines.append(f"・{b}{rm} {p['name']}様 {p['mobile']} 水漏れの件、折り返し希望。現住所 {p['addr']}")
        return ("\n".join(lines) + "\n").encode(encoding), True, False

    def payslip_csv_with_bad_numbers(self, n=10):
        # personal data + 12-digit numbers whose check digit is wrong (no valid My Number)
        rows = [["社員番号", "氏名", "口座名義カナ", "照合番号", "振込額"]]
        for _ in range(n):
            p = self.g.person(min_age=22, max_age=64)
            rows.append([f"E{1000 + self.r.randint(1, 400)}", p["name"], p["kana"], self.g.bad_twelve(), self.r.randint(180, 480) * 1000])
        return csv_bytes(rows, "cp932"), True, False

    # ---- no personal data
    def brochure_docx(self, with_company_phone=True):
        b = self.r.choice(BUILDINGS)
        paras = [f"{b}　入居者募集中", f"所在地：静岡県浜松市中央区（バス停徒歩{self.r.randint(2, 12)}分）",
                 f"間取り：{self.r.choice(['1K', '1LDK', '2DK', '2LDK', '3LDK'])}　専有面積：{self.r.randint(22, 75)}㎡",
                 f"賃料：{self.r.randint(42, 98)},000円　管理費：3,000円　敷金1ヶ月・礼金0", "ペット相談可・駐車場1台付"]
        if with_company_phone:
            paras.append(f"お問い合わせ：{COMPANY} 賃貸営業部　TEL 053-455-0120（9:30〜18:00 水曜定休）")
        return docx_bytes("物件概要", paras), False, False

    def brochure_txt(self, encoding="utf-8"):
        b = self.r.choice(BUILDINGS)
        txt = (f"【{b}】\n築{self.r.randint(3, 35)}年 / {self.r.choice(['RC造', '鉄骨造', '木造'])} {self.r.randint(2, 10)}階建\n"
               f"総戸数 {self.r.randint(8, 60)}戸　オートロック・宅配ボックス\n最寄駅：遠州鉄道 {self.r.choice(['八幡', '助信', '曳馬', '上島', '自動車学校前'])}駅 徒歩{self.r.randint(3, 15)}分\n")
        return txt.encode(encoding), False, False

    def pricelist_xlsx(self):
        rows = [["物件名", "所在地", "種別", "面積(㎡)", "価格(万円)", "坪単価(万円)", "状態"]]
        for b in BUILDINGS:
            a = self.r.randint(55, 260)
            pr = self.r.randint(10, 65) * 100
            rows.append([b, self.r.choice(["浜松市中央区", "浜松市浜名区", "磐田市"]), self.r.choice(["中古マンション", "土地", "戸建"]), a, pr,
                         round(pr / (a / 3.3058), 1), self.r.choice(["販売中", "商談中", "成約済"])])
        return xlsx_bytes([{"title": "価格表", "rows": rows}]), False, False

    def rentroll_anon_csv(self, encoding="cp932"):
        rows = [["物件", "号室", "間取り", "賃料", "共益費", "状態", "契約開始"]]
        for b in BUILDINGS[:5]:
            for fl in range(1, 4):
                for rm in range(1, 5):
                    st = self.r.choice(["入居中", "入居中", "入居中", "空室", "退去予定"])
                    rows.append([b, f"{fl}0{rm}", self.r.choice(["1K", "1LDK", "2DK"]), self.r.randint(40, 85) * 1000, 3000, st,
                                 "" if st == "空室" else f"20{self.r.randint(16, 25)}-{self.r.randint(1, 12):02d}-01"])
        return csv_bytes(rows, encoding), False, False

    def vacancy_csv(self, encoding="utf-8-sig"):
        rows = [["物件", "号室", "空室開始", "募集賃料", "広告料"]]
        for _ in range(12):
            b, rm = self.g.room()
            rows.append([b, rm, f"2025/{self.r.randint(6, 11)}/{self.r.randint(1, 28)}", self.r.randint(40, 90) * 1000, "1ヶ月"])
        return csv_bytes(rows, encoding), False, False

    def minutes_txt(self, encoding="utf-8"):
        txt = ("賃貸管理部 定例会議 議事録\n出席：部長、課長、管理担当3名、営業担当2名\n"
               "1. 11月の空室状況：全体空室率 6.8%（前月比 -0.4pt）\n2. 更新案内の発送は12月第1週に実施\n"
               "3. 鍵の受渡記録は紙から共有フォルダの様式へ移行する\n4. マイナンバーを含む書類は総務の保管庫へ回すこと（再確認）\n"
               "次回：12月18日 10:00〜 2F会議室\n")
        return txt.encode(encoding), False, False

    def template_xlsx(self):
        rows = [["No.", "氏名", "フリガナ", "生年月日", "住所", "電話番号", "メールアドレス", "個人番号（12桁）", "備考"]]
        rows += [[i, "", "", "", "", "", "", "", ""] for i in range(1, 21)]
        return xlsx_bytes([{"title": "様式", "rows": rows}]), False, False

    def rules_txt(self, encoding="utf-8"):
        txt = ("特定個人情報取扱規程（抜粋）\n第5条　個人番号は総務部マイナンバー保管フォルダ以外に保存してはならない。\n"
               "第6条　個人番号を含む書類の電子メール送信は禁止する。\n第7条　保存期間経過後は速やかに削除し、削除記録を残す。\n"
               "第8条　デスクトップ・ダウンロードフォルダへの個人データの保存は禁止する。\n")
        return txt.encode(encoding), False, False

    def keystock_xlsx(self):
        rows = [["鍵番号", "物件", "号室", "本数", "保管場所", "最終棚卸"]]
        for i in range(20):
            b, rm = self.g.room()
            rows.append([f"K-{100 + i * 7}", b, rm, self.r.randint(1, 3), self.r.choice(["キーボックスA", "キーボックスB", "金庫"]), "2025-10-31"])
        return xlsx_bytes([{"title": "鍵在庫", "rows": rows}]), False, False

    def codes_csv(self):
        # 12-digit management codes that fail the My Number check digit; no person anywhere
        rows = [["管理コード", "物件", "設備", "点検日"]]
        for _ in range(15):
            b, _rm = self.g.room()
            rows.append([self.g.bad_twelve(), b, self.r.choice(["給湯器", "エレベーター", "消防設備", "受水槽"]), f"2025-{self.r.randint(1, 11):02d}-15"])
        return csv_bytes(rows, "cp932"), False, False

    def repair_quote_xlsx(self):
        rows = [["工事項目", "数量", "単位", "単価", "金額"]]
        for item in ["外壁塗装", "屋上防水", "鉄部塗装", "足場", "共用廊下長尺シート"]:
            q, u = self.r.randint(10, 900), self.r.randint(800, 6000)
            rows.append([item, q, "㎡", u, q * u])
        return xlsx_bytes([{"title": "見積", "rows": rows}]), False, False

    def checklist_docx(self):
        paras = ["□ 退去立会い日時の確定", "□ 鍵の返却本数の確認", "□ 原状回復費用の見積依頼", "□ 敷金精算書の作成", "□ 電気・ガス・水道の停止確認"]
        return docx_bytes("退去時チェックリスト", paras), False, False

    def memo_nopd_txt(self, encoding="utf-8"):
        return ("TODO\n- 浜北店の複合機リース更新\n- 12月の広告出稿（SUUMO/HOME'S）\n- 空室写真の撮り直し 3件\n").encode(encoding), False, False


# --------------------------------------------------------------------------------------------- mail
def enc_header(s: str, charset="utf-8") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode(linesep="\r\n")


def addr(name: str | None, email: str, charset="utf-8") -> str:
    return f"{enc_header(name, charset)} <{email}>" if name else email


def b64lines(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text: str, charset="utf-8") -> str:
    if charset == "iso-2022-jp":
        body = text.replace("\n", "\r\n").encode("iso-2022-jp").decode("ascii")
        return f'Content-Type: text/plain; charset="ISO-2022-JP"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{body}\r\n'
    return f'Content-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64lines(text.encode("utf-8"))}\r\n'


def attach_part(filename: str, ctype: str, data: bytes, style="rfc2231", disposition="attachment") -> str:
    if style == "rfc2231":
        fn = f"filename*=UTF-8''{quote(filename)}"
        nm = f"name*=UTF-8''{quote(filename)}"
    elif style == "encoded-word-jis":
        ew = Header(filename, "iso-2022-jp").encode(maxlinelen=0)
        fn, nm = f'filename="{ew}"', f'name="{ew}"'
    else:  # encoded-word utf-8
        ew = Header(filename, "utf-8").encode(maxlinelen=0)
        fn, nm = f'filename="{ew}"', f'name="{ew}"'
    return (f"Content-Type: {ctype}; {nm}\r\nContent-Disposition: {disposition}; {fn}\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{b64lines(data)}\r\n")


def mail(headers: list[tuple[str, str]], parts: list[str] | None, boundary: str, single: str | None = None) -> bytes:
    h = "".join(f"{k}: {v}\r\n" for k, v in headers) + "MIME-Version: 1.0\r\n"
    if single is not None:
        return (h + single).encode("ascii")
    body = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\nThis is a multi-part message in MIME format.\r\n'
    for p in parts:
        body += f"\r\n--{boundary}\r\n{p}"
    body += f"\r\n--{boundary}--\r\n"
    return (h + body).encode("ascii")


def mdate(days_ago: int, hour=10) -> str:
    import email.utils
    d = CONTENT_REF - dt.timedelta(days=days_ago)
    return email.utils.format_datetime(d.replace(hour=hour, minute=17))


# --------------------------------------------------------------------------------------------- drive plan
class Plan:
    def __init__(self):
        self.files = []      # dict(path, data, mode, age, pd, mn, eml, unenc)
        self.dirmodes = {}

    def add(self, path, built, mode=0o640, age=None, eml=False, unenc=False, pd=None, mn=None):
        data, bpd, bmn = built
        self.files.append({"path": path, "data": data, "mode": mode, "age": age, "eml": eml, "unenc": unenc,
                           "pd": bpd if pd is None else pd, "mn": bmn if mn is None else mn})

    def dirmode(self, path, mode):
        self.dirmodes[path] = mode


def build_plan(g: Gen) -> Plan:
    C = Content(g)
    r = g.r
    P = Plan()
    A = P.add
    EXP = lambda: r.randint(1900, 3300)          # past retention (1825) by >= 75 days
    NEW = lambda: r.randint(2, 1500)             # well inside retention

    # ---------------- shared: 賃貸管理
    A("共有/賃貸管理/入居者/入居者一覧_2025年11月.csv", C.tenants_csv(30, "cp932"), age=NEW())
    A("共有/賃貸管理/入居者/入居者一覧（最新版）.xlsx", (xlsx_bytes([{"title": "入居者", "rows": [["氏名", "物件", "電話"]] + [[p["name"], g.room()[0], p["mobile"]] for p in [g.person() for _ in range(20)]]}]), True, False), age=NEW())
    A("共有/賃貸管理/入居者/入居者一覧 - コピー.csv", C.tenants_csv(28, "utf-8-sig"), mode=0o644, age=NEW())
    A("共有/賃貸管理/入居者/緊急連絡先一覧.csv", C.emergency_csv(18), age=NEW())
    A("共有/賃貸管理/入居者/退去者/2018年度_退去者一覧.csv", C.tenants_csv(22, "cp932"), age=EXP())
    A("共有/賃貸管理/入居者/退去者/2024年度_退去者一覧.csv", C.tenants_csv(15, "cp932"), age=NEW())
    A("共有/賃貸管理/保証人/連帯保証人リスト.xlsx", C.guarantors_xlsx(24), age=NEW())
    A("共有/賃貸管理/保証人/コピー ～ 連帯保証人リスト.xlsx", C.guarantors_xlsx(20), mode=0o664, age=EXP())
    A("共有/賃貸管理/レントロール/rentroll_20251031.csv", C.rentroll_named_csv(40), age=NEW())
    A("共有/賃貸管理/レントロール/家主報告用_レントロール_2025-10.csv", C.rentroll_anon_csv(), mode=0o644, age=NEW())
    A("共有/賃貸管理/レントロール/RENTROLL_201906.CSV", C.rentroll_named_csv(35), age=EXP())
    A("共有/賃貸管理/レントロール/家主一覧_振込先.xlsx", C.owners_xlsx(14), age=NEW())
    A("共有/賃貸管理/鍵管理/鍵受渡記録_2025.xlsx", C.keylog_xlsx(20), age=NEW())
    A("共有/賃貸管理/鍵管理/鍵受渡記録_旧.txt", C.keylog_txt(14), mode=0o666, age=EXP())
    A("共有/賃貸管理/鍵管理/鍵在庫一覧.xlsx", C.keystock_xlsx(), mode=0o666, age=NEW())
    A("共有/賃貸管理/申込書/2025/入居申込書_サンハイツ浜松203.docx", C.application_docx(), age=NEW())
    A("共有/賃貸管理/申込書/2025/入居申込書_グランメゾン佐鳴台101(1).docx", C.application_docx(), age=NEW())
    A("共有/賃貸管理/申込書/2025/入居申込書_様式.xlsx", C.template_xlsx(), mode=0o644, age=NEW())
    A("共有/賃貸管理/申込書/2019/入居申込書_コーポ高林105.docx", C.application_docx(), age=EXP())
    A("共有/賃貸管理/申込書/2019/入居申込書_ハイツ見付302.docx", C.application_docx(), mode=0o644, age=EXP())
    A("共有/賃貸管理/退去時チェックリスト.docx", C.checklist_docx(), mode=0o666, age=EXP())
    A("共有/賃貸管理/会議/議事録_賃貸管理部_20251118.txt", C.minutes_txt(), mode=0o644, age=NEW())
    # project folder with its own Downloads
    A("共有/賃貸管理/プロジェクト/サンハイツ浜松_大規模修繕/見積_外壁塗装.xlsx", C.repair_quote_xlsx(), age=NEW())
    A("共有/賃貸管理/プロジェクト/サンハイツ浜松_大規模修繕/Downloads/入居者説明会_出欠.csv", C.tenants_csv(12, "utf-8"), age=NEW())
    A("共有/賃貸管理/プロジェクト/サンハイツ浜松_大規模修繕/Downloads/工程表_v3.xlsx", C.repair_quote_xlsx(), age=NEW())
    A("共有/賃貸管理/プロジェクト/サンハイツ浜松_大規模修繕/downloads/業者連絡先_個人携帯.txt", C.phone_memo_txt(), mode=0o644, age=NEW())

    # ---------------- shared: 売買仲介
    A("共有/売買仲介/価格表/価格表_2025年11月.xlsx", C.pricelist_xlsx(), mode=0o644, age=NEW())
    A("共有/売買仲介/価格表/価格表_2017年度.xlsx", C.pricelist_xlsx(), mode=0o644, age=EXP())
    A("共有/売買仲介/物件資料/グランメゾン佐鳴台_物件概要.docx", C.brochure_docx(), mode=0o644, age=NEW())
    A("共有/売買仲介/物件資料/ハイツ見付_販売図面.docx", C.brochure_docx(False), mode=0o644, age=NEW())
    A("共有/売買仲介/物件資料/bukken_gaiyou_corpo_takabayashi.txt", C.brochure_txt(), age=NEW())
    A("共有/売買仲介/顧客/購入希望者リスト.xlsx", C.buyers_xlsx(22), age=NEW())
    A("共有/売買仲介/顧客/購入希望者リスト(1).xlsx", C.buyers_xlsx(20), mode=0o604, age=NEW())
    A("共有/売買仲介/顧客/KOKYAKU_EXPORT.CSV", C.tenants_csv(25, "cp932"), age=EXP())
    A("共有/売買仲介/顧客/内見予定_価格表付き.xlsx", C.pricelist_hidden_customers_xlsx(), age=NEW())

    # ---------------- shared: 総務 / 経理
    A("共有/総務/マイナンバー/2025/扶養控除等申告書_令和7年.xlsx", C.fuyo_xlsx(14), age=NEW())
    A("共有/総務/マイナンバー/2025/マイナンバー収集台帳.csv", C.mn_ledger_csv(12), age=NEW())
    A("共有/総務/マイナンバー/2024/扶養控除等申告書_令和6年.xlsx", C.fuyo_xlsx(13, fmt="space"), mode=0o644, age=NEW())
    A("共有/総務/マイナンバー/2018/扶養控除等申告書_平成30年.xlsx", C.fuyo_xlsx(11), age=EXP())
    A("共有/総務/マイナンバー/家主_不動産使用料支払調書用.xlsx", C.owners_xlsx(8, with_mn=True), age=NEW())
    A("共有/総務/マイナンバー_旧/扶養控除等申告書_令和5年.xlsx", C.fuyo_xlsx(12, fmt="hyphen"), age=NEW())
    A("共有/総務/マイナンバー_旧/収集台帳_old.csv", C.mn_ledger_csv(9, "cp932"), age=NEW())
    A("共有/総務/給与/扶養控除等申告書_令和7年_提出用コピー.xlsx", C.fuyo_xlsx(14), age=NEW())
    A("共有/総務/給与/扶養控除申告_番号なし版.xlsx", C.fuyo_xlsx(14, with_mn=False), age=NEW())
    A("共有/総務/給与/振込照合_2025-11.csv", C.payslip_csv_with_bad_numbers(12), age=NEW())
    A("共有/総務/社員名簿/社員名簿_2025年4月.xlsx", C.staff_xlsx(24), age=NEW())
    A("共有/総務/社員名簿/社員名簿_2025年4月 - コピー.xlsx", C.staff_xlsx(24), mode=0o646, age=NEW())
    A("共有/総務/規程/特定個人情報取扱規程.txt", C.rules_txt(), mode=0o644, age=EXP())
    A("共有/総務/規程/マイナンバー提出書類_様式.xlsx", C.template_xlsx(), mode=0o644, age=NEW())
    A("共有/総務/デスクトップPC管理/PC台帳_2025.xlsx", C.pc_inventory_xlsx(), age=NEW())
    A("共有/経理/マイナンバー保管/源泉徴収票_令和6年分.csv", C.gensen_csv(16), age=NEW())
    A("共有/経理/マイナンバー保管/支払調書/報酬支払調書_令和6年.csv", C.gensen_csv(6, "utf-8", fmt="hyphen"), age=NEW())
    A("共有/経理/源泉徴収/源泉徴収簿_令和6年.csv", C.gensen_csv(16), age=NEW())
    A("共有/経理/源泉徴収/源泉徴収簿_平成29年.csv", C.gensen_csv(12), age=EXP())
    A("共有/経理/源泉徴収/設備管理コード一覧.csv", C.codes_csv(), mode=0o644, age=EXP())

    # ---------------- shared: scratch areas with open folders
    P.dirmode("共有/スキャン", 0o777)
    A("共有/スキャン/SCAN_20251105_0931.txt", C.memo_nopd_txt(), mode=0o666, age=NEW())
    A("共有/スキャン/物件チラシ_OCR.txt", C.brochure_txt(), mode=0o666, age=NEW())
    A("共有/スキャン/入居申込書_OCR_20251110.txt", C.phone_memo_txt("cp932"), age=NEW())
    P.dirmode("共有/一時保存", 0o1777)
    A("共有/一時保存/渡辺さんへ_緊急連絡先.csv", C.emergency_csv(8, "utf-8"), age=NEW())
    A("共有/一時保存/空室一覧.csv", C.vacancy_csv(), mode=0o666, age=NEW())
    A("共有/広報/2016_会社案内.docx", C.brochure_docx(), mode=0o644, age=EXP())
    A("共有/広報/空室情報_12月号.txt", C.brochure_txt("cp932"), mode=0o644, age=NEW())
    A("共有/アーカイブ/2017/入居者台帳_2017.xlsx", C.guarantors_xlsx(18), age=EXP())
    A("共有/アーカイブ/2017/空室一覧_2017.csv", C.vacancy_csv(), age=EXP())

    # ---------------- home folders
    A("home/sato/Desktop/入居者一覧.xlsx", C.guarantors_xlsx(15), age=NEW())
    A("home/sato/Desktop/物件チラシ_ルミエール葵.docx", C.brochure_docx(), age=NEW())
    A("home/sato/Desktop/作業中/2025/申込書_スキャン分/入居申込書_葵西.docx", C.application_docx(), age=NEW())
    A("home/sato/ドキュメント/メモ.txt", C.memo_nopd_txt(), age=NEW())
    A("home/suzuki/DESKTOP/鍵受渡_ﾒﾓ.txt", C.keylog_txt(8), mode=0o644, age=NEW())
    A("home/suzuki/DESKTOP/空室一覧(最新版).csv", C.vacancy_csv("cp932"), mode=0o666, age=NEW())
    A("home/suzuki/ドキュメント/退去立会い予定.xlsx", C.keylog_xlsx(10), age=NEW())
    A("home/takahashi/Downloads/customers_export_20251101.csv", C.tenants_csv(40, "utf-8"), age=NEW())
    A("home/takahashi/Downloads/価格表_2025年11月 (1).xlsx", C.pricelist_xlsx(), age=NEW())
    A("home/takahashi/Downloads/old/顧客リスト_2018.csv", C.tenants_csv(20, "cp932"), age=EXP())
    A("home/takahashi/ドキュメント/内見メモ.txt", C.phone_memo_txt(), age=NEW())
    A("home/tanaka/デスクトップ/扶養控除_確認用.xlsx", C.fuyo_xlsx(6), age=NEW())
    A("home/tanaka/デスクトップ/規程改定案.txt", C.rules_txt(), age=NEW())
    A("home/tanaka/ドキュメント/社員名簿_抜粋.xlsx", C.staff_xlsx(8), age=NEW())
    A("home/ito/ダウンロード/源泉徴収票_e-Tax用.csv", C.gensen_csv(10, "cp932", fmt="fullwidth"), age=NEW())
    A("home/ito/ダウンロード/振込データ_照合用.csv", C.payslip_csv_with_bad_numbers(8), age=NEW())
    A("home/ito/ドキュメント/源泉徴収_作業メモ.csv", C.gensen_csv(5, "utf-8", fmt="space"), age=NEW())
    A("home/ito/ドキュメント/経費精算_様式.xlsx", C.repair_quote_xlsx(), mode=0o644, age=EXP())
    A("home/watanabe/desktop/鍵受渡記録_現場控え.xlsx", C.keylog_xlsx(12), mode=0o666, age=NEW())
    A("home/watanabe/desktop/点検コード.csv", C.codes_csv(), age=NEW())
    A("home/watanabe/ドキュメント/巡回ルート.txt", C.brochure_txt(), age=NEW())
    A("home/yamamoto/マイナンバー作業/収集台帳_作業中.csv", C.mn_ledger_csv(6), age=NEW())
    A("home/yamamoto/Desktop/Desktop/家主_支払調書用_番号入り.xlsx", C.owners_xlsx(6, with_mn=True), mode=0o644, age=NEW())
    A("home/yamamoto/ドキュメント/マイナンバー取扱研修資料.docx", (docx_bytes("マイナンバー取扱研修", ["個人番号は12桁の数字で、最後の1桁はチェックデジットです。", "番号を含む書類は保管フォルダ以外に置かないでください。"]), False, False), age=NEW())
    A("home/nakamura/Desktop/店長会議/売上報告_2025上期.xlsx", C.repair_quote_xlsx(), age=NEW())
    A("home/nakamura/Desktop/店長会議/重要顧客_連絡先.xlsx", C.buyers_xlsx(10), age=EXP())
    A("home/nakamura/ドキュメント/2019/購入者リスト_2019.xlsx", C.buyers_xlsx(12), mode=0o644, age=EXP())
    A("home/kobayashi/ドキュメント/Desktop_old/入居者一覧_コピー.csv", C.tenants_csv(10, "utf-8"), age=NEW())
    A("home/kobayashi/ドキュメント/議事録_20251020.txt", C.minutes_txt(), age=NEW())

    # ---------------- mail
    seq = [0]

    def B():
        seq[0] += 1
        return f"----=_NextPart_{g.seed:03d}_{seq[0]:04d}_ENSHU"

    def mid(tag):
        return f"<{tag}.{g.seed}.{r.randint(10**8, 10**9)}@{DOMAIN}>"

    def staff(sn_romaji):
        for sn in SURNAMES:
            if sn[2] == sn_romaji:
                return f"{sn[0]} {r.choice(GIVEN)[0]}", f"{sn_romaji}@{DOMAIN}"
        raise KeyError(sn_romaji)

    # E1: unencrypted CP932 CSV of tenants to the management company's partner
    s = staff("sato")
    cust = g.person()
    data, _, _ = C.tenants_csv(18, "cp932")
    body = f"{cust['name']}様\n\nいつもお世話になっております。\n入居者一覧を送付いたします。ご確認ください。\n\n{COMPANY}\n{s[0]}\n"
    A("home/sato/メール/RE_ 入居者一覧のご送付.eml", (mail([("From", addr(s[0], s[1])), ("To", addr(cust["name"], cust["email"])),
        ("Subject", enc_header("RE: 入居者一覧のご送付")), ("Date", mdate(40)), ("Message-ID", mid("e1"))],
        [text_part(body), attach_part("入居者一覧_サンハイツ浜松.csv", "text/csv", data, "encoded-word-jis")], B()), True, False),
      age=40, eml=True, unenc=True)

    # E2: forwarded mail (message/rfc822) whose inner message carries guarantors xlsx; saved on Desktop
    s2 = staff("suzuki")
    s1 = staff("sato")
    gx, _, _ = C.guarantors_xlsx(12)
    inner = mail([("From", addr(s1[0], s1[1])), ("To", addr(s2[0], s2[1])), ("Subject", enc_header("保証人リスト")),
                  ("Date", mdate(20)), ("Message-ID", mid("e2i"))],
                 [text_part("保証人リストです。\n"), attach_part("連帯保証人リスト_2025.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", gx)], B())
    fw = (f'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="fw.eml"\r\n\r\n'
          + inner.decode("ascii") + "\r\n")
    A("home/suzuki/Desktop/FW_ 保証人リスト.eml", (mail([("From", addr(s2[0], s2[1])), ("To", addr(None, f"kanri@{DOMAIN}")),
        ("Subject", enc_header("FW: 保証人リスト")), ("Date", mdate(19)), ("Message-ID", mid("e2"))],
        [text_part("転送します。\n", "iso-2022-jp"), fw], B()), True, False), age=19, eml=True, unenc=True)

    # E3: PPAP – encrypted ZIP with an application form (clean)
    cust = g.person()
    app, _, _ = C.application_docx()
    z = make_zip([("入居申込書.docx", app)], password=b"Enshu#7421", rng=r)
    A("共有/メール保存/2025/【送付】入居申込書一式.eml", (mail([("From", addr(s1[0], s1[1])), ("To", addr(None, "shinsa@hosho.example.co.jp")),
        ("Subject", enc_header("【送付】入居申込書一式", "iso-2022-jp")), ("Date", mdate(15)), ("Message-ID", mid("e3"))],
        [text_part("保証会社ご担当者様\n\n申込書一式をお送りします。パスワードは別途お送りします。\n", "iso-2022-jp"),
         attach_part("申込書一式_20251105.zip", "application/zip", z, "encoded-word-jis")], B()), True, False),
      age=15, eml=True, unenc=False)
    # E4: the password mail (customer-facing headers, no attachment)
    A("共有/メール保存/2025/【パスワード】申込書一式.eml", (mail([("From", addr(s1[0], s1[1])), ("To", addr(None, "shinsa@hosho.example.co.jp")),
        ("Subject", enc_header("【パスワード】入居申込書一式", "iso-2022-jp")), ("Date", mdate(15, 11)), ("Message-ID", mid("e4"))], None, B(),
        single=text_part(f"先ほどお送りしたファイルのパスワードです。\nEnshu#7421\n\n{COMPANY} {s1[0]}\n", "iso-2022-jp")), True, False),
      age=15, eml=True, unenc=False)

    # E5: unencrypted ZIP (CP932 member names, as Windows writes them) with a customer CSV
    s3 = staff("takahashi")
    cx, _, _ = C.tenants_csv(20, "cp932")
    z = make_zip([("顧客リスト/顧客一覧_売買.csv", cx), ("顧客リスト/readme.txt", "売買顧客".encode("cp932"))], name_encoding="cp932")
    A("home/takahashi/メール/顧客リスト送付.eml", (mail([("From", addr(s3[0], s3[1])), ("To", addr(None, "info@partner-fudosan.example.jp")),
        ("Subject", enc_header("顧客リスト送付（共同仲介）")), ("Date", mdate(33)), ("Message-ID", mid("e5"))],
        [text_part("共同仲介の件、顧客リストを圧縮して送ります。\n"), attach_part("kokyaku_list.zip", "application/x-zip-compressed", z, "plain")], B()), True, False),
      age=33, eml=True, unenc=True)

    # E6: 源泉徴収 xlsx with My Numbers, unencrypted, to the tax accountant
    s4 = staff("ito")
    fx, _, _ = C.fuyo_xlsx(10)
    A("home/ito/メール/源泉徴収関係書類の送付.eml", (mail([("From", addr(s4[0], s4[1])), ("To", addr("税理士法人 遠州会計", "office@enshu-kaikei.example.jp")),
        ("Subject", enc_header("源泉徴収関係書類の送付")), ("Date", mdate(60)), ("Message-ID", mid("e6"))],
        [text_part("先生\n\n年末調整の資料をお送りします。\n"), attach_part("扶養控除等申告書_全社員.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fx, "encoded-word-utf8")], B()), True, True),
      age=60, eml=True, unenc=True)

    # E7: whole message S/MIME enveloped (clean)
    s5 = staff("tanaka")
    blob = bytes([0x30, 0x82, 0x0B, 0x5A, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03]) + bytes(r.randrange(256) for _ in range(2900))
    single = ('Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n'
              'Content-Disposition: attachment; filename="smime.p7m"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64lines(blob) + "\r\n")
    A("home/tanaka/メール/社会保険_資格取得届.eml", (mail([("From", addr(s5[0], s5[1])), ("To", addr(None, f"sharoushi@sr-office.example.jp")),
        ("Subject", enc_header("社会保険 資格取得届（暗号化）")), ("Date", mdate(25)), ("Message-ID", mid("e7"))], None, B(), single=single), True, False),
      age=25, eml=True, unenc=False)

    # E8: trap – role-addressed mail with a price list, on a DESKTOP
    px, _, _ = C.pricelist_xlsx()
    A("home/nakamura/DESKTOP/価格表送付_11月.eml", (mail([("From", addr("遠州ホームサービス 売買仲介部", f"baibai@{DOMAIN}")),
        ("To", addr("全店", f"all-shops@{DOMAIN}")), ("Subject", enc_header("11月価格表")), ("Date", mdate(12)), ("Message-ID", mid("e8"))],
        [text_part("各店御中\n\n11月の価格表を送付します。\n"), attach_part("価格表_2025年11月.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", px)], B()), False, False),
      mode=0o644, age=12, eml=True, unenc=False)

    # E9: old mail with a rent roll attachment (expired)
    rr, _, _ = C.rentroll_named_csv(25)
    A("共有/メール保存/2019/家主様_レントロール送付.eml", (mail([("From", addr(s1[0], s1[1])), ("To", addr(None, "owner-kato@example.ne.jp")),
        ("Subject", enc_header("レントロール送付", "iso-2022-jp")), ("Date", mdate(2400)), ("Message-ID", mid("e9"))],
        [text_part("加藤様\n\n今月のレントロールです。\n", "iso-2022-jp"), attach_part("rentroll_201906.csv", "application/octet-stream", rr)], B()), True, False),
      age=2400, eml=True, unenc=True)

    # E10: personal data in the body only (no attachment)
    s6 = staff("watanabe")
    lines = "\n".join(f"{p['name']}様 {p['mobile']} {g.room()[0]}" for p in [g.person() for _ in range(5)])
    A("home/watanabe/メール/本日の鍵受渡予定.eml", (mail([("From", addr(s6[0], s6[1])), ("To", addr(s2[0], s2[1])),
        ("Subject", enc_header("本日の鍵受渡予定")), ("Date", mdate(5)), ("Message-ID", mid("e10"))], None, B(),
        single=text_part(f"本日の予定です。\n{lines}\n")), True, False), age=5, eml=True, unenc=False)

    # E11: forward of a PPAP mail (inner encrypted ZIP) – clean
    app2, _, _ = C.application_docx()
    z2 = make_zip([("申込書_パークサイド和合.docx", app2), ("本人確認書類.txt", "運転免許証 写し（別紙）".encode("utf-8"))], password=b"wago-2025", rng=r)
    inner = mail([("From", addr(s1[0], s1[1])), ("To", addr(None, "shinsa@hosho.example.co.jp")), ("Subject", enc_header("申込書（パークサイド和合）")),
                  ("Date", mdate(9)), ("Message-ID", mid("e11i"))],
                 [text_part("パスワードは別送します。\n"), attach_part("moushikomi.zip", "application/zip", z2)], B())
    fw = 'Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n' + inner.decode("ascii") + "\r\n"
    A("home/sato/メール/FW_ FW_ 申込書（パークサイド和合）.eml", (mail([("From", addr(s1[0], s1[1])), ("To", addr(s2[0], s2[1])),
        ("Subject", enc_header("FW: FW: 申込書（パークサイド和合）")), ("Date", mdate(8)), ("Message-ID", mid("e11"))],
        [text_part("参考まで転送します。\n"), fw], B()), True, False), age=8, eml=True, unenc=False)

    # E12: inline-disposition docx attachment, saved in ダウンロード
    s7 = staff("yamamoto")
    ap3, _, _ = C.application_docx()
    A("home/yamamoto/ダウンロード/Fwd_入居申込書.eml", (mail([("From", addr(s1[0], s1[1])), ("To", addr(s7[0], s7[1])),
        ("Subject", enc_header("Fwd: 入居申込書")), ("Date", mdate(30)), ("Message-ID", mid("e12"))],
        [text_part("確認お願いします。\n"), attach_part("入居申込書_ベルツリー上島.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ap3, "rfc2231", "inline")], B()), True, False),
      age=30, eml=True, unenc=True)

    # E13: trap – newsletter with a brochure, world-readable and old
    bd, _, _ = C.brochure_docx()
    A("共有/広報/メルマガ_2018年春.eml", (mail([("From", addr("遠州ホームサービス 広報", f"koho@{DOMAIN}")), ("To", addr("全社員", f"all@{DOMAIN}")),
        ("Subject", enc_header("春の入居キャンペーン")), ("Date", mdate(2700)), ("Message-ID", mid("e13"))],
        [text_part("春の入居キャンペーンのチラシです。\n"), attach_part("キャンペーンチラシ.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bd)], B()), False, False),
      mode=0o644, age=2700, eml=True, unenc=False)

    # E14: text body + S/MIME part as an attachment (clean)
    blob2 = bytes([0x30, 0x82, 0x07, 0x1E, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03]) + bytes(r.randrange(256) for _ in range(1800))
    smime_part = ('Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n'
                  'Content-Disposition: attachment; filename="smime.p7m"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64lines(blob2) + "\r\n")
    A("home/suzuki/メール/家主様口座情報の件.eml", (mail([("From", addr(s2[0], s2[1])), ("To", addr(None, f"keiri@{DOMAIN}")),
        ("Subject", enc_header("家主様口座情報の件")), ("Date", mdate(11)), ("Message-ID", mid("e14"))],
        [text_part("暗号化して送ります。\n"), smime_part], B()), True, False), age=11, eml=True, unenc=False)

    # folders meant as traps / open shares: a world-readable-but-not-writable folder is fine by the rules
    P.dirmode("共有/広報", 0o755)
    return P


# --------------------------------------------------------------------------------------------- truth
PORTABLE = {"desktop", "downloads", "デスクトップ", "ダウンロード"}


def rules_for(f, dirmode, policy):
    out = []
    path = f["path"]
    folders = path.split("/")[:-1]
    if f["pd"]:
        if any(p.lower() in PORTABLE for p in folders):
            out.append("portable_device")
        if f["mode"] & 0o004:
            out.append("world_readable")
        if (f["mode"] & 0o002) or (dirmode & 0o002):
            out.append("world_writable")
        if f["age"] > policy["retention_days"]:
            out.append("retention_expired")
        if f["eml"] and f["unenc"]:
            out.append("unencrypted_attachment")
    if f["mn"] and not any(path.startswith(a.rstrip("/") + "/") for a in policy["my_number_areas"]):
        out.append("my_number_outside_area")
    return out


# --------------------------------------------------------------------------------------------- incidents
def incidents():
    org = {"name": COMPANY}
    inc = {}
    inc["2024-11-usb-memory-lost.yaml"] = ({
        "title": "入居者一覧を保存したUSBメモリの紛失", "discovered_on": "2024-11-12", "occurred_on": "2024-11-11",
        "organisation": org, "cause": "loss", "medium": "usb", "data_items": ["氏名", "住所", "電話番号"], "people": 214,
        "encryption": "none", "discovered_by": "賃貸管理部",
        "measures_taken": ["社内・立ち寄り先の捜索", "警察への遺失届"],
        "prevention_done": ["USBメモリの使用を申請制にし、暗号化USBのみ貸与", "持ち出し記録簿の運用開始"],
        "police": "浜松中央警察署に遺失届（受理番号あり）"}, True)
    inc["2025-02-fax-misdelivery.yaml"] = ({
        "title": "入居申込書のFAX誤送信", "discovered_on": "2025-02-03", "organisation": org, "cause": "misdelivery_post",
        "medium": "paper", "data_items": [{"type": "PERSON"}, {"type": "ADDRESS"}, {"type": "DATE_OF_BIRTH"}, "勤務先", "年収"],
        "people": 2, "event": "leak", "certainty": "confirmed",
        "measures_taken": ["誤送信先に連絡し廃棄を依頼、廃棄確認書を受領"],
        "prevention_planned": ["FAX送信時の宛先ダブルチェック様式を導入する（2025年4月予定）", "保証会社への送付をWeb申込に切替える"]}, True)
    inc["2025-05-cc-mail.yaml"] = ({
        "title": "オーナー向け一斉メールのCC誤送信", "discovered_on": "2025-05-19", "organisation": org, "cause": "misdelivery_email",
        "email_exposure": "to_cc", "medium": "email", "data_items": ["メールアドレス", "氏名"], "people": 63,
        "event": "leak", "certainty": "confirmed", "contact_details": "held",
        "measures_taken": ["受信者全員に削除依頼メールを送信", "お詫び状の送付"],
        "description": "家主様向けの修繕積立のお知らせをTOに全員入れて送信した。"}, False)
    inc["2025-07-ransomware-nas.yaml"] = ({
        "title": "本店NASのランサムウェア感染", "discovered_on": "2025-07-08", "organisation": org, "cause": "ransomware",
        "medium": "server", "data_items": ["氏名", "住所", "電話番号", "生年月日", {"type": "BANK_ACCOUNT"}],
        "people": {"min": 800, "max": 3400}, "certainty": "possible",
        "evidence": {"backup": "complete", "access_logs": "unavailable"},
        "description": "共有フォルダのファイルが暗号化された。バックアップから復旧済み。"}, False)
    inc["2025-09-bag-theft.yaml"] = ({
        "title": "社用車からの鞄盗難（鍵受渡記録・申込書控え）", "discovered_on": "2025-09-14", "organisation": org, "cause": "theft",
        "medium": "paper", "data_items": ["氏名", "電話番号", "住所"], "people": 17, "event": "loss", "certainty": "confirmed",
        "measures_taken": ["警察へ被害届"], "prevention_done": [], "prevention_planned": None,
        "police": "浜松東警察署に被害届"}, False)
    inc["2025-10-web-form.yaml"] = ({
        "title": "問い合わせフォームの設定誤りによる閲覧可能状態", "discovered_on": "2025-10-02", "organisation": org,
        "cause": "misconfiguration", "medium": "web", "data_items": ["氏名", "メールアドレス", "電話番号"], "people": 41,
        "certainty": "possible", "evidence": {"access_logs": "no_outside_access"},
        "measures_taken": ["公開設定を修正"], "prevention_done": ["設定変更時のレビュー手順を制定"],
        "prevention_planned": ["委託先のWeb制作会社と年1回の設定点検契約を結ぶ"]}, True)
    return inc


def incident_text(name, facts):
    body = yaml_dump(facts)
    if name not in ("2025-02-fax-misdelivery.yaml", "2025-10-web-form.yaml"):
        body = re.sub(r": '(\d{4}-\d{2}-\d{2})'$", r": \1", body, flags=re.M)   # hand-written style: bare dates
    if name == "2025-07-ransomware-nas.yaml":
        body = "# 再発防止策は次回の役員会で検討する（未記入）\n" + body
    return body


def yaml_dump(d):
    import yaml
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False, default_flow_style=False)


# --------------------------------------------------------------------------------------------- database
DB_SQL_ROLES = ["app", "dba", "chintai_ro", "branch_naka", "branch_hamana", "u_sato", "u_suzuki", "u_watanabe", "u_kato",
                "hr", "hr_admin", "u_tanaka", "u_yamamoto", "keiri", "baibai", "u_takahashi", "u_nakamura", "report", "web"]


def build_db(url: str, g: Gen):
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url
    u = make_url(url)
    admin = sa.create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        if not c.execute(sa.text("select 1 from pg_database where datname=:d"), {"d": u.database}).scalar():
            c.execute(sa.text(f'create database "{u.database}"'))
    admin.dispose()
    eng = sa.create_engine(u, isolation_level="AUTOCOMMIT")
    R = lambda n: ROLE_PREFIX + n
    r = g.r
    with eng.connect() as c:
        x = lambda s, p=None: c.execute(sa.text(s), p or {})
        for sch in ("chintai", "hr", "baibai"):
            x(f"drop schema if exists {sch} cascade")
        for t in ("properties", "key_handover"):
            x(f"drop table if exists public.{t} cascade")
        existing = [row[0] for row in x("select rolname from pg_roles where rolname like :p", {"p": ROLE_PREFIX.replace("_", r"\_") + "%"})]
        for role in existing:
            x(f'drop owned by "{role}" cascade')
        for role in existing:
            x(f'drop role "{role}"')
        for n in DB_SQL_ROLES:
            extra = " SUPERUSER" if n == "dba" else ""
            login = " LOGIN" if n.startswith("u_") or n in ("app", "web", "report") else " NOLOGIN"
            x(f'create role "{R(n)}"{login}{extra}')
        # memberships: a reader role granted to branch roles, which are granted to users
        for member, group in [("branch_naka", "chintai_ro"), ("branch_hamana", "chintai_ro"),
                              ("u_sato", "branch_naka"), ("u_suzuki", "branch_naka"), ("u_watanabe", "branch_hamana"), ("u_kato", "branch_hamana"),
                              ("u_tanaka", "hr"), ("u_yamamoto", "hr"),
                              ("u_takahashi", "baibai"), ("u_nakamura", "baibai"), ("u_sato", "baibai"), ("u_kato", "baibai")]:
            x(f'grant "{R(group)}" to "{R(member)}"')
        for sch in ("chintai", "hr", "baibai"):
            x(f"create schema {sch}")
        x("grant usage on schema chintai to public")
        x("grant usage on schema baibai to public")
        x(f'grant usage on schema hr to "{R("hr")}", "{R("hr_admin")}", "{R("keiri")}", "{R("report")}", "{R("u_tanaka")}"')

        x("""create table public.properties (id serial primary key, name text, address text, structure text, built_year int,
             units int, nearest_station text)""")
        x("""create table chintai.tenants (id serial primary key, name text, name_kana text, birth_date date, phone text, email text,
             address text, building text, room text, moved_in date)""")
        x("""create table chintai.guarantors (id serial primary key, tenant_id int references chintai.tenants(id), full_name text,
             kana text, birth_date date, address text, mobile text, employer text, annual_income_man int)""")
        x("""create table chintai.rent_roll (id serial primary key, building text, room text, layout text, rent int, common_fee int,
             status text, contract_start date)""")
        x("""create table chintai.owners (id serial primary key, owner_name text, address text, phone text, bank text, branch text,
             account_no text)""")
        x("""create table hr.employees (id serial primary key, employee_no text, name text, birth_date date, address text, phone text,
             department text)""")
        x("""create table hr.my_numbers (employee_no text primary key, my_number char(12), collected_on date)""")
        x("""create table hr.dependents (id serial primary key, employee_no text, dep_name text, relation text, birth_date date)""")
        x("""create table baibai.inquiries (id serial primary key, received_on date, customer_name text, phone text, email text,
             budget_man int, area text)""")
        x("""create table baibai.listings (id serial primary key, building text, kind text, area_m2 int, price_man int, status text)""")
        x("""create table public.key_handover (id serial primary key, handed_on date, building text, room text, key_no text,
             receiver_name text, receiver_phone text)""")

        for b in BUILDINGS:
            x("insert into public.properties (name,address,structure,built_year,units,nearest_station) values (:a,:b,:c,:d,:e,:f)",
              {"a": b, "b": "静岡県浜松市中央区", "c": r.choice(["RC", "S", "W"]), "d": r.randint(1985, 2022), "e": r.randint(8, 60), "f": "遠州鉄道 八幡駅"})
            x("insert into baibai.listings (building,kind,area_m2,price_man,status) values (:a,:b,:c,:d,:e)",
              {"a": b, "b": r.choice(["中古マンション", "土地", "戸建"]), "c": r.randint(55, 260), "d": r.randint(10, 65) * 100, "e": "販売中"})
        for i in range(40):
            p = g.person()
            b, rm = g.room()
            x("insert into chintai.tenants (name,name_kana,birth_date,phone,email,address,building,room,moved_in) values (:a,:b,:c,:d,:e,:f,:g,:h,:i)",
              {"a": p["name"], "b": p["kana"], "c": p["birth"], "d": p["mobile"], "e": p["email"], "f": p["addr"], "g": b, "h": rm,
               "i": dt.date(2015 + r.randint(0, 10), r.randint(1, 12), 1)})
            gp = g.person(min_age=40)
            x("insert into chintai.guarantors (tenant_id,full_name,kana,birth_date,address,mobile,employer,annual_income_man) values (:a,:b,:c,:d,:e,:f,:g,:h)",
              {"a": i + 1, "b": gp["name"], "c": gp["kana"], "d": gp["birth"], "e": gp["addr"], "f": gp["mobile"], "g": "自営業", "h": r.randint(250, 900)})
            x("insert into chintai.rent_roll (building,room,layout,rent,common_fee,status,contract_start) values (:a,:b,:c,:d,:e,:f,:g)",
              {"a": b, "b": rm, "c": r.choice(["1K", "1LDK", "2DK"]), "d": r.randint(40, 90) * 1000, "e": 3000, "f": "入居中", "g": dt.date(2020, 4, 1)})
            x("insert into public.key_handover (handed_on,building,room,key_no,receiver_name,receiver_phone) values (:a,:b,:c,:d,:e,:f)",
              {"a": dt.date(2025, r.randint(1, 11), r.randint(1, 28)), "b": b, "c": rm, "d": f"K-{r.randint(100, 999)}", "e": p["name"], "f": p["mobile"]})
        for i in range(15):
            p = g.person(min_age=45)
            x("insert into chintai.owners (owner_name,address,phone,bank,branch,account_no) values (:a,:b,:c,:d,:e,:f)",
              {"a": p["name"], "b": p["addr"], "c": p["phone"], "d": "静岡銀行", "e": "浜松駅前", "f": str(r.randint(1000000, 9999999))})
        for i in range(25):
            p = g.person(min_age=22, max_age=64)
            en = f"E{1001 + i}"
            x("insert into hr.employees (employee_no,name,birth_date,address,phone,department) values (:a,:b,:c,:d,:e,:f)",
              {"a": en, "b": p["name"], "c": p["birth"], "d": p["addr"], "e": p["mobile"], "f": r.choice(["賃貸管理部", "売買仲介部", "総務部"])})
            x("insert into hr.my_numbers values (:a,:b,:c)", {"a": en, "b": g.my_number(), "c": dt.date(2025, 1, 10)})
            if r.random() < 0.6:
                d = g.person(adult=False)
                x("insert into hr.dependents (employee_no,dep_name,relation,birth_date) values (:a,:b,:c,:d)",
                  {"a": en, "b": f'{p["sn"][0]} {d["gn"][0]}', "c": "子", "d": d["birth"]})
        for i in range(30):
            p = g.person(min_age=25)
            x("insert into baibai.inquiries (received_on,customer_name,phone,email,budget_man,area) values (:a,:b,:c,:d,:e,:f)",
              {"a": dt.date(2025, r.randint(1, 11), r.randint(1, 28)), "b": p["name"], "c": p["mobile"], "d": p["email"],
               "e": r.randint(18, 60) * 100, "f": r.choice(["中央区", "浜名区", "磐田市"])})

        x("""create view chintai.v_tenant_contacts as select t.building, t.room, t.name, t.phone, t.email from chintai.tenants t""")
        x("""create view chintai.v_vacancy as select building, room, layout, rent from chintai.rent_roll where status <> '入居中'""")
        x("""create materialized view chintai.mv_owner_payments as select o.owner_name, o.bank, o.branch, o.account_no,
             sum(r.rent) as rent_total from chintai.owners o cross join chintai.rent_roll r group by 1,2,3,4""")
        x("""create view hr.v_headcount as select department, count(*) as n from hr.employees group by department""")

        # owners
        x(f'alter table hr.my_numbers owner to "{R("hr_admin")}"')
        x(f'alter table hr.dependents owner to "{R("hr_admin")}"')
        x(f'alter table hr.employees owner to "{R("hr_admin")}"')
        x(f'grant usage on schema hr to "{R("hr_admin")}"')

        # grants
        x("grant select on public.properties to public")                                            # trap
        x("grant select on chintai.tenants to public")                                              # public
        x(f'grant select on chintai.tenants to "{R("chintai_ro")}"')                                 # and wide
        x(f'grant select on chintai.guarantors to "{R("chintai_ro")}"')                              # wide via nested roles
        x(f'grant select, insert, update on chintai.guarantors to "{R("app")}"')
        x("grant select on chintai.rent_roll to public")                                            # trap (no personal columns)
        x(f'grant select on chintai.owners to "{R("keiri")}", "{R("app")}"')                        # clean (2)
        x("grant select on chintai.v_tenant_contacts to public")                                    # public view
        x("grant select on chintai.v_vacancy to public")                                            # trap view
        x("grant select on chintai.mv_owner_payments to public")                                    # public matview
        x(f'grant select on hr.employees to "{R("hr")}"')                                           # clean: hr + 2 members
        x(f'grant select on hr.dependents to "{R("hr_admin")}", "{R("dba")}", "{R("keiri")}", "{R("report")}", "{R("u_tanaka")}"')  # owner+su not counted -> 3
        x(f'grant select on hr.v_headcount to "{R("hr")}", "{R("keiri")}", "{R("report")}", "{R("web")}", "{R("app")}"')  # trap: wide, no personal columns
        x(f'grant select on baibai.inquiries to "{R("baibai")}", "{R("web")}", "{R("report")}", "{R("app")}"')  # wide: 4 direct
        x(f'grant insert on baibai.inquiries to "{R("web")}"')
        x("grant select on baibai.listings to public")                                             # trap
        x(f'grant select on baibai.listings to "{R("web")}", "{R("report")}", "{R("app")}", "{R("baibai")}"')
        x(f'grant select (building, room, key_no, receiver_name, receiver_phone) on public.key_handover to public')  # column grant
        x(f'grant select on public.key_handover to "{R("app")}"')
    eng.dispose()

    problems = [("db_public_read", "db:chintai.tenants"), ("db_wide_read", "db:chintai.tenants"),
                ("db_wide_read", "db:chintai.guarantors"), ("db_public_read", "db:chintai.v_tenant_contacts"),
                ("db_public_read", "db:chintai.mv_owner_payments"), ("db_wide_read", "db:baibai.inquiries"),
                ("db_public_read", "db:public.key_handover")]
    clean = ["db:chintai.owners", "db:hr.employees", "db:hr.my_numbers", "db:hr.dependents"]
    nopd = ["db:public.properties", "db:chintai.rent_roll", "db:chintai.v_vacancy", "db:hr.v_headcount", "db:baibai.listings"]
    return problems, clean, nopd


# --------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--db-url")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    g = Gen(a.seed)
    plan = build_plan(g)

    drive = os.path.join(out, "drive")
    if os.path.exists(drive):
        for root, dirs, _files in os.walk(drive):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o750)
        shutil.rmtree(drive)
    for sub in ("incidents",):
        if os.path.exists(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
    os.makedirs(drive, exist_ok=True)

    now = time.time()
    seen = set()
    for f in plan.files:
        assert f["path"] not in seen, f["path"]
        seen.add(f["path"])
        full = os.path.join(drive, *f["path"].split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(f["data"])
    # folder modes: every folder 0o750 unless planned otherwise
    all_dirs = set()
    for f in plan.files:
        parts = f["path"].split("/")[:-1]
        for i in range(1, len(parts) + 1):
            all_dirs.add("/".join(parts[:i]))
    for f in plan.files:
        full = os.path.join(drive, *f["path"].split("/"))
        os.chmod(full, f["mode"])
        t = now - f["age"] * 86400 - (hash_int(f["path"]) % 36000)
        os.utime(full, (t, t))
    for d in sorted(all_dirs, key=lambda s: -s.count("/")):
        os.chmod(os.path.join(drive, *d.split("/")), plan.dirmodes.get(d, 0o750))
    os.chmod(drive, 0o750)

    with open(os.path.join(out, "policy.json"), "w", encoding="utf-8") as fh:
        json.dump(POLICY, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    problems, clean, nopd = [], [], []
    for f in plan.files:
        dmode = plan.dirmodes.get(f["path"].rsplit("/", 1)[0], 0o750)
        rules = rules_for(f, dmode, POLICY)
        asset = "drive/" + f["path"]
        if rules:
            problems += [{"rule": rl, "asset": asset} for rl in rules]
        elif f["pd"]:
            clean.append(asset)
        else:
            nopd.append(asset)

    os.makedirs(os.path.join(out, "incidents"), exist_ok=True)
    for name, (facts, has_prev) in incidents().items():
        with open(os.path.join(out, "incidents", name), "w", encoding="utf-8") as fh:
            fh.write(incident_text(name, facts))
        if has_prev:
            clean.append(f"incident:{name}")
        else:
            problems.append({"rule": "incident_no_prevention", "asset": f"incident:{name}"})

    if a.db_url:
        dp, dc, dn = build_db(a.db_url, g)
        problems += [{"rule": rl, "asset": asset} for rl, asset in dp]
        clean += dc
        nopd += dn

    truth = {"problems": problems, "clean": clean, "no_personal_data": nopd}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    assets = {p["asset"] for p in problems} | set(clean) | set(nopd)
    print(f"assets: {len(assets)}  problems: {len(problems)}  (problem assets {len({p['asset'] for p in problems})}, "
          f"clean {len(clean)}, no_personal_data {len(nopd)})")


def hash_int(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


if __name__ == "__main__":
    main()
