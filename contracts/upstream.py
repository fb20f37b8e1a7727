"""Checking the mock's responses against GHL's official OpenAPI files (upstream conformance).

The official files are not part of the project: they are found at ``$GHL_UPSTREAM_SPEC`` (the
``ghl-reference`` folder, or its ``apps`` folder) or at ``../shared/ghl-reference`` beside the
repository. ``spec_root()`` is None when they are absent; callers skip with ``MISSING``.

    problems = upstream.response_problems("calendars.json", "GET", "/calendars/{calendarId}", 200, body)

answers the validation errors of ``body`` against the schema the file declares for that
response, as ``"<where>: <message>"`` strings (``where`` is the dotted path of the offending value,
or of the missing field for a ``required`` error), leaving out the official-file defects
listed in ``upstream_allowlist.DEFECTS``. ``$ref``s, ``../common/common-schemas.json`` included,
resolve through a ``jsonschema_rs`` registry; OpenAPI 3.0 schemas are read as JSON Schema draft 4.
"""

from __future__ import annotations

import fnmatch
import os
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema_rs
import orjson

from mock_server.contracts.upstream_allowlist import DEFECTS, Defect

ENV_VAR = "GHL_UPSTREAM_SPEC"
MISSING = (f"the official GHL OpenAPI files are absent: set {ENV_VAR} to the ghl-reference folder, "
           "or put it at ../shared/ghl-reference beside the repository")
_REPO_ROOT = Path(__file__).resolve().parents[1]


def spec_root() -> Path | None:
    """The folder holding the official ``*.json`` files (``ghl-reference/apps``), or None."""
    candidates = [Path(os.environ[ENV_VAR])] if os.environ.get(ENV_VAR) else []
    # beside the repository: found from the source tree, or from where the tests run (installed package)
    candidates += [_REPO_ROOT.parent / "shared" / "ghl-reference", Path.cwd().parent / "shared" / "ghl-reference"]
    for candidate in candidates:
        for folder in (candidate, candidate / "apps"):
            if (folder / "calendars.json").is_file():
                return folder
    return None


@lru_cache(maxsize=None)
def load_spec(spec_file: str) -> dict[str, Any]:
    root = spec_root()
    if root is None:
        raise FileNotFoundError(MISSING)
    return orjson.loads((root / spec_file).read_bytes())


def operation(spec_file: str, method: str, path: str) -> dict[str, Any] | None:
    return load_spec(spec_file).get("paths", {}).get(path, {}).get(method.lower())


def response_schema(spec_file: str, method: str, path: str, status: int) -> dict[str, Any] | None:
    """The JSON schema the file declares for that response (unresolved), or None if it declares none."""
    op = operation(spec_file, method, path)
    response = (op or {}).get("responses", {}).get(str(status)) or {}
    return (response.get("content") or {}).get("application/json", {}).get("schema")


@lru_cache(maxsize=None)
def _validator(spec_file: str, method: str, path: str, status: int):
    root = spec_root()
    if response_schema(spec_file, method, path, status) is None:
        return None
    spec_uri = (root / spec_file).resolve().as_uri()
    pointer = response_pointer(method, path, status)
    resources = [(spec_uri, load_spec(spec_file))]
    resources += [(uri, orjson.loads(Path(uri.removeprefix("file://")).read_bytes()))
                  for uri in sorted(_external_files(load_spec(spec_file), root / spec_file))]
    registry = jsonschema_rs.Registry(resources, draft=jsonschema_rs.Draft4)
    return jsonschema_rs.Draft4Validator({"$ref": f"{spec_uri}#/{pointer}"}, registry=registry)


def response_pointer(method: str, path: str, status: int) -> str:
    """The URI fragment of a response's JSON schema in an OpenAPI document (``/paths/~1x/get/...``)."""
    parts = ("paths", path, method.lower(), "responses", str(status), "content", "application/json", "schema")
    return "/".join(quote(part.replace("~", "~0").replace("/", "~1"), safe="~") for part in parts)


def _external_files(document: Any, here: Path) -> set[str]:
    """File URIs of the other documents ``document`` refers to (``../common/common-schemas.json``)."""
    found: set[str] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                found.add((here.parent / ref.split("#", 1)[0]).resolve().as_uri())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def response_problems(spec_file: str, method: str, path: str, status: int, body: Any,
                      defects: tuple[Defect, ...] = DEFECTS) -> list[str]:
    """Every way ``body`` breaks the official response schema, minus the allowlisted defects.

    ``path`` is the official template (``/calendars/{calendarId}``), not the requested URL.
    A response the file does not declare at all is a problem too.
    """
    if operation(spec_file, method, path) is None:
        return [f"{method} {path} is not in {spec_file}"]
    validator = _validator(spec_file, method, path, status)
    if validator is None:
        op = operation(spec_file, method, path) or {}
        if str(status) not in op.get("responses", {}):
            return [f"{spec_file} declares no {status} response for {method} {path}"]
        return []  # declared without a schema: nothing to check
    problems = []
    for error in validator.iter_errors(body):
        location = [str(p) for p in error.instance_path]
        if error.kind.name == "required":  # name the missing field, so a defect can target just it
            location.append(str(error.kind.as_dict()["property"]))
        where = ".".join(location) or "(body)"
        if not _allowed(defects, spec_file, method, path, where, error.kind.name):
            problems.append(f"{where}: {error.message}")
    return problems


def _allowed(defects: tuple[Defect, ...], spec_file: str, method: str, path: str, where: str, keyword: str) -> bool:
    return any(d.spec_file == spec_file and d.method == method and d.path == path and d.keyword == keyword
               and fnmatch.fnmatchcase(where, d.where) for d in defects)
