"""What to generate for one official file: its operations as our declarations, and their models.

Everything here is read from the file's structure (``OfficialSpec`` indexes it and resolves its
``$ref``s); nothing is rendered yet (``templates.py`` does that).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mock_server.contracts.official import OfficialOperation, OfficialSpec
from mock_server.contracts.scaffold.naming import Names, area_name, camel, pascal, plural, singular, snake, words
from mock_server.contracts.scaffold.samples import Sample, sample_request
from mock_server.contracts.scaffold.shapes import Shapes

# Error statuses every operation may answer (the platform's own: openapi.ERROR_STATUSES); the others an
# operation declares go into its ``errors=``.
COMMON_ERRORS = frozenset({400, 401, 403, 413, 422, 429})
TOKEN_CONSTANTS = {frozenset({"Location"}): "LOCATION", frozenset({"Company"}): "AGENCY",
                   frozenset({"Location", "Company"}): "LOCATION_OR_AGENCY"}
FORM_MEDIA = ("multipart/form-data", "application/x-www-form-urlencoded")
TENANT_PARAMS = frozenset({"locationId", "companyId", "userId"})
JSON = "application/json"


@dataclass
class Declared:
    """One operation as the routes module declares it."""

    official: OfficialOperation
    handler: str
    tokens: str | None  # LOCATION / AGENCY / LOCATION_OR_AGENCY; None: public (the file declares no security)
    scopes: tuple[str, ...]
    status: int
    errors: tuple[int, ...]
    query: str | None
    body: str | None
    body_media: str
    response: str | None
    response_media: str
    path_enums: dict[str, tuple[Any, ...]]
    sample: Sample
    notes: list[str] = field(default_factory=list)  # what a reviewer must decide (REVIEW comments)

    @property
    def returns(self) -> str:
        if self.response_media != JSON:
            return "FileReply"
        return "list" if self.sample.answers_list else "dict"


@dataclass
class TablePlan:
    """A table the area's records live in, named from the operations that address them by id."""

    constant: str  # CUSTOM_MENUS
    name: str  # customMenus
    record: str  # "Custom menu", for the not-found text
    missing_status: int  # 404 when an operation on it declares one, else 400 (GHL's answer to most unknown ids)


@dataclass
class AreaPlan:
    spec_file: str  # as the ``Api`` names it: ``links.json``, ``v3/chat-widget-v3.json``
    area: str
    tag: str
    operations: list[Declared]
    shapes: Shapes

    @property
    def tables(self) -> list[TablePlan]:
        """One per record kind an operation addresses by id (``/links/{linkId}`` -> ``links``): the last path
        parameter of a path that ends with one, unless it names a tenant or takes a few words only."""
        found: dict[str, TablePlan] = {}
        for op in self.operations:
            segments = op.official.path.rstrip("/").split("/")
            last = segments[-1]
            if not (last.startswith("{") and last.endswith("}")) or last[1:-1] in TENANT_PARAMS \
                    or last[1:-1] in op.path_enums:  # a word among a few (add|remove), not a record's id
                continue
            param = last[1:-1]
            literal = next((x for x in reversed(segments[:-1]) if x and not x.startswith("{")), "record")
            stem = camel(param[:-2] if param.endswith("Id") and len(param) > 2 else singular(literal)) or "record"
            name = plural(stem)
            table = found.setdefault(name, TablePlan(snake(name).upper(), name, words(stem), 400))
            if 404 in op.errors:
                table.missing_status = 404
        return list(found.values())


def api_name(path: Path) -> str:
    """The name our ``Api`` gives an official file: ``links.json``, ``v3/chat-widget-v3.json``."""
    path = path.resolve()
    return f"v3/{path.name}" if path.parent.name == "v3" else path.name


def plan_area(path: Path, area: str, operation_ids: list[str] | None = None, *,
              skip: set[tuple[str, str]] = frozenset(), taken_models: set[str] = frozenset(),
              taken_handlers: set[str] = frozenset(), spec: OfficialSpec | None = None) -> AreaPlan:
    """The plan for ``path``'s operations (``operation_ids`` only, when given; never those in ``skip``,
    (METHOD, path) pairs the area already declares). Names in ``taken_*`` are left to what already has them.
    ``spec``: an index of ``path``'s folder to reuse (its files are read once)."""
    path = Path(path).resolve()
    spec = spec or OfficialSpec(path.parent)
    name = path.name
    every = spec.operations_of(name)
    chosen = _choose(every, operation_ids, skip, name)
    shapes = Shapes(spec, name, taken_models)
    handlers = Names(taken_handlers)
    document = spec.document(name)
    for op in chosen:  # root names first, so a schema named by a body keeps ``...Body`` wherever else it is used
        shapes.reserve(op.body["schema"] if op.body else None, _body_role(op), "Body")
        shapes.reserve(op.responses.get(str(_status(op)[0])), "response", "Response")
    declared = [_declare(op, spec, name, document, shapes, handlers) for op in chosen]
    tags = [t for op in chosen for t in _raw(document, op).get("tags", [])]
    tag = max(dict.fromkeys(tags), key=tags.count) if tags else pascal(area_name(name))
    return AreaPlan(api_name(path), area, tag, declared, shapes)


