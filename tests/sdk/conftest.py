"""The official Node SDK (``@gohighlevel/api-client`` from npm), installed once per test session into a
temporary folder; without Node, npm or the registry the tests that need it are skipped and say why."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

NODE, NPM = shutil.which("node"), shutil.which("npm")


@pytest.fixture(scope="session")
def node_sdk(tmp_path_factory) -> Path:
    if not (NODE and NPM):
        pytest.skip("node and npm are needed for the Node SDK tests")
    folder = tmp_path_factory.mktemp("node-sdk")
    (folder / "package.json").write_text('{"name": "ghl-mock-node-sdk-check", "private": true}')
    done = subprocess.run([NPM, "install", "--no-audit", "--no-fund", "--loglevel=error", "@gohighlevel/api-client@^3"],
                          cwd=folder, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.skip(f"npm could not install @gohighlevel/api-client: {done.stderr.strip()[-300:]}")
    return folder
