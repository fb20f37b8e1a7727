"""``GET /_mock/health``: liveness, answered as soon as the server can serve GHL requests.

Kept apart from the Starlette control plane (``routes.py``) so the app can answer it before that plane is
built: a compose healthcheck or a test harness polls it while the server starts.
"""

from __future__ import annotations

import time
from typing import Any

import mock_server

STARTED = time.time()


def health(world) -> dict[str, Any]:
    return {
        "status": "ok", "version": mock_server.__version__,
        "storage": {"kind": "file" if world.store.persistent else "memory", "path": world.store.path},
        "operations": world.areas.operation_count, "contractMode": world.violations.mode,
        "uptimeSeconds": round(time.time() - STARTED, 3),
    }
