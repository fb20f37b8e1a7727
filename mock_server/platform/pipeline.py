"""The GHL request pipeline: one ASGI app that serves every registered operation.

  route -> Version -> token -> scope -> token class -> body -> tenant -> validation -> handler
        -> JSON response (+ traceId) -> journal

Every failure on the way is a ``GhlError`` written by the one error writer; anything unexpected is
logged with its trace id and answered with a GHL-shaped 500 that carries no traceback. Handlers run
inside a store transaction, so a handler that fails leaves no half-written data behind.
"""

from __future__ import annotations

import logging
import random
import time
from typing import Any, NoReturn

import orjson
from pydantic import BaseModel

from mock_server.platform import access, inputs, tenancy
from mock_server.platform.call import Call, FileReply, Reply
from mock_server.platform.errors import (
    BadRequest,
    GhlError,
    NotFound,
    NotImplementedByMock,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    Unprocessable,
    error_body,
)
from mock_server.platform.official_index import official_routes
from mock_server.platform.operations import Operation
from mock_server.platform.principal import Principal
from mock_server.platform.rate_limits import TOO_MANY
from mock_server.platform.routing import OperationRouter
from mock_server.platform.unimplemented import is_unwritten
from mock_server.platform.validation import Problem, known_fields, validate
from mock_server.platform.violations import UNIMPLEMENTED
from mock_server.platform.world import World
from mock_server.store import WriteFailed
from mock_server.webhooks import loop_guard

log = logging.getLogger("ghl_mock")

JSON_HEADERS = [(b"content-type", b"application/json; charset=utf-8")]


class Exchange:
    """What the pipeline learned about one request (for the journal and the violation log)."""

    __slots__ = ("method", "path", "trace_id", "op", "principal", "query", "status", "headers", "time")

    def __init__(self, method: str, path: str) -> None:
        self.method, self.path = method, path
        self.trace_id = _trace_id()
        self.op: Operation | None = None
        self.principal: Principal | None = None
        self.query: dict[str, Any] = {}
        self.status = 500
        self.headers: list[tuple[bytes, bytes]] = []
        self.time: float | None = None  # the caller's mock-clock time, once the caller is known


