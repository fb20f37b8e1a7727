"""Routing: literal segments before parameters, both spellings of collection roots, implemented
operations before official ones the mock lacks (501), GHL's 404 for what nothing official matches."""

from __future__ import annotations

from mock_server.platform.official_index import OfficialRoute
from mock_server.platform.routing import OperationRouter


def test_a_literal_segment_beats_a_parameter_position_by_position():
    router = OperationRouter([_route("GET", "/a/{x}/c"), _route("GET", "/a/{x}/{y}"), _route("GET", "/a/b/{y}")])
    assert _matched(router, "GET", "/a/b/c") == ("/a/b/{y}", {"y": "c"})
    assert _matched(router, "GET", "/a/z/c") == ("/a/{x}/c", {"x": "z"})
    assert _matched(router, "GET", "/a/z/q") == ("/a/{x}/{y}", {"x": "z", "y": "q"})


def test_backtracks_when_the_literal_branch_leads_nowhere():
    router = OperationRouter([_route("GET", "/a/b/c"), _route("GET", "/a/{x}/d")])
    assert _matched(router, "GET", "/a/b/d") == ("/a/{x}/d", {"x": "b"})


def test_collection_roots_with_and_without_the_trailing_slash_and_head_as_get():
    router = OperationRouter([_route("GET", "/contacts/"), _route("POST", "/contacts/{id}/tags")])
    assert _matched(router, "GET", "/contacts") == ("/contacts/", {})
    assert _matched(router, "HEAD", "/contacts/") == ("/contacts/", {})
    assert _matched(router, "POST", "/contacts/c1/tags/") == ("/contacts/{id}/tags", {"id": "c1"})
    assert router.match("GET", "/contacts//tags") is None  # an empty segment is no id
    assert router.match("DELETE", "/contacts") is None


def test_an_implemented_operation_wins_over_an_official_one_of_the_same_shape():
    implemented = _route("GET", "/things/{thingId}")
    lacking = OfficialRoute("things.json", "GET", "/things/{id}", "get-thing", version_header=True, public=False)
    literal = OfficialRoute("things.json", "GET", "/things/export", "export", version_header=True, public=False)
    router = OperationRouter([implemented], [lacking, literal])
    assert router.match("GET", "/things/t1")[0] is implemented
    assert router.match("GET", "/things/export")[0] is literal  # literal before parameter, across both kinds


def test_a_literal_path_is_not_taken_for_an_id(ghl, ghl_client):
    """``GET /conversations/messages/export`` is GHL's export, not the message with id "export" (the literal
    official paths left unimplemented are tested with a router of their own above)."""
    answer = ghl_client.get("/conversations/messages/export", params={"locationId": ghl.location_id})
    assert answer.status_code == 200 and answer.json()["total"] == 0


def test_a_path_nothing_official_matches_keeps_ghl_s_404(ghl_client):
    answer = ghl_client.get("/contacts/c1/nowhere")
    assert answer.status_code == 404
    assert answer.json()["message"] == "Cannot GET /contacts/c1/nowhere"
    assert ghl_client.patch("/contacts/c1").status_code == 404  # a method GHL does not have there


class _Declared:
    implemented = True

    def __init__(self, method: str, path: str) -> None:
        self.method, self.path, self.paths = method, path, (path,)


def _route(method: str, path: str) -> _Declared:
    return _Declared(method, path)


def _matched(router: OperationRouter, method: str, path: str) -> tuple[str, dict[str, str]]:
    route, params = router.match(method, path)
    return route.path, params
