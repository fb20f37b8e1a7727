"""Hostile requests generated from the registry and the control plane's routes, never listed by hand.

``Target`` is a private mock with one tenant. ``baseline(op)`` is a request GHL would accept up to the
handler's own lookups: the tenant's ids, the first documented word of an enumerated path parameter, a made-up
id for any record, and the operation's required query and body values (``contracts/values.py``).
``HOSTILE_CLASSES`` turn a baseline into one hostile request each; ``check`` says what is wrong with an answer
(a 5xx, a body that is not JSON, an error that is not GHL-shaped), or nothing.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, unquote, urlencode

from mock_server.contracts.probes import path_bindings
from mock_server.contracts.values import Ref, ValueBuilder, substitute
from pydantic import BaseModel
from starlette.routing import BaseRoute, Mount, Route

from mock_server.apis import build_registry
from mock_server.app import MockApp, build_app
from mock_server.control.tenants import delete_tenant
from mock_server.platform.operations import Operation
from mock_server.platform.tenants import COMPANIES
from mock_server.platform.unimplemented import is_unwritten
from mock_server.platform.validation import NUMBER_STRING_PATTERN, deref, non_null
from mock_server.settings import Settings
from mock_server.store import GLOBAL
from mock_server.testing.factories import DEFAULT_VERSION
from mock_server.testing.tenant import GhlTenant
from mock_server.webhooks.keys import META_KEY

REGISTRY = build_registry()
FAKE_ID = "HostileProbe00000000"  # well-formed, never issued


@dataclass
class Request:
    method: str
    path: list[str]  # segments, each already percent-encoded
    query: list[tuple[str, str]] = field(default_factory=list)  # already percent-encoded
    body: bytes | None = None
    content_type: str | None = None

    def scope(self, headers: dict[str, str]) -> dict[str, Any]:
        """The ASGI scope a server builds for this request (uvicorn decodes the path the same way)."""
        raw_path = "/".join(self.path).encode("ascii")
        sent = {"host": "127.0.0.1:8765", **headers, **({"content-type": self.content_type} if self.content_type
                                                          else {})}
        if self.body is not None:
            sent["content-length"] = str(len(self.body))
        return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": self.method,
                "scheme": "http", "path": unquote(raw_path.decode("ascii")), "raw_path": raw_path,
                "query_string": "&".join(f"{k}={v}" for k, v in self.query).encode("ascii"), "root_path": "",
                "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in sent.items()],
                "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8765)}


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes


class Target:
    """A private mock (resets and clock moves here touch no other test) with one tenant, driven as an ASGI app
    (no HTTP client in between: hostile bytes reach the app as a server would hand them over, and fast)."""

    def __init__(self) -> None:
        self.app: MockApp = build_app(Settings(bootstrap=False, random_seed="hostile-inputs"))
        self.tenant: GhlTenant | None = None
        self.builder = ValueBuilder("hostile")
        self.loop = asyncio.new_event_loop()
        self.app.world.webhooks.keys.public()  # made (seeded) now, so that ready() can put them back
        self.keys = self.app.world.meta(META_KEY)

    def ready(self) -> Target:
        """Undo what the previous requests may have done: a reset, a moved clock, enforced rate limits, tenants
        they created (``GET /_mock/tenants`` would list hundreds, each request slower than the last), rotated
        webhook keys (each rotation makes an RSA key; put back, every rotation makes the same seeded one, which
        the process caches, instead of a new one per request)."""
        world = self.app.world
        if world.meta(META_KEY) != self.keys:
            world.set_meta(META_KEY, self.keys)
            world.webhooks.keys.reload()
        world.clocks.reset()
        world.rate_limits.configure()
        world.violations.mode = "strict"
        if self.tenant is None or not world.tenants.location_exists(self.tenant.location_id):
            self.tenant = GhlTenant(self.app, seed="hostile-inputs")
        for company in world.store.scan(GLOBAL, COMPANIES):
            if company["id"] != self.tenant.company_id:
                delete_tenant(world, company["id"])
        return self

    def headers(self, op: Operation | None) -> dict[str, str]:
        if op is None:
            return {}  # the control plane
        if op.public:
            return {"version": DEFAULT_VERSION}
        return self.tenant.headers(agency="Location" not in op.tokens)

    def send(self, request: Request, op: Operation | None) -> Answer:
        sent = {"body": request.body or b""}
        answer: dict[str, Any] = {"body": b""}

        async def receive() -> dict[str, Any]:
            if sent:
                return {"type": "http.request", "body": sent.pop("body"), "more_body": False}
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer["status"], answer["headers"] = message["status"], dict(message.get("headers", []))
            else:
                answer["body"] += message.get("body", b"")

        self.loop.run_until_complete(self.app(request.scope(self.headers(op)), receive, send))
        return Answer(answer["status"], answer["headers"].get(b"content-type", b"").decode(), answer["body"])

    def close(self) -> None:
        if self.tenant is not None:
            self.tenant.close()
        self.app.world.close()
        self.loop.close()

    # -- baselines ---------------------------------------------------------------------------
    def ids(self) -> dict[str, str]:
        return {"locationId": self.tenant.location_id, "companyId": self.tenant.company_id,
                "userId": self.tenant.user_id}

    def resolve(self, ref: Ref) -> Any:
        return self.ids().get(ref.name, FAKE_ID) if ref.kind == "tenant" else FAKE_ID

    def baseline(self, op: Operation) -> Request:
        path = substitute(path_bindings(op, {k: list(v) for k, v in op.path_enums.items()}), self.resolve)
        segments = [quote(str(path.get(part[1:-1], part)), safe="") if part.startswith("{") else part
                    for part in op.path.split("/")]
        query = substitute(self.builder.query(op.query), self.resolve) if op.query is not None else {}
        request = Request(op.method, segments, _encoded_query(query))
        if op.body is not None:
            body = substitute(self.builder.body(op.body), self.resolve)
            media_type = op.body_media_types[0]
            if media_type == "application/x-www-form-urlencoded":
                return replace(request, body=urlencode(_flat(body)).encode(), content_type=media_type)
            request = replace(request, body=json.dumps(body).encode(), content_type="application/json")
        return request

    def control_baseline(self, method: str, path: str) -> Request:
        ids = {**self.ids(), "id": FAKE_ID}
        segments = [quote(ids.get(part[1:-1], FAKE_ID), safe="") if part.startswith("{") else part
                    for part in path.split("/")]
        return Request(method, segments, body=b"{}", content_type="application/json")


def control_endpoints(app: MockApp) -> list[tuple[str, str]]:
    """Every ``(method, path)`` of the control plane (``/_mock``), read from the Starlette app's routes."""
    def walk(routes: list[BaseRoute], prefix: str) -> Iterator[tuple[str, str]]:
        for route in routes:
            if isinstance(route, Mount):
                yield from walk(route.routes, prefix + route.path)
            elif isinstance(route, Route) and (prefix + route.path).startswith("/_mock/"):
                yield from ((method, prefix + route.path) for method in sorted(route.methods - {"HEAD"}))
    return list(walk(app.control.routes, ""))


