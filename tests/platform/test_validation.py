"""Translating pydantic's errors into class-validator's sentences."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from mock_server.platform.models import BodyModel
from mock_server.platform.validation import validate


class Dated(BodyModel):
    date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]


def test_a_pattern_with_braces_is_quoted_not_formatted():
    _, problems = validate(Dated, {"date": "AAA"})
    assert [p.message for p in problems] == [r"date must match ^\d{4}-\d{2}-\d{2}$"]
