"""The ``ghl-mock`` command line.

  ghl-mock serve      run the sandbox (GHL API + /_mock control plane)
  ghl-mock token      mint a token from a running sandbox
  ghl-mock openapi    print the mock's OpenAPI document
  ghl-mock seed       load datasets (e.g. the demo sandbox)
  ghl-mock contract   the contract-testing kit (coverage, report, verify, record)
  ghl-mock listen     forward the sandbox's webhooks to your local app
  ghl-mock trigger    make the API calls that cause a webhook event
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
from collections.abc import Sequence

import mock_server
from mock_server.settings import Settings

EPILOG = """Every flag of `serve` can also be set by an environment variable GHL_MOCK_<FLAG> (e.g.
GHL_MOCK_PORT=8765, GHL_MOCK_DATA=sandbox.json, GHL_MOCK_STORE=postgresql://..., GHL_MOCK_ADMIN_TOKEN=...). Docs: README.md."""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The contract kit and the seeders own their sub-commands and help.
    if argv and argv[0] in DELEGATED:
        module_name, function = DELEGATED[argv[0]]
        return importlib.import_module(module_name).__getattribute__(function)(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    return args.run(args)


DELEGATED = {
    "contract": ("mock_server.contracts.cli", "run"),
    "seed": ("mock_server.fixtures.cli", "run"),
    "listen": ("mock_server.webhooks.cli", "listen"),
    "trigger": ("mock_server.webhooks.cli", "trigger"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ghl-mock", description="A stateful fake of the GoHighLevel API v2.",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ghl-mock {mock_server.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the sandbox server", epilog=EPILOG,
                                description="Run the GHL mock: the GHL API, the /_mock control plane and /openapi.json.")
    serve.add_argument("--host", default=None, help="interface to listen on (default 127.0.0.1; beyond loopback "
                                                     "the control plane needs --admin-token)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8765; 0 picks a free one)")
    serve.add_argument("--data", metavar="PATH", default=None,
                       help="persist state in this SQLite data file (crash-safe; an older JSON data file is migrated); omitted: in memory")
    serve.add_argument("--store", metavar="URL|PATH", default=None,
                       help="keep state in PostgreSQL (postgresql://user@host:5432/db, shared by --workers and "
                            "replicas; needs pip install 'ghl-mock[postgres]') or in a data file (same as --data)")
    serve.add_argument("--random-seed", metavar="N", default=None, help="seed for deterministic ids")
    serve.add_argument("--admin-token", default=None, help="token required in the X-GHL-Mock-Admin-Token header "
                                                          "for /_mock endpoints")
    serve.add_argument("--public-url", default=None, metavar="URL",
                       help="the URL clients reach the mock at (behind a proxy); shown in the banner and the "
                            "OpenAPI document, and its host may use the control plane")
    serve.add_argument("--allowed-host", dest="allowed_hosts", action="append", default=None, metavar="HOST",
                       help="another host name the control plane answers to without an admin token (repeat; "
                            "GHL_MOCK_ALLOWED_HOSTS=a,b); loopback names always do, and with an admin token "
                            "every name does")
    serve.add_argument("--workers", type=int, default=None,
                       help="worker processes (default 1); more than 1 needs a PostgreSQL --store, which they share")
    serve.add_argument("--contract-mode", choices=["strict", "record"], default=None,
                       help="strict (default): refuse what GHL refuses; record: answer anyway, record violations")
    serve.add_argument("--rate-limit", action="store_true", default=None,
                       help="enforce GHL's rate limits (429); the X-RateLimit-* headers are always sent")
    serve.add_argument("--demo", action="store_true", default=None, help="load the demo sandbox data on start")
    serve.add_argument("--no-fsync", dest="fsync", action="store_false", default=None,
                       help="don't fsync each write (still safe against kill -9, not against power loss)")
    serve.add_argument("--header-timeout", type=float, default=None, metavar="SECONDS",
                       help="a request head must arrive within this (default 10; else 408, or a silent close of "
                            "a connection that sent nothing); idle keep-alive connections close after 5 s")
    serve.add_argument("--body-timeout", type=float, default=None, metavar="SECONDS",
                       help="a request body must arrive within this once its head has (default 30; else 408)")
    serve.add_argument("--max-header-bytes", type=int, default=None, metavar="BYTES",
                       help="the longest request head (default 16384): a longer request line answers 414, "
                            "longer headers 431")
    serve.add_argument("--log-level", default=None, choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(run=_serve)

    token = commands.add_parser("token", help="mint a token from a running sandbox")
    token.add_argument("--url", default="http://127.0.0.1:8765", help="the sandbox's base URL")
    where = token.add_mutually_exclusive_group(required=True)
    where.add_argument("--location", help="location id (a sub-account token)")
    where.add_argument("--company", help="company id (an agency token)")
    token.add_argument("--scope", action="append", dest="scopes", help="a scope (repeat); omitted: every scope")
    token.add_argument("--kind", choices=["oauth", "pit"], default="oauth")
    token.add_argument("--admin-token", default=None)
    token.set_defaults(run=_token)

    openapi = commands.add_parser("openapi", help="print the mock's OpenAPI 3.1 document")
    openapi.set_defaults(run=_openapi)

    commands.add_parser("contract", help="the contract-testing kit (see `ghl-mock contract --help`)")
    commands.add_parser("seed", help="load datasets into a sandbox (see `ghl-mock seed --help`)")
    commands.add_parser("listen", help="forward the sandbox's webhooks to a local URL (see `ghl-mock listen --help`)")
    commands.add_parser("trigger", help="make the API calls that cause a webhook event (`ghl-mock trigger --help`)")
    return parser


def _serve(args: argparse.Namespace) -> int:
    # Importing the mock creates a few hundred thousand objects that live as long as the process: the cyclic
    # garbage collector would walk them over and over (a good part of the start-up time) and find nothing.
    # serve() freezes them and turns it back on once the app is built.
    gc.disable()
    from mock_server.server import serve

    settings = Settings.from_env(
        host=args.host, port=args.port, data=args.data, store=args.store, random_seed=args.random_seed, admin_token=args.admin_token,
        workers=args.workers, contract_mode=args.contract_mode, demo=args.demo, fsync=args.fsync,
        rate_limit=args.rate_limit, public_url=args.public_url, header_timeout=args.header_timeout,
        body_timeout=args.body_timeout, max_header_bytes=args.max_header_bytes,
        allowed_hosts=tuple(args.allowed_hosts) if args.allowed_hosts else None,
        log_level=args.log_level,
    )
    return serve(settings)


def _token(args: argparse.Namespace) -> int:
    import httpx

    body = {"kind": args.kind, **({"locationId": args.location} if args.location else {"companyId": args.company})}
    if args.scopes:
        body["scopes"] = args.scopes
    headers = {"X-GHL-Mock-Admin-Token": args.admin_token} if args.admin_token else {}
    try:
        response = httpx.post(args.url.rstrip("/") + "/_mock/tokens", json=body, headers=headers, timeout=10)
    except httpx.HTTPError as exc:
        print(f"ghl-mock: cannot reach {args.url}: {exc}", file=sys.stderr)
        return 2
    if response.status_code >= 400:
        print(f"ghl-mock: {response.status_code} {response.text}", file=sys.stderr)
        return 1
    print(response.json()["access_token"])
    return 0


def _openapi(args: argparse.Namespace) -> int:
    from mock_server.apis import build_registry
    from mock_server.platform.openapi import build_openapi

    print(json.dumps(build_openapi(build_registry()), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
