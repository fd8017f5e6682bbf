"""A self-assessment's answers and the organisation's settings the evidence rules read.

An answers file (YAML or JSON) looks like this; every key but `answers` may be left out:

    answerer: 山田（総務部）
    date: 2026-12-01
    small_business: true
    retention_days: 1095
    my_number_areas: [共有/総務/マイナンバー]
    max_table_readers: 3
    answers:
      basic_policy: yes
      access_control: {answer: partial, note: 共有フォルダの権限は未確認, owner: 情報システム部}

A policy file (`--policy`) holds only the three settings. Every error is a `AnswersError` in Japanese.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

import yaml

from mamori.controls.measures import measures

Choice = Literal["yes", "partial", "no", "na"]
CHOICES: dict[str, Choice] = {
    "yes": "yes",
    "y": "yes",
    "はい": "yes",
    "実施": "yes",
    "実施済み": "yes",
    "partial": "partial",
    "p": "partial",
    "一部": "partial",
    "no": "no",
    "n": "no",
    "いいえ": "no",
    "未実施": "no",
    "na": "na",
    "n/a": "na",
    "-": "na",
    "該当なし": "na",
}
CHOICE_JA: dict[Choice, str] = {"yes": "実施済み", "partial": "一部実施", "no": "未実施", "na": "該当なし"}
DEFAULT_RETENTION_DAYS = 365 * 5
DEFAULT_MAX_TABLE_READERS = 3
SETTING_KEYS = ("retention_days", "my_number_areas", "max_table_readers")
_TOP_KEYS = frozenset({"answerer", "date", "small_business", "answers", *SETTING_KEYS})


class AnswersError(ValueError):
    """An answers or policy file that cannot be used; the message is Japanese and names the file and key."""


@dataclass(frozen=True)
class Policy:
    """The organisation's own settings: how long files are kept, where My Numbers belong (folders
    relative to a scanned folder, or absolute), how many roles may read a table with personal data."""

    retention_days: int = DEFAULT_RETENTION_DAYS
    my_number_areas: tuple[str, ...] = ()
    max_table_readers: int = DEFAULT_MAX_TABLE_READERS

    def to_dict(self) -> dict[str, object]:
        return {
            "retention_days": self.retention_days,
            "my_number_areas": list(self.my_number_areas),
            "max_table_readers": self.max_table_readers,
        }


@dataclass(frozen=True)
class Answer:
    measure_id: str
    choice: Choice
    note: str = ""
    owner: str = ""

    def to_dict(self) -> dict[str, str]:
        out: dict[str, str] = {"answer": self.choice}
        if self.note:
            out["note"] = self.note
        if self.owner:
            out["owner"] = self.owner
        return out


@dataclass(frozen=True)
class AnswerSheet:
    answerer: str
    answered_on: date
    small_business: bool
    policy: Policy
    answers: tuple[Answer, ...] = field(default=())

    def get(self, measure_id: str) -> Answer | None:
        return next((a for a in self.answers if a.measure_id == measure_id), None)

    def to_dict(self) -> dict[str, object]:
        """The answers file this sheet was read from (or would be written as): it reads back equal."""
        return {
            "answerer": self.answerer,
            "date": self.answered_on.isoformat(),
            "small_business": self.small_business,
            **self.policy.to_dict(),
            "answers": {a.measure_id: a.to_dict() for a in self.answers},
        }


def _load_mapping(path: Path) -> dict[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnswersError(f"{path}: ファイルがありません") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswersError(f"{path}: ファイルを読めません（{exc}）") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0]
        raise AnswersError(f"{path}: JSON/YAML として読めません（{first}）") from None
    if not isinstance(data, dict):
        raise AnswersError(f"{path}: 最上位は「キー: 値」の形（マッピング）で書いてください")
    return {str(k): v for k, v in data.items()}


def _positive_int(where: str, key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AnswersError(f"{where}: {key} は0以上の整数で指定してください（値: {value!r}）")
    return value


def policy_from_mapping(where: str, data: dict[str, object], base: Policy | None = None) -> Policy:
    """The settings in `data` over `base` (defaults when None)."""
    policy = base or Policy()
    if "retention_days" in data:
        policy = replace(
            policy, retention_days=_positive_int(where, "retention_days", data["retention_days"])
        )
    if "max_table_readers" in data:
        readers = _positive_int(where, "max_table_readers", data["max_table_readers"])
        policy = replace(policy, max_table_readers=readers)
    if "my_number_areas" in data:
        areas = data["my_number_areas"]
        if isinstance(areas, str):
            areas = [areas]
        if not isinstance(areas, list) or not all(isinstance(a, str) and a.strip() for a in areas):
            raise AnswersError(f"{where}: my_number_areas はフォルダ名の一覧で指定してください")
        policy = replace(policy, my_number_areas=tuple(a.strip().strip("/") for a in areas))
    return policy


def load_policy(path: Path, base: Policy | None = None) -> Policy:
    """A policy file: JSON or YAML with only the settings (unknown keys refused, to catch typos)."""
    data = _load_mapping(path)
    unknown = sorted(set(data) - set(SETTING_KEYS))
    if unknown:
        raise AnswersError(f"{path}: 不明なキー {', '.join(unknown)}（使えるのは {', '.join(SETTING_KEYS)}）")
    return policy_from_mapping(str(path), data, base)


def parse_choice(value: object) -> Choice | None:
    """An answer as written (`yes`, `はい`, `一部`, YAML's true/false …); None if it is none of them."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if not isinstance(value, str):
        return None
    return CHOICES.get(value.strip().lower())


def _answer(where: str, measure_id: str, raw: object) -> Answer:
    note = owner = ""
    if isinstance(raw, dict):
        note, owner = str(raw.get("note") or ""), str(raw.get("owner") or "")
        raw = raw.get("answer")
    choice = parse_choice(raw)
    if choice is None:
        raise AnswersError(
            f"{where}: answers.{measure_id} の回答 {raw!r} を解釈できません"
            "（yes/partial/no/na、または はい/一部/いいえ/該当なし）"
        )
    return Answer(measure_id, choice, note, owner)


def _answered_on(where: str, value: object) -> date:
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise AnswersError(f"{where}: date は 2026-12-01 の形で指定してください（値: {value!r}）") from None


def sheet_from_mapping(where: str, data: dict[str, object], answerer: str | None = None) -> AnswerSheet:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise AnswersError(
            f"{where}: 不明なキー {', '.join(unknown)}（使えるのは {', '.join(sorted(_TOP_KEYS))}）"
        )
    raw_answers = data.get("answers") or {}
    if not isinstance(raw_answers, dict):
        raise AnswersError(f"{where}: answers は「措置のID: 回答」の形で書いてください")
    known = {m.id for m in measures()}
    strange = sorted(str(k) for k in raw_answers if str(k) not in known)
    if strange:
        raise AnswersError(
            f"{where}: answers に不明な措置 {', '.join(strange)} があります（mamori check --list で一覧）"
        )
    order = [m.id for m in measures()]
    answers = tuple(
        _answer(where, str(k), v)
        for k, v in sorted(raw_answers.items(), key=lambda kv: order.index(str(kv[0])))
    )
    small = data.get("small_business", False)
    if not isinstance(small, bool):
        raise AnswersError(f"{where}: small_business は true か false で指定してください")
    return AnswerSheet(
        answerer=answerer or str(data.get("answerer") or "").strip() or "（未記入）",
        answered_on=_answered_on(where, data.get("date")),
        small_business=small,
        policy=policy_from_mapping(where, data),
        answers=answers,
    )


def load_answers(path: Path, answerer: str | None = None) -> AnswerSheet:
    """Read an answers file; `answerer` given on the command line wins over the file's."""
    return sheet_from_mapping(str(path), _load_mapping(path), answerer)
