"""The gate every GHL request passes, in GHL's order: Version, token, scope, token class.

(Tenant checks follow in ``tenancy.py``; validation after that.) The texts are GHL's, as observed
on the live API (see ../shared/design/ghl-behaviour.md and the DECISIONs below).
"""

from __future__ import annotations

from mock_server.platform.errors import Unauthorized
from mock_server.platform.operations import Operation
from mock_server.platform.principal import Principal

# GHL validates Version against one allow-list for every operation, not the per-file enums.
ACCEPTED_VERSIONS = ("2021-04-15", "2021-07-28", "2023-02-21", "v3")
VERSION_MISSING = "version header was not found."
# DECISION: ghl-behaviour.md records 401 "version header is invalid" for an unpublished value; one
# third-party report saw a 400 "Invalid API version segment ..." instead. We follow ghl-behaviour.md.
VERSION_INVALID = "version header is invalid"

SCOPE_MISSING = "The token is not authorized for this scope."
# Observed live: an agency OAuth token on a sub-account operation, and an agency PIT on one.
CLASS_MISMATCH_OAUTH = ("This authClass type is not allowed to access this scope. "
                        "Please verify your IAM configuration if this is not the case.")
CLASS_MISMATCH_PIT = "Token's user type mismatch!"


def version_problem(value: str | None) -> tuple[str, str] | None:
    """``(violation kind, GHL message)`` when the Version header would be refused."""
    if value is None:
        return "missing_version", VERSION_MISSING
    if value.strip() not in ACCEPTED_VERSIONS:
        return "unknown_version", VERSION_INVALID
    return None


def check_scope_and_class(op: Operation, principal: Principal) -> None:
    if not principal.scopes.issuperset(op.scopes):
        raise Unauthorized(SCOPE_MISSING)
    if principal.user_type not in op.tokens:
        raise Unauthorized(CLASS_MISMATCH_PIT if principal.token_kind == "pit" else CLASS_MISMATCH_OAUTH)
