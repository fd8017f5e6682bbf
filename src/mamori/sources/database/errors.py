"""Errors of the database source, each with a message in Japanese that names the object concerned."""

from __future__ import annotations


class DatabaseSourceError(Exception):
    """Something in a database could not be read. `str()` is the Japanese message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseUnavailableError(DatabaseSourceError):
    """The database cannot be used at all: bad URL, wrong password, unreachable host, missing file."""


class ObjectReadError(DatabaseSourceError):
    """One table, view or column could not be read; the scan goes on with the next one."""


def first_line(exc: BaseException) -> str:
    """The driver's own message, first line only, without SQLAlchemy's SQL echo and background link."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
