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

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from mock_server.platform.validation import NUMBER_STRING_PATTERN

# DECISION: a paging number (limit, skip, offset, page, pageSize ...) lies from 0 to 2**53 - 1, JavaScript's
# Number.MAX_SAFE_INTEGER: GHL's Node services cannot even hold a larger one exactly. It comes in the three
# spellings GHL's files declare: ``Paging`` (integer), ``PagingNumber`` (``number``: class-validator's
# @IsNumber takes 1.5 too) and ``NumberString`` (a string of digits). Areas narrow it with their documented
# bounds: ``Annotated[Paging, Field(ge=1, le=100)]``.
MAX_PAGING = 2 ** 53 - 1
Paging = Annotated[int, Field(ge=0, le=MAX_PAGING)]
PagingNumber = Annotated[float, Field(ge=0, le=MAX_PAGING)]


def _bounded_number_string(value: str) -> str:
    if len(value) > len(str(MAX_PAGING)) or int(value) > MAX_PAGING:  # the length first: int() of 5,000 digits fails
        raise PydanticCustomError("ghl", f"{{field}} must not be greater than {MAX_PAGING}")
    return value


# GHL declares many counts (skip, limit) as strings of digits.
NumberString = Annotated[str, StringConstraints(pattern=NUMBER_STRING_PATTERN), AfterValidator(_bounded_number_string)]

# No model takes inf or NaN: pydantic's floats would ("inf", "1e999" and a 400-digit number all read as inf).


class BodyModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, defer_build=True)


class QueryModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, coerce_numbers_to_str=False, allow_inf_nan=False,
                              defer_build=True)


class FormModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, allow_inf_nan=False, defer_build=True)


class ResponseModel(BaseModel):
    model_config = ConfigDict(extra="allow", defer_build=True)


def sent_fields(model: BaseModel) -> dict[str, Any]:
    """The fields the client actually sent (for partial updates), by their GHL names, nested models included."""
    return model.model_dump(exclude_unset=True, by_alias=True)