class GhlApi:
    def __init__(self, world: World) -> None:
        self.world = world
        # Official operations the mock lacks are routed too: they answer 501 instead of GHL's 404.
        self.router = OperationRouter(world.areas.routes(), official_routes())

    async def __call__(self, scope: dict, receive, send) -> None:
        started = time.perf_counter()
        exchange = Exchange(scope["method"], scope["path"])
        try:
            payload, kind = await self._serve(scope, receive, exchange)
        except GhlError as error:
            exchange.status = error.status
            payload, kind = orjson.dumps(error_body(error, exchange.trace_id)), JSON_HEADERS
        except Exception:
            log.exception("unexpected error [traceId %s] %s %s", exchange.trace_id, exchange.method, exchange.path)
            exchange.status = 500
            payload, kind = orjson.dumps({"statusCode": 500, "message": "Internal server error",
                                          "error": "Internal Server Error", "traceId": exchange.trace_id}), JSON_HEADERS
        await send({"type": "http.response.start", "status": exchange.status,
                    "headers": [*kind, *exchange.headers, (b"content-length", b"%d" % len(payload))]})
        await send({"type": "http.response.body", "body": payload})
        self._journal(exchange, started)

    def _import_area_of(self, route) -> Operation:
        """Import the area ``route`` belongs to, and route its operations directly from now on."""
        op = self.world.areas.operation(route)
        self.router = OperationRouter(self.world.areas.routes(), official_routes())
        return op

    async def _serve(self, scope: dict, receive, exchange: Exchange) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        matched = self.router.match(exchange.method, exchange.path)
        if matched is None:
            raise NotFound(f"Cannot {exchange.method} {exchange.path}")
        op, path_params = matched
        if op.pending:  # the first request for an operation of an area not imported yet
            op = self._import_area_of(op)
        exchange.op = op
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}  # ASGI: names lowercased

        # An operation whose file declares no Version header takes a request without one; one sent is checked
        # all the same (GHL validates Version against one allow-list for every operation: access.py).
        sent_version = headers.get("version")
        problem = access.version_problem(sent_version) if op.version_header or sent_version is not None else None
        if problem is not None:
            if not op.public:  # attribute the violation to the caller's tenant, even when refusing the request
                exchange.principal = self._caller(headers.get("authorization"))
            self._violation(exchange, problem[0], "Version", problem[1], Unauthorized(problem[1]))
        principal = None
        if not op.public:
            principal = exchange.principal = self.world.tokens.authenticate(headers.get("authorization"))
            self._count_rate(principal, headers.get("authorization", ""), exchange)
        if not op.implemented:
            # DECISION: an official operation no area declares gets the checks GHL makes on every request its
            # file declares them for (Version, a valid token) first, so a client GHL would refuse learns that
            # first and the 501 is listed under the caller's tenant; its scopes, DTOs and tenancy are unknown
            # to the index, so nothing else is checked. (A declared but ``@unwritten`` one passes its own full
            # gate first.) The 501 is recorded in both contract modes: there is no answer to give in record mode.
            exchange.query = inputs.query_dict(scope["query_string"], None)  # for the journal
            self._not_implemented(exchange)
        if principal is not None:
            access.check_scope_and_class(op, principal)
        if op.deprecated:  # recorded once the caller is known, so it is listed under the caller's tenant
            self._violation(exchange, "deprecated_operation", None,
                            f"{op.method} {op.path} is deprecated in the official API", None)

        # GHL ignores the body of an operation that takes none (SDKs send one on DELETE): it is not even read.
        files: list[inputs.UploadedFile] | None = [] if op.accepts_files else None
        if op.body is None:
            body_data = None
        else:
            body_limit = max(self.world.settings.max_body_bytes, op.max_body_bytes or 0)
            raw_body = await inputs.read_body(receive, headers, body_limit)
            body_data = self._parse_body(op, headers, raw_body, exchange, files)
        query_data = exchange.query = inputs.query_dict(scope["query_string"], op.query)

        if principal is not None:
            tenancy.check_access(principal, self.world.store, self.world.tenants, path_params, query_data, body_data)

        if op.path_enums:
            self._check_path_enums(op, path_params, exchange)
        if op.query is None and op.body is None and not query_data:  # nothing sent, nothing to validate (reads by id)
            query = body = None
        else:
            query, body = self._validate(op, query_data, body_data, exchange)
        if is_unwritten(op):
            self._not_implemented(exchange)

        def handle() -> tuple[int, tuple[bytes, list[tuple[bytes, bytes]]]]:
            # Built afresh for each attempt: a run refused by the database (a concurrent booking of the same
            # slot, on any process) starts again from the request as it came.
            call = Call(self.world, op, principal, path_params, query, body, exchange.trace_id,
                        (headers.get("version") or "").strip() or None, tuple(files or ()))
            result = op.handler(call)
            status, payload = (result.status, result.body) if isinstance(result, Reply) else (op.status, result)
            # Written inside the transaction: an answer that cannot be encoded undoes the handler's writes.
            # A 204 (No Content) has no body at all: not even the traceId object.
            return status, (b"", []) if status == 204 else _encoded(payload, exchange.trace_id)

        try:
            if loop_guard.DEPTH_HEADER in headers:
                # The loop guard: events this request causes are as deep in a delivery chain as the request says
                # (without the header, as deep as the request is already served at: nothing to change).
                with loop_guard.depth(loop_guard.depth_of(headers)):
                    exchange.status, encoded = self.world.store.atomically(handle)
            else:
                exchange.status, encoded = self.world.store.atomically(handle)
        except WriteFailed as failure:  # undone: nothing of the request was applied
            raise ServiceUnavailable(str(failure)) from None
        return encoded

    def _not_implemented(self, exchange: Exchange) -> NoReturn:
        """GHL serves it, the mock does not yet: recorded (for the dashboard, the report and the pytest plugin),
        then GHL's error shape with 501."""
        error = NotImplementedByMock.of(exchange.op)
        self._record(exchange, UNIMPLEMENTED, None, error.message)
        raise error

    def _caller(self, authorization: str | None) -> Principal | None:
        try:
            return self.world.tokens.authenticate(authorization)
        except GhlError:
            return None

    def _count_rate(self, principal: Principal, authorization: str, exchange: Exchange) -> None:
        client = principal.client_id or ("pit:" + authorization[-12:] if principal.token_kind == "pit" else "-")
        now = exchange.time = self.world.clock(principal.company_id).timestamp()
        exchange.headers, over = self.world.rate_limits.take(client, principal.tenant_id, now)
        if over:
            raise TooManyRequests(TOO_MANY)

    def _parse_body(self, op: Operation, headers: dict[str, str], raw: bytes, exchange: Exchange,
                    files: list[inputs.UploadedFile] | None) -> Any:
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        # No body is no fields (express's special case); a JSON body of only whitespace is malformed (below).
        if not raw or (not raw.strip() and not content_type.endswith("json")):
            return {}
        accepted = op.body_media_types
        if content_type not in accepted and not (content_type.endswith("+json") and "application/json" in accepted):
            message = f"Content-Type must be {accepted[0]}, not {content_type or 'missing'}"
            self._violation(exchange, "wrong_content_type", "Content-Type", message, BadRequest(message))
            content_type = accepted[0]  # record-only mode: read it as what it should have been
        if content_type == "application/x-www-form-urlencoded":
            return inputs.parse_form(raw)
        if content_type == "multipart/form-data":
            return inputs.parse_multipart(raw, headers.get("content-type", ""), files)
        return inputs.parse_json(raw)

    def _check_path_enums(self, op: Operation, path_params: dict[str, str], exchange: Exchange) -> None:
        problems = [f"{name} must be one of the following values: {', '.join(words)}"
                    for name, words in op.path_enums.items() if path_params.get(name) not in words]
        for message in problems:
            self._record(exchange, "invalid_value", message.split(" ", 1)[0], message)
        if problems:
            raise Unprocessable(problems)

    def _validate(self, op: Operation, query_data: dict[str, Any], body_data: Any, exchange: Exchange):
        recording = self.world.violations.mode == "record"
        problems: list[tuple[str, Problem]] = []
        query = body = None
        if op.query is not None:
            if recording:
                query_data = self._drop_unknown(op.query, query_data, "query", exchange)
            query, found = validate(op.query, query_data)
            problems += [("query", p) for p in found]
        elif query_data:
            for name in query_data:
                problems.append(("query", Problem(name, "unknown_property", f"property {name} should not exist")))
            if recording:
                problems = self._record_and_drop(problems, exchange)
        if op.body is not None:
            if recording and isinstance(body_data, dict):
                body_data = self._drop_unknown(op.body, body_data, "body", exchange)
            body, found = validate(op.body, body_data)
            problems += [("body", p) for p in found]
        if problems:
            for where, problem in problems:
                self._record(exchange, _violation_kind(where, problem.kind), problem.field, problem.message)
            raise Unprocessable([p.message for _, p in problems])
        return query, body

    def _drop_unknown(self, model: Any, data: dict[str, Any], where: str, exchange: Exchange) -> dict[str, Any]:
        """Record-only mode: note unknown keys, then validate without them."""
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return data
        known = known_fields(model) | {f.validation_alias for f in model.model_fields.values()
                                       if isinstance(f.validation_alias, str)}
        known |= _alias_choices(model)
        for name in [k for k in data if k not in known]:
            self._record(exchange, _violation_kind(where, "unknown_property"), name, f"property {name} should not exist")
        return {k: v for k, v in data.items() if k in known}

    def _record_and_drop(self, problems: list[tuple[str, Problem]], exchange: Exchange) -> list:
        for where, problem in problems:
            self._record(exchange, _violation_kind(where, problem.kind), problem.field, problem.message)
        return []

    def _violation(self, exchange: Exchange, kind: str, field: str | None, message: str,
                   error: GhlError | None) -> None:
        """Record a contract violation; in strict mode refuse the request with ``error`` as GHL would."""
        self._record(exchange, kind, field, message)
        if error is not None and self.world.violations.mode == "strict":
            raise error

    def _record(self, exchange: Exchange, kind: str, field: str | None, message: str) -> None:
        op, principal = exchange.op, exchange.principal
        self.world.violations.record(
            kind=kind, field=field, message=message, traceId=exchange.trace_id,
            method=exchange.method, path=exchange.path,
            operationId=op.operation_id if op else None, specFile=op.spec_file if op else None,
            locationId=principal.location_id if principal else None,
            companyId=principal.company_id if principal else None,
            time=self.world.now(principal.company_id if principal else None).isoformat(),
        )

    def _journal(self, exchange: Exchange, started: float) -> None:
        principal, op = exchange.principal, exchange.op
        company_id = principal.company_id if principal else None
        self.world.journal.record({  # stored raw, made readable when listed (journal.py)
            "time": exchange.time if exchange.time is not None else self.world.clock(company_id).timestamp(),
            "method": exchange.method, "path": exchange.path, "query": exchange.query,
            "operationId": op.operation_id if op else None, "specFile": op.spec_file if op else None,
            "status": exchange.status, "traceId": exchange.trace_id, "principal": principal,
            "locationId": principal.location_id if principal else None, "companyId": company_id,
            "seconds": time.perf_counter() - started,
        })


