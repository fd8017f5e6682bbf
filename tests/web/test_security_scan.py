"""A security pass over the OpenAPI description with schemathesis: every operation, fed generated
inputs, never fails with a server error, and never answers an anonymous caller with data.

POST /api/scans is left out: a generated target such as "/" would start a scan of the whole machine;
its inputs are covered by the API tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from tests.web.conftest import Site

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.core import NotSet  # noqa: E402

EXAMPLES = 12
LEFT_OUT = {("POST", "/api/scans")}


def _operations(site: Site) -> list[Any]:
    schema = schemathesis.openapi.from_dict(site.app.openapi())
    found = [result.ok() for result in schema.get_all_operations()]
    return [op for op in found if (op.method.upper(), op.path) not in LEFT_OUT]


def _send(client: TestClient, case: Any, headers: dict[str, str]) -> Any:
    body = None if isinstance(case.body, NotSet) else case.body
    return client.request(
        case.method,
        case.formatted_path,
        params=case.query or None,
        json=body,
        headers={**(case.headers or {}), **headers},
    )


def test_generated_requests_cause_no_server_error_and_reveal_nothing_anonymously(site: Site) -> None:
    admin = TestClient(site.app, follow_redirects=False)
    token = "mamori_schemathesis-token"
    site.app.state.mamori.ledger.accounts.add_token("admin", token, "security scan")
    bearer = {"Authorization": f"Bearer {token}"}
    anonymous = TestClient(site.app, follow_redirects=False)
    operations = _operations(site)
    assert len(operations) >= 15

    for operation in operations:

        @settings(
            max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            refused = _send(anonymous, case, {})
            expected = 401 if case.formatted_path.startswith("/api/") else 303
            assert refused.status_code == expected, (case.method, case.formatted_path, refused.status_code)
            answer = _send(admin, case, bearer)
            assert answer.status_code < 500, (case.method, case.formatted_path, answer.text[:200])

        check()
