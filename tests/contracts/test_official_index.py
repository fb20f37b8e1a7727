"""The shipped index of official operations is what ``ghl-mock contract index`` makes of the official files."""

from __future__ import annotations

import pytest
from mock_server.contracts import cli, official, official_index

from mock_server.platform.official_index import INDEX_PATH, parse
from mock_server.platform.routing import shape

SPEC_DIR = official.locate()
needs_official = pytest.mark.skipif(SPEC_DIR is None, reason=official.absent_message())


@pytest.fixture(scope="module")
def generated() -> str:
    return official_index.text(SPEC_DIR)


@needs_official
def test_the_shipped_index_is_current(generated):
    assert INDEX_PATH.read_text(encoding="utf-8") == generated, \
        "the index is stale: run `ghl-mock contract index` and commit mock_server/platform/official_operations.tsv"


@needs_official
def test_every_official_operation_is_listed_once_v3_only_ones_by_shape(generated):
    routes = parse(generated)
    v2 = official.OfficialSpec(SPEC_DIR).operations
    assert {(r.spec_file, r.method, r.path) for r in routes if not r.spec_file.startswith("v3/")} == set(v2)
    shapes = [(r.method, shape(r.path)) for r in routes]
    assert len(shapes) == len(set(shapes))  # v3's /adsets/{adSetId} is v2's /adsets/{adsetId}
    assert any(r.spec_file == "v3/chat-widget-v3.json" for r in routes)
    token = next(r for r in routes if r.key == ("oauth.json", "POST", "/oauth/token"))
    assert token.public and not token.version_header  # the file declares neither on it


@needs_official
def test_the_command_checks_and_writes_the_index(generated, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(official_index, "text", lambda apps_dir: generated)  # read the files once per module
    out = tmp_path / "index.tsv"
    out.write_text(generated.replace("\tget-contact\t", "\tget-kontakt\t"))
    assert cli.run(["index", "--check", "--spec", str(SPEC_DIR), "--out", str(out)]) == 1
    assert "not current" in capsys.readouterr().err
    assert cli.run(["index", "--spec", str(SPEC_DIR), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == generated
    assert "v3-only" in capsys.readouterr().out
    assert cli.run(["index", "--check", "--spec", str(SPEC_DIR), "--out", str(out)]) == 0


def test_without_the_official_files_the_command_says_so(tmp_path, capsys):
    assert cli.run(["index", "--check", "--spec", str(tmp_path)]) == 2
    assert "official OpenAPI files were not found" in capsys.readouterr().err
