"""The mock's own OpenAPI 3.1 document, generated from the operation registry.

Nothing here is hand-written per operation: paths, parameters, bodies, responses, security and
scopes all come from each ``Operation`` and its pydantic models. (The official GHL files are not
copied; ``contracts/`` compares this document and our responses against them.)
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import orjson
from pydantic import BaseModel, TypeAdapter

import mock_server
from mock_server.platform.access import ACCEPTED_VERSIONS
from mock_server.platform.operations import Operation, Registry
from mock_server.platform.unimplemented import is_unwritten
from mock_server.platform.validation import validate

REF = "#/components/schemas/{model}"

ERROR_SCHEMAS: dict[str, Any] = {
    "GhlError": {
        "type": "object",
        "description": "GHL's error body: statusCode, message (a list of sentences for 422), error, traceId.",
        "required": ["statusCode", "message"],
        "properties": {
            "statusCode": {"type": "integer"},
            "message": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "error": {"type": "string"},
            "traceId": {"type": "string"},
        },
    },
    "OAuthError": {
        "type": "object",
        "description": "The token endpoint's error body.",
        "required": ["error"],
        "properties": {"error": {"type": "string"}, "error_description": {"type": "string"}},
    },
}

SECURITY_SCHEMES = {
    "Location-Access": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                        "description": "A sub-account (location) token: OAuth access token or Private Integration Token."},
    "Agency-Access": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                      "description": "An agency (company) token: OAuth access token or Private Integration Token."},
}

RATE_LIMIT_HEADERS = {
    name: {"description": text, "required": True, "schema": {"type": "string", "pattern": r"^\d+$"}}
    for name, text in (
        ("X-RateLimit-Limit-Daily", "requests allowed per day (per app per location or company)"),
        ("X-RateLimit-Daily-Remaining", "requests left today"),
        ("X-RateLimit-Interval-Milliseconds", "the burst window"),
        ("X-RateLimit-Max", "requests allowed per burst window"),
        ("X-RateLimit-Remaining", "requests left in the current burst window"),
    )
}

ERROR_STATUSES = {
    400: "Bad Request: a business rule refused the request, or an id is unknown",
    401: "Unauthorized: Version header, token, scope or token class",
    403: "Forbidden: the token does not have access to this location or company",
    413: "Payload Too Large",
    429: "Too Many Requests: only when rate-limit enforcement is on",
    422: "Unprocessable Entity: every violated constraint of the request",
}


# (ids of its operations, server_url) -> (those operations, the document as JSON): see ``openapi_bytes``.
_RENDERED: dict[tuple[tuple[int, ...], str | None], tuple[tuple[Operation, ...], bytes]] = {}


def openapi_bytes(registry: Registry, *, server_url: str | None = None) -> bytes:
    """``build_openapi`` as JSON, built once per registry and server URL in a process.

    Every mock built from the registered areas serves the same (immutable) operations, and the document is a
    function of them alone: building it (pydantic's JSON schemas of every model) takes 2-4 s of CPU, which each new
    app serving ``/openapi.json`` in a process (a test's own mock, a second sandbox) paid again. The bytes are
    shared, never a dict a caller could change. The key is the operations themselves (held, so their ids are never
    reused): a registry with other operations gets its own document."""
    operations = tuple(registry.operations)
    key = (tuple(map(id, operations)), server_url)
    cached = _RENDERED.get(key)
    if cached is None:
        cached = _RENDERED[key] = (operations, orjson.dumps(build_openapi(registry, server_url=server_url)))
    return cached[1]


def build_openapi(registry: Registry, *, server_url: str | None = None) -> dict[str, Any]:
    # The operations the mock serves: a scaffolded one whose handler is unwritten (it answers 501) is left out.
    registry = [op for op in registry if not is_unwritten(op)]
    models = _collect_models(registry)
    adapters = [(key, mode, TypeAdapter(model)) for key, (model, mode) in models.items()]
    refs, defs = TypeAdapter.json_schemas(adapters, ref_template=REF)
    schemas = {**defs.get("$defs", {}), **ERROR_SCHEMAS}
    paths: dict[str, dict[str, Any]] = {}
    for op in registry:
        for path in op.paths:
            paths.setdefault(path, {})[op.method.lower()] = _operation(op, path, refs, schemas)
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "ghl-mock: GoHighLevel API v2 (mock)",
            "version": mock_server.__version__,
            "description": "Operations implemented by ghl-mock, with GHL's paths, operationIds and scopes.",
        },
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": SECURITY_SCHEMES},
    }
    if server_url:
        document["servers"] = [{"url": server_url}]
    return document


def _collect_models(registry: list[Operation]) -> dict[tuple, tuple[Any, str]]:
    models: dict[tuple, tuple[Any, str]] = {}
    for op in registry:
        if op.query is not None:
            models[("query", op.query)] = (op.query, "validation")
        if op.body is not None:
            models[("body", _hashable(op.body))] = (op.body, "validation")
        if op.response is not None:
            models[("response", _hashable(op.response))] = (op.response, "serialization")
    return models


def _hashable(model: Any) -> Any:
    return model if isinstance(model, type) else repr(model)


def _operation(op: Operation, path: str, refs: dict, schemas: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "operationId": op.operation_id if path == op.path else f"{op.operation_id}--{_slug(path)}",
        "summary": op.summary or op.operation_id,
        "tags": [op.tag] if op.tag else [],
        "parameters": _parameters(op, path, refs, schemas),
        "responses": _responses(op, refs),
        "x-ghl-spec-file": op.spec_file,
    }
    if op.description:
        spec["description"] = op.description
    if op.deprecated:
        spec["deprecated"] = True
    if op.body is not None:
        body_schema = refs[(("body", _hashable(op.body)), "validation")]
        spec["requestBody"] = {
            # The pipeline reads a missing body as {}: it is required only where {} is refused.
            "required": bool(validate(op.body, {})[1]),
            "content": {media: {"schema": body_schema} for media in op.body_media_types},
        }
    spec["security"] = [] if op.public else [
        {("Agency-Access" if token_class == "Company" else "Location-Access"): list(op.scopes)}
        for token_class in sorted(op.tokens, reverse=True)
    ]
    return spec


def _parameters(op: Operation, path: str, refs: dict, schemas: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {"name": name, "in": "path", "required": True,
         "schema": {"type": "string", "enum": list(op.path_enums[name])} if name in op.path_enums
         else {"type": "string", "minLength": 1}}
        for name in _path_params(path)
    ]
    params.append({"name": "Version", "in": "header", "required": op.version_header,
                   "description": "API version (one of GHL's published values)."
                   + ("" if op.version_header else " Optional here; one sent must be a published value "
                                                       "(v3 answers the v3 DTO where the operation has one)."),
                   "schema": {"type": "string", "enum": list(ACCEPTED_VERSIONS)}})
    if op.query is not None:
        query_schema = _resolve(refs[(("query", op.query), "validation")], schemas)
        required = set(query_schema.get("required", []))
        for name, prop in query_schema.get("properties", {}).items():
            param = {"name": name, "in": "query", "required": name in required, "schema": prop}
            if prop.get("description"):
                param["description"] = prop["description"]
            params.append(param)
    return params


def _responses(op: Operation, refs: dict) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    success: dict[str, Any] = {"description": "Successful response"}
    if op.response is not None:
        schema = refs[(("response", _hashable(op.response)), "serialization")]
        success["content"] = {"application/json": {"schema": schema}}
    elif op.response_media_type != "application/json":
        success["content"] = {op.response_media_type: {"schema": {"type": "string", "format": "binary"}}}
    if not op.public:
        success["headers"] = RATE_LIMIT_HEADERS
    responses[str(op.status)] = success
    extra = {status: HTTPStatus(status).phrase for status in op.errors if status not in ERROR_STATUSES}
    for status, description in {**ERROR_STATUSES, **extra}.items():
        if op.public and status == 403:
            continue
        schema_name = "OAuthError" if op.public and status == 401 else "GhlError"
        responses[str(status)] = {"description": description,
                                  "content": {"application/json": {"schema": {"$ref": REF.format(model=schema_name)}}}}
    return responses


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _path_params(path: str) -> list[str]:
    return [seg[1:-1] for seg in path.split("/") if seg.startswith("{") and seg.endswith("}")]


def _slug(path: str) -> str:
    return path.strip("/").replace("/", "-").replace("{", "").replace("}", "")


__all__ = ["BaseModel", "build_openapi"]
