"""Where the Social OAuth area differs from social-media-posting.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

SPEC = "social-media-posting.json"
_OAUTH = "/social-media-posting/oauth/{locationId}"
_LISTS = {"google": "locations", "facebook": "accounts", "instagram": "accounts", "linkedin": "accounts",
          "twitter": "accounts", "tiktok": "accounts", "tiktok-business": "accounts"}
_ATTACHED = ("google", "facebook", "instagram", "linkedin", "twitter", "tiktok")

ALLOWLIST: tuple[Allowed, ...] = (
    # Scopes the file leaves empty (or, for Twitter's list and attach, gives no security at all).
    *(Allowed(SPEC, "GET", f"/social-media-posting/oauth/{p}/start", "scopes_differ", None,
              f"{NO_SCOPE_IN_FILE}: the mock asks for socialplanner/oauth.readonly, as GHL's scopes table does "
              "(DECISION in routes.py)") for p in ("facebook", "linkedin")),
    *(Allowed(SPEC, "GET", f"{_OAUTH}/{p}/{w}/{{accountId}}", "scopes_differ", None,
              f"{NO_SCOPE_IN_FILE}: the mock asks for socialplanner/oauth.readonly, as GHL's scopes table does "
              "(DECISION in routes.py)") for p, w in _LISTS.items()),
    *(Allowed(SPEC, "POST", f"{_OAUTH}/{p}/{_LISTS[p]}/{{accountId}}", "scopes_differ", None,
              f"{NO_SCOPE_IN_FILE}: the mock asks for socialplanner/oauth.write, as GHL's scopes table does "
              "(DECISION in routes.py)") for p in _ATTACHED),
    *(Allowed(SPEC, method, f"{_OAUTH}/twitter/accounts/{{accountId}}", "token_classes_differ", None,
              "the file gives Twitter's list and attach no security at all; its siblings take a sub-account token, "
              "and so do these (DECISION in routes.py)") for method in ("GET", "POST")),
)

_GENERIC = "/social-media-posting/oauth/{locationId}/{platform}/accounts/{accountId}"
_V3 = "v3/social-planner-v3.json"
_LOCATIONS = ("the file types Google's `locations` as one object; an OAuth'd Google account has several "
              "locations to choose from and the attach takes one of them: the mock lists them (DECISION)")
_WORDS = ("the file types it `object`, but its example is a word (\"facebook\", \"page\", \"BUSINESS\") and so is "
          "what the attach takes and GHL answers")

ALLOWLIST += (
    Allowed(SPEC, "GET", f"{_OAUTH}/google/locations/{{accountId}}", "response_schema", "results/locations",
            _LOCATIONS),
    *(Allowed(SPEC, "POST", f"{_OAUTH}/{p}/{_LISTS[p]}/{{accountId}}", "response_schema", f"results/{field}", _WORDS)
      for p in _ATTACHED for field in ("platform", "type")),
    *(Allowed(SPEC, "GET", f"{_OAUTH}/{p}/accounts/{{accountId}}", "response_schema", "results/profile/*/type",
              _WORDS) for p in ("tiktok", "tiktok-business")),
    *(Allowed(_V3, method, _GENERIC, "response_schema", "(body)",
              "v3 answers `oneOf` the platforms' answers, whose fields are all optional: every answer matches "
              "several branches, so none passes `oneOf`; each matches its own platform's branch (the v2 "
              "operations' answers are checked against those)") for method in ("GET", "POST")),
)

ALLOWLIST += (
    *(Allowed(SPEC, "GET", f"{_OAUTH}/{p}/{w}/{{accountId}}", "query_param_undocumented", "search",
              "v3 documents `search` on its generic path, which these literal paths shadow for a v3 client: the "
              "mock takes it on both (DECISION in connections.attachable)") for p, w in _LISTS.items()),
    *(Allowed(_V3, method, path, kind, None,
              "the v3 file declares no security on its OAuth operations (their parameters still name the "
              "Authorization header): the mock asks for the sub-account token and scope of their v2 twins")
      for method, path in (("GET", "/social-media-posting/oauth/{platform}/start"), ("GET", _GENERIC),
                           ("POST", _GENERIC))
      for kind in ("scopes_differ", "token_classes_differ")),
    *(Allowed(_V3, "POST", _GENERIC, "body_property_undocumented", field,
              "v3's attach body is `oneOf` the platforms' bodies, which the comparison reads as no properties: "
              "the field is one of those bodies' (the handler checks what is sent against the platform's own)")
      for field in ("account", "avatar", "companyId", "location", "name", "originAccountType", "originId", "pageId",
                    "type", "urn", "username", "verified", "websiteUrl")),
)

# The walk acts (POST on a record) only on records it created, and OAuth accounts come from the control plane's
# consent (a contract seed), which it lists but does not count as created.
_ACTS_ON_SEEDED = ("the walk acts only on records it created, and an OAuth account is made by the platform's consent "
                   "(the control plane): the answer is validated by "
                   "tests/apis/social_oauth/test_routes.py::test_answers_match_the_official_schemas")
UNWALKED: dict[tuple[str, str, str], str] = {
    **{(SPEC, "POST", f"{_OAUTH}/{p}/{_LISTS[p]}/{{accountId}}"): _ACTS_ON_SEEDED for p in _ATTACHED},
    (_V3, "POST", _GENERIC): _ACTS_ON_SEEDED,
}
