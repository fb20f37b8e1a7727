"""``ghl-mock contract scaffold``: what a developer types and reads."""

from __future__ import annotations

import pytest
from mock_server.contracts.cli import run

from .conftest import AREA_PREFIX


def test_help_lists_the_command(capsys):
    with pytest.raises(SystemExit) as done:
        run(["scaffold", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert "OPERATION_ID" in text and "--dry-run" in text and "docs/adding-an-api-area.md" in text


def test_a_dry_run_prints_and_writes_nothing(gadgets_file, tmp_path, capsys):
    root = tmp_path / "repo"
    assert run(["scaffold", str(gadgets_file), "get-kind", "--area", AREA_PREFIX + "cli", "--root", str(root),
                "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"new area {AREA_PREFIX}cli: 1 operation(s) of gadgets.json" in out
    assert '@api.get("/gadgets/kinds/{kind}", "get-kind"' in out and "register the area" in out
    assert not root.exists()


def test_it_writes_the_area_and_says_what_is_next(gadgets_file, tmp_path, capsys):
    root = tmp_path / "repo"
    assert run(["scaffold", str(gadgets_file), "--area", AREA_PREFIX + "cli", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert (root / "mock_server" / "apis" / f"{AREA_PREFIX}cli" / "routes.py").is_file()
    assert "next: review the code (grep REVIEW)" in out


def test_mistakes_are_one_sentence_and_exit_2(gadgets_file, tmp_path, capsys):
    root = str(tmp_path / "repo")
    assert run(["scaffold", str(gadgets_file), "no-such-op", "--root", root]) == 2
    assert "gadgets.json has no operation no-such-op" in capsys.readouterr().err
    assert run(["scaffold", "nowhere.json", "--root", root, "--spec", str(tmp_path)]) == 2
    assert "nowhere.json" in capsys.readouterr().err
