"""The ``ghl`` factories of the Surveys area: a survey, and a visitor's submission to it."""

from __future__ import annotations

from typing import Any

from mock_server.apis.forms.factories import given, visit, visitor_answers
from mock_server.testing.factories import Factories, Ref, ref_id


class SurveyFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def survey(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """A survey of this location (``POST /_mock/locations/{id}/surveys``: GHL's API only lists surveys);
        ``type="folder"`` makes a folder, ``parentId`` puts it in one."""
        if name is None:
            with self.fake.draw("survey") as (faker, n):
                name = f"{faker.word().title()} survey {n}"
        return self.api("POST", f"/_mock/locations/{self.location_id}/surveys", {"name": name, **fields},
                        what="ghl.survey()")

    def survey_submission(self, survey: Ref | None = None, *, event_data: dict[str, Any] | None = None,
                          created_at: str | None = None, **answers: Any) -> dict[str, Any]:
        """Submit ``survey`` (a new survey if none) as a visitor would, like ``ghl.form_submission()``: a fresh
        visitor's name, email and phone, overridden or completed by ``answers`` (by field key). It creates
        the contact, or updates the one its email (else phone) matches. Returns the submission as
        ``GET /surveys/submissions`` lists it."""
        survey_id = ref_id(survey) if survey is not None else self.survey()["id"]
        body: dict[str, Any] = {"answers": given(visitor_answers(self.fake, "survey") | answers),
                                "eventData": event_data or visit("https://example.com/survey", "Tell us more",
                                                                 "survey")}
        if created_at is not None:
            body["createdAt"] = created_at
        return self.api("POST", f"/_mock/locations/{self.location_id}/surveys/{survey_id}/submissions", body,
                        what="ghl.survey_submission()")
