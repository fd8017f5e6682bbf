"""A pytest plugin (loaded by `-p tests.stale_native` in pyproject.toml): refuse stale compiled modules."""

from __future__ import annotations

from pathlib import Path

import pytest

_SRC = Path(__file__).resolve().parents[1] / "src"


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test stale compiled modules: an extension module built by `make native` is imported
    in place of its .py file, so after an edit the tests would run the old code."""
    stale = []
    for built in _SRC.rglob("*.so"):
        source = built.with_name(built.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(str(source.relative_to(_SRC)))
    if stale:
        raise pytest.UsageError(
            f"compiled modules are older than {', '.join(sorted(stale))}: run `make native` (or `make test`)"
        )
