"""Schemathesis against the app's own OpenAPI schema (/api/openapi.json): requests
generated from every operation's parameters, sent in process; none may answer
5xx, and every error answer has the one error shape."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed "
                                   "(requirements-dev.txt)")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from test_web_api import _build  # noqa: E402

from newsbrief.web import create_app  # noqa: E402

EXAMPLES = 40  # per operation


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("schema") / "web.db")
    _build(path)
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(path))


def test_every_operation_is_fuzzed(schema):
    labels = {r.ok().label for r in schema.get_all_operations()}
    assert {"GET /api/events", "GET /api/search", "GET /api/events/{event_id}",
            "GET /api/actors/{name}", "GET /api/map", "GET /api/brief"} <= labels


def test_no_server_error_and_one_error_shape(schema):
    seen = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.as_curl_command(), response.text[:300])
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"}, (case.as_curl_command(), body)
                assert body["error"]["status"] == response.status_code
            seen.append(response.status_code)

        check()
    assert any(code == 200 for code in seen) and any(code == 400 for code in seen)
