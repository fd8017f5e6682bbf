"""Fixtures every test folder may use."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common umask 022, under which a file made without care is readable by every local user;
    a stricter umask on the test machine would hide exactly the files these tests look for."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
