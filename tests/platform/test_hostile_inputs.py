"""Generated from the registry and the control plane's routes: every GHL operation and every ``/_mock``
endpoint gets one request per hostile input class (``hostile_requests.HOSTILE_CLASSES``: sizes, encodings,
content types, body shapes) and, on the control plane, hostile numbers in every numeric field its models
declare. No answer is a 5xx, and every one is JSON, GHL-shaped when it is an error (``statusCode``,
``message``).

The requests go in-process to a private mock (``Target``), one per (operation, class): fast enough for CI.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import quote

import pytest
from hostile_requests import (
    HOSTILE_CLASSES,
    Answer,
    HUGE,
    QUERY_NUMBERS,
    REGISTRY,
    Request,
    Target,
    check,
    control_endpoints,
    numeric_fields,
)
from pydantic import BaseModel

import mock_server.control
from mock_server.platform.operations import Operation

# These requests break GHL's contract on purpose; the private mock records them, no test fails for them.
CONTROL = control_endpoints(Target().app)


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    target = Target()
    yield target
    target.close()


def _control_numeric_fields() -> set[str]:
    """Every numeric field of every request model the control plane's modules and the areas' seeds declare."""
    names: set[str] = set()
    modules = [f"mock_server.control.{info.name}" for info in pkgutil.iter_modules(mock_server.control.__path__)]
    for module_name in [*modules, "mock_server.webhooks.control_models"]:  # /_mock/webhooks/* and app webhooks
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__:
                names |= set(numeric_fields(value))
    for seed in Target().app.world.areas.seeds:
        names |= set(numeric_fields(seed.body))
    return names


CONTROL_NUMERIC_FIELDS = sorted(_control_numeric_fields())
JSON_NUMBERS = (b"-1", b"1e308", b"-1e308", b"18446744073709551616", b"9223372036854775807", HUGE.encode(), b"1e999")


def test_the_generated_cases_cover_the_mock():
    assert len(REGISTRY) > 100 and len(CONTROL) > 30
    assert {"seconds", "at", "expiresIn", "limit"} <= set(CONTROL_NUMERIC_FIELDS)


@pytest.mark.parametrize("op", list(REGISTRY), ids=[f"{op.method} {op.path}" for op in REGISTRY])
def test_every_operation_survives_hostile_input(target: Target, op: Operation):
    target.ready()
    base = target.baseline(op)
    failures = []
    for name, hostile in HOSTILE_CLASSES.items():
        problem = check(target.send(hostile(base, op.path), op), op)
        if problem:
            failures.append(f"{name}: {problem}")
    assert failures == []


@pytest.mark.parametrize("method, path", CONTROL, ids=[f"{m} {p}" for m, p in CONTROL])
def test_every_control_plane_endpoint_survives_hostile_input(target: Target, method: str, path: str):
    failures = []
    for name, hostile in HOSTILE_CLASSES.items():
        base = target.ready().control_baseline(method, path)
        problem = check(target.send(hostile(base, path), None))
        if problem:
            failures.append(f"{name}: {problem}")
    for field in CONTROL_NUMERIC_FIELDS:
        failures += _hostile_numbers(target, method, path, field)
    assert failures == [], json.dumps(failures, indent=1)


def _hostile_numbers(target: Target, method: str, path: str, field: str) -> list[str]:
    """Hostile numbers in ``field``, in the body and in the query, where the endpoint takes such a field (a
    first request with a harmless 0 tells: the models refuse unknown properties by name)."""
    failures = []
    base = target.ready().control_baseline(method, path)
    unknown = f"property {field} should not exist".encode()

    def send(request: Request) -> Answer:  # each from a ready target, as each hostile class is
        return target.ready().send(request, None)

    in_body = replace(base, body=b'{"' + field.encode() + b'": 0}')
    if method != "GET" and unknown not in send(in_body).body:  # GET bodies are never read
        for number in JSON_NUMBERS:
            problem = check(send(replace(base, body=b'{"' + field.encode() + b'": ' + number + b"}")))
            if problem:
                failures.append(f"body {field}={number[:12].decode()}: {problem}")
    in_query = replace(base, query=[(field, "0")], body=None, content_type=None)
    if unknown not in send(in_query).body:
        for number in QUERY_NUMBERS:
            problem = check(send(replace(in_query, query=[(field, quote(number))])))
            if problem:
                failures.append(f"query {field}={number[:12]}: {problem}")
    return failures
