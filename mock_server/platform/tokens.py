"""Tokens: OAuth access/refresh JWTs and Private Integration Tokens, minted and verified.

Access tokens are HS256 JWTs shaped like GHL's (``authClass``, ``authClassId``, ``oauthMeta.scopes``
...), so clients that decode them to read the location or company id keep working. They live one
day; refresh tokens live a year and are single-use (each refresh returns a new pair and burns the
old refresh token). PITs (``pit-<uuid>``) are opaque, stored, and bound to one location or agency.
Every time check reads the mock clock of the token's agency, never the wall clock: a test can
advance past a token's expiry, and a token minted while the clock is frozen in 2028 works in 2028.
"""

from __future__ import annotations

import secrets
import threading
import uuid
from collections import OrderedDict
from functools import lru_cache
from typing import Any, Literal

from mock_server.platform.clock import Clocks
from mock_server.platform.errors import Unauthorized
from mock_server.platform.principal import Principal
from mock_server.platform.tenants import TenantDirectory
from mock_server.store import GLOBAL, Store

ACCESS_TTL_SECONDS = 86399  # GHL answers expires_in: 86399
REFRESH_TTL_SECONDS = 365 * 24 * 3600
PITS = "pits"
REFRESH_TOKENS = "refresh_tokens"
REVOKED = "revoked_tokens"
# An app's grants at one location or agency, cut when the app is uninstalled there: the place's generation
# moves on, and a token minted for an earlier generation is refused (``revoke_app``).
APP_GRANTS = "app_grant_generations"

INVALID_JWT = "Invalid JWT"

# DECISION: the verified-token cache keeps the 4,096 most recently used tokens. A miss costs one HS256
# check (tens of microseconds); an entry costs about 3 KB (mostly the 2 KB token string, its key; the scope
# sets are shared), so the cache stays under ~12 MB however many tokens a long-lived sandbox mints.
# A dropped tenant's entries go at once.
VERIFIED_TOKENS = 4096

# pyjwt checks only the signature and the claims' shapes here: its own time checks (exp, iat, nbf) read
# the wall clock. Expiry is checked against the tenant's mock clock instead (``_jwt_principal``,
# ``refresh``). DECISION: ``iat`` is informational, as GHL gives no evidence of refusing a token for its
# issue time: a token minted on a clock that is later set back (say, frozen in 2028, then moved back to
# 2026) stays valid until its ``exp`` on that clock. Our tokens carry no ``nbf``.
_SIGNATURE_ONLY = {"verify_exp": False, "verify_iat": False, "verify_nbf": False}


def _pyjwt():
    """pyjwt, imported on first use: it imports cryptography (for algorithms the mock never signs with), a fair
    part of a cold start, and a server is healthy before it signs or checks its first JWT (PITs need none)."""
    import jwt

    return jwt


