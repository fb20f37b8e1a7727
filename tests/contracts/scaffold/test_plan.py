"""The generated declarations say what the official file says about each operation."""

from __future__ import annotations

import pytest
from mock_server.contracts.scaffold import ScaffoldError

from mock_server.platform.operations import AGENCY, LOCATION, LOCATION_OR_AGENCY

from .conftest import AREA_PREFIX


@pytest.fixture
def operations(gadgets_file, generate, load_area):
    generate(gadgets_file, AREA_PREFIX + "plan")
    routes = load_area(generate.root, AREA_PREFIX + "plan")
    return {op.operation_id: op for op in routes.api.operations}


def test_method_path_scopes_and_token_classes(operations):
    listed, created, one = operations["list-gadgets"], operations["create-gadget"], operations["get-gadget"]
    assert (listed.method, listed.path, listed.scopes, listed.tokens) == ("GET", "/gadgets/", ("gadgets.readonly",),
                                                                          LOCATION)
    assert (created.tokens, one.tokens, operations["patch-gadget"].tokens) == (LOCATION_OR_AGENCY, AGENCY, LOCATION)
    assert operations["delete-gadget"].public  # no security declared (and a REVIEW note says so)


def test_statuses_errors_deprecation_and_path_enums(operations):
    created = operations["create-gadget"]
    assert (created.status, created.errors) == (201, (404,))  # 500 is not declared: the mock never means to send it
    assert operations["delete-gadget"].status == 204
    assert operations["patch-gadget"].deprecated and operations["patch-gadget"].method == "PATCH"
    assert operations["get-kind"].path_enums == {"kind": ("big", "small")}


def test_bodies_and_answers_by_media_type(operations):
    assert operations["upload-gadget-file"].body_media_types == ("multipart/form-data",)
    assert operations["submit-gadget-form"].body_media_types == ("application/x-www-form-urlencoded",)
    manual = operations["download-gadget-manual"]
    assert (manual.response, manual.response_media_type) == (None, "text/csv")
    assert operations["list-gadgets"].query.__name__ == "ListGadgetsQuery"
    assert operations["create-gadget"].response.__name__ == "GadgetResponse"


def test_the_summary_is_not_copied(operations):
    assert all(op.summary == "" for op in operations.values())


def test_chosen_operations_only(gadgets_file, generate, load_area):
    generate(gadgets_file, AREA_PREFIX + "chosen", "get-gadget", "get-kind")
    routes = load_area(generate.root, AREA_PREFIX + "chosen")
    assert [op.operation_id for op in routes.api.operations] == ["get-gadget", "get-kind"]
    with pytest.raises(LookupError, match="no operation nope"):
        generate(gadgets_file, AREA_PREFIX + "other", "nope")


def test_an_area_name_must_be_a_package_name(gadgets_file, generate):
    with pytest.raises(ScaffoldError, match="cannot be a package name"):
        generate(gadgets_file, "not-a-package")
