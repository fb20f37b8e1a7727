"""The generated models hold the official file's structure: what they accept and refuse is what the file says."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from mock_server.platform.validation import validate

from .conftest import AREA_PREFIX


@pytest.fixture
def models(gadgets_file, generate, load_area):
    generate(gadgets_file, AREA_PREFIX + "shapes")
    return load_area(generate.root, AREA_PREFIX + "shapes").models


def test_required_fields_types_and_enums_are_the_files(models):
    good = {"name": "Anvil", "locationId": "loc", "size": 2, "sku": "A-1", "color": "red"}
    assert models.CreateGadgetBody.model_validate(good).size == 2
    problems = validate(models.CreateGadgetBody, {"locationId": "loc", "size": "2", "sku": 1, "color": "blue"})[1]
    messages = {p.message for p in problems}
    assert "name must be a string" in messages  # required
    assert any(m.startswith("size must be a number") for m in messages)  # strict: "2" is not a number
    assert "color must be one of the following values: red, green" in messages


def test_nullable_optional_and_constraints(models):
    accepted = models.CreateGadgetBody.model_validate({"name": "n", "locationId": "l", "size": 1, "sku": "s",
                                                       "color": None, "opening": "09:30"})
    assert accepted.color is None
    for wrong in ({"size": 0}, {"name": "x" * 51}, {"opening": "25:00"}):
        with pytest.raises(ValidationError):
            models.CreateGadgetBody.model_validate({"name": "n", "locationId": "l", "size": 1, "sku": "s", **wrong})


def test_names_python_cannot_take_keep_ghls_spelling(models):
    body = models.CreateGadgetBody.model_validate({"name": "n", "locationId": "l", "size": 1, "sku": "s",
                                                   "from": "me", "_id": "abc"})
    assert body.model_dump(by_alias=True, exclude_unset=True)["from"] == "me"
    assert body.model_dump(by_alias=True, exclude_unset=True)["_id"] == "abc"
    assert models.Field2 is not models.Field  # the schema named FieldDto does not shadow pydantic's Field


def test_arrays_maps_unions_inheritance_and_recursion(models):
    body = models.CreateGadgetBody.model_validate({
        "name": "n", "locationId": "l", "size": 1, "sku": "s",
        "parts": [{"name": "bolt", "weight": 2}], "labels": {"a": "b"}, "shape": {"side": 3}})
    assert isinstance(body.parts[0], models.BasePart)  # allOf [BasePart, {...}] is a subclass
    assert isinstance(body.shape, models.Square)  # oneOf -> a union
    for wrong in ({"parts": [{"name": "bolt"}]}, {"labels": {"a": 1}}, {"shape": {"corner": 1}}):
        with pytest.raises(ValidationError):
            models.CreateGadgetBody.model_validate({"name": "n", "locationId": "l", "size": 1, "sku": "s", **wrong})
    tree = models.NodeBody.model_validate({"label": "root", "children": [{"label": "leaf", "children": []}]})
    assert tree.children[0].label == "leaf"


def test_requests_refuse_unknown_fields_answers_keep_them(models):
    with pytest.raises(ValidationError):
        models.FormBody.model_validate({"code": "c", "extra": 1})
    assert models.GadgetOut.model_validate({"id": "1", "name": "n", "new": True}).model_extra == {"new": True}
    assert models.PostBlankBody.model_validate({"anything": "goes"}).model_extra == {"anything": "goes"}


def test_form_bodies_convert_text_and_take_files(models):
    upload = models.UploadGadgetFileBody.model_validate({"file": b"\x00\x01", "hosted": "true"})
    assert (upload.file, upload.hosted) == (b"\x00\x01", True)
    assert models.FormBody.model_validate({"code": "c", "count": "3"}).count == 3


def test_query_defaults_and_counts_as_strings(models):
    query = models.ListGadgetsQuery.model_validate({"locationId": "l", "tags": ["a", "b"]})
    assert (query.limit, query.tags) == ("20", ["a", "b"])
    with pytest.raises(ValidationError):
        models.ListGadgetsQuery.model_validate({"locationId": "l", "limit": "ten"})


def test_counts_declared_as_numbers_are_the_platforms_bounded_paging_numbers(models):
    assert models.ListGadgetsQuery.model_validate({"locationId": "l", "skip": "1.5"}).skip == 1.5
    for hostile in ("-1", "1e300", "nan"):
        with pytest.raises(ValidationError):
            models.ListGadgetsQuery.model_validate({"locationId": "l", "skip": hostile})


def test_a_files_own_bound_on_a_count_narrows_the_platforms_and_keeps_its_ceiling(models):
    assert models.ListGadgetsQuery.model_validate({"locationId": "l"}).page == 1
    assert models.ListGadgetsQuery.model_validate({"locationId": "l", "page": "3"}).page == 3
    for hostile in ("0", str(2 ** 60)):  # under the file's minimum; over the platform's 2**53 - 1
        with pytest.raises(ValidationError):
            models.ListGadgetsQuery.model_validate({"locationId": "l", "page": hostile})


def test_a_schema_used_both_ways_is_a_request_and_an_answer_class(models):
    assert models.Part.model_config["extra"] == "forbid" and models.PartOut.model_config["extra"] == "allow"
    assert TypeAdapter(models.GetKindResponse).validate_python([{"kind": "big"}])[0].kind == "big"


def test_no_prose_is_copied(gadgets_file, generate):
    outcome = generate(gadgets_file, AREA_PREFIX + "prose")
    assert not any("not copied" in text for text in outcome.files.values())
