"""Who may drive the control plane (``/_mock``): the checks every control-plane request passes first.

The control plane resets the sandbox, mints tokens and moves the clock. Without an admin token (the
loopback default) it has no credential, so a web page the developer happens to visit must not reach it:

1. ``Host``: a loopback name (``localhost``, ``127.x.x.x``, ``[::1]``, any port), GHL's own host (in-process
   clients and interception send it), the host of ``--public-url``, or one of ``--allowed-host``. A DNS
   rebinding page reaches the server under its *own* name, which is refused here, so it cannot read the
   journal, the tenants or a fresh token.
2. Cross-site requests are refused: an ``Origin`` that is not the server's own (``null`` included), or
   ``Sec-Fetch-Site: cross-site``/``same-site``. Only a top-level navigation (``GET``,
   ``Sec-Fetch-Mode: navigate``: a link to the dashboard) is let through: the linking page reads nothing
   and no ``GET`` of the control plane changes anything.
3. Writes that carry a body must say ``Content-Type: application/json``: a cross-site "simple" request
   (form, multipart, text/plain) cannot. Body-less writes (``curl -X POST .../_mock/reset``) need none.

With an admin token (``--admin-token``, required beyond loopback) the ``X-GHL-Mock-Admin-Token`` header
must carry it (compared as bytes, in constant time), and then any ``Host`` is served: the token is the
credential, and docker compose clients name the service (``http://ghl-mock:8765``). Checks 2 and 3 stay.
A browser cannot add that header to a cross-site request without a CORS preflight, which the mock never
grants.

The GHL API itself is not guarded here: every GHL operation needs a bearer token.
"""

from __future__ import annotations

import ipaddress
import secrets
from urllib.parse import urlsplit

from mock_server.platform.errors import BadRequest, Forbidden, GhlError, Unauthorized, UnsupportedMediaType
from mock_server.settings import GHL_HOST, Settings

# DECISION: the answers, all GHL-shaped: a Host not allowed 400 (as express and Django answer one), a cross-site
# request 403, a write that is not JSON 415. With an admin token every Host is served: the token is the credential
# (a rebinding page cannot send it), and compose clients use the service's name. GHL's own host is allowed: a
# browser sends it only to GHL, so only in-process and intercepting clients bring it here.
ADMIN_HEADER = "x-ghl-mock-admin-token"
_ADMIN_HEADER = ADMIN_HEADER.encode()
_SAFE_METHODS = frozenset({"GET", "HEAD"})
# DECISION: same-site is refused like cross-site: another port of localhost, or a sibling subdomain, is
# another origin, and nothing legitimate drives the control plane from one.
_FOREIGN_FETCH_SITES = frozenset({b"cross-site", b"same-site"})
JSON_ONLY = "Control-plane writes must be sent as Content-Type: application/json"
CROSS_SITE = "Cross-site requests to the control plane are refused"


class ControlGuard:
    """The control plane's admission check, built once from the settings."""

    def __init__(self, settings: Settings) -> None:
        self.admin_token = settings.admin_token.encode() if settings.admin_token else None
        public = urlsplit(settings.public_url) if settings.public_url else None
        # Behind a proxy that rewrites Host, the browser's Origin is still the public URL's.
        self.public_origin = f"{public.scheme}://{public.netloc}".lower().encode() if public else None
        names = [GHL_HOST, public.hostname if public else None, *map(_hostname, settings.allowed_hosts)]
        self.allowed_hosts = frozenset(name.rstrip(".").lower() for name in names if name)

    def refusal(self, scope: dict) -> GhlError | None:
        """Why this control-plane request is refused, or None when it may go on."""
        headers: dict[bytes, bytes] = {}
        for name, value in scope["headers"]:
            headers.setdefault(name, value)  # the first of repeated headers, as the checks read them
        host = headers.get(b"host")
        if self.admin_token is not None:
            if not secrets.compare_digest(headers.get(_ADMIN_HEADER, b""), self.admin_token):
                return Unauthorized(f"Missing or wrong admin token (send it in the {ADMIN_HEADER} header)")
        elif host is not None and not self._host_allowed(host):
            return BadRequest(f"Host not allowed for the control plane: {host.decode('latin-1')!r}. Serve it "
                              "under a loopback name, or allow the name with --allowed-host "
                              "(GHL_MOCK_ALLOWED_HOSTS) or --public-url")
        if self._cross_site(scope["method"], headers, host):
            return Forbidden(CROSS_SITE)
        if scope["method"] not in _SAFE_METHODS and _has_body(headers) and not _is_json(headers):
            return UnsupportedMediaType(JSON_ONLY)
        return None

    def _cross_site(self, method: str, headers: dict[bytes, bytes], host: bytes | None) -> bool:
        fetch_site = headers.get(b"sec-fetch-site", b"").lower()
        if fetch_site in _FOREIGN_FETCH_SITES:
            return not (method in _SAFE_METHODS and headers.get(b"sec-fetch-mode", b"").lower() == b"navigate")
        origin = headers.get(b"origin")
        if origin is None:
            return False  # not a browser's cross-origin request: browsers send Origin on every one that writes
        origin = origin.strip().lower()
        if origin == self.public_origin:
            return False
        scheme, _, authority = origin.partition(b"://")
        # The server's own origin is the one the browser addressed: its authority is the Host header.
        return not (scheme in (b"http", b"https") and host is not None and authority == host.strip().lower())

    def _host_allowed(self, host: bytes) -> bool:
        name = _hostname(host.decode("latin-1"))
        return name is not None and (_is_loopback(name) or name in self.allowed_hosts)


def _hostname(authority: str) -> str | None:
    """``Localhost:8765`` -> ``localhost``, ``[::1]:80`` -> ``::1``; None when it is no host name at all."""
    try:
        name = urlsplit("//" + authority.strip()).hostname
    except ValueError:
        return None
    return name.rstrip(".") if name else None


def _is_loopback(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _has_body(headers: dict[bytes, bytes]) -> bool:
    return headers.get(b"content-length", b"0").strip() not in (b"0", b"") or b"transfer-encoding" in headers


def _is_json(headers: dict[bytes, bytes]) -> bool:
    media_type = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
    return media_type == b"application/json"
