"""GET and POST /opportunities/search."""

from __future__ import annotations

import pytest


@pytest.fixture
def deals(ghl):
    ghl.freeze("2025-05-01T12:00:00Z")
    ghl.location_settings(allowDuplicateOpportunity=True)  # two deals of one contact in one pipeline
    pipeline, other = ghl.pipeline(stages=["A", "B"]), ghl.pipeline()
    contact = ghl.contact(firstName="Linus", lastName="Torvalds")
    made = []
    for n in range(5):
        made.append(ghl.opportunity(pipeline=pipeline, contact=contact if n < 2 else None, name=f"Deal {n}",
                                    monetaryValue=100 * (n + 1), status="won" if n == 4 else "open"))
        ghl.advance(days=1)
    made.append(ghl.opportunity(pipeline=other, name="Elsewhere"))
    return {"pipeline": pipeline, "other": other, "contact": contact, "made": made}


@pytest.mark.parametrize("names", [
    ("location_id", "pipeline_id", "contact_id"),  # the Node SDK and the v2 file
    ("locationId", "pipelineId", "contactId"),  # the Python SDK and the v3 file
])
def test_get_filters_in_both_sdk_spellings(ghl, deals, names):
    location, pipeline, contact = names
    answer = ghl.client().get("/opportunities/search", params={
        location: ghl.location_id, pipeline: deals["pipeline"]["id"], contact: deals["contact"]["id"]})
    assert answer.status_code == 200, answer.text
    assert {o["name"] for o in answer.json()["opportunities"]} == {"Deal 0", "Deal 1"}


@pytest.mark.ghl_allow_violations("missing_required")
def test_get_status_text_and_dates(ghl, deals):
    api = ghl.client()

    def names(**params):
        answer = api.get("/opportunities/search", params={"location_id": ghl.location_id, **params})
        assert answer.status_code == 200, answer.text
        return sorted(o["name"] for o in answer.json()["opportunities"])

    assert names(status="won") == ["Deal 4"]
    assert len(names(status="all")) == 6
    assert names(q="torvalds") == ["Deal 0", "Deal 1"]
    assert names(date="05-02-2025", endDate="05-03-2025") == ["Deal 1", "Deal 2"]
    bad = api.get("/opportunities/search", params={"location_id": ghl.location_id, "date": "2025-05-02"})
    assert bad.status_code == 422 and bad.json()["message"] == ["date must be a date in mm-dd-yyyy format"]
    assert api.get("/opportunities/search", params={}).status_code == 422


def test_get_pages_with_meta_and_start_after(ghl, deals):
    api = ghl.client()
    first = api.get("/opportunities/search", params={"location_id": ghl.location_id, "limit": 4}).json()
    meta = first["meta"]
    assert meta["total"] == 6 and meta["currentPage"] == 1 and meta["nextPage"] == 2 and "prevPage" not in meta
    assert meta["startAfterId"] == first["opportunities"][-1]["id"]
    assert "startAfterId=" in meta["nextPageUrl"]
    rest = api.get("/opportunities/search", params={"location_id": ghl.location_id, "limit": 4,
                                                    "startAfter": meta["startAfter"],
                                                    "startAfterId": meta["startAfterId"]}).json()
    seen = [o["id"] for o in first["opportunities"] + rest["opportunities"]]
    assert sorted(seen) == sorted(o["id"] for o in deals["made"]) and len(set(seen)) == 6
    page2 = api.get("/opportunities/search", params={"location_id": ghl.location_id, "limit": 4, "page": 2}).json()
    assert [o["id"] for o in page2["opportunities"]] == [o["id"] for o in rest["opportunities"]]


def test_advanced_filters_sort_and_search_after(ghl, deals):
    api = ghl.client()
    body = {"locationId": ghl.location_id, "limit": 2, "sort": [{"field": "monetary_value", "direction": "desc"}],
            "filters": [{"field": "status", "operator": "eq", "value": "open"},
                        {"group": "OR", "filters": [
                            {"field": "pipeline_id", "operator": "eq", "value": deals["pipeline"]["id"]},
                            {"field": "monetary_value", "operator": "range", "value": {"gte": 10_000}}]}]}
    first = api.post("/opportunities/search", json=body).json()
    assert first["total"] == 4
    assert [o["name"] for o in first["opportunities"]] == ["Deal 3", "Deal 2"]
    rest = api.post("/opportunities/search", json={**body, "searchAfter": first["searchAfter"]}).json()
    assert [o["name"] for o in rest["opportunities"]] == ["Deal 1", "Deal 0"]


def test_advanced_unsupported_filter_or_sort_is_named_in_a_422(ghl, deals):
    api = ghl.client()
    answer = api.post("/opportunities/search", json={
        "locationId": ghl.location_id, "filters": [{"field": "country", "operator": "eq", "value": "US"}]})
    assert answer.status_code == 422
    assert answer.json()["message"] == ["filters.0.field country is not a supported search field"]
    answer = api.post("/opportunities/search", json={"locationId": ghl.location_id,
                                                     "sort": [{"field": "color", "direction": "asc"}]})
    assert answer.status_code == 422 and "sort.0.field color" in answer.json()["message"][0]


def test_additional_details_bring_the_contacts_notes(ghl, deals):
    ghl.note(deals["contact"], body="Called about the renewal")
    answer = ghl.client().post("/opportunities/search", json={
        "locationId": ghl.location_id, "query": "Deal 0", "additionalDetails": {"notes": True}}).json()
    assert [n["body"] for n in answer["opportunities"][0]["notes"]] == ["Called about the renewal"]


def test_advanced_search_takes_the_fields_public_clients_send(ghl, deals):
    """``includeTopRelations`` and ``aggregations``, as the body GHL's own web app sends (and public clients
    copy) has them; the answer carries ``topRelations`` and the official DTO's ``aggregations`` object."""
    kind = ghl.association("opportunity", "contact")
    first = deals["made"][0]
    ghl.relation(kind, first, deals["contact"])
    answer = ghl.client().post("/opportunities/search", json={
        "locationId": ghl.location_id, "query": "", "limit": 2, "page": 1,
        "filters": [{"field": "pipeline_id", "operator": "eq", "value": [deals["pipeline"]["id"]]}],
        "sort": [{"field": "date_added", "direction": "asc"}],
        "additionalDetails": {"notes": False, "tasks": False, "calendarEvents": False, "unReadConversations": False},
        "includeTopRelations": True,
        "aggregations": [{"name": "pipelines", "type": "terms", "field": "pipeline_stage_id", "size": 14,
                          "options": {"include": [deals["pipeline"]["stages"][0]["id"]]},
                          "aggregations": [{"name": "revenues", "type": "sum", "field": "monetary_value"}]}],
    })
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [o["id"] for o in body["opportunities"]] == [first["id"], deals["made"][1]["id"]]
    assert body["aggregations"] == {}  # accepted, computed by nobody: live GHL ignores it too
    tops = {t["recordId"]: t for t in body["topRelations"]}
    assert list(tops) == [first["id"], deals["made"][1]["id"]]
    assert tops[first["id"]]["totalRelations"] == 1
    assert tops[first["id"]]["associations"][0]["secondRecordId"] == deals["contact"]["id"]
    assert tops[deals["made"][1]["id"]] == {"recordId": deals["made"][1]["id"], "totalRelations": 0,
                                            "associations": []}
    without = ghl.client().post("/opportunities/search", json={"locationId": ghl.location_id}).json()
    assert "topRelations" not in without
