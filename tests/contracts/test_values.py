"""Generic request building: tenant ids become references, model examples win, the rest follows the schema."""

from __future__ import annotations

from typing import Literal

from mock_server.contracts.values import Ref, ValueBuilder, substitute
from pydantic import ConfigDict, Field

from mock_server.platform.models import BodyModel, NumberString, QueryModel


class Booking(BodyModel):
    locationId: str
    calendarId: str
    title: str = Field(max_length=12)
    email: str
    slots: int = Field(ge=3)
    kind: Literal["call", "visit"]
    userIds: list[str]
    note: str | None = None


def test_required_fields_get_valid_generic_values():
    body = ValueBuilder("n1").body(Booking)
    assert set(body) == {"locationId", "calendarId", "title", "email", "slots", "kind", "userIds"}
    assert body["locationId"] == Ref("tenant", "locationId") and body["calendarId"] == Ref("record", "calendarId")
    assert body["userIds"] == [Ref("tenant", "userId")]
    assert len(body["title"]) <= 12 and body["email"].endswith("@example.com") and "n1" in body["email"]
    assert (body["slots"], body["kind"]) == (3, "call")
    filled = substitute(body, lambda ref: f"<{ref.name}>")
    Booking.model_validate({**filled, "userIds": ["u1"]})


def test_a_model_example_wins_with_its_ids_replaced():
    class Example(Booking):
        model_config = ConfigDict(json_schema_extra={"examples": [
            {"locationId": "abc", "calendarId": "cal1", "title": "Intro", "email": "a@b.co", "slots": 4,
             "kind": "visit", "userIds": ["u9"]}]})

    body = ValueBuilder().body(Example)
    assert body["title"] == "Intro" and body["kind"] == "visit"
    assert body["locationId"] == Ref("tenant", "locationId") and body["userIds"] == [Ref("tenant", "userId")]


def test_queries_carry_only_required_parameters():
    class Search(QueryModel):
        companyId: str
        limit: NumberString = "25"
        query: str | None = None

    assert ValueBuilder().query(Search) == {"companyId": Ref("tenant", "companyId")}
