"""``ghl-mock listen`` and ``ghl-mock trigger``: the two webhook commands users reach for.

  ghl-mock listen --forward-to http://localhost:3000/webhooks [--events ContactCreate,INSTALL]
      installs a "ghl-mock listen" app on every agency of the running sandbox, subscribed to the events
      (all by default), whose webhook URL is your local app; prints its client id and the public keys to
      configure, then every delivery as it happens (Ctrl-C stops forwarding). The sandbox itself sends
      them, signed, with retries: it must reach the URL (from Docker: host.docker.internal).

  ghl-mock trigger UserCreate [--location L] [--set firstName=Ada --set type=account]
      makes the real API calls that cause the event (the event's own recipe, else the operation its
      declaration names first, with a minimal valid body and your --set values), and prints every event
      that followed, side events included.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import time
from collections.abc import Sequence
from typing import Any

import httpx

LISTENER_NAME = "ghl-mock listen"
TRIGGER_APP_NAME = "ghl-mock trigger"
POLL_SECONDS = 0.3
FINAL = ("delivered", "failed", "dropped", "skipped")


class Sandbox:
    """A running sandbox's control plane and API, with a location's token."""

    def __init__(self, url: str, admin_token: str | None, location: str | None = None) -> None:
        headers = {"X-GHL-Mock-Admin-Token": admin_token} if admin_token else {}
        self.http = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=30)
        tenants = self.control("GET", "/_mock/tenants")["tenants"]
        self.agencies = [t["companyId"] for t in tenants]
        located = [(t["companyId"], loc["locationId"]) for t in tenants for loc in t["locations"]]
        if not located:
            raise SystemExit("ghl-mock: the sandbox has no location")
        chosen = [c for c in located if c[1] == location] if location else located[:1]
        if not chosen:
            raise SystemExit(f"ghl-mock: no location {location} in the sandbox")
        self.company_id, self.location_id = chosen[0]

    def control(self, method: str, path: str, body: Any = None, *, ok: tuple[int, ...] = (200, 201),
                params: dict | None = None) -> Any:
        response = self.http.request(method, path, json=body, params=params)
        if response.status_code not in ok:
            raise SystemExit(f"ghl-mock: {method} {path} answered {response.status_code}: {response.text}")
        return response.json()

    def app_named(self, name: str) -> dict:
        found = next((a for a in self.control("GET", "/_mock/oauth/apps")["apps"] if a["name"] == name), None)
        return found or self.control("POST", "/_mock/oauth/apps", {"name": name, "companyId": self.company_id})

    def last_seq(self) -> int:
        events = self.control("GET", "/_mock/webhooks/events", params={"limit": 1})["events"]
        return events[-1]["seq"] if events else 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default="http://127.0.0.1:8765", help="the sandbox's base URL")
    parser.add_argument("--admin-token", default=None, help="the sandbox's admin token, if it has one")


def _events(values: list[str] | None) -> list[str] | None:
    return [e for v in values for e in v.split(",") if e] if values else None


# -- listen -------------------------------------------------------------------------------------------
def listen(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="ghl-mock listen", description=__doc__.split("\n\n")[1].strip(),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--forward-to", required=True, metavar="URL", help="your app's webhook URL")
    parser.add_argument("--events", action="append", metavar="E1,E2", help="events to forward (default: all)")
    parser.add_argument("--once", action="store_true", help="set up, print, and exit (no forwarding log)")
    _common(parser)
    args = parser.parse_args(list(argv))
    sandbox = Sandbox(args.url, args.admin_token)
    catalog = sandbox.control("GET", "/_mock/webhooks/catalog")["events"]
    events = _events(args.events) or [e["name"] for e in catalog if e["sent"]]
    app = sandbox.app_named(LISTENER_NAME)
    # Installed first and subscribed after, so setting up forwards no INSTALL of its own.
    sandbox.control("PATCH", f"/_mock/oauth/apps/{app['clientId']}", {"events": [], "webhookUrl": args.forward_to})
    for company_id in sandbox.agencies:
        sandbox.control("POST", "/_mock/oauth/installations", {"clientId": app["clientId"], "companyId": company_id})
    app = sandbox.control("PATCH", f"/_mock/oauth/apps/{app['clientId']}", {"events": events})
    keys = sandbox.control("GET", "/_mock/webhooks/keys")
    print(f"Ready! Forwarding {len(events)} event type(s) to {args.forward_to}")
    print(f"  CLIENT_ID={app['clientId']}   (appId {app['appId']})")
    print(f"  public keys: {args.url.rstrip('/')}/_mock/webhooks/keys/ed25519.pem (WEBHOOK_SIGNATURE_PUBLIC_KEY), "
          f".../rsa.pem (WEBHOOK_PUBLIC_KEY)")
    print(f"  {keys['ed25519']['env']}=" + json.dumps(keys["ed25519"]["publicKey"]), flush=True)
    if args.once:
        return 0
    after = sandbox.last_seq()
    shown: set[tuple[str, int]] = set()
    try:
        while True:
            listed = sandbox.control("GET", "/_mock/webhooks/events", params={"appId": app["appId"], "after": after})
            for event in listed["events"]:
                delivery = next(d for d in event["deliveries"] if d["appId"] == app["appId"])
                if delivery["attempts"] and (event["webhookId"], delivery["attempts"]) not in shown:
                    shown.add((event["webhookId"], delivery["attempts"]))
                    print(f"{event['timestamp']}  {event['type']:<28} {event['webhookId']}  -> {delivery['status']}"
                          f" ({delivery['attempts']} attempt{'s' if delivery['attempts'] > 1 else ''})", flush=True)
            for event in listed["events"]:  # the watermark moves past events whose delivery is final
                if not all(d["status"] in FINAL for d in event["deliveries"] if d["appId"] == app["appId"]):
                    break
                after = event["seq"]
            time.sleep(POLL_SECONDS)
    except KeyboardInterrupt:
        sandbox.control("PATCH", f"/_mock/oauth/apps/{app['clientId']}", {"events": []})
        print("\nStopped forwarding.")
        return 0


# -- trigger ------------------------------------------------------------------------------------------
class TriggerApi:
    """What a trigger recipe gets: the sandbox's control plane, the location, and the trigger app."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.where = {"locationId": sandbox.location_id}
        self.app = sandbox.app_named(TRIGGER_APP_NAME)

    def control(self, method: str, path: str, body: Any = None, *, ok: tuple[int, ...] = (200, 201)) -> Any:
        return self.sandbox.control(method, path, body, ok=ok)