def _flat(body: Any) -> dict[str, str]:
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in (body or {}).items()}


def _encoded_query(query: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = []
    for key, value in query.items():
        for item in value if isinstance(value, list) else [value]:
            text = json.dumps(item) if isinstance(item, bool) else str(item)
            pairs.append((quote(key, safe=""), quote(text, safe="")))
    return pairs


# -- numbers -----------------------------------------------------------------------------------
HUGE = "9" * 400
QUERY_NUMBERS = ("inf", "1e999", "-1", "NaN", HUGE)


def numeric_fields(model: Any) -> dict[str, dict[str, Any]]:
    """The model's top-level fields that take a number (integer, number, or GHL's string of digits)."""
    if model is None:
        return {}
    root = model.model_json_schema(by_alias=True) if isinstance(model, type) and issubclass(model, BaseModel) \
        else {}
    found = {}
    for name, sub in non_null(root, root).get("properties", {}).items():
        sub = deref(root, sub)
        for schema in [deref(root, option) for option in sub.get("anyOf", [])] or [sub]:
            if schema.get("type") in ("integer", "number") or schema.get("pattern") == NUMBER_STRING_PATTERN:
                found[name] = schema
                break
    return found


def refuses_negative(schema: dict[str, Any]) -> bool:
    return schema.get("minimum", schema.get("exclusiveMinimum", -1)) >= 0 or schema.get("type") == "string"


# -- the other hostile classes -----------------------------------------------------------------
LONG_TEXT = "x" * 20_000
LONG_ID = "I" * 5_000
TENANT_NAMES = ("locationId", "location_id", "companyId", "company_id", "userId")


def _map_query(request: Request, value: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(k, value(k, v)) for k, v in request.query]


def _map_json_strings(request: Request, value: Callable[[str, str], str]) -> bytes | None:
    if request.body is None or request.content_type != "application/json":
        return request.body

    def walk(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, key) for v in node]
        return value(key, node) if isinstance(node, str) else node
    return json.dumps(walk(json.loads(request.body))).encode()


