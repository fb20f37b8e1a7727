"""The scaffold's tests: a small official-style file of our own (``gadgets.json``) with every shape the
official files use, and helpers to generate an area from it, check it with ruff and import it."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from mock_server.contracts.scaffold import scaffold

import mock_server.apis

REPO = Path(__file__).resolve().parents[3]
AREA_PREFIX = "scaffolded_"


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def op(operation_id: str, *, security=(("Location-Access", "gadgets.readonly"),), responses=None, **more) -> dict:
    found = {"operationId": operation_id, "summary": "not copied", "description": "not copied either",
             "parameters": [{"name": "Version", "in": "header", "required": True,
                             "schema": {"type": "string", "enum": ["2021-07-28"]}}],
             "responses": responses or {"200": {"description": "ok"}}, "tags": ["Gadgets"]}
    if security is not None:
        found["security"] = [{scheme: [scope] if scope else []} for scheme, scope in security]
    for key, value in more.items():
        if key == "params":
            found["parameters"] += value
        else:
            found[key] = value
    return found


def answer(schema: dict, status: str = "200", media: str = "application/json") -> dict:
    return {status: {"description": "ok", "content": {media: {"schema": schema}}},
            "400": {"description": "bad", "content": {"application/json": {
                "schema": {"$ref": "../common/common-schemas.json#/components/schemas/BadRequestDTO"}}}}}


def query(name: str, schema: dict, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def path_param(name: str, schema: dict | None = None) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": schema or {"type": "string"}}


def body(schema: dict | None, media: str = "application/json") -> dict:
    return {"required": True, "content": {media: {"schema": schema} if schema is not None else {}}}


GADGETS = {
    "openapi": "3.0.0",
    "info": {"title": "Gadgets", "version": "1.0"},
    "paths": {
        "/gadgets/": {
            "get": op("list-gadgets", params=[
                query("locationId", {"type": "string"}, required=True),
                query("limit", {"type": "string", "default": "20"}),
                query("skip", {"type": "number", "default": 0}),
                query("page", {"type": "integer", "minimum": 1, "default": 1}),
                query("kind", {"type": "string", "enum": ["big", "small"]}),
                query("tags", {"type": "array", "items": {"type": "string"}})],
                responses=answer(ref("GadgetsResponseDto"))),
            "post": op("create-gadget", security=(("Location-Access", "gadgets.write"),
                                                   ("Agency-Access", "gadgets.write")),
                       requestBody=body(ref("CreateGadgetDto")),
                       responses={**answer(ref("GadgetResponseDto"), "201"), "200": {"description": "also"},
                                  "404": {"description": "missing"}, "500": {"description": "oops"}}),
        },
        "/gadgets/{gadgetId}": {
            "get": op("get-gadget", security=(("Agency-Access", "gadgets.readonly"),), params=[path_param("gadgetId")],
                      responses={**answer(ref("GadgetResponseDto")), "404": {"description": "missing"}}),
            "patch": op("patch-gadget", deprecated=True, params=[path_param("gadgetId")],
                        security=(("bearer", "gadgets.write"),),
                        requestBody=body({"type": "object", "required": ["settings"], "properties": {
                            "settings": {"type": "object", "required": ["mode"], "properties": {
                                "mode": {"type": "string", "enum": ["on", "off"]},
                                "level": {"type": "integer", "minimum": 0, "maximum": 9}}}}})),
            "delete": op("delete-gadget", security=None, params=[path_param("gadgetId")],
                         responses={"204": {"description": "gone"}}),
        },
        "/gadgets/upload": {
            "post": op("upload-gadget-file", requestBody=body({"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"}, "hosted": {"type": "boolean"}}},
                "multipart/form-data"), responses=answer(ref("UploadDto"))),
        },
        "/gadgets/form": {
            "post": op("submit-gadget-form", requestBody=body(ref("FormDto"), "application/x-www-form-urlencoded"),
                       responses={"201": {"description": "ok"}}),
        },
        "/gadgets/{gadgetId}/manual": {
            "get": op("download-gadget-manual", params=[path_param("gadgetId")],
                      responses=answer({"type": "string"}, media="text/csv")),
        },
        "/gadgets/kinds/{kind}": {
            "get": op("get-kind", params=[path_param("kind", {"type": "string", "enum": ["big", "small"]})],
                      responses=answer({"type": "array", "items": ref("KindDto")})),
        },
        "/gadgets/tree": {
            "post": op("create-tree", requestBody=body(ref("NodeDto")), responses=answer(ref("NodeDto"), "201")),
        },
        "/gadgets/blank": {
            "post": op("post-blank", requestBody=body(None, "multipart/form-data")),
        },
    },
    "components": {"schemas": {
        "CreateGadgetDto": {"type": "object", "required": ["name", "locationId", "size", "sku"], "properties": {
            "name": {"type": "string", "maxLength": 50, "example": "not copied"},
            "locationId": {"type": "string"},
            "size": {"type": "number", "minimum": 1},
            "color": {"allOf": [ref("ColorEnum")], "nullable": True},
            "from": {"type": "string"},
            "_id": {"type": "string"},
            "parts": {"type": "array", "items": ref("PartDto")},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "shape": {"oneOf": [ref("CircleDto"), ref("SquareDto")]},
            "meta": {"type": "object"},
            "when": {"type": "string", "format": "date-time"},
            "opening": {"type": "string", "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"},
            "field": ref("FieldDto"),
        }},
        "ColorEnum": {"type": "string", "enum": ["red", "green"]},
        "BasePartDto": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        "PartDto": {"allOf": [ref("BasePartDto"), {"type": "object", "required": ["weight"],
                                                    "properties": {"weight": {"type": "number"}}}]},
        "CircleDto": {"type": "object", "required": ["radius"], "properties": {"radius": {"type": "number"}}},
        "SquareDto": {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}},
        "FieldDto": {"type": "object", "properties": {"key": {"type": "string"}}},
        "GadgetDto": {"type": "object", "required": ["id", "name"], "properties": {
            "id": {"type": "string"}, "name": {"type": "string"}, "size": {"type": "number", "nullable": True},
            "parts": {"type": "array", "items": ref("PartDto")}}},
        "GadgetResponseDto": {"type": "object", "required": ["gadget"], "properties": {"gadget": ref("GadgetDto")}},
        "GadgetsResponseDto": {"type": "object", "properties": {
            "gadgets": {"type": "array", "items": ref("GadgetDto")}, "total": {"type": "number"}}},
        "UploadDto": {"type": "object", "properties": {"url": {"type": "string"}}},
        "KindDto": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "FormDto": {"type": "object", "required": ["code"], "properties": {
            "code": {"type": "string"}, "count": {"type": "integer"}}},
        "NodeDto": {"type": "object", "required": ["label"], "properties": {
            "label": {"type": "string"}, "children": {"type": "array", "items": ref("NodeDto")}}},
    }},
}
COMMON = {"components": {"schemas": {"BadRequestDTO": {"type": "object", "properties": {
    "statusCode": {"type": "number"}, "message": {"type": "string"}}}}}}


@pytest.fixture
def gadgets_file(tmp_path: Path) -> Path:
    """``apps/gadgets.json`` (and its ``../common/common-schemas.json``) in a temporary folder."""
    apps = tmp_path / "apps"
    apps.mkdir()
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "common-schemas.json").write_text(json.dumps(COMMON))
    (apps / "gadgets.json").write_text(json.dumps(GADGETS))
    return apps / "gadgets.json"


@pytest.fixture
def load_area(monkeypatch):
    """``load_area(root, area)``: import a generated area from ``root`` as ``mock_server.apis.<area>``
    (returns its routes module); forgotten again after the test."""
    loaded: list[str] = []

    def load(root: Path, area: str):
        where = str(root / "mock_server" / "apis")
        if where not in mock_server.apis.__path__:
            monkeypatch.setattr(mock_server.apis, "__path__", [*mock_server.apis.__path__, where])
        loaded.append(area)
        return importlib.import_module(f"mock_server.apis.{area}.routes")

    yield load
    for name in [n for n in sys.modules if any(n.startswith(f"mock_server.apis.{a}") for a in loaded)]:
        del sys.modules[name]


@pytest.fixture
def generate(tmp_path: Path):
    """``generate(file, area, *ids)``: scaffold into ``tmp_path/repo`` and write; returns the outcome."""
    root = tmp_path / "repo"

    def run(file: Path, area: str, *operation_ids: str, spec=None):
        outcome = scaffold(file, list(operation_ids) or None, area=area, root=root, spec=spec)
        outcome.write()
        return outcome

    run.root = root
    return run


def ruff_problems(root: Path, *paths: Path) -> str:
    """What ``ruff check`` (the project's rules) finds in ``paths``; the generated package under ``root``
    counts as first party, as it would in the repository. Skips when ruff is not installed."""
    try:
        import ruff  # noqa: F401 - the PyPI package that ships the ruff binary
    except ImportError:
        pytest.skip("ruff is not installed (pip install ruff, or the [test] extra): cannot lint the generated code")
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(REPO / "pyproject.toml"),
                           "--config", f"src = [{str(REPO)!r}, {str(root)!r}]", *map(str, paths)],
                          capture_output=True, text=True)
    return "" if done.returncode == 0 else done.stdout + done.stderr
