"""Recorded interactions: a client's requests and the shape of each answer, saved as a contract file.

``RecordingApp`` wraps any ASGI app (the mock itself, or ``ProxyApp`` in front of a running mock) and
records every GHL request that passes through it. Tokens are never saved: only which kind of token
was used. Answers are kept as their *shape* (keys and value types, no values) plus the ids they
carry, so a replay against another server can follow the records it creates
(``replay.py``; ``ghl-mock contract verify --contract FILE``).

A contract file::

    {"format": "ghl-mock-contract/1", "tenant": {"locationId": ..., "companyId": ...},
     "interactions": [{"request": {"method", "path", "query", "version", "contentType", "token", "body"},
                       "response": {"status", "shape", "ids": {"/contact/id": "..."}}}]}
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import jwt

FORMAT = "ghl-mock-contract/1"
NOT_RECORDED = ("/_mock", "/openapi.json")
MAX_IDS_PER_ANSWER = 50
SECRET_FIELDS = {"client_secret", "clientSecret", "refresh_token", "refreshToken", "code"}
REDACTED = "<redacted>"
SHAPE_SAMPLE = 5  # array items merged into one item shape


# -- shapes --------------------------------------------------------------------------------
def shape_of(value: Any) -> Any:
    """``{"users": [{"id": "string"}], "count": "number"}``: the structure of a JSON value, without values."""
    if isinstance(value, dict):
        return {key: shape_of(item) for key, item in value.items()}
    if isinstance(value, list):
        merged: Any = None
        for item in value[:SHAPE_SAMPLE]:
            merged = merge_shapes(merged, shape_of(item))
        return [merged] if merged is not None else []
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "null"


def merge_shapes(a: Any, b: Any) -> Any:
    if a is None or a == "null":
        return b
    if b is None or b == "null":
        return a
    if isinstance(a, dict) and isinstance(b, dict):
        return {key: merge_shapes(a.get(key), b.get(key)) for key in {**a, **b}}
    if isinstance(a, list) and isinstance(b, list):
        return [merge_shapes(a[0] if a else None, b[0] if b else None)] if (a or b) else []
    return a


def ids_in(value: Any, pointer: str = "") -> dict[str, str]:
    """JSON pointer -> id for every ``id``/``...Id`` string in an answer (to map records across servers)."""
    found: dict[str, str] = {}
    stack = [(pointer, value)]
    while stack and len(found) < MAX_IDS_PER_ANSWER:
        where, node = stack.pop(0)
        if isinstance(node, dict):
            for key, item in node.items():
                here = f"{where}/{key.replace('~', '~0').replace('/', '~1')}"
                if isinstance(item, str) and item and (key in ("id", "_id") or key.endswith("Id")):
                    found[here] = item
                elif isinstance(item, (dict, list)):
                    stack.append((here, item))
        elif isinstance(node, list):
            stack += [(f"{where}/{i}", item) for i, item in enumerate(node)]
    return found


def token_kind(authorization: str | None) -> tuple[str, dict[str, Any]]:
    """``("location" | "agency" | "none", claims)`` of a Bearer token (JWT claims read, never verified)."""
    if not authorization:
        return "none", {}
    token = authorization.removeprefix("Bearer ").strip()
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return "location", {}  # a PIT or another opaque token: sub-account tokens are the common case
    return ("agency" if claims.get("authClass") == "Company" else "location"), claims


# -- the recorder --------------------------------------------------------------------------
class RecordingApp:
    """ASGI middleware recording every GHL exchange; ``save()`` writes the contract file."""

    def __init__(self, app, out: str | os.PathLike | None = None, *, flush_seconds: float = 2.0) -> None:
        self.app = app
        self.out = Path(out) if out else None
        self.flush_seconds = flush_seconds
        self.interactions: list[dict[str, Any]] = []
        self.tenant: dict[str, str] = {}
        self._lock = threading.Lock()
        self._flushed = 0.0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if scope["type"] != "http" or scope["path"].startswith(NOT_RECORDED):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        answer: dict[str, Any] = {"status": 0, "body": []}

        async def receive_and_keep():
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        async def send_and_keep(message):
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"].append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive_and_keep, send_and_keep)
        self._record(scope, b"".join(chunks), answer["status"], b"".join(answer["body"]))

    async def _lifespan(self, scope, receive, send) -> None:
        async def send_and_save(message):
            if message["type"] == "lifespan.shutdown.complete":
                self.save()
            await send(message)

        try:
            await self.app(scope, receive, send_and_save)
        except Exception:  # an app without lifespan support: still answer the server, still save at the end
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    self.save()
                    await send({"type": "lifespan.shutdown.complete"})
                    return

    def _record(self, scope, raw_body: bytes, status: int, raw_answer: bytes) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        kind, claims = token_kind(headers.get("authorization"))
        answer = _json_or_none(raw_answer)
        interaction = {
            "request": {
                "method": scope["method"], "path": scope["path"],
                "query": _query(scope.get("query_string", b"")),
                "version": headers.get("version"), "contentType": headers.get("content-type"),
                "token": kind, "body": _redacted(_json_or_none(raw_body)) if raw_body.strip() else None,
            },
            "response": {"status": status, "shape": shape_of(answer), "ids": ids_in(answer)},
        }
        with self._lock:
            for key in ("locationId", "companyId", "userId"):
                if claims.get(key) and key not in self.tenant and (key != "locationId" or kind == "location"):
                    self.tenant[key] = claims[key]
            self.interactions.append(interaction)
        if self.out and time.monotonic() - self._flushed > self.flush_seconds:
            self.save()

    def contract(self) -> dict[str, Any]:
        with self._lock:
            return {"format": FORMAT, "tenant": dict(self.tenant), "interactions": list(self.interactions)}

    def save(self, path: str | os.PathLike | None = None) -> Path | None:
        target = Path(path) if path else self.out
        if target is None:
            return None
        self._flushed = time.monotonic()
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_text(json.dumps(self.contract(), indent=1, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)  # atomic: a reader never sees half a file
        return target


def load_contract(path: str | os.PathLike) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path} is not a ghl-mock contract file (format {data.get('format')!r}, expected {FORMAT})")
    return data


def _redacted(body: Any) -> Any:
    """Credentials in a body (the token endpoint's) never reach a contract file."""
    if isinstance(body, dict):
        return {k: REDACTED if k in SECRET_FIELDS else v for k, v in body.items()}
    if isinstance(body, str) and "=" in body:
        pairs = parse_qsl(body, keep_blank_values=True)
        return urlencode([(k, REDACTED if k in SECRET_FIELDS else v) for k, v in pairs])
    return body


def _query(raw: bytes) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True):
        if key in out:
            out[key] = [*out[key], value] if isinstance(out[key], list) else [out[key], value]
        else:
            out[key] = value
    return out


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw.decode("utf-8", "replace")


# -- a recording proxy in front of a running server ----------------------------------------
class ProxyApp:
    """An ASGI app that forwards every request to ``target`` (e.g. the docker-compose mock)."""

    HOP_BY_HOP = {"host", "content-length", "connection", "transfer-encoding", "keep-alive"}

    def __init__(self, target: str) -> None:
        self.client = httpx.AsyncClient(base_url=target.rstrip("/"), timeout=60.0)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]
                   if k.decode("latin-1").lower() not in self.HOP_BY_HOP]
        url = scope["path"] + (f"?{scope['query_string'].decode('latin-1')}" if scope.get("query_string") else "")
        try:
            response = await self.client.request(scope["method"], url, headers=headers, content=body)
            status, content = response.status_code, response.content
            out = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()
                   if k.lower() not in self.HOP_BY_HOP and k.lower() != "content-encoding"]
        except httpx.HTTPError as exc:
            status, content = 502, json.dumps({"statusCode": 502, "message": f"proxy: {exc}"}).encode()
            out = [(b"content-type", b"application/json")]
        out.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": content})
