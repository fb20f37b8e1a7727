"""Self-conformance: schemathesis against the mock's own ``/openapi.json``, in-process (ASGI).

``build()`` returns a schemathesis schema bound to a fresh in-process mock, with:
- the checks below, and only those (``EXCLUDED_CHECKS`` says why the others are off);
- every request authorized: the all-scope token of a fresh tenant, its agency token for agency-only
  operations (the Version header is a required parameter of every operation, so it is generated);
- the tenant's real ids for ``locationId``/``companyId``/``userId`` parameters, and the ids of records
  created through the API beforehand (one per resource family) for the other path parameters, so
  generated requests reach the 2xx paths, not only 400/403;
- stateful links (schemathesis infers them from the document), one state machine per area (``state_machine``).

The tests in ``tests/contracts/test_self_conformance.py`` drive it with bounded, derandomized
hypothesis settings (``SETTINGS``), so CI stays fast and every run generates the same cases.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, settings
from mock_server.contracts import asgi_session
from mock_server.contracts.sides import Side
from mock_server.contracts.verify import Verifier

from mock_server.testing.transport import InProcessTransport

CHECKS = (
    "not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance",
    "response_headers_conformance", "negative_data_rejection", "ignored_auth", "use_after_free",
)
# Checks schemathesis offers that we leave off, and why (the ONE place for exclusions).
EXCLUDED_CHECKS = {
    "unsupported_method": "GHL (express) answers 404 'Cannot TRACE /path', not 405, for a method a path lacks",
    "positive_data_acceptance": "valid-by-schema requests still meet business rules (unknown ids -> 400), as on GHL",
    "missing_required_header": "covered: Version is a required header, and its absence is a 401 as on GHL",
    "ensure_resource_availability": "GHL answers unknown ids with 400, which this check reads as a lost resource",
    "object_level_authorization": "needs a second identity; tenant isolation is tested in tests/platform",
    "allow_header_conformance": "GHL sends no Allow header",
    "max_response_time": "timing is not part of the contract",
}
# 501 is the mock's deliberate answer for an official operation it lacks (a request of another method can land on
# one: PUT /locations/search is GHL's put-location with the id "search"); every other 5xx still fails.
NOT_SERVER_ERRORS = ["2xx", "3xx", "4xx", "501"]
EXAMPLES_ENV = "GHL_MOCK_CONTRACT_EXAMPLES"
DEFAULT_EXAMPLES = 8  # per operation (576 of them): the suite stays within its budget on CI's 2 cores


def max_examples() -> int:
    return int(os.environ.get(EXAMPLES_ENV, DEFAULT_EXAMPLES))


SETTINGS = settings(max_examples=max_examples(), deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))
STATEFUL_SETTINGS = settings(SETTINGS, max_examples=max(5, max_examples() // 2), stateful_step_count=6)


def operations(schema) -> dict[str, Any]:
    """Each operation of the document by its label (``POST /contacts/``), in the document's order: an
    ``APIOperation``, or the ``InvalidSchema`` error of one schemathesis cannot read (its test raises it)."""
    from schemathesis.core.result import Ok

    found = {}
    for result in schema.get_all_operations():
        if isinstance(result, Ok):
            found[result.ok().label] = result.ok()
        else:
            found[result.err().label] = result.err()
    return found


def run_operation(schema, operation, test_func) -> None:
    """Build schemathesis' generated test of one operation and run it: what ``@schema.parametrize()`` does, with
    the same cases (the same seed per operation, the same explicit, coverage and fuzzing phases, the same checks),
    but built when the test runs, not when pytest collects it.

    ``@schema.parametrize()`` builds every operation's test at collection, and computing the coverage phase's
    cases (~100 per operation, decided up front) is most of that: ~55 s of CPU, paid again by each xdist worker
    although each runs only its share. Built here, each operation's test is built once, by the worker running it.
    The exceptions are translated as schemathesis' pytest plugin translates them (``pytest_pyfunc_call``)."""
    import pytest
    from hypothesis.errors import FailedHealthCheck, Unsatisfiable
    from schemathesis.checks import load_all_checks
    from schemathesis.core.control import SkipTest
    from schemathesis.core.errors import (
        InvalidHeadersExample, InvalidRegexPattern, InvalidSchema, SerializationNotPossible)
    from schemathesis.core.failures import FailureGroup, as_reported_failure
    from schemathesis.generation.hypothesis import builder
    from schemathesis.generation.hypothesis.reporting import (
        build_health_check_error, build_unsatisfiable_error, ignore_hypothesis_output)
    from schemathesis.pytest._test_builder import build_operation_test
    from schemathesis.pytest.warnings import emit_unserializable_payload_warning

    if isinstance(operation, InvalidSchema):
        raise operation
    load_all_checks()
    test = build_operation_test(config=schema.config, operation=operation, test_func=test_func, given_kwargs={},
                                feedback=_feedback(schema))
    try:
        with ignore_hypothesis_output():
            test()
    except FailureGroup as exc:
        raise as_reported_failure(exc) from None
    except SkipTest as exc:
        if builder.UnsatisfiableExampleMark.is_set(test):
            raise Unsatisfiable("Failed to generate test cases from examples for this API operation") from None
        non_serializable = builder.NonSerializableMark.get(test)
        if non_serializable is not None:
            raise SerializationNotPossible(
                "Failed to generate test cases from examples for this API operation because of unsupported "
                f"payload media types: {', '.join(non_serializable.media_types)}",
                media_types=non_serializable.media_types) from None
        invalid_regex = builder.InvalidRegexMark.get(test)
        if invalid_regex is not None:
            raise InvalidRegexPattern.from_jsonschema_rs_error(invalid_regex) from None
        invalid_headers = builder.InvalidHeadersExampleMark.get(test)
        if invalid_headers is not None:
            raise InvalidHeadersExample.from_headers(invalid_headers) from None
        pytest.skip(exc.args[0])
    except FailedHealthCheck as exc:
        raise build_health_check_error(operation, exc, with_tip=True) from None
    except Unsatisfiable:
        raise build_unsatisfiable_error(operation, with_tip=True,
                                        filter_tracker=operation.filter_case_tracker) from None
    unserializable = builder.UnserializablePayloadMark.get(test)
    if unserializable is not None:
        emit_unserializable_payload_warning(unserializable)
    invalid_headers = builder.InvalidHeadersExampleMark.get(test)
    if invalid_headers is not None:
        raise InvalidHeadersExample.from_headers(invalid_headers)
    missing_path_parameters = builder.MissingPathParameters.get(test)
    if missing_path_parameters:
        raise missing_path_parameters