def _parse_sets(values: list[str] | None) -> dict[str, Any]:
    sets: dict[str, Any] = {}
    for item in values or []:
        name, sep, raw = item.partition("=")
        if not sep or not name:
            raise SystemExit(f"ghl-mock: --set takes field=value, not {item!r}")
        try:
            sets[name] = json.loads(raw)
        except ValueError:
            sets[name] = raw
    return sets


def trigger(argv: Sequence[str]) -> int:
    # The areas' indexes name every event and its causes: only the area declaring EVENT is imported, then those
    # of the operations its cause needs (not the 48 areas, seconds of CPU before anything happened).
    from mock_server.apis import registered

    areas = registered()
    declared = areas.event_names()
    parser = argparse.ArgumentParser(prog="ghl-mock trigger", description=__doc__.split("\n\n")[2].strip(),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("event", metavar="EVENT", help=f"one of: {', '.join(sorted(declared))}")
    parser.add_argument("--location", default=None, help="location id (default: the sandbox's first)")
    parser.add_argument("--set", dest="sets", action="append", metavar="field=value",
                        help="a body field of the causing request (JSON values allowed); repeat")
    _common(parser)
    args = parser.parse_args(list(argv))
    event = areas.event(args.event)
    if event is None:
        print(f"ghl-mock: the mock does not send {args.event}; it sends {', '.join(sorted(declared))}",
              file=sys.stderr)
        return 2
    sandbox = Sandbox(args.url, args.admin_token, args.location)
    before = sandbox.last_seq()
    sets = _parse_sets(args.sets)
    if event.trigger is not None:
        event.trigger(TriggerApi(sandbox), sets)
    elif event.causes:
        try:
            observed = _perform(sandbox, event.causes[0], sets, areas.operations_view(), areas.causes_of)
        except LookupError as missing:  # a record the request needs that the sandbox lacks and the API cannot make
            print(f"ghl-mock: cannot perform {event.causes[0].operation} in this sandbox: {missing}", file=sys.stderr)
            return 1
        if not observed.ok:
            print(f"ghl-mock: {observed.describe()} answered {observed.status}: {observed.payload}", file=sys.stderr)
            return 1
    else:
        print(f"ghl-mock: {event.name} declares neither a cause nor a recipe", file=sys.stderr)
        return 2
    sandbox.control("POST", "/_mock/webhooks/flush", {})
    followed = sandbox.control("GET", "/_mock/webhooks/events", params={"after": before})["events"]
    for emitted in followed:
        print(f"{emitted['type']:<28} {emitted['webhookId']}  " + ", ".join(
            f"{d['appId']}: {d['status']}" for d in emitted["deliveries"]) if emitted["deliveries"] else
              f"{emitted['type']:<28} {emitted['webhookId']}  (no app subscribed)")
    return 0 if any(e["type"] == event.name for e in followed) else 1


def _perform(sandbox: Sandbox, cause, sets: dict[str, Any], registry, known):
    from mock_server.contracts.causes import Performer
    from mock_server.contracts.sides import remote_side

    location = sandbox.control("POST", "/_mock/tokens", {"locationId": sandbox.location_id})["access_token"]
    agency = sandbox.control("POST", "/_mock/tokens", {"companyId": sandbox.company_id})["access_token"]
    side = remote_side(str(sandbox.http.base_url), location, agency_token=agency, location_id=sandbox.location_id,
                       company_id=sandbox.company_id)
    try:
        # Each run's own values: a second `trigger UserCreate` must not send the first one's email again.
        performer = Performer(side, registry, known=known, nonce=f"trigger-{secrets.token_hex(4)}")
        performer.prepare(cause)  # the records it acts on (a contact to update), made through the API too
        return performer.send(cause, sets=sets)
    finally:
        side.close()
