"""Routing: literal segments before parameters, both spellings of collection roots, implemented
operations before official ones the mock lacks (501), GHL's 404 for what nothing official matches."""

from __future__ import annotations

from mock_server.platform import routing
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


def test_a_remembered_match_answers_as_the_first_one_did_with_a_dict_of_its_own():
    router = OperationRouter([_route("GET", "/a/{x}")])
    route, params = router.match("GET", "/a/1")
    params["x"] = "changed by the caller"
    assert _matched(router, "GET", "/a/1") == ("/a/{x}", {"x": "1"})
    assert router.match("GET", "/b") is None and router.match("GET", "/b") is None


def test_remembered_matches_stay_bounded_whatever_clients_send(monkeypatch):
    monkeypatch.setattr(routing, "REMEMBERED_PATHS", 3)
    router = OperationRouter([_route("GET", "/a/{x}")])
    for n in range(10):
        assert _matched(router, "GET", f"/a/{n}") == ("/a/{x}", {"x": str(n)})
    long_id = "x" * (routing.REMEMBERED_PATH_LENGTH + 1)
    assert _matched(router, "GET", f"/a/{long_id}") == ("/a/{x}", {"x": long_id})
    assert len(router._matched) <= 3 and ("GET", f"/a/{long_id}") not in router._matched


class _Declared:
    implemented = True

    def __init__(self, method: str, path: str) -> None:
        self.method, self.path, self.paths = method, path, (path,)


def _route(method: str, path: str) -> _Declared:
    return _Declared(method, path)


def _matched(router: OperationRouter, method: str, path: str) -> tuple[str, dict[str, str]]:
    route, params = router.match(method, path)
    return route.path, params
