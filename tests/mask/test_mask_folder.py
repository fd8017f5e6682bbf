"""`mamori mask DIR -o OUTDIR`: every maskable file masked into the same tree; other formats listed,
never copied; a refused file named and the run marked incomplete."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app

runner = CliRunner()


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    root = tmp_path / "共有"
    (root / "営業" / "2024").mkdir(parents=True)
    (root / "営業" / "顧客.csv").write_text("氏名,電話\n山田 太郎,090-1234-5678\n", encoding="utf-8")
    (root / "営業" / "2024" / "memo.txt").write_text("担当 佐藤花子 080-2222-3333\n", encoding="utf-8")
    (root / "営業" / "scan.pdf").write_bytes(b"%PDF-1.4 not masked here")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    return root


def test_a_folder_is_masked_into_the_same_tree(share: Path, tmp_path: Path) -> None:
    out = tmp_path / "masked"
    result = runner.invoke(app, ["mask", str(share), "-o", str(out)])
    assert result.exit_code == 0, result.output
    csv = (out / "営業" / "顧客.csv").read_text(encoding="utf-8")
    memo = (out / "営業" / "2024" / "memo.txt").read_text(encoding="utf-8")
    assert "090-1234-5678" not in csv and "山田 太郎" not in csv
    assert "080-2222-3333" not in memo and "佐藤花子" not in memo
    assert not (out / "営業" / "scan.pdf").exists()  # listed, never copied
    assert "scan.pdf" in result.output
    assert not (out / ".git").exists()


def test_a_masked_tree_is_not_overwritten_without_force(share: Path, tmp_path: Path) -> None:
    out = tmp_path / "masked"
    assert runner.invoke(app, ["mask", str(share), "-o", str(out)]).exit_code == 0
    again = runner.invoke(app, ["mask", str(share), "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    assert runner.invoke(app, ["mask", str(share), "-o", str(out), "--force"]).exit_code == 0


def test_output_inside_the_input_folder_is_refused(share: Path) -> None:
    result = runner.invoke(app, ["mask", str(share), "-o", str(share / "masked")])
    assert result.exit_code == 2 and "入力フォルダの中" in result.output


def test_folder_mode_refuses_a_vault(share: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["mask", str(share), "-o", str(tmp_path / "m"), "--vault", str(tmp_path / "v")]
    )
    assert result.exit_code == 2
