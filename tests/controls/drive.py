"""A small company drive with one known problem per evidence rule, and clean twins of each file."""

from __future__ import annotations

import os
import time
from email.message import EmailMessage
from pathlib import Path

CUSTOMERS = (
    "氏名,電話番号,住所\n"
    "山田太郎,090-1234-5678,東京都千代田区千代田1-1\n"
    "佐藤花子,080-2345-6789,大阪府大阪市北区梅田1-1\n"
)
MY_NUMBER_NOTE = "個人番号 123456789018 山田太郎\n"
MINUTES = "来週の会議は本社で行います。\n"
OLD_DAYS = 4000


def _write(root: Path, relative: str, data: str | bytes, mode: int = 0o640, age_days: int = 10) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    os.chmod(path, mode)
    when = time.time() - age_days * 86_400
    os.utime(path, (when, when))


def _mail(attachment: bytes, maintype: str, subtype: str, name: str) -> bytes:
    message = EmailMessage()
    message["From"] = "sales@example.co.jp"
    message["To"] = "partner@example.co.jp"
    message["Subject"] = "資料送付"
    message.set_content("資料を添付します。")
    message.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def problem_drive(root: Path) -> dict[str, str]:
    """Write the drive; returns rule → the asset name (`drive/…`) that has that problem."""
    _write(root, "home/sato/Desktop/顧客リスト.csv", CUSTOMERS)
    _write(root, "共有/営業/公開顧客.csv", CUSTOMERS, mode=0o644)
    _write(root, "共有/営業/上書き可.csv", CUSTOMERS, mode=0o646)
    _write(root, "共有/人事/番号メモ.txt", MY_NUMBER_NOTE)
    _write(root, "共有/営業/旧顧客.csv", CUSTOMERS, age_days=OLD_DAYS)
    _write(root, "共有/営業/送付.eml", _mail(CUSTOMERS.encode("utf-8"), "text", "csv", "顧客.csv"))
    _write(root, "共有/総務/マイナンバー/番号.txt", MY_NUMBER_NOTE)
    _write(root, "共有/営業/顧客一覧.csv", CUSTOMERS)
    _write(root, "home/sato/Desktop/議事録.txt", MINUTES, mode=0o666, age_days=OLD_DAYS)
    _write(
        root, "共有/営業/暗号化.eml", _mail(b"0\x82\x01\x00signed", "application", "pkcs7-mime", "smime.p7m")
    )
    for folder in (root, *[p for p in root.rglob("*") if p.is_dir()]):
        os.chmod(folder, 0o750)
    return {
        "portable_device": "drive/home/sato/Desktop/顧客リスト.csv",
        "world_readable": "drive/共有/営業/公開顧客.csv",
        "world_writable": "drive/共有/営業/上書き可.csv",
        "my_number_outside_area": "drive/共有/人事/番号メモ.txt",
        "retention_expired": "drive/共有/営業/旧顧客.csv",
        "unencrypted_attachment": "drive/共有/営業/送付.eml",
    }


CLEAN = ("drive/共有/総務/マイナンバー/番号.txt", "drive/共有/営業/顧客一覧.csv")
NO_PERSONAL_DATA = ("drive/home/sato/Desktop/議事録.txt",)
POLICY = {"retention_days": 1095, "my_number_areas": ["共有/総務/マイナンバー"], "max_table_readers": 2}
