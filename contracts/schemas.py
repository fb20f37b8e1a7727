"""Response schemas to judge a server's successful answers by.

GHL's official files when present (with the upstream allowlist marking their known defects), else
the mock's own OpenAPI document, which is generated from the same models the mock answers with.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from jsonschema import Draft202012Validator
from mock_server.contracts import upstream
from mock_server.contracts.official import OfficialSpec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from mock_server.platform.openapi import build_openapi
from mock_server.platform.operations import Operation
from mock_server.platform.operations import Registry as OperationRegistry

OWN_URI = "urn:ghl-mock:openapi"


class ResponseSchemas:
    def __init__(self, registry: OperationRegistry, official: OfficialSpec | None = None) -> None:
        self.operations = registry
        self.official = official

    @property
    def source(self) -> str:
        return "GHL's official files" if self.official is not None else "the mock's own OpenAPI document"

    def problems(self, op: Operation, status: int, body: Any) -> list[tuple[str, bool]]:
        """``[(problem, allowed)]``: where ``body`` breaks the schema; ``allowed`` marks known official defects."""
        official_op = self.official.get(op.spec_file, op.method, op.path) if self.official is not None else None
        if official_op is not None and self.official.validator(official_op, status) is not None:
            verdict = upstream.judge(upstream.response_findings(self.official, op, status, body))
            return ([(f"{f.detail} at {f.field}", False) for f in verdict.unexpected]
                    + [(f"{f.detail} at {f.field}", True) for f, _ in verdict.allowed])
        return [(problem, False) for problem in self._own(op, status, body)]

    # -- the mock's own document -------------------------------------------------------------
    @cached_property
    def _document(self) -> dict[str, Any]:
        return build_openapi(self.operations)

    @cached_property
    def _registry(self) -> Registry:
        return Registry().with_resource(OWN_URI, Resource(contents=self._document, specification=DRAFT202012))

    def _own(self, op: Operation, status: int, body: Any) -> list[str]:
        response = self._document["paths"].get(op.path, {}).get(op.method.lower(), {}).get("responses", {})
        if str(status) not in response:
            return []
        pointer = f"/paths/{_escape(op.path)}/{op.method.lower()}/responses/{status}/content/application~1json/schema"
        if "content" not in response[str(status)]:
            return []
        validator = Draft202012Validator({"$ref": f"{OWN_URI}#{pointer}"}, registry=self._registry)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message[:160]}"
                for e in validator.iter_errors(body)]


def _escape(segment: str) -> str:
    from urllib.parse import quote

    return quote(segment.replace("~", "~0").replace("/", "~1"), safe="~")
