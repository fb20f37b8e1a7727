"""URL redirects of a location's domains: ``domain`` + ``path`` send visitors to ``target``.

A redirect is keyed by its domain and its path, compared case-insensitively (GHL keeps ``pathLowercase``
for the lookup): a second redirect of the same domain and path is refused. ``action`` says what the
target is: a URL (``url``; ``all`` too, DECISION), or a funnel or website of the location, by id.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from mock_server.apis.funnels.tables import FUNNELS, REDIRECTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL always makes 301s through this API (its example answer says "Permanent").
REDIRECT_TYPE = "Permanent"
# DECISION: GHL's texts are not known. A client that recovers from the duplicate looks for "already exists"
# in a 400 or 422 answer (an llms.txt generator's lib/ghl/redirects.ts): the text keeps those words.
DUPLICATE = "A redirect for this domain and path already exists"
BAD_DOMAIN = "domain must be a valid domain name, without protocol or path"
BAD_PATH = "path must be a path of the domain, like /old-page"
BAD_TARGET_URL = "target must be a valid http or https URL"
TARGET_NOT_FOUND = "target must be the id of a {kind} of this location"

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_PATH = re.compile(r"^/[^\s?#]+$")


def create_redirect(tenant: Tenant, *, domain: str, path: str, target: str, action: str) -> dict[str, Any]:
    domain, path = _domain(domain), _path(path)
    _check_target(tenant, action, target)
    key = _key(domain, path)
    if tenant.store.find(REDIRECTS, "lookupKey", key):
        raise BadRequest(DUPLICATE)
    return _public(tenant.store.put(REDIRECTS, {
        "id": tenant.new_id(), "locationId": tenant.location_id, "domain": domain, "path": path,
        "pathLowercase": path.lower(), "type": REDIRECT_TYPE, "target": target, "action": action, "lookupKey": key,
    }))


def update_redirect(tenant: Tenant, redirect_id: str, *, target: str, action: str) -> dict[str, Any]:
    """Only the target and the action change: the domain and path are the redirect's identity."""
    redirect = tenant.require(REDIRECTS, redirect_id)
    _check_target(tenant, action, target)
    return _public(tenant.store.put(REDIRECTS, {**redirect, "target": target, "action": action}))


def delete_redirect(tenant: Tenant, redirect_id: str) -> dict[str, Any]:
    tenant.require(REDIRECTS, redirect_id)
    tenant.delete(REDIRECTS, redirect_id)
    return {"status": "ok"}


def list_redirects(tenant: Tenant, *, limit: int, offset: int, search: str | None) -> dict[str, Any]:
    """The location's redirects in the order they were made; ``search`` matches the domain and path
    (``example.com/old``), case-insensitively. DECISION: the order and the search's reach are not known."""
    found = tenant.store.scan(REDIRECTS)
    if search:
        needle = search.casefold()
        found = [r for r in found if needle in f"{r['domain']}{r['path']}".casefold()]
    return {"count": len(found), "data": [_public(r) for r in found[offset:offset + limit]]}


def _domain(value: str) -> str:
    domain = value.strip().lower().rstrip(".")
    if not _HOST.match(domain):
        raise BadRequest(BAD_DOMAIN)
    return domain


def _path(value: str) -> str:
    """DECISION: a path without its leading slash gets one (clients see GHL keep either spelling); the
    domain's root ``/`` cannot be redirected."""
    path = value.strip()
    path = path if path.startswith("/") else f"/{path}"
    if not _PATH.match(path):
        raise BadRequest(BAD_PATH)
    return path


def _check_target(tenant: Tenant, action: str, target: str) -> None:
    if action in ("url", "all"):
        parts = urlsplit(target.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BadRequest(BAD_TARGET_URL)
        return
    funnel = tenant.store.get(FUNNELS, target)
    if funnel is None or funnel["type"] != action:
        raise BadRequest(TARGET_NOT_FOUND.format(kind=action))


def _key(domain: str, path: str) -> str:
    return f"{domain}{path.lower()}"


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "lookupKey"}
