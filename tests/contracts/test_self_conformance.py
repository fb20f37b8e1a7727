"""The mock against its own OpenAPI document: schemathesis, in-process, every implemented operation.

Bounded and derandomized (``contracts/conformance.py``: SETTINGS); raise the example count with
GHL_MOCK_CONTRACT_EXAMPLES for a deeper local run.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis.stateful import run_state_machine_as_test
from mock_server.contracts import conformance

SUITE = conformance.build()
schema = SUITE.schema
OPERATIONS = conformance.operations(schema)


@conformance.SETTINGS
def check_case(case):
    case.call_and_validate(additional_checks=[conformance.official_response_check])


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_operation_conforms(operation):
    """Every operation, with the cases schemathesis generates for it (explicit, coverage, fuzzing): what
    ``@schema.parametrize()`` would run, built when the test runs rather than by every worker at collection."""
    conformance.run_operation(schema, OPERATIONS[operation], check_case)


@functools.cache
def stateful_schema():
    """The state machines drive a mock of their own, so what they generate never depends on which other tests
    shared its xdist worker: a derandomized run is then the same run everywhere (and hypothesis can replay it).
    Built on first use: a worker that runs no state machine never builds it."""
    return conformance.build().schema


@pytest.mark.parametrize("area", conformance.linked_areas(schema))
def test_stateful_links(area):
    """Each area's inferred links (create -> read/update/delete) walked as a hypothesis state machine."""
    machine = conformance.state_machine(stateful_schema(), area)
    assert machine is not None, f"{area} has links in one build of the document and none in another"
    try:
        run_state_machine_as_test(machine, settings=conformance.STATEFUL_SETTINGS)
    finally:
        conformance.forget(machine)
        conformance.release_freed_memory()


def test_generated_requests_reach_success_paths():
    """The suite is only worth something if authorized requests with real ids get 2xx answers."""
    import httpx

    from mock_server.testing.transport import InProcessTransport

    client = httpx.Client(transport=InProcessTransport(SUITE.app), base_url="https://services.leadconnectorhq.com")
    headers = {"Authorization": f"Bearer {SUITE.location_token}", "Version": "2021-07-28"}
    answer = client.get(f"/locations/{SUITE.ids['locationId']}", headers=headers)
    assert answer.status_code == 200
    assert answer.json()["location"]["id"] == SUITE.ids["locationId"]
