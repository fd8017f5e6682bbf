from __future__ import annotations

import csv
import fcntl
import io
import os
import random
import stat
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app

PHONE = "090-1234-5678"
MY_NUMBER = "123456789018"
runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "home")


@pytest.fixture
def memo(tmp_path: Path) -> Path:
    path = tmp_path / "memo.txt"
    path.write_text(f"電話 {PHONE}\nマイナンバー {MY_NUMBER}\n", encoding="utf-8")
    return path


def test_output_equal_to_input_is_refused(memo: Path) -> None:
    before = memo.read_bytes()
    code, out = run("mask", memo, "-o", memo)
    assert code == 2 and "入力と同じ" in out
    assert memo.read_bytes() == before


def test_existing_output_needs_force(memo: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    code, out = run("mask", memo, "-o", target)
    assert code == 2 and "--force" in out and target.read_text(encoding="utf-8") == "keep me"
    code, _ = run("mask", memo, "-o", target, "--force")
    assert code == 0 and PHONE not in target.read_text(encoding="utf-8")


def test_a_killed_runs_temporary_files_are_removed_by_the_next_run(memo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    an_hour_ago = time.time() - 3600
    killed = tmp_path / ".out.txt.k1lled_0.mamori-tmp.txt"
    live = tmp_path / ".out.txt.running0.mamori-tmp.txt"
    just_made = tmp_path / ".out.txt.justmade.mamori-tmp.txt"
    another_output = tmp_path / ".memo.txt.k1lled_0.mamori-tmp.txt"
    user_file = tmp_path / ".out.txt.k1lled_0.mamori-tmp.txt.bak"
    for path in (killed, live, just_made, another_output, user_file):
        path.write_text(f"電話 {PHONE}\n", encoding="utf-8")
        if path is not just_made:
            os.utime(path, (an_hour_ago, an_hour_ago))
    with live.open("rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # a mask still running for the same output
        code, output = run("mask", memo, "-o", out)
    assert code == 0, output
    assert not killed.exists()
    assert live.exists() and just_made.exists() and another_output.exists() and user_file.exists()
    assert PHONE not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["broken.xlsx", "broken.docx"])
def test_corrupt_office_file_fails_cleanly(tmp_path: Path, name: str) -> None:
    src = tmp_path / name
    src.write_bytes(b"PK\x03\x04 not really a zip")
    code, out = run("mask", src, "-o", tmp_path / f"out{src.suffix}")
    assert code == 2 and name in out
    assert leftovers(tmp_path) == [name]


def test_password_protected_file_is_named_as_such(tmp_path: Path) -> None:
    src = tmp_path / "secret.xlsx"
    src.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    code, out = run("mask", src, "-o", tmp_path / "out.xlsx")
    assert code == 2 and "パスワード" in out
    assert leftovers(tmp_path) == ["secret.xlsx"]


def test_vault_round_trip_except_my_number(
    memo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_VAULT_PASSPHRASE", "correct horse")
    vault, masked, restored = tmp_path / "v.vault", tmp_path / "masked.txt", tmp_path / "restored.txt"
    code, out = run("mask", memo, "-o", masked, "--vault", vault)
    assert code == 0 and "番号法" in out
    text = masked.read_text(encoding="utf-8")
    assert "<電話番号_1>" in text and PHONE not in text and MY_NUMBER not in text
    assert stat.S_IMODE(vault.stat().st_mode) == 0o600
    assert PHONE.encode() not in vault.read_bytes()
    code, _ = run("unmask", masked, "-o", restored, "--vault", vault)
    assert code == 0
    back = restored.read_text(encoding="utf-8")
    assert PHONE in back and MY_NUMBER not in back and "■■■" in back


def test_vault_numbers_are_stable_across_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_VAULT_PASSPHRASE", "pw")
    vault = tmp_path / "v.vault"
    for i, content in enumerate((f"{PHONE}", f"03-1234-5678 と {PHONE}")):
        src = tmp_path / f"in{i}.txt"
        src.write_text(f"電話 {content}\n", encoding="utf-8")
        assert run("mask", src, "-o", tmp_path / f"out{i}.txt", "--vault", vault)[0] == 0
    assert (tmp_path / "out1.txt").read_text(encoding="utf-8") == "電話 <電話番号_2> と <電話番号_1>\n"


def test_vault_with_wrong_passphrase_is_refused(
    memo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, masked = tmp_path / "v.vault", tmp_path / "masked.txt"
    monkeypatch.setenv("MAMORI_VAULT_PASSPHRASE", "right")
    assert run("mask", memo, "-o", masked, "--vault", vault)[0] == 0
    monkeypatch.setenv("MAMORI_VAULT_PASSPHRASE", "wrong")
    code, out = run("unmask", masked, "-o", tmp_path / "restored.txt", "--vault", vault)
    assert code == 2 and "パスフレーズが違う" in out
    assert not (tmp_path / "restored.txt").exists()


def test_pseudonymised_mode_writes_a_record_and_removes_card_numbers(tmp_path: Path) -> None:
    src, dst = tmp_path / "orders.csv", tmp_path / "out.csv"
    src.write_text(f"電話,カード番号\n{PHONE},4111 1111 1111 1111\n", encoding="utf-8")
    code, out = run("mask", src, "-o", dst, "--mode", "pseudonymised", "--operator", "CREDIT_CARD=partial")
    assert code == 0, out
    masked = dst.read_text(encoding="utf-8")
    assert "1111" not in masked and PHONE not in masked
    record = (tmp_path / "out.csv.仮名加工記録.md").read_text(encoding="utf-8")
    assert "規則31条" in record and "削除情報等" in record
    assert "クレジットカード番号: partial → redact" in record
    assert PHONE not in record


def test_pseudonymised_mode_refuses_a_vault(memo: Path, tmp_path: Path) -> None:
    code, out = run(
        "mask", memo, "-o", tmp_path / "o.txt", "--mode", "pseudonymised", "--vault", tmp_path / "v"
    )
    assert code == 2 and "対応表" in out


def _people(n: int) -> str:
    rng = random.Random(7)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["会員ID", "年齢", "性別", "郵便番号", "購入額"])
    for i in range(n):
        postal = f"{rng.choice(['160', '530', '060'])}-{rng.randrange(10000):04d}"
        writer.writerow(
            [f"M{i:05d}", rng.randrange(18, 90), rng.choice("男女"), postal, rng.randrange(100, 9000)]
        )
    return buffer.getvalue()


def test_anonymised_mode_reaches_k_and_reports_it(tmp_path: Path) -> None:
    src, dst = tmp_path / "members.csv", tmp_path / "anon.csv"
    src.write_text(_people(300), encoding="utf-8")
    code, out = run(
        "mask",
        src,
        "-o",
        dst,
        "--mode",
        "anonymised",
        "--quasi",
        "年齢",
        "--quasi",
        "性別",
        "--quasi",
        "郵便番号",
        "--k",
        "5",
        "--operator",
        "会員ID=redact",
    )
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(dst.read_text(encoding="utf-8"))))
    groups: dict[tuple[str, str, str], int] = {}
    for row in rows:
        key = (row["年齢"], row["性別"], row["郵便番号"])
        groups[key] = groups.get(key, 0) + 1
    assert min(groups.values()) >= 5
    assert len(rows) >= 300 * 0.95
    assert all(row["会員ID"] == "■■■" for row in rows)
    record = (tmp_path / "anon.csv.匿名加工記録.md").read_text(encoding="utf-8")
    assert "達成した k" in record and "規則34条" in record and "法43条3項" in record


def test_anonymised_mode_fails_when_k_cannot_be_met(tmp_path: Path) -> None:
    src, dst = tmp_path / "few.csv", tmp_path / "anon.csv"
    src.write_text("年齢,性別\n30,男\n41,女\n", encoding="utf-8")
    code, out = run("mask", src, "-o", dst, "--mode", "anonymised", "--quasi", "年齢", "--k", "5")
    assert code == 2 and "k=5" in out and not dst.exists()


def test_anonymised_mode_empties_a_member_code_that_would_link_back(tmp_path: Path) -> None:
    src, dst = tmp_path / "members.csv", tmp_path / "anon.csv"
    rows = "".join(f"M{1000 + i},{30 + i % 5},{i * 7 % 100}\n" for i in range(40))
    src.write_text("会員番号,年齢,購入数\n" + rows, encoding="utf-8")
    code, out = run("mask", src, "-o", dst, "--mode", "anonymised", "--quasi", "年齢", "--k", "5")
    assert code == 0, out
    written = list(csv.DictReader(io.StringIO(dst.read_text(encoding="utf-8"))))
    assert written and all(row["会員番号"] == "" for row in written)
    assert {row["購入数"] for row in written} != {""}  # a quantity is not a code, even when it varies
    record = (tmp_path / "anon.csv.匿名加工記録.md").read_text(encoding="utf-8")
    assert "元の記録と連結できる列を空にしました（規則34条3号）: 会員番号" in record


def test_the_run_that_creates_the_key_says_where_it_is_and_to_back_it_up(memo: Path, tmp_path: Path) -> None:
    first = run("mask", memo, "-o", tmp_path / "a.txt")
    second = run("mask", memo, "-o", tmp_path / "b.txt")
    assert first[0] == second[0] == 0
    assert "秘密鍵を作成しました" in first[1] and "バックアップ" in first[1]
    assert "秘密鍵を作成しました" not in second[1]