def _feedback(schema):
    """The constants schemathesis mixes into generated values (read from the app's modules), once per schema."""
    from schemathesis.generation.feedback import FeedbackSources
    from schemathesis.python._constants.orchestrator import make_constants_value_source

    cached = _FEEDBACK.get(id(schema))
    if cached is None or cached[0] is not schema:
        cached = _FEEDBACK[id(schema)] = (schema, FeedbackSources(
            constants_value_source=make_constants_value_source(schema)))
    return cached[1]


_FEEDBACK: dict[int, tuple[Any, Any]] = {}


def state_machine(schema, tag: str) -> Any | None:
    """The schemathesis state machine of one area (OpenAPI tag), or None when the area has no links.

    One machine over the whole document does not work: schemathesis infers a link from every answer field that
    names a parameter (``locationId`` alone links most operations to most others), which gave 13,000 rules for 63
    entry points, and hypothesis then rejects every draw (Unsatisfiable). Within an area the links are the ones
    that matter (create, then read, update, delete the same record), and each machine stays small.
    """
    from schemathesis.core.errors import NoLinksFound

    try:
        machine = schema.include(tag=tag).as_state_machine()
    except NoLinksFound:
        return None
    # No rule: an area of lone operations (test_operation_conforms has them).
    return machine if machine.setup_state().rules else forget(machine)


def forget(machine) -> None:
    """Drop hypothesis' per-class cache entry of a machine that will not run (it holds the class, and with it
    the ~30 MB schemathesis built for it, for the life of the process)."""
    machine._setup_state_per_class.pop(machine, None)


def linked_areas(schema) -> list[str]:
    """The tags whose area has a state machine. Each machine is built and dropped at once: held together, the
    machines of every area took 1.3 GB of each test worker; a test builds its own when it runs."""
    tags = sorted({tag for result in schema.get_all_operations() for tag in (result.ok().tags or ())})
    linked = []
    for tag in tags:
        machine = state_machine(schema, tag)
        if machine is not None:
            linked.append(tag)
            forget(machine)
    release_freed_memory()
    return linked


