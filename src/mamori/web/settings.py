"""How a dashboard runs: which ledger, how long a login lasts, when logins are refused."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WebSettings:
    ledger_url: str | None = None
    # Secure cookies are sent over HTTPS only: set when a TLS proxy stands in front of the server.
    secure_cookies: bool = False
    session_hours: int = 8
    # After this many failed logins for a name or from a client within the window, logins are refused
    # until the window has passed: slow enough to stop guessing, short enough not to lock a user out long.
    max_failures: int = 5
    failure_window_minutes: int = 15
    # Scans started from the browser share the machine with the server: one worker process by default.
    scan_workers: int = 1
