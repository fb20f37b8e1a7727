"""The mock's own OpenAPI document, generated from the registry."""

from __future__ import annotations

from mock_server.platform.openapi import build_openapi
from mock_server.platform.operations import Api, Registry


def test_an_operation_documents_the_extra_error_statuses_it_declares():
    api = Api("demo.json", tag="Demo")

    @api.get("/things/{id}", "get-thing", errors=(404,))
    def get_thing(call):  # pragma: no cover - never called
        return {}

    responses = build_openapi(Registry([api]))["paths"]["/things/{id}"]["get"]["responses"]
    assert responses["404"]["description"] == "Not Found"
    assert {"200", "400", "401", "403", "422"} <= set(responses)
