"""The official Node SDK (``@gohighlevel/api-client`` from npm), installed once per test session for every
test of this folder that drives it (``node_sdk``: the folder holding it and this folder's ``*_flow.js`` scripts).
Without Node, npm or the registry those tests are skipped and say why."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NODE, NPM = shutil.which("node"), shutil.which("npm")


@pytest.fixture(scope="session")
def node_sdk(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("node-sdk")
    (folder / "package.json").write_text('{"name": "ghl-mock-node-sdk-check", "private": true}')
    done = subprocess.run([NPM, "install", "--no-audit", "--no-fund", "--loglevel=error", "@gohighlevel/api-client@^3"],
                          cwd=folder, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.skip(f"npm could not install @gohighlevel/api-client: {done.stderr.strip()[-300:]}")
    shutil.copy(HERE / "node_sdk_flow.js", folder / "flow.js")
    for script in HERE.glob("*_flow.js"):
        shutil.copy(script, folder / script.name)
    return folder
