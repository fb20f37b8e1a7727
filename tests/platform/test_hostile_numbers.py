"""Generated from the registry: every numeric query parameter of every operation gets ``inf``, ``1e999``, ``-1``,
``NaN`` and a 400-digit number. Each is refused with a GHL-shaped 422 (``-1`` too, where the parameter has no
negative values), never a 5xx.

Numbers that pass validation reach the handlers; that is where they used to break (``int(inf)``, an echoed
``page`` no JSON encoder can write). So each case first proves that the operation's baseline request passes
validation: otherwise a 422 here would prove nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import quote

import pytest
from hostile_requests import QUERY_NUMBERS, REGISTRY, Target, check, numeric_fields, refuses_negative

from mock_server.contracts.scaffold.shapes import COUNT_NAMES
from mock_server.platform.models import MAX_PAGING
from mock_server.platform.operations import Operation

CASES = [(op, name, schema) for op in REGISTRY for name, schema in numeric_fields(op.query).items()]


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    target = Target()
    yield target
    target.close()


def test_there_are_numeric_query_parameters_to_try():
    assert len(CASES) > 30


def test_every_paging_count_keeps_the_platforms_ceiling():
    """A count (limit, skip, page ...) is at most 2**53 - 1 wherever an area narrows it: bounds written beside an
    Annotated paging type (``Field(1, ge=1)``) replace the platform's and silently drop its ceiling."""
    counts = [(op, name, schema) for op, name, schema in CASES if name in COUNT_NAMES and schema.get("type") != "string"]
    assert len(counts) > 20
    unbounded = [f"{op.method} {op.path} {name}" for op, name, schema in counts
                 if schema.get("maximum", MAX_PAGING + 1) > MAX_PAGING]
    assert unbounded == []


@pytest.mark.parametrize("op, name, schema", CASES, ids=[f"{op.method} {op.path} {name}" for op, name, _ in CASES])
def test_hostile_numbers_in_a_query_parameter_are_refused(target: Target, op: Operation, name: str, schema: dict):
    target.ready()
    base = target.baseline(op)
    others = [(k, v) for k, v in base.query if k != name]
    lowest = schema.get("minimum", 1) or 1  # a number bounded below (export's limit: 10 to 500) starts there
    valid = str(int(lowest)) if schema.get("type") != "number" or lowest == int(lowest) else str(lowest)
    sane = target.send(replace(base, query=[*others, (name, valid)]), op)
    assert sane.status != 422 and check(sane, op) is None, f"the baseline is refused: {sane.body[:300]!r}"
    failures = []
    for value in QUERY_NUMBERS:
        answer = target.send(replace(base, query=[*others, (name, quote(value))]), op)
        problem = check(answer, op)
        expected_422 = value != "-1" or refuses_negative(schema)
        if problem is None and expected_422 and answer.status != 422:
            problem = f"{answer.status}, not 422: {answer.body[:200]!r}"
        if problem:
            failures.append(f"{name}={value[:12]}: {problem}")
    assert failures == []
