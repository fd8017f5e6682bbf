"""Each evidence rule fires on the file with its problem and on nothing clean or without personal data."""

from __future__ import annotations

from pathlib import Path

from mamori.controls.answers import Policy
from mamori.controls.evidence import evaluate
from mamori.controls.inventory import IncidentRecord, ScannedAsset, incident_from_file
from tests.controls.drive import CLEAN, NO_PERSONAL_DATA, POLICY

Scanned = tuple[Path, dict[str, str], list[ScannedAsset]]
POLICY_ = Policy(POLICY["retention_days"], tuple(POLICY["my_number_areas"]), POLICY["max_table_readers"])  # type: ignore[arg-type]


def test_each_file_rule_fires_on_its_problem(scanned: Scanned) -> None:
    _, problems, assets = scanned
    found = {(c.rule, c.asset) for c in evaluate(assets, [], POLICY_)}
    for rule, asset in problems.items():
        assert (rule, asset) in found, rule


def test_clean_files_and_files_without_personal_data_raise_nothing(scanned: Scanned) -> None:
    _, _, assets = scanned
    flagged = {c.asset for c in evaluate(assets, [], POLICY_)}
    assert flagged.isdisjoint(CLEAN + NO_PERSONAL_DATA)


def test_findings_name_assets_with_masked_previews_only(scanned: Scanned) -> None:
    _, _, assets = scanned
    for c in evaluate(assets, [], POLICY_):
        assert "090-1234-5678" not in c.preview + c.detail
        assert "123456789018" not in c.preview + c.detail


def test_an_incident_without_prevention_is_flagged(tmp_path: Path) -> None:
    bare = tmp_path / "2026-03-usb.yaml"
    bare.write_text("title: USB紛失\nprevention_done: []\n", encoding="utf-8")
    done = tmp_path / "2026-05-mail.yaml"
    done.write_text("title: 誤送信\nprevention_planned: [送信前の確認]\n", encoding="utf-8")
    incidents: list[IncidentRecord] = [incident_from_file(bare), incident_from_file(done)]
    assert [c.asset for c in evaluate([], incidents, Policy())] == ["incident:2026-03-usb.yaml"]
