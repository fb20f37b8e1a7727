"""Surveys operations (surveys.json): the forms' rules (``apis/forms``) on the surveys' tables."""

from __future__ import annotations

from mock_server.apis.forms.items import list_items
from mock_server.apis.forms.submissions import list_submissions
from mock_server.apis.surveys import models
from mock_server.apis.surveys.kind import SURVEYS
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("surveys.json", tag="Surveys")


@api.get("/surveys/submissions", "get-surveys-submissions", scopes="surveys.readonly", tokens=LOCATION,
         query=models.SurveySubmissionsQuery, response=models.GetSurveysSubmissionSuccessfulResponse,
         summary="List a location's survey submissions")
def get_surveys_submissions(call: Call) -> dict:
    q = call.query
    return list_submissions(call.tenant, SURVEYS, item_id=q.surveyId, q=q.q, start_at=q.startAt, end_at=q.endAt,
                            page=int(q.page), limit=int(q.limit))


@api.get("/surveys/", "get-surveys", scopes="surveys.readonly", tokens=LOCATION, query=models.ItemsQuery,
         response=models.GetSurveysSuccessfulResponse, summary="List a location's surveys")
def get_surveys(call: Call) -> dict:
    return list_items(call.tenant, SURVEYS, skip=call.query.skip, limit=call.query.limit, type_=call.query.type)
