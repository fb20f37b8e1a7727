"""Running the sandbox: checks the settings, builds the app, prints how to use it, runs uvicorn."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
import socket
import sys
import threading
import time
import traceback
from typing import Any

import uvicorn

from mock_server.app import build_app
from mock_server.server_limits import uvicorn_config
from mock_server.settings import Settings
from mock_server.store import DataFileError, is_database_url


class SettingsError(ValueError):
    pass


def check(settings: Settings) -> None:
    """Refuse settings that would silently misbehave, with a message saying what to do instead."""
    if settings.store and settings.data:
        raise SettingsError("--store and --data both name a store: give one (--data PATH is --store PATH)")
    if settings.workers < 1:
        raise SettingsError(f"--workers {settings.workers} is refused: give 1 or more")
    if settings.workers != 1 and not is_database_url(settings.store_spec):
        if settings.store_spec:
            raise SettingsError(
                f"--workers {settings.workers} with --data is refused: a data file is single-process, so several "
                "workers would corrupt or lose each other's writes. Run one worker (the mock is fast enough), "
                "or share a PostgreSQL store between workers (--store postgresql://...).")
        raise SettingsError(
            f"--workers {settings.workers} is refused: the mock keeps its state in process memory, so each worker "
            "would be a different GHL (a token minted on one would be unknown to the others). Run one worker, or "
            "share a PostgreSQL store between workers (--store postgresql://...).")
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
    stack = fastest_stack()
    if settings.workers > 1:
        print(banner(app, settings, demo, stack=stack), flush=True)
        app.world.close()  # each worker opens the shared store itself: a forked connection pool is no pool
        return _run_workers(settings, sock, stack)
    # The banner's OAuth tokens are the first JWTs signed, and pyjwt is slow to import: printed as soon as the
    # server serves (a client polling /_mock/health gets its answer meanwhile; the tokens work either way).
    _run(app, settings, sock, stack, banner=lambda: print(banner(app, settings, demo, stack=stack), flush=True))
    return 0


def _run(app, settings: Settings, sock: socket.socket, stack: tuple, banner=None) -> None:
    loop, http = stack
    # Background deliveries run on the server's loop, started with it (the worker makes the webhook keys in a
    # thread of its own: not during start-up).
    app.deliver_on_server_loop = True
    # Everything built so far lives until exit: keep the garbage collector off it (cheaper collections while
    # serving), and on again if the command line paused it during start-up.
    gc.freeze()
    gc.enable()
    gc.callbacks.append(_freeze_survivors)
    config = uvicorn_config(app, http=http, loop=loop, log_level=settings.log_level, access_log=False,
                            lifespan="on", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    # The webhook worker starts with the server's lifespan, on its loop; its keys and sender process are made
    # beside the running server (dispatcher.py), so they do not slow the start.
    if banner is not None:
        threading.Thread(target=_once_serving, args=(server, [banner]), name="once-serving", daemon=True).start()
    server.run(sockets=[sock])


def _freeze_survivors(phase: str, info: dict) -> None:
    """After each full collection: what survived it is long-lived (the areas and models imported on first use, the
    store's records and indexes), so the next full collection need not walk it again. Each walked everything the
    server had made since it started: 70-80 ms paused the server, every time, once the areas were in (they are
    imported on first use, after the start-up freeze). Refcounting still frees frozen objects; only a cycle among
    them that later became garbage would stay."""
    if phase == "stop" and info["generation"] == 2:
        gc.freeze()


def _once_serving(server: uvicorn.Server, steps: list) -> None:
    """Run ``steps`` once ``server`` accepts requests (none if it stops first)."""
    while not (server.started or server.should_exit):
        time.sleep(0.005)
    if server.started:
        for step in steps:
            step()


def _run_workers(settings: Settings, sock: socket.socket, stack: tuple) -> int:
    """``--workers N`` (shared stores only): N forked processes accept on the one listening socket.

    Each builds its own app on the shared store (the start-up above already created the schema and the
    bootstrap tenant). A worker that dies takes the others down with it, so a supervisor (compose, systemd)
    sees the failure instead of a server silently running short of workers.
    """
    children: list[int] = []
    for _ in range(settings.workers):
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                _run(build_app(settings), settings, sock, stack)
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        children.append(pid)

    def stop(signum, frame) -> None:
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    while children:
        pid, code = os.wait()
        if pid in children:
            children.remove(pid)
            status = status or os.waitstatus_to_exitcode(code)
            stop(None, None)
    return 0 if status in (0, -signal.SIGTERM) else 1


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
    storage = (("PostgreSQL " if world.store.shared else "file ") + world.store.path if world.store.persistent
               else "memory (use --data PATH or --store postgresql://... to persist)")
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