def release_freed_memory() -> None:
    """Give back to the OS what building state machines freed. Each build frees ~30 MB that glibc keeps
    (RSS grew by that much per area, to 2 GB a worker, while Python held 3 MB of it); malloc_trim returns it,
    once the collector has freed the machines' reference cycles."""
    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim, or no way to
        pass


def official_response_check(ctx, response, case) -> bool | None:
    """A schemathesis check: a 2xx answer must also validate against GHL's official response schema
    (minus the upstream allowlist). Skipped when the official files are absent."""
    from mock_server.contracts import upstream

    if not 200 <= response.status_code < 300 or upstream.spec_root() is None:
        return None
    spec_file = case.operation.definition.raw.get("x-ghl-spec-file")
    official_path = next((op.path for op in _registry() if op.spec_file == spec_file
                          and op.method == case.method.upper() and case.operation.path in op.paths), None)
    if official_path is None:
        return None
    problems = upstream.response_problems(spec_file, case.method.upper(), official_path, response.status_code,
                                          response.json())
    if problems:
        raise AssertionError("answer breaks the official schema: " + "; ".join(problems[:5]))
    return True


@lru_cache(maxsize=1)
def _registry():
    from mock_server.apis import build_registry

    return build_registry()


@dataclass
class SelfConformance:
    schema: Any  # schemathesis.BaseSchema
    app: Any
    location_token: str
    agency_token: str
    ids: dict[str, str]


DESTROYS_THE_TENANT = "delete-location"


def build(*, seed: str = "ghl-mock-self-conformance") -> SelfConformance:
    from mock_server.app import build_app
    from mock_server.settings import Settings
    from mock_server.testing.tenant import BASE_URL, GhlTenant

    app = build_app(Settings(bootstrap=True, random_seed=seed))
    tenant = GhlTenant(app, seed=seed)
    location_token, agency_token = tenant.token(), tenant.token(agency=True)
    ids = {"locationId": tenant.location_id, "companyId": tenant.company_id, "userId": tenant.user_id}
    side = Side("reference", httpx.Client(transport=InProcessTransport(app), base_url=BASE_URL),
                location_token, agency_token, dict(ids), app=app)
    record_ids = seed_records(side, app.world.registry)
    parameters = {f"path.{name}": value for name, value in {**record_ids, **ids}.items()}
    parameters |= {f"query.{name}": ids[name] for name in ("locationId", "companyId")}
    config = schemathesis.Config.from_dict({
        "seed": 20240601,
        "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS},
                   "not_a_server_error": {"enabled": True, "expected-statuses": NOT_SERVER_ERRORS}},
        "parameters": parameters,
    })
    # Every request schemathesis sends this app (each case, each ignored_auth probe) runs it in this thread.
    asgi_session.install(app)
    # Deleting the location would delete the very tenant every other generated request is aimed at.
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config).exclude(
        operation_id=DESTROYS_THE_TENANT)
    tokens = {"Location": location_token, "Company": agency_token}

    @schema.auth(refresh_interval=None)
    class TenantTokens:
        """The tenant's location token, or its agency token where only an agency token is accepted."""

        def get(self, case, ctx):
            schemes = {name for requirement in case.operation.definition.raw.get("security") or []
                       for name in requirement}
            return tokens["Company"] if schemes == {"Agency-Access"} else tokens["Location"]

        def set(self, case, data, ctx):
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}

    return SelfConformance(schema, app, location_token, agency_token, ids)


def seed_records(side: Side, registry) -> dict[str, str]:
    """Create one record per resource family through the API; ``{path parameter: id}`` for unambiguous names."""
    verifier = Verifier(registry, side, None, nonce="selfcheck")
    families = verifier.planner.families([op for op in registry if not op.public])
    verifier.run_probes(verifier.planner.create_probes())
    created = verifier.resolvers[side.name].created
    by_name: dict[str, set[str]] = {}
    for prefix, family in families.items():
        for op in family.values():
            if prefix in created and op.method != "POST" and op.path_params:
                by_name.setdefault(op.path_params[-1], set()).add(created[prefix])
    return {name: next(iter(values)) for name, values in by_name.items() if len(values) == 1}
