"""Where the SaaS area differs from saas-api.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

_SCOPES_MD = NO_SCOPE_IN_FILE + "; Scopes.md gives {}"
_SCOPE_CHOSEN = NO_SCOPE_IN_FILE + " and Scopes.md names none: the mock asks for {} (DECISION in routes.py)"
_BY_SCOPES_MD = {"/locations": "saas/location.read", "/update-saas-subscription/{locationId}": "saas/location.write",
                 "/enable-saas/{locationId}": "saas/location.write", "/bulk-disable-saas/{companyId}": "saas/company.write"}
_CHOSEN = {("POST", "/pause/{locationId}"): "saas/location.write",
           ("POST", "/update-rebilling/{companyId}"): "saas/company.write",
           ("GET", "/agency-plans/{companyId}"): "saas/company.read",
           ("GET", "/get-saas-subscription/{locationId}"): "saas/location.read",
           ("POST", "/bulk-enable-saas/{companyId}"): "saas/company.write",
           ("GET", "/saas-locations/{companyId}"): "saas/company.read",
           ("GET", "/saas-plan/{planId}"): "saas/company.read"}
_METHODS = {"/locations": "GET", "/update-saas-subscription/{locationId}": "PUT", "/enable-saas/{locationId}": "POST",
            "/bulk-disable-saas/{companyId}": "POST"}

ALLOWLIST = (
    *(Allowed("saas-api.json", _METHODS[path], prefix + path, "scopes_differ", None, _SCOPES_MD.format(scope))
      for path, scope in _BY_SCOPES_MD.items() for prefix in ("/saas", "/saas-api/public-api")),
    *(Allowed("saas-api.json", method, prefix + path, "scopes_differ", None, _SCOPE_CHOSEN.format(scope))
      for (method, path), scope in _CHOSEN.items() for prefix in ("/saas", "/saas-api/public-api")),
)

_V3_WALLET = "/saas-api/public-api/companies/{companyId}/locations/{locationId}/wallet-balance"
UNWALKED: dict[tuple[str, str, str], str] = {
    ("v3/saas-v3.json", "GET", _V3_WALLET): (
        "the walk's location has no wallet (the control plane sets one; a contract seed would make verify's read "
        "differ from a target without one): validated by tests/apis/saas/test_v3_conformance.py"),
    ("v3/saas-v3.json", "POST", _V3_WALLET + "/complimentary-credits"): (
        "the walk sends no complimentaryCreditsAmount (optional), which changes nothing of a wallet the location does "
        "not have: validated by tests/apis/saas/test_v3_conformance.py"),
    ("v3/saas-v3.json", "POST", "/saas/allow-attach-rebilling/{locationId}"): (
        "needs a setup-pending SaaS location, which the walk does not make: validated by "
        "tests/apis/saas/test_v3_conformance.py"),
}
