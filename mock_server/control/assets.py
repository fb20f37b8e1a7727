"""The files the control plane serves (the dashboard page), read once when the app is built.

Kept apart from ``routes.py`` (which imports starlette) so ``MockApp`` reads them at start-up while the
control plane itself is still built on its first request: reinstalling the package under a running server
(the README's two commands in one environment) replaces the files on disk, not what the server answers.
"""

from __future__ import annotations

from pathlib import Path

DASHBOARD = Path(__file__).with_name("dashboard.html")


def load_assets() -> dict[str, bytes]:
    return {"dashboard": DASHBOARD.read_bytes()}
