"""``ghl-mock contract ...``: coverage, index, report, verify, record and scaffold (also
``python -m mock_server.contracts``).

Exit codes: 0 all good, 1 the contract was broken (mismatches, violations with --fail-on-violations,
a stale coverage file with --check), 2 the command could not run (bad arguments, unreachable server,
official files missing where they are needed).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mock_server.testing.tenant import DEFAULT_VERSION

DEFAULT_BASE_URL = "http://127.0.0.1:8765"
# DECISION: GHL's burst limit is 100 requests per 10 seconds per app and location; 8/s stays clear of it.
DEFAULT_MAX_RPS = 8.0


def run(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except _Failure as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as missing:
        print(f"error: the contract kit needs {missing.name}: pip install 'ghl-mock[contract]'", file=sys.stderr)
        return 2


class _Failure(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ghl-mock contract",
        description="The contract kit: how faithful the mock is to GHL's official contract, what a client sent "
                    "that GHL would refuse, and whether a server (another mock, a proxy, the live API) behaves "
                    "like GHL.")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    coverage = commands.add_parser(
        "coverage", help="write CONTRACT_COVERAGE.md (the areas, their seed endpoints, implemented vs official "
                         "operations)",
        description="Write CONTRACT_COVERAGE.md: each area with what it serves and its operations, the control "
                    "plane's seed endpoints, and per official API file, implemented over total operations, the "
                    "missing ones listed and the product catalog's operations marked. Needs GHL's official files.")
    coverage.add_argument("--out", type=Path, default=Path("CONTRACT_COVERAGE.md"),
                          help="where to write it (default: ./CONTRACT_COVERAGE.md)")
    coverage.add_argument("--check", action="store_true",
                          help="write nothing; exit 1 when the file is not current")
    _spec_option(coverage)
    coverage.set_defaults(handler=_coverage)

    index = commands.add_parser(
        "index", help="regenerate the index of every official operation (what the mock answers 501 for)",
        description="Write the mock's index of every official GHL operation, v2 and v3-only (spec file, method, "
                    "path, operationId, declared Version/security checks), from GHL's official files. The mock "
                    "reads only the index, so it answers 501 for an official operation it lacks without the "
                    "files. Needs GHL's official files.")
    index.add_argument("--out", type=Path, default=None,
                       help="where to write it (default: the index the package ships, "
                            "mock_server/platform/official_operations.tsv)")
    index.add_argument("--check", action="store_true", help="write nothing; exit 1 when the index is not current")
    _spec_option(index)
    index.set_defaults(handler=_index)

    report = commands.add_parser(
        "report", help="summarize the contract violations a running mock recorded",
        description="Print the contract violations the mock recorded for the requests it received (GET "
                    "/_mock/violations), grouped by operation, kind and field; optionally as JUnit XML for CI.")
    report.add_argument("--base-url", default=os.environ.get("GHL_MOCK_URL", DEFAULT_BASE_URL),
                        help=f"the mock (default: $GHL_MOCK_URL or {DEFAULT_BASE_URL})")
    report.add_argument("--admin-token", default=os.environ.get("GHL_MOCK_ADMIN_TOKEN"),
                        help="the control plane's admin token (default: $GHL_MOCK_ADMIN_TOKEN)")
    report.add_argument("--location", help="only this location's violations")
    report.add_argument("--company", help="only this agency's violations")
    report.add_argument("--file", type=Path, help="read a saved GET /_mock/violations answer instead of a server")
    report.add_argument("--junit", type=Path, help="also write JUnit XML here")
    report.add_argument("--fail-on-violations", action="store_true", help="exit 1 when there is any violation")
    report.set_defaults(handler=_report)

    verify = commands.add_parser(
        "verify", help="run the contract suite against any server claiming to be GHL",
        description="Run the contract suite against a server (another mock, a proxy, the live API with a sandbox "
                    "account) and report every mismatch of status, schema and error body. Read-only unless "
                    "--allow-writes. With --contract, replay a recorded contract file instead.")
    verify.add_argument("--base-url", required=True, help="the server, e.g. https://services.leadconnectorhq.com")
    verify.add_argument("--token", help="a sub-account (location) token with the scopes to test")
    verify.add_argument("--agency-token", help="an agency token, for agency operations")
    verify.add_argument("--location", help="the location (sub-account) id (read from the token when it is a JWT)")
    verify.add_argument("--company", help="the agency id (discovered when omitted)")
    verify.add_argument("--user", help="a user id of the location (discovered when omitted)")
    verify.add_argument("--id", action="append", default=[], metavar="NAME=VALUE",
                        help="an id the kit cannot discover, e.g. appId=... (repeatable)")
    verify.add_argument("--version", default=DEFAULT_VERSION, help=f"Version header (default {DEFAULT_VERSION})")
    verify.add_argument("--allow-writes", action="store_true",
                        help="also run create/update/delete sequences (on records the run creates)")
    verify.add_argument("--only", action="append", metavar="SPEC_FILE",
                        help="only operations of this official file, e.g. users.json (repeatable)")
    verify.add_argument("--contract", type=Path, help="replay this recorded contract file against the server")
    verify.add_argument("--max-rps", type=float, default=DEFAULT_MAX_RPS,
                        help=f"requests per second at most (default {DEFAULT_MAX_RPS:g}; 0 = unlimited)")
    verify.add_argument("--verbose", action="store_true", help="list skipped probes and every known defect")
    _spec_option(verify)
    verify.set_defaults(handler=_verify)

    record = commands.add_parser(
        "record", help="record a client's interactions with the mock as a contract file",
        description="Serve a fresh mock (or, with --target, a recording proxy in front of a running one) and "
                    "save every GHL request a client sends, with the shape of each answer, to a contract file. "
                    "Stop it with Ctrl-C (SIGINT) or SIGTERM; the file is also saved every few seconds. Replay "
                    "it later with: ghl-mock contract verify --contract FILE --base-url URL --token T.")
    record.add_argument("--out", type=Path, required=True, help="the contract file to write")
    record.add_argument("--target", help="proxy to this running mock instead of serving a fresh one")
    record.add_argument("--host", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    record.add_argument("--port", type=int, default=8765, help="listen port (default 8765)")
    record.set_defaults(handler=_record)

    scaffold = commands.add_parser(
        "scaffold", help="generate an API area (or more operations of one) from an official file",
        description="Generate, from one of GHL's official OpenAPI files, a new area package under "
                    "mock_server/apis (or new operations appended to an existing one): the request and "
                    "response models (the file's structure verbatim, none of its prose), each operation's "
                    "declaration (path, operationId, scopes, token classes, statuses, models), a handler marked "
                    "@unwritten that answers 501, and a strict-xfail test stub per operation under tests/apis. "
                    "The code is ours from then on: review it, write the handlers and tests, commit it. See "
                    "docs/adding-an-api-area.md.")
    scaffold.add_argument("file", type=Path,
                          help="the official file: a path, or a name in --spec such as links.json or "
                               "v3/chat-widget-v3.json")
    scaffold.add_argument("operation_ids", nargs="*", metavar="OPERATION_ID",
                          help="only these operations (default: every operation of the file the mock does not "
                               "serve yet)")
    scaffold.add_argument("--area", help="the package name under mock_server/apis (default: from the file name, "
                                         "e.g. custom_menus); an existing package gets the operations added")
    scaffold.add_argument("--root", type=Path, default=None,
                          help="the repository to write into (default: the current directory)")
    scaffold.add_argument("--dry-run", action="store_true", help="print what would be written; write nothing")
    _spec_option(scaffold)
    scaffold.set_defaults(handler=_scaffold)
    return parser


def _spec_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path,
                        help="directory of GHL's official OpenAPI files (default: $GHL_UPSTREAM_SPEC or "
                             "../shared/ghl-reference/apps)")


def _official(args, *, required: bool):
    from mock_server.contracts import official  # needs jsonschema (the [contract] extra)

    where = official.locate(args.spec)
    if where is None:
        if required:
            raise _Failure(official.absent_message("this command needs them"))
        print(f"note: {official.absent_message('judging answers by the mock’s own OpenAPI document instead')}",
              file=sys.stderr)
        return None
    return official.OfficialSpec(where)


# -- commands ------------------------------------------------------------------------------
def _coverage(args) -> int:
    from mock_server.contracts import coverage

    from mock_server.apis import REGISTERED

    spec = _official(args, required=True)
    text = coverage.render(REGISTERED, spec)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is not current: run `ghl-mock contract coverage --out {args.out}`", file=sys.stderr)
            return 1
        print(f"{args.out} is current")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {next(iter(coverage.summary(REGISTERED.registry, spec)))}")
    return 0


def _index(args) -> int:
    from mock_server.contracts import official_index

    from mock_server.platform.official_index import INDEX_PATH, parse

    spec = _official(args, required=True)
    out = args.out or INDEX_PATH
    text = official_index.text(spec.apps_dir)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is not current: run `ghl-mock contract index`", file=sys.stderr)
            return 1
        print(f"{out} is current")
        return 0
    out.write_text(text, encoding="utf-8")
    routes = parse(text)
    v3_only = sum(route.spec_file.startswith("v3/") for route in routes)
    print(f"wrote {out}: {len(routes)} official operations ({len(routes) - v3_only} v2, {v3_only} v3-only)")
    return 0


def _report(args) -> int:
    import json

    import httpx
    from mock_server.contracts import report

    if args.file:
        answer, journal = json.loads(args.file.read_text(encoding="utf-8")), []
    else:
        try:
            answer, journal = report.fetch(args.base_url, admin_token=args.admin_token, location_id=args.location,
                                           company_id=args.company)
        except httpx.HTTPError as exc:
            raise _Failure(f"cannot read the violations from {args.base_url}: {exc}") from None
    found = answer.get("violations", [])
    print(report.summary(found, answer.get("mode")), end="")
    if args.junit:
        args.junit.write_text(report.junit(found, journal), encoding="utf-8")
        print(f"wrote {args.junit}")
    return 1 if args.fail_on_violations and found else 0


def _verify(args) -> int:
    from mock_server.contracts import recording, replay, sides, verify

    from mock_server.apis import build_registry

    if not (args.token or args.agency_token):
        raise _Failure("give --token (a location token) and/or --agency-token")
    claims = recording.token_kind(f"Bearer {args.token}")[1] if args.token else {}
    extra = dict(_pair(item) for item in args.id)
    target = sides.remote_side(args.base_url, args.token, agency_token=args.agency_token,
                               location_id=args.location or claims.get("locationId"),
                               company_id=args.company or claims.get("companyId"), user_id=args.user,
                               extra_ids=extra, version=args.version, max_rps=args.max_rps)
    try:
        if args.contract:
            outcome = replay.replay(recording.load_contract(args.contract), target)
            print(outcome.render())
            return 0 if outcome.ok else 1
        if not target.ids.get("locationId") and args.token:
            raise _Failure("give --location (the token is not a JWT the kit can read it from)")
        spec = _official(args, required=False)
        registry = build_registry()
        verifier = verify.Verifier(registry, sides.reference_side(), target, official=spec)
        outcome = verifier.run(writes=args.allow_writes, only=set(args.only) if args.only else None)
        if outcome.compared == 0 and outcome.skipped and all(s.reason.startswith("needs") for s in outcome.skipped):
            raise _Failure("no probe could run: check the tokens")
        print(outcome.render(verbose=args.verbose))
        return 0 if outcome.ok else 1
    finally:
        target.close()


def _pair(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep or not name or not value:
        raise _Failure(f"--id wants NAME=VALUE, not {item!r}")
    return name, value


def _record(args) -> int:
    import uvicorn
    from mock_server.contracts.recording import ProxyApp, RecordingApp

    if args.target:
        inner = ProxyApp(args.target)
        what = f"a recording proxy to {args.target}"
    else:
        from mock_server.app import build_app
        from mock_server.settings import Settings

        inner = build_app(Settings.from_env(host=args.host, port=args.port))
        what = "a fresh mock"
    app = RecordingApp(inner, args.out)
    print(f"serving {what} on http://{args.host}:{args.port}; recording to {args.out} (Ctrl-C to stop)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", lifespan="on")
    app.save()
    print(f"wrote {len(app.interactions)} interaction(s) to {args.out}")
    return 0


def _scaffold(args) -> int:
    from mock_server.contracts import official, scaffold

    path = args.file
    if not path.is_file():
        where = official.locate(args.spec)
        if where is None:
            raise _Failure(official.absent_message(f"{path} is not a file and cannot be looked up among them"))
        if not (where / path).is_file():
            raise _Failure(f"{path}: no such file, here or in {where}")
        path = where / path
    root = args.root or Path.cwd()
    if args.root is None and not (root / "mock_server" / "apis").is_dir():
        raise _Failure("run it from the repository's root, or give --root")
    try:
        outcome = scaffold.scaffold(path, args.operation_ids, area=args.area, root=root)
        if not args.dry_run:
            outcome.write()
    except (scaffold.ScaffoldError, LookupError) as problem:
        raise _Failure(str(problem).strip("'\"")) from None
    verb = "would write" if args.dry_run else "wrote"
    kind = "new area" if outcome.new_area else "added to the area"
    print(f"{kind} {outcome.area}: {len(outcome.operations)} operation(s) of {path.name}")
    for file, text in outcome.files.items():
        print(f"  {verb} {file} ({text.count(chr(10))} lines)")
        if args.dry_run:
            print(text)
    for line in outcome.instructions:
        print(f"next: {line}" if not line.startswith(" ") else line)
    print("next: review the code (grep REVIEW), write the handlers (remove @unwritten) and the tests "
          "(remove @UNWRITTEN); docs/adding-an-api-area.md has the checklist")
    return 0


def main() -> None:  # pragma: no cover - the console entry point lives in mock_server.cli
    raise SystemExit(run(sys.argv[1:]))