class TokenService:
    def __init__(self, store: Store, clocks: Clocks, tenants: TenantDirectory, secret: str,
                 all_scopes: list[str]) -> None:
        self.store = store
        self.clocks = clocks
        self.tenants = tenants
        self.secret = secret
        self.all_scopes = all_scopes
        # Verified JWTs by their signature (token, principal, expiry, jti), least recently used first: the
        # signature is checked once, the rest on every request.
        self._verified: OrderedDict[str, tuple[str, Principal, float, str]] = OrderedDict()
        self._verified_lock = threading.Lock()
        store.declare_index(PITS, "companyId")
        store.declare_index(REFRESH_TOKENS, "companyId")
        store.declare_index(APP_GRANTS, "companyId")

    # -- minting -----------------------------------------------------------------------------
    def mint(self, *, user_type: Literal["Location", "Company"], company_id: str, location_id: str | None = None,
             scopes: list[str] | None = None, kind: Literal["oauth", "pit"] = "oauth", client_id: str | None = None,
             user_id: str | None = None, expires_in: int | None = None, with_refresh: bool = True,
             pit: str | None = None) -> dict[str, Any]:
        """Issue a token; answers GHL's token-response shape (``access_token``, ``expires_in`` ...).

        ``pit`` fixes the PIT's value (the bootstrap tenant's PIT survives resets unchanged)."""
        granted = sorted(set(self.all_scopes if scopes is None else scopes))
        if kind == "pit":
            return self._mint_pit(user_type, company_id, location_id, granted, expires_in, pit)
        now = self.clocks.for_company(company_id).timestamp()
        ttl = ACCESS_TTL_SECONDS if expires_in is None else expires_in
        claims = self._claims(user_type, company_id, location_id, granted, client_id, user_id)
        generation = self._generation(client_id, location_id if user_type == "Location" else company_id)
        if generation:  # only after an uninstall: tokens of apps never uninstalled keep GHL's claims exactly
            claims["grantGeneration"] = generation
        grant: dict[str, Any] = {
            "access_token": self._encode({**claims, "tokenType": "access"}, now, ttl),
            "token_type": "Bearer",
            "expires_in": ttl,
            "scope": " ".join(granted),
            "userType": user_type,
            "companyId": company_id,
            "userId": user_id or "",
        }
        if location_id:
            grant["locationId"] = location_id
        if with_refresh:
            jti = uuid.uuid4().hex
            grant["refresh_token"] = self._encode({**claims, "tokenType": "refresh"}, now, REFRESH_TTL_SECONDS, jti)
            self.store.put(GLOBAL, REFRESH_TOKENS, {"id": jti, "used": False, "companyId": company_id})
        return grant

    def _claims(self, user_type: str, company_id: str, location_id: str | None, scopes: list[str],
                client_id: str | None, user_id: str | None) -> dict[str, Any]:
        auth_class_id = location_id if user_type == "Location" else company_id
        return {
            "authClass": user_type, "authClassId": auth_class_id, "primaryAuthClassId": auth_class_id,
            "source": "INTEGRATION", "sourceId": client_id or "", "channel": "OAUTH",
            "companyId": company_id, "locationId": location_id, "userId": user_id,
            "oauthMeta": {"scopes": scopes, "client": (client_id or "").split("-")[0], "clientKey": client_id or ""},
        }

    def _encode(self, claims: dict[str, Any], now: float, ttl: int, jti: str | None = None) -> str:
        payload = {**claims, "iat": int(now), "exp": int(now + ttl), "jti": jti or uuid.uuid4().hex}
        return _pyjwt().encode(payload, self.secret, algorithm="HS256")

    def _mint_pit(self, user_type: str, company_id: str, location_id: str | None, scopes: list[str],
                  expires_in: int | None, token: str | None = None) -> dict[str, Any]:
        # Observed live: a PIT cannot hold the OAuth scopes (it cannot mint location tokens).
        scopes = [s for s in scopes if not s.startswith("oauth.")]
        token = token or f"pit-{uuid.uuid4()}"
        now = self.clocks.for_company(company_id).timestamp()
        self.store.put(GLOBAL, PITS, {
            "id": token, "userType": user_type, "companyId": company_id, "locationId": location_id,
            "scopes": scopes, "expiresAt": None if expires_in is None else now + expires_in,
        })
        grant = {"access_token": token, "token_type": "Bearer", "scope": " ".join(scopes),
                 "userType": user_type, "companyId": company_id}
        if expires_in is not None:
            grant["expires_in"] = expires_in
        if location_id:
            grant["locationId"] = location_id
        return grant

    # -- verifying ---------------------------------------------------------------------------
    def authenticate(self, authorization: str | None) -> Principal:
        """The principal of an ``Authorization: Bearer ...`` header, or 401 ``Invalid JWT``."""
        if not authorization:
            raise Unauthorized(INVALID_JWT)
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized(INVALID_JWT)
        principal = self._pit_principal(token) if token.startswith("pit-") else self._jwt_principal(token)
        if not self._tenant_alive(principal):
            raise Unauthorized(INVALID_JWT)
        return principal

    def _jwt_principal(self, token: str) -> Principal:
        # Keyed by the signature, not the token: a token is kilobytes (every scope is in it) and a fresh string
        # on every request, so hashing it whole cost more than the rest of the lookup. The whole token is still
        # compared, so only the token that was verified ever matches its entry.
        signature = token[token.rfind(".") + 1:]
        with self._verified_lock:
            cached = self._verified.get(signature)
            if cached is not None:
                if cached[0] == token:
                    self._verified.move_to_end(signature)
                else:
                    cached = None
        if cached is None:
            claims = self._decode(token, "access")
            principal = Principal(
                user_type=claims["authClass"], company_id=claims["companyId"], location_id=claims.get("locationId"),
                scopes=_scope_set(tuple(claims["oauthMeta"]["scopes"])), token_kind="oauth",
                client_id=claims.get("sourceId") or None, user_id=claims.get("userId"),
            )
            cached = (token, principal, float(claims["exp"]), claims["jti"], claims.get("grantGeneration", 0))
            with self._verified_lock:
                self._verified[signature] = cached
                if len(self._verified) > VERIFIED_TOKENS:
                    self._verified.popitem(last=False)
        _, principal, exp, jti, generation = cached
        if self.clocks.for_company(principal.company_id).timestamp() >= exp:
            raise Unauthorized(INVALID_JWT)
        if self.store.owner(jti) == (GLOBAL, REVOKED):
            raise Unauthorized(INVALID_JWT)
        if principal.client_id and self._generation(principal.client_id, principal.tenant_id) != generation:
            raise Unauthorized(INVALID_JWT)
        return principal

    def forget_tenant(self, tenant: str) -> None:
        """Drop the cached verifications of a location's or company's tokens (its records were dropped)."""
        with self._verified_lock:
            gone = [key for key, (_, principal, *_) in self._verified.items()
                    if tenant in (principal.company_id, principal.location_id)]
            for key in gone:
                del self._verified[key]

    def _decode(self, token: str, token_type: str) -> dict[str, Any]:
        jwt = _pyjwt()
        try:
            claims = jwt.decode(token, self.secret, algorithms=["HS256"], options=_SIGNATURE_ONLY)
        except jwt.PyJWTError:
            raise Unauthorized(INVALID_JWT) from None
        if claims.get("tokenType") != token_type or claims.get("authClass") not in ("Location", "Company"):
            raise Unauthorized(INVALID_JWT)
        return claims

    def _pit_principal(self, token: str) -> Principal:
        record = self.store.get(GLOBAL, PITS, token)
        if record is None or record.get("revoked"):
            raise Unauthorized(INVALID_JWT)
        expires_at = record.get("expiresAt")
        if expires_at is not None and self.clocks.for_company(record["companyId"]).timestamp() >= expires_at:
            raise Unauthorized(INVALID_JWT)
        return Principal(
            user_type=record["userType"], company_id=record["companyId"], location_id=record.get("locationId"),
            scopes=frozenset(record["scopes"]), token_kind="pit",
        )

    def _tenant_alive(self, principal: Principal) -> bool:
        if principal.user_type == "Location":
            return self.tenants.location_exists(principal.location_id)
        return self.tenants.company_exists(principal.company_id)

    # -- refresh and revoke ------------------------------------------------------------------
    def refresh(self, refresh_token: str) -> dict[str, Any]:
        """Burn ``refresh_token`` and issue a new pair with the same grant; raises ``Unauthorized``."""
        claims = self._decode(refresh_token, "refresh")
        now = self.clocks.for_company(claims["companyId"]).timestamp()
        record = self.store.get(GLOBAL, REFRESH_TOKENS, claims["jti"])
        if record is None or record["used"] or now >= claims["exp"]:
            raise Unauthorized(INVALID_JWT)
        place = claims.get("locationId") if claims["authClass"] == "Location" else claims["companyId"]
        if self._generation(claims.get("sourceId"), place) != claims.get("grantGeneration", 0):
            raise Unauthorized(INVALID_JWT)  # the app was uninstalled there since
        if not self._tenant_alive(Principal(claims["authClass"], claims["companyId"], claims.get("locationId"),
                                            frozenset(), "oauth")):
            raise Unauthorized(INVALID_JWT)
        with self.store.transaction():
            self.store.put(GLOBAL, REFRESH_TOKENS, {**record, "used": True})
            return self.mint(
                user_type=claims["authClass"], company_id=claims["companyId"], location_id=claims.get("locationId"),
                scopes=claims["oauthMeta"]["scopes"], client_id=claims.get("sourceId") or None,
                user_id=claims.get("userId"),
            )

    def refresh_claims(self, refresh_token: str) -> dict[str, Any]:
        """The claims of a refresh token (no single-use check); raises ``Unauthorized``."""
        return self._decode(refresh_token, "refresh")

    def drop_company(self, company_id: str) -> None:
        """Delete the PITs and refresh-token records of an agency that is being deleted: they would be
        refused anyway, and kept they would grow the store with every tenant a test suite creates (and
        come back to life if an agency with the same seeded id were created again)."""
        for table in (PITS, REFRESH_TOKENS, APP_GRANTS):
            for record_id in self.store.ids_where(GLOBAL, table, "companyId", company_id):
                self.store.delete(GLOBAL, table, record_id)

    def revoke_app(self, client_or_app_id: str, place_id: str, company_id: str) -> None:
        """Refuse from now on every token (access and refresh) the app holds for this location or agency:
        what uninstalling it there does. Tokens minted afterwards (a new install's) work."""
        key = _grant_key(client_or_app_id, place_id)
        self.store.put(GLOBAL, APP_GRANTS, {"id": key, "companyId": company_id,
                                            "generation": self._generation(client_or_app_id, place_id) + 1})

    def _generation(self, client_or_app_id: str | None, place_id: str | None) -> int:
        """How many times the app was uninstalled from the place (0 for a token of no app)."""
        if not client_or_app_id or not place_id:
            return 0
        record = self.store.get(GLOBAL, APP_GRANTS, _grant_key(client_or_app_id, place_id))
        return record["generation"] if record else 0

    def revoke(self, token: str) -> bool:
        """Make a token (access JWT, refresh JWT or PIT) unusable from now on."""
        if token.startswith("pit-"):
            record = self.store.get(GLOBAL, PITS, token)
            if record is None:
                return False
            self.store.put(GLOBAL, PITS, {**record, "revoked": True})
            return True
        jwt = _pyjwt()
        try:
            claims = jwt.decode(token, self.secret, algorithms=["HS256"], options=_SIGNATURE_ONLY)
        except jwt.PyJWTError:
            return False
        if self.store.owner(claims["jti"]) is None:
            self.store.put(GLOBAL, REVOKED, {"id": claims["jti"]})
        elif self.store.owner(claims["jti"]) == (GLOBAL, REFRESH_TOKENS):
            self.store.put(GLOBAL, REFRESH_TOKENS, {"id": claims["jti"], "used": True, "companyId": claims["companyId"]})
        return True


def _grant_key(client_or_app_id: str, place_id: str) -> str:
    """The app's id (a client id is ``<appId>-<suffix>``) and the place; prefixed, as record ids are unique
    across tables and an installation's id is ``<appId>:<place>``."""
    return f"grants:{client_or_app_id.split('-')[0]}:{place_id}"


@lru_cache(maxsize=256)
def _scope_set(scopes: tuple[str, ...]) -> frozenset[str]:
    """One frozenset per distinct grant, shared by every cached token that holds it."""
    return frozenset(scopes)


def new_secret() -> str:
    return secrets.token_urlsafe(32)
