"""GHL's official OpenAPI files: finding them, indexing their operations, validating against them.

The files are reference material outside the project (``../shared/ghl-reference/apps`` beside the
repository, or wherever ``GHL_UPSTREAM_SPEC`` points). Nothing here copies them: they are read when
present, and every caller says clearly what it skips when they are absent.

Operations are keyed by ``(spec file, METHOD, path)``: operationIds repeat across files.
``$ref``s (``#/components/...`` and ``../common/common-schemas.json#/...``) are resolved by the
``referencing`` library; the files are OpenAPI 3.0, so ``nullable`` is turned into JSON Schema's
``null`` type once, when a file is loaded.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from mock_server.platform.routing import shape

ENV_VAR = "GHL_UPSTREAM_SPEC"
RELATIVE_LOCATION = Path("..") / "shared" / "ghl-reference" / "apps"
REPO_ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "post", "put", "patch", "delete")

# The official security schemes differ only in prose (see spec-oddities.md): sub-account vs agency tokens.
SCHEME_TOKEN_CLASS = {"bearer": "Location", "Location-Access": "Location", "Location-Access-Only": "Location",
                      "Agency-Access": "Company", "Agency-Access-Only": "Company"}


def locate(explicit: str | os.PathLike | None = None) -> Path | None:
    """The directory of the official v2 files, or None.

    ``explicit`` (``--spec``), else ``$GHL_UPSTREAM_SPEC``: when given, only that place counts (so
    ``GHL_UPSTREAM_SPEC=/nowhere`` runs as if the files were absent). Otherwise ``../shared`` beside
    the repository, or beside the current directory."""
    chosen = explicit or os.environ.get(ENV_VAR)
    candidates = [Path(chosen)] if chosen else [REPO_ROOT / RELATIVE_LOCATION, Path.cwd() / RELATIVE_LOCATION]
    for candidate in candidates:
        if (candidate / "users.json").is_file():
            return candidate.resolve()
    return None


def v3_directory(apps_dir: Path) -> Path | None:
    """The official v3 files beside the v2 ones (``apps/v3``), or None."""
    v3 = Path(apps_dir) / "v3"
    return v3 if v3.is_dir() and any(v3.glob("*.json")) else None


def absent_message(consequence: str = "skipping the comparison with the official contract") -> str:
    return (f"GHL's official OpenAPI files were not found (set {ENV_VAR} to their apps/ directory, or put "
            f"ghl-reference beside the repository as {RELATIVE_LOCATION.parent.parent}): {consequence}.")


@dataclass(frozen=True)
class OfficialOperation:
    spec_file: str
    method: str
    path: str
    operation_id: str
    summary: str
    deprecated: bool
    security: tuple[tuple[str, tuple[str, ...]], ...]  # (scheme, scopes) alternatives; () = none declared
    parameters: tuple[dict[str, Any], ...]
    body: dict[str, Any] | None  # {"required": bool, "media": str, "schema": {...}} (schema still with $refs)
    responses: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # status -> json schema or None
    pointer: str = ""  # JSON pointer of the operation inside its file

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.spec_file, self.method, self.path)

    @property
    def scopes(self) -> frozenset[str]:
        return frozenset(scope for _, scopes in self.security for scope in scopes)

    @property
    def token_classes(self) -> frozenset[str]:
        return frozenset(SCHEME_TOKEN_CLASS.get(scheme, scheme) for scheme, _ in self.security)

    def params(self, where: str) -> dict[str, dict[str, Any]]:
        return {p["name"]: p for p in self.parameters if p.get("in") == where}

    @property
    def success_statuses(self) -> list[int]:
        return sorted(int(s) for s in self.responses if s.isdigit() and 200 <= int(s) < 300)


class OfficialSpec:
    """Every official v2 file in one directory, indexed by operation, with schema validation.

    The v3 files (``apps/v3``) are a second ``OfficialSpec`` (``.v3``). The two are overlapping sets, not one
    inside the other: 40 v2 operations have no v3 twin and 87 v3 operations no v2 one (``counterparts``).
    """

    def __init__(self, apps_dir: Path, *, prefix: str = "", read_v3: bool = True) -> None:
        self.apps_dir = Path(apps_dir)
        self.prefix = prefix  # how this directory's file names read relative to apps/ ("v3/")
        self.read_v3 = read_v3  # False: these files alone (what one file declares, as the scaffold reads it)
        self._documents: dict[str, dict[str, Any]] = {}
        self._resources: dict[str, Resource] = {}
        self.registry: Registry = Registry(retrieve=self._retrieve)

    # -- loading ---------------------------------------------------------------------------
    def spec_files(self) -> list[str]:
        return sorted(p.name for p in self.apps_dir.glob("*.json"))

    def document(self, spec_file: str) -> dict[str, Any]:
        if spec_file not in self._documents:
            self._documents[spec_file] = _load(self.apps_dir / spec_file)
        return self._documents[spec_file]

    def uri(self, spec_file: str) -> str:
        return (self.apps_dir / spec_file).resolve().as_uri()

    def _retrieve(self, uri: str) -> Resource:
        # The registry never learns what it retrieved (it is immutable), so cache here: files are big.
        if uri not in self._resources:
            path = Path(unquote(uri.removeprefix("file://")))
            contents = self.document(path.name) if path.parent == self.apps_dir.resolve() else _load(path)
            self._resources[uri] = Resource(contents=contents, specification=DRAFT7)
        return self._resources[uri]

    @cached_property
    def operations(self) -> dict[tuple[str, str, str], OfficialOperation]:
        found: dict[tuple[str, str, str], OfficialOperation] = {}
        for spec_file in self.spec_files():
            for op in self._operations_of(spec_file):
                found[op.key] = op
        return found

    @cached_property
    def v3(self) -> OfficialSpec | None:
        """The v3 files beside these v2 ones, or None."""
        where = v3_directory(self.apps_dir) if self.read_v3 and not self.prefix else None
        return OfficialSpec(where, prefix=f"{where.name}/") if where else None

    def label(self, op: OfficialOperation) -> str:
        """``op``'s file as named relative to apps/ (``contacts.json``, ``v3/contacts-v3.json``)."""
        return self.prefix + op.spec_file

    @cached_property
    def _by_shape(self) -> dict[tuple[str, tuple], list[OfficialOperation]]:
        found: dict[tuple[str, tuple], list[OfficialOperation]] = {}
        for op in self.operations.values():
            found.setdefault((op.method, shape(op.path)), []).append(op)
        return found

    def counterparts(self, spec_file: str, method: str, path: str) -> list[tuple[OfficialSpec, OfficialOperation]]:
        """The official contracts of the operation served at ``method path``: its v2 operation (in ``spec_file``
        when that file has one) and its v3 operation, each found by method and path shape (parameter names
        differ between the versions); an operation in one version only has one."""
        found = []
        for spec in (self, self.v3):
            candidates = spec._by_shape.get((method.upper(), shape(path)), []) if spec is not None else []
            chosen = next((op for op in candidates if op.spec_file == spec_file), candidates[0] if candidates else None)
            if chosen is not None:
                found.append((spec, chosen))
        return found

    def operations_of(self, spec_file: str) -> list[OfficialOperation]:
        if "operations" not in self.__dict__:  # not indexed yet: read that one file only
            return self._operations_of(spec_file)
        return [op for key, op in self.operations.items() if key[0] == spec_file]

    def get(self, spec_file: str, method: str, path: str) -> OfficialOperation | None:
        return self.operations.get((spec_file, method.upper(), path))

    def _operations_of(self, spec_file: str) -> list[OfficialOperation]:
        doc = self.document(spec_file)
        out: list[OfficialOperation] = []
        for path, item in doc.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                pointer = f"/paths/{_escape(path)}/{method}"
                out.append(OfficialOperation(
                    spec_file=spec_file, method=method.upper(), path=path, operation_id=raw.get("operationId", ""),
                    summary=raw.get("summary", ""), deprecated=bool(raw.get("deprecated")),
                    security=tuple((scheme, tuple(scopes)) for alt in raw.get("security") or [] for scheme, scopes
                                   in alt.items()),
                    parameters=tuple(self.resolve(spec_file, p) for p in [*shared, *raw.get("parameters", [])]),
                    body=self._body(spec_file, raw.get("requestBody")),
                    responses={status: _json_schema(self.resolve(spec_file, response))
                               for status, response in raw.get("responses", {}).items()},
                    pointer=pointer,
                ))
        return out

    def _body(self, spec_file: str, body: dict[str, Any] | None) -> dict[str, Any] | None:
        if body is None:
            return None
        body = self.resolve(spec_file, body)
        content = body.get("content", {})
        media = "application/json" if "application/json" in content else next(iter(content), None)
        schema = content.get(media, {}).get("schema") if media else None
        return {"required": bool(body.get("required")), "media": media, "schema": schema}

    # -- schemas ---------------------------------------------------------------------------
    def resolve(self, spec_file: str, node: Any) -> Any:
        """Follow ``$ref``s at the top of ``node`` (relative to ``spec_file``)."""
        base = self.uri(spec_file)
        resolver = self.registry.resolver(base_uri=base)
        while isinstance(node, dict) and "$ref" in node:
            resolved = resolver.lookup(node["$ref"])
            node, resolver = resolved.contents, resolved.resolver
        return node

    def schema_view(self, spec_file: str, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` with its properties and required list, following ``$ref`` and ``allOf``."""
        schema = self.resolve(spec_file, schema) or {}
        merged = {"properties": dict(schema.get("properties", {})), "required": list(schema.get("required", []))}
        for part in schema.get("allOf", []):
            sub = self.schema_view(spec_file, part)
            merged["properties"].update(sub["properties"])
            merged["required"] += sub["required"]
        return merged

    def validator(self, op: OfficialOperation, status: int) -> Draft7Validator | None:
        """A validator for ``op``'s declared ``status`` response body, or None when none is declared."""
        if op.responses.get(str(status)) is None:
            return None
        pointer = f"{op.pointer}/responses/{status}/content/application~1json/schema"
        return Draft7Validator({"$ref": f"{self.uri(op.spec_file)}#{quote(pointer, safe='/~')}"},
                               registry=self.registry)

    def request_validator(self, op: OfficialOperation) -> Draft7Validator | None:
        if not op.body or op.body.get("media") != "application/json" or op.body.get("schema") is None:
            return None
        pointer = f"{op.pointer}/requestBody/content/application~1json/schema"
        return Draft7Validator({"$ref": f"{self.uri(op.spec_file)}#{quote(pointer, safe='/~')}"},
                               registry=self.registry)


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _json_schema(response: dict[str, Any] | None) -> dict[str, Any] | None:
    content = (response or {}).get("content") or {}
    return (content.get("application/json") or {}).get("schema")


def _load(path: Path) -> dict[str, Any]:
    return _to_json_schema(json.loads(Path(path).read_text(encoding="utf-8")))


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema dialect -> JSON Schema draft 7 (``nullable``, boolean exclusive bounds)."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _to_json_schema(value) for key, value in node.items()}
    if out.get("nullable") is True or out.get("nullable") is False:
        nullable = out.pop("nullable")
    else:
        nullable = False
    if nullable:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(bound), bool):
            flag = out.pop(bound)
            if flag and limit in out:
                out[bound] = out.pop(limit)
    if out.get("type") == "any":  # not JSON Schema: any value
        out.pop("type")
    return out
