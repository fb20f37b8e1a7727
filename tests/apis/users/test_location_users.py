"""Every body field that names a user accepts only a user of the location (``users.location_users``).

One table lists each such field with the request that sets it and what a refusal must leave
untouched. Each field is then sent: another agency's user, an id that names no one, and a user of
another location of the same agency are refused with GHL's 400 and nothing is written (a follower
list that holds one bad id adds none of its ids); a user of the location and an agency-level user
who has the location are accepted and stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mock_server.testing.tenant import GhlTenant

REFUSAL = (400, "The user does not exist.")
Context = dict[str, Any]


@dataclass(frozen=True)
class UserField:
    """A request that sets a user reference, and what it must leave unchanged when refused."""

    setup: Callable[[GhlTenant], Context]  # the records the request works on
    send: Callable[[httpx.Client, Context, str], httpx.Response]  # set the field to one user id
    state: Callable[[httpx.Client, Context], Any]  # what a refusal must leave as it was
    stored: Callable[[httpx.Response], Any]  # the user id(s) an accepted answer shows
    many: bool = False  # a list field: sent as [a user of the location, the id under test]


def _json(response: httpx.Response) -> Any:
    assert response.status_code < 300, response.text
    body = response.json()
    return {k: v for k, v in body.items() if k != "traceId"} if isinstance(body, dict) else body


def _contacts(api: httpx.Client, ctx: Context) -> Any:
    return _json(api.post("/contacts/search", json={"locationId": ctx["location"], "pageLimit": 100}))["contacts"]


def _contact(api: httpx.Client, ctx: Context) -> Any:
    return _json(api.get(f"/contacts/{ctx['contact']['id']}"))


def _opportunity(api: httpx.Client, ctx: Context) -> Any:
    return _json(api.get(f"/opportunities/{ctx['opportunity']['id']}"))


def _opportunities(api: httpx.Client, ctx: Context) -> Any:
    return _json(api.get("/opportunities/search", params={"location_id": ctx["location"]}))["meta"]["total"]


def _with_contact(ghl: GhlTenant) -> Context:
    return {"location": ghl.location_id, "contact": ghl.contact()}


def _with_task(ghl: GhlTenant) -> Context:
    contact = ghl.contact()
    return {"location": ghl.location_id, "contact": contact, "task": ghl.task(contact)}


def _with_note(ghl: GhlTenant) -> Context:
    contact = ghl.contact()
    return {"location": ghl.location_id, "contact": contact, "note": ghl.note(contact)}


def _with_opportunity(ghl: GhlTenant) -> Context:
    return {"location": ghl.location_id, "opportunity": ghl.opportunity()}


def _for_new_opportunity(ghl: GhlTenant) -> Context:
    return {"location": ghl.location_id, "pipeline": ghl.pipeline(), "contact": ghl.contact()}


def _upsert_opportunity(api: httpx.Client, ctx: Context, **fields: Any) -> httpx.Response:
    opportunity = ctx["opportunity"]
    return api.post("/opportunities/upsert", json={
        "locationId": ctx["location"], "id": opportunity["id"], "pipelineId": opportunity["pipelineId"],
        "followers": [], "isRemoveAllFollowers": False, "followersActionType": "add", **fields})


def _tasks(api: httpx.Client, ctx: Context) -> Any:
    return _json(api.get(f"/contacts/{ctx['contact']['id']}/tasks"))


def _notes(api: httpx.Client, ctx: Context) -> Any:
    return _json(api.get(f"/contacts/{ctx['contact']['id']}/notes"))


FIELDS: dict[str, UserField] = {
    "contact create: assignedTo": UserField(
        lambda ghl: {"location": ghl.location_id},
        lambda api, ctx, user: api.post("/contacts/", json={"locationId": ctx["location"], "firstName": "Ada",
                                                            "assignedTo": user}),
        _contacts, lambda answer: answer.json()["contact"]["assignedTo"]),
    "contact update: assignedTo": UserField(
        _with_contact, lambda api, ctx, user: api.put(f"/contacts/{ctx['contact']['id']}", json={"assignedTo": user}),
        _contact, lambda answer: answer.json()["contact"]["assignedTo"]),
    "contact upsert: assignedTo": UserField(
        lambda ghl: {"location": ghl.location_id},
        lambda api, ctx, user: api.post("/contacts/upsert", json={
            "locationId": ctx["location"], "email": "grace@example.com", "assignedTo": user}),
        _contacts, lambda answer: answer.json()["contact"]["assignedTo"]),
    "contact followers: add": UserField(
        _with_contact, lambda api, ctx, users: api.post(f"/contacts/{ctx['contact']['id']}/followers",
                                                        json={"followers": users}),
        _contact, lambda answer: answer.json()["followers"], many=True),
    "task create: assignedTo": UserField(
        _with_contact, lambda api, ctx, user: api.post(f"/contacts/{ctx['contact']['id']}/tasks", json={
            "title": "Call back", "dueDate": "2026-03-02T10:00:00Z", "completed": False, "assignedTo": user}),
        _tasks, lambda answer: answer.json()["task"]["assignedTo"]),
    "task update: assignedTo": UserField(
        _with_task, lambda api, ctx, user: api.put(f"/contacts/{ctx['contact']['id']}/tasks/{ctx['task']['id']}",
                                                   json={"assignedTo": user}),
        _tasks, lambda answer: answer.json()["task"]["assignedTo"]),
    "note create: userId": UserField(
        _with_contact, lambda api, ctx, user: api.post(f"/contacts/{ctx['contact']['id']}/notes",
                                                       json={"body": "Met at the fair", "userId": user}),
        _notes, lambda answer: answer.json()["note"]["userId"]),
    "note update: userId": UserField(
        _with_note, lambda api, ctx, user: api.put(f"/contacts/{ctx['contact']['id']}/notes/{ctx['note']['id']}",
                                                   json={"body": "Met at the science fair", "userId": user}),
        _notes, lambda answer: answer.json()["note"]["userId"]),
    "opportunity create: assignedTo": UserField(
        _for_new_opportunity, lambda api, ctx, user: api.post("/opportunities/", json={
            "locationId": ctx["location"], "pipelineId": ctx["pipeline"]["id"], "contactId": ctx["contact"]["id"],
            "name": "Engine", "status": "open", "assignedTo": user}),
        _opportunities, lambda answer: answer.json()["opportunity"]["assignedTo"]),
    "opportunity update: assignedTo": UserField(
        _with_opportunity, lambda api, ctx, user: api.put(f"/opportunities/{ctx['opportunity']['id']}",
                                                          json={"assignedTo": user}),
        _opportunity, lambda answer: answer.json()["opportunity"]["assignedTo"]),
    "opportunity upsert: assignedTo": UserField(
        _with_opportunity, lambda api, ctx, user: _upsert_opportunity(api, ctx, assignedTo=user),
        _opportunity, lambda answer: answer.json()["opportunity"]["assignedTo"]),
    "opportunity upsert: followers": UserField(
        _with_opportunity, lambda api, ctx, users: _upsert_opportunity(api, ctx, followers=users, name="Renamed"),
        _opportunity, lambda answer: answer.json()["opportunity"]["followers"], many=True),
    "opportunity followers: add": UserField(
        _with_opportunity, lambda api, ctx, users: api.post(f"/opportunities/{ctx['opportunity']['id']}/followers",
                                                            json={"followers": users}),
        _opportunity, lambda answer: answer.json()["followers"], many=True),
    "calendar create: teamMembers": UserField(
        lambda ghl: {"location": ghl.location_id},
        lambda api, ctx, users: api.post("/calendars/", json={
            "locationId": ctx["location"], "name": "Team", "calendarType": "round_robin",
            "teamMembers": [{"userId": user} for user in users]}),
        lambda api, ctx: _json(api.get("/calendars/", params={"locationId": ctx["location"]})),
        lambda answer: [m["userId"] for m in answer.json()["calendar"]["teamMembers"]], many=True),
}


@pytest.fixture
def other_agency(ghl: GhlTenant) -> Iterator[GhlTenant]:
    other = GhlTenant(ghl.app, seed="another agency's users")
    yield other
    other.close()


def _user_of(ghl: GhlTenant, location_id: str) -> str:
    """A user of another location of the agency (only an agency token may create one)."""
    return ghl.api("POST", "/users/", ghl.fake.user(ghl.company_id, [location_id]), agency=True)["id"]


def _value(field: UserField, colleague: str, user_id: str) -> Any:
    return [colleague, user_id] if field.many else user_id


@pytest.mark.parametrize("name", FIELDS)
def test_a_user_outside_the_location_is_refused_and_nothing_is_written(ghl: GhlTenant, other_agency: GhlTenant,
                                                                       name: str) -> None:
    field = FIELDS[name]
    api = ghl.client(version="2021-04-15") if name.startswith("calendar") else ghl.client()
    colleague = ghl.user()["id"]
    elsewhere = ghl.location()["id"]
    strangers = {
        "another agency's user": other_agency.user_id,
        "an id that names no one": "NoSuchUser0000000001",
        "a user of another location of the agency": _user_of(ghl, elsewhere),
    }
    ctx = field.setup(ghl)
    before = field.state(api, ctx)
    for who, stranger in strangers.items():
        answer = field.send(api, ctx, _value(field, colleague, stranger))
        assert (answer.status_code, answer.json().get("message")) == REFUSAL, (who, answer.text)
        assert field.state(api, ctx) == before, f"{who}: the refused request changed something"


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize("kind", ["account", "agency"])
def test_a_user_of_the_location_is_accepted(ghl: GhlTenant, name: str, kind: str) -> None:
    """A sub-account user, and an agency-level user whose locationIds hold the location."""
    field = FIELDS[name]
    api = ghl.client(version="2021-04-15") if name.startswith("calendar") else ghl.client()
    colleague = ghl.user()["id"]
    user = ghl.user(type=kind, role="admin" if kind == "agency" else "user")["id"]
    answer = field.send(api, field.setup(ghl), _value(field, colleague, user))
    assert answer.status_code < 300, answer.text
    assert field.stored(answer) == _value(field, colleague, user)


def test_a_follower_who_left_the_location_can_still_be_removed(ghl: GhlTenant) -> None:
    api = ghl.client()
    contact = ghl.contact()
    leaving = ghl.user()["id"]
    assert api.post(f"/contacts/{contact['id']}/followers", json={"followers": [leaving]}).status_code == 201
    moved = ghl.client(agency=True).put(f"/users/{leaving}", json={"locationIds": [ghl.location()["id"]]})
    assert moved.status_code == 200, moved.text
    removed = api.request("DELETE", f"/contacts/{contact['id']}/followers", json={"followers": [leaving]})
    assert removed.status_code == 200 and removed.json()["followersRemoved"] == [leaving]
