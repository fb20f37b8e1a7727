"""Reading what the client sent: the body (bounded, parsed, depth-checked) and the query string.

Every way a body can be unreadable ends in a GHL-shaped 4xx here, never deeper in the stack:
too large (413), not UTF-8 or not JSON (400, worded like express's body parser), nested absurdly
deep (400).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

import orjson

from mock_server.platform.errors import BadRequest, PayloadTooLarge
from mock_server.platform.validation import list_fields

# DECISION: no GHL DTO nests deeper than a handful of levels; refusing beyond 32 keeps every later
# step (validation, storage, serialisation) safe from recursion limits.
MAX_JSON_DEPTH = 32


async def read_body(receive: Callable[[], Awaitable[dict]], headers: dict[str, str], limit: int) -> bytes:
    declared = headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge("request entity too large")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge("request entity too large")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def parse_json(raw: bytes) -> Any:
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"Unexpected token in JSON at position {exc.pos}") from None
    if _too_deep(value):
        raise BadRequest(f"JSON body is nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _too_deep(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_JSON_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def parse_form(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("Form body is not valid UTF-8") from None
    return _collect(parse_qsl(text, keep_blank_values=True), frozenset())


def query_dict(query_string: bytes, model: Any) -> dict[str, Any]:
    """The query as a dict for ``model``: list fields collect every value, ``k[]`` means ``k``."""
    if not query_string:
        return {}
    text = query_string.decode("latin-1")
    pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="replace")
    return _collect(pairs, list_fields(model) if model is not None else frozenset())


def _collect(pairs: list[tuple[str, str]], lists: frozenset[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        bracketed = key.endswith("[]")
        key = key[:-2] if bracketed else key
        if key in lists or bracketed:
            existing = out.setdefault(key, [])
            if isinstance(existing, list):
                existing.append(value)
            else:
                out[key] = [existing, value]
        elif key in out:  # a repeated scalar: express turns it into an array, which then fails validation
            existing = out[key]
            out[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            out[key] = value
    return out
