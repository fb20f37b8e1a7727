"""Base classes for every area's request and response models.

Field names are GHL's, verbatim (camelCase, and misspellings such as ``appoinmentPerSlot``).

- ``BodyModel``: a JSON request body. Unknown properties are refused (GHL answers
  ``property <name> should not exist``) and types are strict, as class-validator is: ``"12"`` is not
  a number and ``1`` is not a string.
- ``QueryModel``: query parameters. Unknown parameters are refused too; values arrive as strings
  and are converted (``"25"`` -> 25, ``"true"`` -> True). A list field accepts ``k=a&k=b``,
  ``k[]=a&k[]=b`` (the Node SDK) and a single value.
- ``FormModel``: a form-encoded body (OAuth), converted like a query.
- ``ResponseModel``: a response body as the mock documents it; extra keys are allowed, because GHL
  adds keys freely and clients must tolerate them.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, StringConstraints

from mock_server.platform.validation import NUMBER_STRING_PATTERN

# GHL declares many counts (skip, limit) as strings of digits.
NumberString = Annotated[str, StringConstraints(pattern=NUMBER_STRING_PATTERN)]


class BodyModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class QueryModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, coerce_numbers_to_str=False, defer_build=True)


class FormModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, defer_build=True)


class ResponseModel(BaseModel):
    model_config = ConfigDict(extra="allow", defer_build=True)


def sent_fields(model: BaseModel) -> dict[str, Any]:
    """The fields the client actually sent (for partial updates), by their GHL names, nested models included."""
    return model.model_dump(exclude_unset=True, by_alias=True)
