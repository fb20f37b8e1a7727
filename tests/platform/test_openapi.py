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


def test_the_document_is_built_once_per_operations_and_url(monkeypatch):
    """A second app over the same operations serves the same bytes without building them again (2-4 s of CPU for
    the registered areas); other operations, or another public URL, get a document of their own."""
    import orjson

    from mock_server.platform import openapi

    api = Api("demo.json", tag="Demo")

    @api.get("/gadgets/{id}", "get-gadget")
    def get_gadget(call):  # pragma: no cover - never called
        return {}

    built = []
    monkeypatch.setattr(openapi, "build_openapi", lambda registry, **kw: built.append(kw) or {"n": len(built)})
    first = openapi.openapi_bytes(Registry([api]))
    assert openapi.openapi_bytes(Registry([api])) == first == orjson.dumps({"n": 1})
    assert openapi.openapi_bytes(Registry([api]), server_url="http://x") == orjson.dumps({"n": 2})
    other = Api("demo.json", tag="Demo")
    other.get("/widgets/{id}", "get-widget")(get_gadget)
    assert openapi.openapi_bytes(Registry([api, other])) == orjson.dumps({"n": 3})
    assert built == [{"server_url": None}, {"server_url": "http://x"}, {"server_url": None}]
