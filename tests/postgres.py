"""The PostgreSQL server the suite's PostgreSQL leg runs against.

``GHL_MOCK_TEST_POSTGRES`` names one (``.ci/run`` starts a throwaway server and sets it). Without it, a
throwaway server is started here when PostgreSQL is installed (``.ci/postgres``); where neither works, the
PostgreSQL tests skip, saying why. Each test gets a schema of its own (``isolated_url``), so tests and xdist
workers never see each other's records.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from mock_server.store import postgres

ENV = "GHL_MOCK_TEST_POSTGRES"
SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "postgres"

_started: dict[str, str] = {}


def server_url() -> str:
    """The server's URL, or skip the test with the reason."""
    if not postgres.available():
        pytest.skip("PostgreSQL leg skipped: psycopg is not installed (pip install -e '.[test]')")
    url = os.environ.get(ENV)
    if url:
        return url
    if "url" not in _started:
        _started["url"] = _start_local() or ""
    if not _started["url"]:
        pytest.skip(f"PostgreSQL leg skipped: no server. Set {ENV}=postgresql://... or install PostgreSQL "
                    f"(.ci/run installs and starts one); {_started.get('why', '')}")
    return _started["url"]


def _start_local() -> str | None:
    if shutil.which("pg_ctl") is None and not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        _started["why"] = "no PostgreSQL binaries found"
        return None
    where = tempfile.mkdtemp(prefix="ghl-mock-pg-")
    os.chmod(where, 0o755)  # the server runs as the postgres user when we are root
    env = {**os.environ, "PG_NO_APT": "1"}
    done = subprocess.run(["bash", str(SCRIPT), "start", where + "/cluster"], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        _started["why"] = done.stderr.strip()[-300:]
        return None
    import atexit

    atexit.register(subprocess.run, ["bash", str(SCRIPT), "stop", where + "/cluster"], capture_output=True)
    return done.stdout.strip()


def isolated_url() -> tuple[str, str]:
    """A URL whose tables live in a new schema of their own, and that schema's name."""
    import psycopg

    base = server_url()
    schema = "t_" + uuid.uuid4().hex[:16]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}options=-csearch_path%3D{schema}", schema


def drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
