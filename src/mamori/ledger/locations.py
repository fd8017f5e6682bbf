"""Asset locations as stored: no user name, password or token may reach the ledger."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SECRET_PARAMS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "pass",
        "secret",
        "token",
        "access_token",
        "apikey",
        "api_key",
        "key",
        "sig",
    }
)


def _clean_query(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in SECRET_PARAMS]
    return query if len(kept) == len(pairs) else urlencode(kept)


def without_credentials(location: str) -> str:
    """`postgresql://app:pw@db/crm#table=x` → `postgresql://db/crm#table=x`; plain paths pass unchanged."""
    parts = urlsplit(location)
    if not parts.scheme or (parts.scheme == "file" and "@" not in parts.netloc and not parts.query):
        return location
    netloc = parts.netloc.rpartition("@")[2]
    cleaned = urlunsplit((parts.scheme, netloc, parts.path, _clean_query(parts.query), parts.fragment))
    if not netloc and location.startswith(f"{parts.scheme}://"):
        # urlunsplit drops an empty host: keep `sqlite:///path` as the user wrote it, not `sqlite:/path`.
        cleaned = f"{parts.scheme}://{cleaned[len(parts.scheme) + 1 :]}"
    return cleaned


def location_key(location: str) -> str:
    return hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()
