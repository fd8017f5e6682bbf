"""People sketches kept under the mamori home: no other local user may read them or list them."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from mamori.scan.sketches import load_sketch, save_sketch


@pytest.mark.usefixtures("usual_umask")
def test_the_first_sketch_makes_a_private_home(tmp_path: Path) -> None:
    home = tmp_path / ".mamori"
    save_sketch("ab" * 32, b"sketch", home)
    assert load_sketch("ab" * 32, home) == b"sketch"
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "people").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "people" / "ab").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "people" / "ab" / f"{'ab' * 32}.bin").stat().st_mode) == 0o600
