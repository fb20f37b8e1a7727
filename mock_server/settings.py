"""One settings object for the whole mock: CLI flags and ``GHL_MOCK_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Literal

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
# Where GHL's API lives: in-process clients use it as their base URL, and interception answers it.
GHL_HOST = "services.leadconnectorhq.com"


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8765
    # Persist state in this SQLite data file (store/sqlite.py); None keeps everything in memory.
    data: str | None = None
    # Keep state in this store instead: a postgresql:// URL (shared by several workers and replicas) or a
    # data file path (like ``data``). See README "Choosing a store".
    store: str | None = None
    # Seed for deterministic ids; None draws them at random.
    random_seed: str | None = None
    # Required for the /_mock control plane when the server listens beyond loopback.
    admin_token: str | None = None
    workers: int = 1
    # strict: refuse what GHL refuses. record: answer whenever possible, only record violations.
    contract_mode: Literal["strict", "record"] = "strict"
    # Refuse requests beyond GHL's limits (100 per 10 s, 200,000 a day, per app per resource) with 429.
    rate_limit: bool = False
    # DECISION: GHL's body limit is not published; 2 MiB covers every documented payload (blog posts
    # with HTML included).
    max_body_bytes: int = 2 * 1024 * 1024
    journal_capacity: int = 5000
    # fsync every committed write (crash-safe even against power loss); off is safe against kill -9.
    fsync: bool = True
    # Create the default agency, location, user and tokens on start (and after a full reset).
    bootstrap: bool = True
    demo: bool = False
    log_level: str = "warning"
    # Served over HTTP (mock_server/server_limits.py): seconds for a request head, then its body, to arrive;
    # the longest request head (request line + headers) in bytes.
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_header_bytes: int = 16 * 1024
    # The URL clients reach the mock at (behind a proxy, say); its host may drive the control plane.
    public_url: str | None = None
    # More host names the control plane answers to without an admin token (loopback names always do).
    allowed_hosts: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    ENV_PREFIX = "GHL_MOCK_"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> Settings:
        environ = os.environ if environ is None else environ
        values: dict = {}
        for f in fields(cls):
            raw = environ.get(cls.ENV_PREFIX + f.name.upper())
            if raw is None or f.name == "extra":
                continue
            values[f.name] = _convert(f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def store_spec(self) -> str | None:
        """What to open: the ``store`` URL or path, else the ``data`` file, else None (in memory)."""
        return self.store or self.data

    @property
    def loopback_only(self) -> bool:
        return self.host in LOOPBACK_HOSTS

    @property
    def base_url(self) -> str:
        if self.public_url:
            return self.public_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        return f"http://{host}:{self.port}"


def _convert(kind: str, raw: str):
    if kind.startswith("tuple"):
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    if "int" in kind and "str" not in kind:
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    return raw
