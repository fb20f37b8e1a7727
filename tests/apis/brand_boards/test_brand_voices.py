"""Brand voices (brand-boards-v3.json): a location's voices, written by hand or drafted from a website or a
description; one the default; deleted to the trash."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from mock_server.contracts import upstream

ANSWERS = {"brandName": "Acme", "toneOfVoice": "Dry", "targetAudience": "Builders", "customerPainPoints": "Delays"}


def voices(ghl) -> str:
    return f"/brand-boards/locations/{ghl.location_id}/brand-voices"


def test_brand_voice_lifecycle(ghl):
    ghl.freeze(datetime(2024, 5, 6, tzinfo=UTC))
    api = ghl.client(version="v3")
    created = api.post(voices(ghl), json={"type": "manual", "name": "Site copy", "answers": ANSWERS})
    assert created.status_code == 201
    voice = created.json()
    assert voice | {"traceId": None} == {
        "id": voice["id"], "name": "Site copy", "isDefault": False, "createdAt": "2024-05-06T00:00:00.000Z",
        "updatedAt": "2024-05-06T00:00:00.000Z", "locationId": ghl.location_id, "deleted": False,
        "answers": ANSWERS, "traceId": None}
    url = f"{voices(ghl)}/{voice['id']}"
    assert api.get(url).json()["answers"] == ANSWERS

    ghl.advance(60)
    updated = api.patch(url, json={"name": "Web copy", "answers": {"toneOfVoice": "Warm", "callToAction": "Call"}})
    assert updated.status_code == 200
    assert (updated.json()["name"], updated.json()["answers"], updated.json()["updatedAt"]) == \
        ("Web copy", {**ANSWERS, "toneOfVoice": "Warm", "callToAction": "Call"}, "2024-05-06T00:01:00.000Z")
    listed = api.get(voices(ghl)).json()
    assert (listed["items"], listed["total"]) == ([
        {"id": voice["id"], "name": "Web copy", "isDefault": False, "createdAt": voice["createdAt"],
         "updatedAt": "2024-05-06T00:01:00.000Z"}], 1)

    deleted = api.delete(url)
    assert (deleted.status_code, deleted.json()["deleted"]) == (200, True)
    for answer in (api.get(url), api.patch(url, json={"name": "x"}), api.delete(url), api.post(f"{url}/default")):
        assert (answer.status_code, answer.json()["message"]) == (404, "Brand voice not found")
    assert api.get(voices(ghl)).json() | {"traceId": None} == {"items": [], "total": 0, "traceId": None}
    trash = api.get(voices(ghl), params={"deleted": "true"}).json()["items"]
    assert [v["id"] for v in trash] == [voice["id"]]


def test_one_default_voice_per_location(ghl):
    first, second = ghl.brand_voice(), ghl.brand_voice()
    api = ghl.client()
    answer = api.post(f"{voices(ghl)}/{first['id']}/default")
    assert answer.status_code == 200 and answer.json()["success"] is True and answer.json()["brandVoiceId"] == first["id"]
    api.post(f"{voices(ghl)}/{second['id']}/default")
    assert [api.get(f"{voices(ghl)}/{v['id']}").json()["isDefault"] for v in (first, second)] == [False, True]
    api.delete(f"{voices(ghl)}/{second['id']}")
    assert [v["isDefault"] for v in api.get(voices(ghl)).json()["items"]] == [False]


def test_a_voice_drafted_from_a_website_or_a_description_keeps_what_it_was_given(ghl):
    api = ghl.client()
    site = api.post(voices(ghl), json={"type": "url", "url": "https://www.acme-tools.example.com/about",
                                       "description": "Tools for trades"}).json()
    assert (site["name"], site["answers"]) == ("Acme Tools", {
        "brandName": "Acme Tools", "companyWebsite": "https://www.acme-tools.example.com/about",
        "brandPurpose": "Tools for trades"})
    text = api.post(voices(ghl), json={"type": "description", "name": "Bakery", "description": "Sourdough"}).json()
    assert (text["name"], text["answers"]) == ("Bakery", {"brandName": "Bakery", "brandPurpose": "Sourdough"})


@pytest.mark.ghl_allow_violations("missing_required")
def test_each_creation_type_needs_its_input(ghl):
    api = ghl.client()
    for body, problem in (({"type": "manual"}, "answers should not be empty"),
                          ({"type": "url"}, "url should not be empty"),
                          ({"type": "description", "name": "x"}, "description should not be empty"),
                          ({"type": "description", "description": "no name"},
                           "A name, or the answers' brandName, is needed to name the voice")):
        answer = api.post(voices(ghl), json=body)
        assert (answer.status_code, answer.json()["message"]) == (422, [problem]), body
    partial = api.post(voices(ghl), json={"type": "manual", "answers": {"brandName": "Acme"}})
    assert partial.status_code == 422
    assert api.get(voices(ghl)).json()["total"] == 0


def test_list_searches_names_newest_change_first_and_pages(ghl):
    spring, _, summer = (ghl.brand_voice(name=n) for n in ("Spring sale", "Core", "Summer sale"))
    api = ghl.client()
    ghl.advance(5)
    api.patch(f"{voices(ghl)}/{spring['id']}", json={"name": "Spring sale 2"})
    found = api.get(voices(ghl), params={"search": "SALE"}).json()
    assert ([v["id"] for v in found["items"]], found["total"]) == ([spring["id"], summer["id"]], 2)
    paged = api.get(voices(ghl), params={"offset": "1", "limit": "1"}).json()
    assert ([v["id"] for v in paged["items"]], paged["total"]) == ([summer["id"]], 3)


@pytest.mark.ghl_allow_violations("invalid_value")
def test_a_page_holds_at_most_twenty_voices(ghl):
    answer = ghl.client().get(voices(ghl), params={"limit": "21"})
    assert (answer.status_code, answer.json()["message"]) == (422, ["limit must not be greater than 20"])


def test_voices_stay_in_their_location(ghl):
    voice, second = ghl.brand_voice(), ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.get(f"/brand-boards/locations/{second}/brand-voices/{voice['id']}").status_code == 403
    assert other.get(voices(ghl)).status_code == 403
    assert other.get(f"/brand-boards/locations/{second}/brand-voices").json()["items"] == []


def test_reading_needs_the_design_kit_scope(ghl):
    refused = ghl.client(scopes=["brand-boards/design-kit.write"]).get(voices(ghl))
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    reader = ghl.client(scopes=["brand-boards/design-kit.readonly"])
    assert reader.post(voices(ghl), json={"type": "manual", "answers": ANSWERS}).status_code == 401
    assert reader.get(voices(ghl)).status_code == 200


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    spec, api = "v3/brand-boards-v3.json", ghl.client(version="v3")
    path = "/brand-boards/locations/{locationId}/brand-voices"
    created = api.post(voices(ghl), json={"type": "manual", "answers": ANSWERS})
    url = f"{voices(ghl)}/{created.json()['id']}"
    for method, template, status, answer in (
            ("POST", path, 201, created), ("GET", path, 200, api.get(voices(ghl))),
            ("GET", path + "/{brandVoiceId}", 200, api.get(url)),
            ("PATCH", path + "/{brandVoiceId}", 200, api.patch(url, json={"name": "x"})),
            ("POST", path + "/{brandVoiceId}/default", 200, api.post(f"{url}/default")),
            ("DELETE", path + "/{brandVoiceId}", 200, api.delete(url))):
        assert upstream.response_problems(spec, method, template, status, answer.json()) == [], (method, template)


def test_a_null_answer_is_an_answer_not_given(ghl):
    voice = ghl.brand_voice(answers={**ANSWERS, "businessType": None, "phone": None})
    assert voice["answers"] == ANSWERS
    patched = ghl.client().patch(f"{voices(ghl)}/{voice['id']}", json={"answers": {"toneOfVoice": None}})
    assert patched.json()["answers"] == ANSWERS
