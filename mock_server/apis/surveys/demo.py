"""The Surveys area's part of the demo (``Area.demo``): a survey of the main location, answered by some of
the demo's contacts (after those the forms' demo used)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mock_server.apis.forms.demo import MESSAGES, visitor_of

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

ANSWERS = ("Very satisfied", "Satisfied", "Neutral")


def load(demo: DemoLoader) -> None:
    survey = demo.seed(demo.main, "surveys", {"name": "Patient satisfaction"})
    respondents = demo.made.get("contacts", [])[len(MESSAGES):len(MESSAGES) + len(ANSWERS)]
    for contact_id, answer in zip(respondents, ANSWERS, strict=False):
        demo.seed(demo.main, f"surveys/{survey['id']}/submissions",
                  {"answers": visitor_of(demo, contact_id) | {"how_satisfied_are_you": answer}})
    demo.summary.update(surveys=1, surveySubmissions=len(respondents))