def _choose(every: list[OfficialOperation], wanted: list[str] | None, skip: set[tuple[str, str]],
            spec_file: str) -> list[OfficialOperation]:
    if not wanted:
        return [op for op in every if (op.method, op.path) not in skip]
    by_id = {op.operation_id: op for op in every}
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise LookupError(f"{spec_file} has no operation {', '.join(unknown)} (it has: "
                          f"{', '.join(sorted(by_id))})")
    declared = [w for w in wanted if (by_id[w].method, by_id[w].path) in skip]
    if declared:
        raise LookupError(f"already declared in the area: {', '.join(declared)}")
    return [by_id[w] for w in dict.fromkeys(wanted)]


def _declare(op: OfficialOperation, spec: OfficialSpec, name: str, document: dict[str, Any], shapes: Shapes,
             handlers: Names) -> Declared:
    notes: list[str] = []
    stem = pascal(op.operation_id or f"{op.method} {op.path}")
    status, others = _status(op)
    if others:
        notes.append(f"the official file declares {' and '.join(map(str, sorted([status, *others])))} for "
                     f"success; we answer {status}")
    classes = op.token_classes
    tokens = TOKEN_CONSTANTS.get(frozenset(classes)) if classes else None
    if classes and tokens is None:
        notes.append(f"unknown security scheme(s) {sorted(classes)}: declared as a sub-account operation")
        tokens = "LOCATION"
    if tokens is None:
        notes.append("the official file declares no security: public=True takes no token; is that so?")
    body_role = _body_role(op)
    body = shapes.root(op.body.get("schema"), body_role, stem + "Body") if op.body else None
    response_media, response_schema = _answer(spec, name, _raw(document, op), status)
    response = shapes.root(response_schema, "response", stem + "Response") if response_media == JSON else None
    query = shapes.query(list(op.params("query").values()), stem + "Query")
    path_enums = {param: tuple(schema["enum"]) for param, p in op.params("path").items()
                  if (schema := spec.resolve(name, p.get("schema") or {})) and schema.get("enum")}
    errors = tuple(sorted({int(s) for s in op.responses if s.isdigit() and int(s) >= 400
                           and int(s) not in COMMON_ERRORS and int(s) < 500}))
    return Declared(
        official=op, handler=handlers.claim(snake(op.operation_id or f"{op.method}_{op.path}")), tokens=tokens,
        scopes=tuple(sorted(op.scopes)), status=status, errors=errors, query=query, body=body,
        body_media=op.body["media"] if op.body and op.body.get("media") in FORM_MEDIA else JSON,
        response=response, response_media=response_media, path_enums=path_enums,
        sample=sample_request(spec, name, op, response_schema, body_role), notes=notes)


def _raw(document: dict[str, Any], op: OfficialOperation) -> dict[str, Any]:
    return document["paths"][op.path][op.method.lower()]


def _body_role(op: OfficialOperation) -> str:
    return "form" if op.body and op.body.get("media") in FORM_MEDIA else "body"


def _status(op: OfficialOperation) -> tuple[int, list[int]]:
    """The success status we answer (a POST's 201 when declared, else the first) and the others declared."""
    declared = op.success_statuses or [200]
    chosen = 201 if op.method == "POST" and 201 in declared else declared[0]
    return chosen, [s for s in declared if s != chosen]


def _answer(spec: OfficialSpec, name: str, raw: dict[str, Any], status: int) -> tuple[str, dict[str, Any] | None]:
    """The success answer's media type and (for JSON) schema."""
    response = spec.resolve(name, (raw.get("responses") or {}).get(str(status)) or {})
    content = response.get("content") or {}
    if not content or JSON in content:
        return JSON, (content.get(JSON) or {}).get("schema")
    return next(iter(content)), None
