"""Property-based run of the OpenAPI document against the real server: no input makes it fail
with a server error, and every response matches its documented schema.

Each operation's Hypothesis strategy is driven directly (schemathesis' pytest plugin does not
run under this pytest version); examples are few and derandomised so the run stays short.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.integration.api.conftest import ADMIN, Server

EXAMPLES = 12


def run_operation(operation: schemathesis.APIOperation, headers: dict[str, str], statuses: list[int]) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)  # fmt: skip
    def check(case: schemathesis.Case) -> None:
        response = case.call(headers=headers)
        statuses.append(response.status_code)
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

    check()


def test_openapi_operations_never_fail_with_server_errors(server: Server) -> None:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    paths = {op.path for op in operations}
    assert {"/sparql", "/entities", "/entities/{entity_id}", "/events", "/documents", "/rdf-graphs"} <= paths, paths
    statuses: list[int] = []
    # Anonymous (every write is refused) and as admin (writes run on generated input).
    for headers in ({}, {"Authorization": f"Bearer {ADMIN}"}):
        for operation in operations:
            run_operation(operation, headers, statuses)
    # Every operation was exercised, and some inputs reached a successful answer.
    assert len(statuses) >= 2 * len(operations) and {200, 401} <= set(statuses), statuses
