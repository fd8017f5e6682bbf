"""Persons in a mailbox as a privacy officer counts them: one per correspondent, however many messages,
quoted copies, HTML bodies, surnames alone and mailing lists the box holds."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

OWNER = "松田 誠 <m.matsuda@midori-fudosan.co.jp>"
OWNER_SIGNATURE = (
    "━━━━━━━━━━━━━━━━━━━━\nみどり不動産株式会社\n営業部　松田 誠\n"
    "TEL 03-3261-0201（代表）\nE-mail m.matsuda@midori-fudosan.co.jp\n━━━━━━━━━━━━━━━━━━━━\n"
)


def _message(sender: str, to: str, body: str, *, html: bool = False, cc: str = "") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = "Re: 物件のお問い合わせ"
    if html:
        lines = "".join(
            f"{line}<br>\n" for line in body.replace("<", "&lt;").replace(">", "&gt;").split("\n")
        )
        message.set_content(f"<html><body><div>\n{lines}</div></body></html>\n", subtype="html")
    else:
        message.set_content(body)
    return message


def _people(tmp_path: Path, ledger: Ledger, *messages: EmailMessage) -> int:
    path = tmp_path / "INBOX.mbox"
    box = mailbox.mbox(str(path))
    for message in messages:
        box.add(message)
    box.flush()
    summary = run_scan([str(path)], ledger, ScanOptions(workers=1))
    return summary.people


def _html_reply(customer_romaji: str, address: str, customer: str, phone: str) -> EmailMessage:
    return _message(
        f"{customer_romaji} <{address}>",
        OWNER,
        f"松田様\n\n土曜日の午前で内見をお願いします。\n{customer}\n携帯 {phone}\n\n"
        f"2023/07/12 17:43 松田 誠 <m.matsuda@midori-fudosan.co.jp>:\n"
        + "".join(
            f"> {line}\n"
            for line in f"{customer} 様\n\n内見のご案内をいたします。\n{OWNER_SIGNATURE}".split("\n")
        ),
        html=True,
    )


def test_an_html_reply_signed_in_kanji_is_its_romaji_sender(tmp_path: Path, ledger: Ledger) -> None:
    people = _people(
        tmp_path,
        ledger,
        _message(
            OWNER, "f.nomura1986@nifty.com", f"野村 文子 様\n\n内見のご案内をいたします。\n{OWNER_SIGNATURE}"
        ),
        _html_reply("Fumiko Nomura", "f.nomura1986@nifty.com", "野村文子", "070-2234-5436"),
        _html_reply("Tetsuya Fujii", "fujii.tetsuya38@biglobe.ne.jp", "藤井 哲也", "090-9099-6099"),
    )
    # the agent and two customers: the name quoted under the attribution line is not the reply's writer
    assert people == 3


def test_a_phone_quoted_alone_in_a_later_message_is_its_owners(tmp_path: Path, ledger: Ledger) -> None:
    asked = _message(
        "藤井 哲也 <fujii.tetsuya38@biglobe.ne.jp>",
        OWNER,
        "内見の日程を相談させてください。\n--\n藤井 哲也\n携帯 090-9099-6099\n",
    )
    answered = _message(
        OWNER,
        "fujii.tetsuya38@biglobe.ne.jp",
        f"藤井様\n\n承知しました。\n{OWNER_SIGNATURE}\n"
        "> 内見の日程を相談させてください。\n> 携帯 090-9099-6099\n",
    )
    assert _people(tmp_path, ledger, answered, asked) == 2


def test_a_surname_alone_in_from_is_not_the_full_name_in_cc(tmp_path: Path, ledger: Ledger) -> None:
    people = _people(
        tmp_path,
        ledger,
        _message(
            "伊藤 <k.ito60@nifty.com>",
            "y.sakai@sakura-sogo-law.jp",
            "酒井先生\n\nご連絡ありがとうございます。\n伊藤圭\n携帯 080-1425-2233\n",
            cc="伊藤 亮 <r.ito@gmail.com>",
        ),
        _message(
            "Shizuka Hayashi <hayashis@gmail.com>",
            "y.sakai@sakura-sogo-law.jp",
            "酒井先生\n\n印鑑証明書は来週お送りします。\n\n林より\n",
        ),
    )
    # 伊藤 圭, 伊藤 亮, 林 静香 and the lawyer they write to; 「酒井先生」 is who is written to, not who signs
    assert people == 4


def test_mailing_lists_and_mail_magazines_are_no_one(tmp_path: Path, ledger: Ledger) -> None:
    people = _people(
        tmp_path,
        ledger,
        _message(
            "bengo-ml-request@lists.legal-net.jp",
            "y.sakai@sakura-sogo-law.jp",
            "今月の勉強会のお知らせです。\n",
        ),
        _message("mag@legal-info.example.jp", "y.sakai@sakura-sogo-law.jp", "法律情報メルマガ 第12号\n"),
    )
    # only the subscriber they are sent to
    assert people == 1


def test_a_surname_that_two_correspondents_share_names_one_of_them(tmp_path: Path, ledger: Ledger) -> None:
    people = _people(
        tmp_path,
        ledger,
        _message(
            "小山 正人 <masato.koyama@outlook.jp>",
            "y.sakai@sakura-sogo-law.jp",
            "よろしくお願いします。\n--\n小山 正人\n",
        ),
        _message(
            "小山 隆 <t.koyama@gmail.com>",
            "y.sakai@sakura-sogo-law.jp",
            "よろしくお願いします。\n--\n小山 隆\n",
        ),
        _message(
            "杉山 光男 <m.sugiyama@aoba-law.jp>", "y.sakai@sakura-sogo-law.jp", "小山様の件、承知しました。\n"
        ),
    )
    # the two 小山, 杉山 and the lawyer written to: 「小山様」 is one of the two, not a third
    assert people == 4
