"""What every request shares: the open ledger, the settings, the scans running in the background."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from mamori.ledger import Ledger
from mamori.web.scan_facts import ScanFactsCache
from mamori.web.scan_jobs import ScanJobs
from mamori.web.settings import WebSettings


@dataclass(frozen=True)
class AppState:
    ledger: Ledger
    settings: WebSettings
    jobs: ScanJobs
    scan_facts: ScanFactsCache


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.mamori
    return state
