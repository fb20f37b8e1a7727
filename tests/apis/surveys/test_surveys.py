"""Surveys (surveys.json): the forms' rules on the surveys' own records: seeded surveys listed and paged,
visitor submissions filed under a contact and listed by ``surveyId``."""

from __future__ import annotations


def _get(ghl, path, **params):
    answer = ghl.client().get(path, params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_surveys_are_listed_apart_from_forms(ghl):
    ghl.form("A form")
    made = [ghl.survey(f"Survey {n}") for n in range(3)]
    ghl.survey("Archive", type="folder")
    body = _get(ghl, "/surveys/", limit=2, skip=1)
    assert body["surveys"] == [{"id": s["id"], "name": s["name"], "locationId": ghl.location_id} for s in made[1:]]
    assert body["total"] == 3
    assert [s["name"] for s in _get(ghl, "/surveys/", type="folder")["surveys"]] == ["Archive"]


def test_a_survey_submission_files_under_the_contact_and_is_listed_by_survey(ghl):
    first, second = ghl.survey("NPS"), ghl.survey("Onboarding")
    answered = ghl.survey_submission(first, email="kim@example.com", first_name="Kim", how_likely="9")
    ghl.survey_submission(second)
    contact = ghl.client().get(f"/contacts/{answered['contactId']}").json()["contact"]
    assert (contact["email"], contact["firstName"]) == ("kim@example.com", "Kim")
    listed = _get(ghl, "/surveys/submissions", surveyId=first["id"])
    assert [s["id"] for s in listed["submissions"]] == [answered["id"]]
    one = listed["submissions"][0]
    assert (one["surveyId"], one["others"]["how_likely"], one["others"]["eventData"]["medium"]) == (
        first["id"], "9", "survey")
    assert "formId" not in one
    assert listed["meta"] == {"total": 1, "currentPage": 1, "nextPage": None, "prevPage": None}
    assert _get(ghl, "/surveys/submissions")["meta"]["total"] == 2
    assert _get(ghl, "/forms/submissions")["meta"]["total"] == 0


def test_a_form_id_is_not_a_survey(ghl):
    form = ghl.form()
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/surveys/{form['id']}/submissions",
                               json={"answers": {"email": "a@example.com"}})
    assert (answer.status_code, answer.json()["message"]) == (400, f"Survey with id {form['id']} not found")