def _path_params(request: Request, op_path: str, segment: str) -> list[str]:
    templated = op_path.split("/")
    return [segment if i < len(templated) and templated[i].startswith("{") else part
            for i, part in enumerate(request.path)]


def huge_strings(request: Request, op_path: str) -> Request:
    return replace(request, query=_map_query(request, lambda k, v: LONG_TEXT),
                   body=_map_json_strings(request, lambda k, v: LONG_TEXT))


def huge_body(request: Request, op_path: str) -> Request:
    return replace(request, body=b'{"padding": "' + b"x" * (3 * 1024 * 1024) + b'"}', content_type="application/json")


def deep_nesting(request: Request, op_path: str) -> Request:
    return replace(request, body=b"[" * 100_000 + b"]" * 100_000, content_type="application/json")


def nested_in_a_field(request: Request, op_path: str) -> Request:
    """33 levels inside an otherwise valid body: one past the depth the mock accepts."""
    deep = b"[" * 33 + b"]" * 33
    if request.body and request.content_type == "application/json" and request.body.startswith(b"{"):
        return replace(request, body=b'{"nested": ' + deep + b", " + request.body[1:])
    return replace(request, body=deep, content_type="application/json")


def long_ids(request: Request, op_path: str) -> Request:
    return replace(request, path=_path_params(request, op_path, LONG_ID),
                   query=_map_query(request, lambda k, v: LONG_ID if k in TENANT_NAMES else v),
                   body=_map_json_strings(request, lambda k, v: LONG_ID if k in TENANT_NAMES or k.endswith("Id")
                                          else v))


def _encoding(escaped: str, raw: bytes) -> Callable[[Request, str], Request]:
    def hostile(request: Request, op_path: str) -> Request:
        body = request.body
        if body is not None and request.content_type == "application/json":
            body = body.replace(b'"' + FAKE_ID.encode(), b'"' + raw + FAKE_ID.encode())
            body = body.replace(b'": "', b'": "' + raw, 1)  # the first string value too
        return replace(request, path=_path_params(request, op_path, "a" + escaped + "b"),
                       query=[*_map_query(request, lambda k, v: v + escaped), ("q" + escaped, escaped)], body=body)
    return hostile


def _content_type(content_type: str | None, body: Callable[[bytes], bytes] = lambda b: b):
    def hostile(request: Request, op_path: str) -> Request:
        return replace(request, body=body(request.body or b'{"locationId": "x"}'), content_type=content_type)
    return hostile


