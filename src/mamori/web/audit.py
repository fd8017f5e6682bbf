"""Every action written to the ledger's audit log (who, what, when) and to the server log, with
targets that name records by id or path, never a personal value."""

from __future__ import annotations

import logging

from mamori.ledger import Ledger

log = logging.getLogger("mamori.web")


def audit(ledger: Ledger, actor: str, action: str, target: str = "") -> None:
    ledger.audit.record(actor, action, target)
    log.info("%s %s %s", actor, action, target)