_TRACE_BITS = random.Random().getrandbits  # private: a test seeding the global random module must not repeat trace ids
# A version 4 UUID is 122 random bits with the version nibble 4 and the variant bits 10.
_UUID4_CLEAR = ~((0xF << 76) | (0x3 << 62)) & ((1 << 128) - 1)
_UUID4_SET = (0x4 << 76) | (0x2 << 62)


def _trace_id() -> str:
    """A random (version 4) UUID, as GHL's traceIds are; several times cheaper than ``uuid.uuid4()``."""
    digits = "%032x" % (_TRACE_BITS(128) & _UUID4_CLEAR | _UUID4_SET)
    return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))


def _violation_kind(where: str, problem_kind: str) -> str:
    if problem_kind == "unknown_property":
        return "undeclared_query_parameter" if where == "query" else "unknown_body_property"
    return problem_kind


def _alias_choices(model: type[BaseModel]) -> set[str]:
    names: set[str] = set()
    for info in model.model_fields.values():
        alias = info.validation_alias
        choices = getattr(alias, "choices", None)
        if choices:
            names |= {c for c in choices if isinstance(c, str)}
        if info.alias:
            names.add(info.alias)
    return names


def _encoded(payload: Any, trace_id: str) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """The answer's bytes and content headers: a file as it is, anything else as JSON with its traceId."""
    if isinstance(payload, FileReply):
        return payload.content, [(b"content-type", payload.media_type.encode()),
                                 (b"content-disposition", f'attachment; filename="{payload.filename}"'.encode())]
    return orjson.dumps(_with_trace_id(payload, trace_id)), JSON_HEADERS


def _with_trace_id(payload: Any, trace_id: str) -> Any:
    """GHL puts a traceId on most JSON objects it answers; bare arrays stay arrays."""
    if isinstance(payload, dict) and "traceId" not in payload:
        payload["traceId"] = trace_id
    return {} if payload is None else payload
