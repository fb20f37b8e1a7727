"""Reading what the client sent: the body (bounded, parsed, depth-checked) and the query string.

Every way a body can be unreadable ends in a GHL-shaped 4xx here, never deeper in the stack:
too large (413), not UTF-8 or not JSON (400, worded like express's body parser), nested absurdly
deep (400), malformed multipart (400, worded like busboy).
"""

from __future__ import annotations

import codecs
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import orjson
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from mock_server.platform.errors import BadRequest, ClientDisconnected, PayloadTooLarge
from mock_server.platform.validation import list_fields

# DECISION: no GHL DTO nests deeper than a handful of levels; refusing beyond 32 keeps every later
# step (validation, storage, serialisation) safe from recursion limits.
MAX_JSON_DEPTH = 32


async def read_body(receive: Callable[[], Awaitable[dict]], headers: dict[str, str], limit: int) -> bytes:
    declared = headers.get("content-length")
    # the length first: int() of a 5,000-digit number raises
    if declared is not None and declared.isdigit() and (len(declared) > len(str(limit)) or int(declared) > limit):
        raise PayloadTooLarge("request entity too large")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":  # the client went away (or its body timed out) midway
            raise ClientDisconnected("The client disconnected before its request body was complete")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge("request entity too large")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def parse_json(raw: bytes) -> Any:
    if not raw.strip(b" \t\n\r"):
        # body-parser's strict mode finds no first character, and its JSON.parse("") throws this.
        raise BadRequest("Unexpected end of JSON input")
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


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart body, as multer hands it to GHL's handlers."""

    fieldname: str
    filename: str
    mimetype: str
    content: bytes


def parse_multipart(raw: bytes, content_type: str, files: list[UploadedFile] | None = None) -> dict[str, Any]:
    """A multipart/form-data body's fields, parsed by python-multipart; each part decoded by its charset.

    Refused with 400, worded like busboy (which GHL's Node services parse multipart with): no boundary, a
    truncated body, a part without a form-data name. File parts are collected into ``files`` for the
    operations that take files (``Operation.accepts_files``); elsewhere (the OAuth token endpoint) they
    answer multer's 400 "Unexpected field". DECISION: a part that is itself multipart, or in a charset
    Python does not know, is a 400 saying so.
    """
    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        raise BadRequest("Multipart: Boundary not found")
    parts: list[tuple[dict[bytes, bytes], bytearray]] = []
    header: list[bytearray] = []
    ended: list[bool] = []

    def begin_header() -> None:
        header[:] = [bytearray(), bytearray()]

    callbacks = {
        "on_part_begin": lambda: parts.append(({}, bytearray())),
        "on_header_field": lambda data, start, end: header[0].extend(data[start:end]),
        "on_header_value": lambda data, start, end: header[1].extend(data[start:end]),
        "on_header_end": lambda: (parts[-1][0].__setitem__(bytes(header[0]).strip().lower(), bytes(header[1])),
                                  begin_header()),
        "on_part_data": lambda data, start, end: parts[-1][1].extend(data[start:end]),
        "on_end": lambda: ended.append(True),
    }
    begin_header()
    try:
        MultipartParser(boundary, callbacks).write(raw)
    except MultipartParseError:
        raise BadRequest("Malformed part header") from None
    if not ended:
        raise BadRequest("Unexpected end of form")
    fields = []
    for part_headers, value in parts:
        disposition, options = parse_options_header(part_headers.get(b"content-disposition", b""))
        if disposition != b"form-data" or b"name" not in options:
            raise BadRequest("Malformed part header")
        if b"filename" in options:
            if files is None:
                raise BadRequest("Unexpected field")
            files.append(_file_part(part_headers, options, bytes(value)))
        else:
            fields.append(_form_field(part_headers, options, bytes(value)))
    return _collect(fields, frozenset())


def _file_part(headers: dict[bytes, bytes], options: dict[bytes, bytes], value: bytes) -> UploadedFile:
    media_type, _ = parse_options_header(headers.get(b"content-type", b"application/octet-stream"))
    return UploadedFile(options[b"name"].decode("utf-8", "replace"), options[b"filename"].decode("utf-8", "replace"),
                        media_type.decode("latin-1") or "application/octet-stream", value)


def _form_field(headers: dict[bytes, bytes], options: dict[bytes, bytes], value: bytes) -> tuple[str, str]:
    media_type, type_options = parse_options_header(headers.get(b"content-type", b"text/plain"))
    if media_type.startswith(b"multipart/"):
        raise BadRequest("Nested multipart parts are not supported")
    charset = type_options.get(b"charset", b"utf-8").decode("latin-1")
    try:
        codecs.lookup(charset)
    except LookupError:
        raise BadRequest(f"Unsupported charset {charset} in a multipart/form-data part") from None
    try:
        return options[b"name"].decode("utf-8"), value.decode(charset)
    except UnicodeDecodeError:
        raise BadRequest(f"A multipart/form-data part is not valid {charset}") from None


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
