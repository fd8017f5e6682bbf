from __future__ import annotations

from pathlib import Path

import pytest

from mamori.mask import Masker, default_policy
from mamori.mask.policy import Policy

KEY = b"k" * 32
OTHER_KEY = b"o" * 32


@pytest.fixture(autouse=True)
def mamori_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("MAMORI_HOME", str(home))
    return home


def masker(policy: Policy | None = None, key: bytes = KEY) -> Masker:
    return Masker(policy or default_policy(), key=key)
