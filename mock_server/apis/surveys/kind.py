"""The Surveys area's ``Collection``: the forms' rules (``apis/forms``) on the surveys' tables and spellings."""

from __future__ import annotations

from mock_server.apis.forms.collections import Collection
from mock_server.apis.surveys.tables import SURVEY_SUBMISSIONS
from mock_server.apis.surveys.tables import SURVEYS as SURVEYS_TABLE

# DECISION: GHL's text for an unknown survey id is not known (it has no API that reads one survey).
SURVEY_NOT_FOUND = "Survey with id {id} not found"

SURVEYS = Collection(kind="survey", items=SURVEYS_TABLE, submissions=SURVEY_SUBMISSIONS, item_id="surveyId",
                     list_key="surveys", not_found=SURVEY_NOT_FOUND)
