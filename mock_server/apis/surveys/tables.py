"""The tables the Surveys area keeps in each location's tenant."""

SURVEYS = "surveys"
SURVEY_SUBMISSIONS = "surveySubmissions"