def _multipart(body: bytes) -> bytes:
    return (b'--B\r\nContent-Disposition: form-data; name="locationId"\r\n\r\n' + body[:200] + b"\r\n"
            b'--B\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n\xff\xfe\r\n--B--\r\n")


def _multipart_unknown_charset(body: bytes) -> bytes:
    return (b'--B\r\nContent-Disposition: form-data; name="client_id"\r\n'
            b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nabc\r\n--B--\r\n")


def _multipart_nested(body: bytes) -> bytes:
    return (b'--B\r\nContent-Disposition: form-data; name="client_id"\r\n'
            b"Content-Type: multipart/mixed; boundary=C\r\n\r\n"
            b"--C\r\nContent-Type: text/plain\r\n\r\nabc\r\n--C--\r\n--B--\r\n")


def _shape(raw: bytes):
    def hostile(request: Request, op_path: str) -> Request:
        return replace(request, body=raw, content_type="application/json")
    return hostile


def _every_field(value: Any):
    """Each top-level field of the baseline body given ``value`` instead (an object where a string goes: a
    validator that reads a field before pydantic types it must not fall over it)."""
    def hostile(request: Request, op_path: str) -> Request:
        fields = {"locationId": None}
        if request.body and request.content_type == "application/json" and request.body.startswith(b"{"):
            fields = json.loads(request.body)
        return replace(request, body=json.dumps({key: value for key in fields}).encode(),
                       content_type="application/json")
    return hostile


HOSTILE_CLASSES: dict[str, Callable[[Request, str], Request]] = {
    "huge strings": huge_strings,
    "huge body": huge_body,
    "deep nesting": deep_nesting,
    "nesting inside a field": nested_in_a_field,
    "5,000-character ids": long_ids,
    "NUL (%00)": _encoding("%00", b"\\u0000"),
    "invalid UTF-8": _encoding("%FF%FE", b"\xff\xfe"),
    "overlong UTF-8": _encoding("%C0%AF", b"\xc0\xaf"),
    "no content type": _content_type(None),
    "text/plain": _content_type("text/plain"),
    "multipart": _content_type("multipart/form-data; boundary=B", _multipart),
    "multipart without boundary": _content_type("multipart/form-data"),
    "multipart, unknown charset": _content_type("multipart/form-data; boundary=B", _multipart_unknown_charset),
    "multipart, nested": _content_type("multipart/form-data; boundary=B", _multipart_nested),
    "form": _content_type("application/x-www-form-urlencoded", lambda b: b"locationId=x&a%FF=%FF&n=1e999"),
    "body []": _shape(b"[]"),
    "body null": _shape(b"null"),
    "body string": _shape(b'"x"'),
    "body number": _shape(b"1e999"),
    "body true": _shape(b"true"),
    "every field an object": _every_field({}),
    "every field a list": _every_field([{}]),
}


# -- judging an answer -----------------------------------------------------------------------
def check(answer: Answer, op: Operation | None = None) -> str | None:
    """What is wrong with this answer to a hostile request, or None. A scaffolded operation whose handler is not
    written yet answers 501 to whatever passes validation: that is its answer, not a failure."""
    status = answer.status
    if status >= 500 and not (status == 501 and op is not None and is_unwritten(op)):
        return f"{status}: {answer.body[:300]!r}"
    if "json" not in answer.content_type:
        return None if status < 400 else f"{status} is not JSON: {answer.content_type}"
    try:
        body = json.loads(answer.body)
    except ValueError:
        return f"{status}: the body is not JSON: {answer.body[:200]!r}"
    if status < 400:
        return None
    if isinstance(body, dict) and body.get("statusCode") == status and "message" in body:
        return None
    if isinstance(body, dict) and {"error", "error_description"} <= set(body):  # the OAuth token endpoint's shape
        return None
    return f"{status}: not a GHL error body: {str(body)[:200]}"
