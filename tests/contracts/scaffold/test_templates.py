"""The generated modules: lint-clean as they are, and test stubs that cannot pass for coverage.

The stubs run here as a user runs them (pytest with the ghl-mock plugin, the scaffolded area registered):
while a handler is unwritten its test is an expected failure; once the handler answers, the strict xfail
fails the run until the test is finished.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import mock_server.app
from mock_server.apis import REGISTERED

from .conftest import AREA_PREFIX, ruff_problems


def test_the_generated_modules_pass_ruff_and_keep_to_120_columns(gadgets_file, generate):
    outcome = generate(gadgets_file, AREA_PREFIX + "lint")
    assert ruff_problems(generate.root, *outcome.files) == ""
    assert max(len(line) for text in outcome.files.values() for line in text.splitlines() or [""]) <= 120


def test_the_stubs_are_expected_failures_until_the_handler_is_written(gadgets_file, generate, load_area, pytester,
                                                                      monkeypatch):
    area = AREA_PREFIX + "stubs"
    outcome = generate(gadgets_file, area)
    tests = next(path for path in outcome.files if path.name.startswith("test_"))
    pytester.makepyfile(test_gadgets=tests.read_text())
    routes = load_area(generate.root, area)
    registered = importlib.import_module(f"mock_server.apis.{area}.area").area
    monkeypatch.setattr(mock_server.app, "REGISTERED", REGISTERED.with_areas(registered))  # its line in AREA_NAMES

    unwritten = pytester.runpytest()
    unwritten.assert_outcomes(xfailed=len(outcome.operations))

    # Write one handler: its request now succeeds, so its test fails the run (XPASS strict) until finished.
    source = Path(routes.__file__)
    text = source.read_text()
    written = re.sub(r"@unwritten\ndef get_kind\(call: Call\) -> list:\n    \.\.\.",
                     'def get_kind(call: Call) -> list:\n    return [{"kind": call.path["kind"]}]', text)
    assert written != text
    source.write_text(written)
    importlib.reload(routes)
    registered = importlib.reload(importlib.import_module(f"mock_server.apis.{area}.area")).area
    monkeypatch.setattr(mock_server.app, "REGISTERED", REGISTERED.with_areas(registered))
    finished = pytester.runpytest()
    finished.assert_outcomes(xfailed=len(outcome.operations) - 1, failed=1)
    assert "XPASS(strict)" in finished.stdout.str() and "test_get_kind" in finished.stdout.str()


def test_the_area_declares_its_api_and_the_tables_its_paths_address(gadgets_file, generate, load_area):
    area = AREA_PREFIX + "declared"
    outcome = generate(gadgets_file, area)
    routes = load_area(generate.root, area)
    declared = importlib.import_module(f"mock_server.apis.{area}.area").area
    assert declared.name == area and declared.apis == (routes.api,)
    (gadgets,) = declared.tables  # /gadgets/{gadgetId}; not /gadgets/kinds/{kind}, a word among two
    assert (gadgets.name, gadgets.missing("g1").status, gadgets.missing("g1").message) == \
        ("gadgets", 404, "Gadget not found")  # get-gadget declares a 404
    assert f'    "{area}",' in outcome.instructions  # its line in AREA_NAMES
    assert f"    python -m mock_server.platform.area_index {area}" in outcome.instructions
    assert "    ghl-mock contract coverage" in outcome.instructions
