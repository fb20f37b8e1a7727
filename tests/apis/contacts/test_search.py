"""POST /contacts/search: filters, groups, sort, page and searchAfter paging, and refusals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.apis.contacts.conftest import ids, search


@pytest.fixture
def people(ghl, seed, custom_field):
    """Five contacts with known dates, tags and a numeric custom field."""
    score = custom_field("Score", "NUMERICAL")
    rows = [
        {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", "tags": ["vip", "math"],
         "dnd": True, "dateAdded": "2024-01-10T12:00:00Z", "customFields": [{"id": score["id"], "field_value": 90}]},
        {"firstName": "Grace", "lastName": "Hopper", "email": "grace@navy.mil", "tags": ["vip"],
         "phone": "+14155550101", "dateAdded": "2024-02-10T12:00:00Z",
         "customFields": [{"id": score["id"], "field_value": 75}]},
        {"firstName": "Alan", "lastName": "Turing", "email": "alan@example.com", "tags": ["math"],
         "companyName": "Bletchley", "dateAdded": "2024-03-10T12:00:00Z"},
        {"firstName": "Katherine", "lastName": "Johnson", "tags": [], "dateAdded": "2024-04-10T12:00:00Z",
         "customFields": [{"id": score["id"], "field_value": 99}]},
        # 02:00 UTC on June 2 is still June 1 in the location's time zone (America/New_York)
        {"firstName": "Edsger", "lastName": "Dijkstra", "email": "ewd@example.com",
         "dateAdded": "2024-06-02T02:00:00Z"},
    ]
    created = seed("contacts", contacts=rows)["ids"]
    return dict(zip(["ada", "grace", "alan", "katherine", "edsger"], created, strict=True)) | {"score": score["id"]}


def test_operators_on_standard_fields(ghl, api, people):
    def where(*filters):
        return set(ids(search(api, ghl.location_id, filters=list(filters))))

    assert where({"field": "email", "operator": "eq", "value": "GRACE@navy.mil"}) == {people["grace"]}
    assert where({"field": "email", "operator": "not_eq", "value": "grace@navy.mil"}) == \
        {people[p] for p in ("ada", "alan", "katherine", "edsger")}
    assert where({"field": "firstNameLowerCase", "operator": "contains", "value": "A"}) == \
        {people[p] for p in ("ada", "grace", "alan", "katherine")}
    assert where({"field": "lastName", "operator": "not_contains", "value": "o"}) == {people["alan"], people["edsger"]}
    assert where({"field": "phone", "operator": "exists"}) == {people["grace"]}
    assert where({"field": "email", "operator": "not_exists"}) == {people["katherine"]}
    assert where({"field": "dnd", "operator": "eq", "value": True}) == {people["ada"]}
    assert where({"field": "tags", "operator": "contains", "value": "VIP"}) == {people["ada"], people["grace"]}
    assert where({"field": "tags", "operator": "not_contains", "value": "vip"}) == \
        {people[p] for p in ("alan", "katherine", "edsger")}
    assert where({"field": "tags", "operator": "not_exists"}) == {people["katherine"], people["edsger"]}


def test_ranges_on_dates_and_custom_numbers(ghl, api, people):
    def where(*filters):
        return set(ids(search(api, ghl.location_id, filters=list(filters))))

    assert where({"field": "dateAdded", "operator": "range",
                  "value": {"gte": "2024-02-01T00:00:00Z", "lt": "2024-04-10T12:00:00Z"}}) == \
        {people["grace"], people["alan"]}
    assert where({"field": "dateAdded", "operator": "range",
                  "value": {"gt": int(datetime(2024, 4, 1, tzinfo=UTC).timestamp() * 1000)}}) == \
        {people["katherine"], people["edsger"]}
    # a date-only bound is a day in the location's time zone
    assert where({"field": "dateAdded", "operator": "range", "value": {"gte": "2024-06-01", "lte": "2024-06-01"}}) \
        == {people["edsger"]}
    score = f"customFields.{people['score']}"
    assert where({"field": score, "operator": "range", "value": {"gte": 80}}) == {people["ada"], people["katherine"]}
    assert where({"field": score, "operator": "eq", "value": 75}) == {people["grace"]}
    assert where({"field": score, "operator": "not_exists"}) == {people["alan"], people["edsger"]}


def test_nested_and_or_groups(ghl, api, people):
    found = search(api, ghl.location_id, filters=[
        {"field": "tags", "operator": "contains", "value": "math"},
        {"group": "OR", "filters": [
            {"field": "firstNameLowerCase", "operator": "eq", "value": "alan"},
            {"group": "AND", "filters": [{"field": "dnd", "operator": "eq", "value": True},
                                         {"field": "email", "operator": "contains", "value": "example"}]},
        ]},
    ])
    assert set(ids(found)) == {people["alan"], people["ada"]} and found["total"] == 2


def test_free_text_query(ghl, api, people):
    assert ids(search(api, ghl.location_id, query="bletch")) == [people["alan"]]
    assert ids(search(api, ghl.location_id, query="HOPPER")) == [people["grace"]]


def test_sorting(ghl, api, people):
    newest_first = ids(search(api, ghl.location_id))
    assert newest_first == [people[p] for p in ("edsger", "katherine", "alan", "grace", "ada")]
    by_name = ids(search(api, ghl.location_id, sort=[{"field": "firstNameLowerCase", "direction": "asc"}]))
    assert by_name == [people[p] for p in ("ada", "alan", "edsger", "grace", "katherine")]
    by_email_desc = ids(search(api, ghl.location_id, sort=[{"field": "email", "direction": "desc"}]))
    assert by_email_desc[-1] == people["katherine"]  # no email: last, whichever the direction


def test_page_and_search_after_read_everything_once_even_with_equal_dates(ghl, api, new_contact):
    ghl.freeze(datetime(2024, 5, 5, tzinfo=UTC))  # every contact gets the same dateAdded
    created = {new_contact(email=f"p{i}@example.com")["id"] for i in range(7)}
    pages = [search(api, ghl.location_id, pageLimit=3, page=n) for n in (1, 2, 3)]
    assert [len(p["contacts"]) for p in pages] == [3, 3, 1] and {p["total"] for p in pages} == {7}
    assert set().union(*(ids(p) for p in pages)) == created

    seen, cursor = [], None
    while True:
        body = {"pageLimit": 3, **({"searchAfter": cursor} if cursor else {})}
        page = search(api, ghl.location_id, **body)
        if not page["contacts"]:
            break
        assert page["searchAfter"] == page["contacts"][-1]["searchAfter"]
        seen += ids(page)
        cursor = page["searchAfter"]
    assert len(seen) == 7 and set(seen) == created
    filtered = search(api, ghl.location_id, pageLimit=2, filters=[{"field": "email", "operator": "contains",
                                                                   "value": "example"}])
    rest = search(api, ghl.location_id, pageLimit=10, searchAfter=filtered["searchAfter"],
                  filters=[{"field": "email", "operator": "contains", "value": "example"}])
    assert len(rest["contacts"]) == 5 and not set(ids(rest)) & set(ids(filtered))


@pytest.mark.parametrize(("body", "message"), [
    ({"filters": [{"field": "favouriteColour", "operator": "eq", "value": "blue"}]},
     "filters.0.field favouriteColour is not a supported search field"),
    ({"filters": [{"group": "OR", "filters": [{"field": "email", "operator": "range", "value": {"gt": 1}}]}]},
     "filters.0.filters.0.operator range is not supported for field email "
     "(supported: eq, not_eq, contains, not_contains, exists, not_exists)"),
    ({"filters": [{"field": "dateAdded", "operator": "range", "value": {"after": "2024-01-01"}}]},
     "filters.0.value must be an object with some of gt, gte, lt, lte"),
    ({"filters": [{"field": "dnd", "operator": "eq", "value": "yes"}]}, "filters.0.value must be a boolean value"),
    ({"filters": [{"field": "customFields.nope", "operator": "exists"}]},
     "filters.0.field customFields.nope is not a supported search field"),
    ({"sort": [{"field": "shoeSize", "direction": "asc"}]}, "sort.0.field shoeSize is not a supported sort field"),
    ({"page": 101}, "page x pageLimit must not exceed 10000: use searchAfter to read further"),
    ({"searchAfter": ["not", "a", "cursor"]},
     "searchAfter must be the searchAfter value of a contact from the previous page"),
])
def test_unsupported_searches_are_refused_naming_what(ghl, api, body, message):
    answer = api.post("/contacts/search", json={"locationId": ghl.location_id, "pageLimit": 100, **body})
    assert answer.status_code == 422
    assert message in answer.json()["message"]


def test_location_and_page_limit_are_required(ghl, api):
    answer = api.post("/contacts/search", json={"locationId": ghl.location_id})
    assert answer.status_code == 422 and "pageLimit must be an integer number" in answer.json()["message"]
    assert api.post("/contacts/search", json={"locationId": ghl.location_id, "pageLimit": 501}).status_code == 422
