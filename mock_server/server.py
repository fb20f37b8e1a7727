"""Running the sandbox: checks the settings, builds the app, prints how to use it, runs uvicorn."""

from __future__ import annotations

import gc
import importlib
import socket
import sys
import threading
from typing import Any

import uvicorn

from mock_server.app import build_app
from mock_server.server_limits import uvicorn_config
from mock_server.settings import Settings
from mock_server.store import DataFileError


class SettingsError(ValueError):
    pass


def check(settings: Settings) -> None:
    """Refuse settings that would silently misbehave, with a message saying what to do instead."""
    if settings.workers != 1:
        if settings.data:
            raise SettingsError(
                f"--workers {settings.workers} with --data is refused: TinyDB files are single-process, so several "
                "workers would corrupt or lose each other's writes. Run one worker (the mock is fast enough), "
                "or several servers with separate --data files.")
        raise SettingsError(
            f"--workers {settings.workers} is refused: the mock keeps its state in process memory, so each worker "
            "would be a different GHL (a token minted on one would be unknown to the others). Run one worker.")
    if not settings.loopback_only and not settings.admin_token:
        raise SettingsError(
            f"listening on {settings.host} exposes the /_mock control plane beyond this machine: set an admin token "
            "(--admin-token or GHL_MOCK_ADMIN_TOKEN); clients then send it in the X-GHL-Mock-Admin-Token header.")


def serve(settings: Settings) -> int:
    try:
        check(settings)
        sock = _bind(settings)
        app = build_app(settings)
    except (SettingsError, DataFileError, OSError) as exc:
        print(f"ghl-mock: {exc}", file=sys.stderr)
        return 2
    settings.port = sock.getsockname()[1]
    demo = None
    if settings.demo:
        from mock_server.fixtures.demo import load_demo

        demo = load_demo(app.world)
    loop, http = fastest_stack()
    print(banner(app, settings, demo, stack=(loop, http)), flush=True)
    # The webhook keys and the sender process take a moment to make: beside start-up, not on the first delivery.
    if app.world.webhooks.settings.global_settings.delivery == "background":
        threading.Thread(target=app.world.webhooks.dispatcher.start, name="webhook-start", daemon=True).start()
    # Everything built so far lives until exit: keep the garbage collector off it (cheaper collections while
    # serving), and on again if the command line paused it during start-up.
    gc.freeze()
    gc.enable()
    config = uvicorn_config(app, http=http, loop=loop, log_level=settings.log_level, access_log=False,
                            lifespan="on", timeout_graceful_shutdown=2)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def fastest_stack() -> tuple[str, str]:
    """uvicorn's event loop and HTTP parser: uvloop and httptools (dependencies of ghl-mock wherever they build),
    else asyncio and h11, so the server always starts."""
    loop = "uvloop" if _importable("uvloop") else "asyncio"
    http = "httptools" if _importable("httptools") else "h11"
    return loop, http


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _bind(settings: Settings) -> socket.socket:
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    # proto must say TCP: asyncio only sets TCP_NODELAY on connections of such sockets, and without it
    # every keep-alive response waits ~40 ms on delayed ACKs.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((settings.host, settings.port))
    except OSError as exc:
        sock.close()
        raise OSError(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror}") from None
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def banner(app, settings: Settings, demo: dict[str, Any] | None = None,
           stack: tuple[str, str] | None = None) -> str:
    world = app.world
    info = world.meta("bootstrap") or {}
    url = settings.base_url
    lines = [f"ghl-mock is serving the GHL API at {url}", ""]
    if info:
        # Access tokens only: a refresh token would be a stored record, and every start would add two.
        location_token = world.tokens.mint(user_type="Location", company_id=info["companyId"],
                                           location_id=info["locationId"], client_id=info["clientId"],
                                           user_id=info["userId"], with_refresh=False)["access_token"]
        agency_token = world.tokens.mint(user_type="Company", company_id=info["companyId"],
                                         client_id=info["clientId"], user_id=info["userId"],
                                         with_refresh=False)["access_token"]
        lines += [
            f"  agency (companyId)     {info['companyId']}",
            f"  location (locationId)  {info['locationId']}",
            f"  user (userId)          {info['userId']}",
            f"  OAuth app              client_id={info['clientId']}  client_secret={info['clientSecret']}",
            "",
            "  Tokens, every scope:",
            f"  location PIT (no expiry)  {info['pit']}",
            f"  location OAuth (1 day)    {location_token}",
            f"  agency OAuth (1 day)      {agency_token}",
            "",
            "  Try it:",
            f"  curl -H 'Authorization: Bearer {info['pit']}' -H 'Version: 2021-07-28' \\",
            f"       {url}/locations/{info['locationId']}",
        ]
    if demo:
        lines += ["", "  Demo data: " + ", ".join(f"{k}={v}" for k, v in demo.items() if not isinstance(v, (dict, list)))]
    storage = f"file {world.store.path}" if world.store.persistent else "memory (use --data PATH to persist)"
    lines += ["", f"  storage: {storage}", *(f"  {warning}" for warning in world.store.warnings),
              f"  control plane: {url}/_mock/health   OpenAPI: {url}/openapi.json",
              f"  webhook public keys: {url}/_mock/webhooks/keys  (PEM: {url}/_mock/webhooks/keys/ed25519.pem, "
              f"{url}/_mock/webhooks/keys/rsa.pem)",
              f"  contract mode: {world.violations.mode}", ""]
    if stack is not None:
        fast = stack == ("uvloop", "httptools")
        lines.insert(-2, f"  server: {stack[0]} + {stack[1]}"
                     + ("" if fast else "   (pip install uvloop httptools for full speed)"))
    return "\n".join(lines)
