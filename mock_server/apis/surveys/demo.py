"""The Surveys area's part of the demo (``Area.demo``): a survey of the main location, answered by visitors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

ANSWERS = ("Very satisfied", "Satisfied")


def load(demo: DemoLoader) -> None:
    survey = demo.seed(demo.main, "surveys", {"name": "Patient satisfaction"})
    for n, answer in enumerate(ANSWERS, start=1):
        demo.seed(demo.main, f"surveys/{survey['id']}/submissions",
                  {"answers": {"full_name": f"Survey visitor {n}", "email": f"survey.visitor{n}@example.com",
                               "how_satisfied_are_you": answer}})
    demo.summary.update(surveys=1, surveySubmissions=len(ANSWERS))
