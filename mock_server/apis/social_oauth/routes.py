"""The social OAuth operations (social-media-posting.json): per platform, start the OAuth flow, list what the
OAuth'd account can attach, attach one. One pattern over the platforms, declared in a loop (``connections.py``
holds the flow).

Scopes: the official file declares ``socialplanner/oauth.readonly`` on some starts and an empty list (or no
security at all: Twitter's list and attach) on the rest. DECISION: every start and list asks for
``socialplanner/oauth.readonly`` and every attach for ``socialplanner/oauth.write``, with a sub-account token,
as GHL's scopes table (docs/oauth/Scopes.md) lists each of these paths.

Twitter: both files mark its operations deprecated (X is no longer supported since December 2024, the v2 file
says). DECISION: the mock still serves them as the v2 file declares them: GHL's refusal (status, text) is not
known, and a client still calling them sees the deprecation in ``/openapi.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from mock_server.apis.social_oauth import connections, models
from mock_server.platform import validation
from mock_server.platform.call import Call
from mock_server.platform.errors import Unprocessable
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("social-media-posting.json", tag="Oauth")
# v3 declares the same flow once, with the platform in the path; its literal v2 paths win the routing.
v3_api = Api("v3/social-planner-v3.json", tag="OAuth | Generic")

READ, WRITE = "socialplanner/oauth.readonly", "socialplanner/oauth.write"
_NO_SCOPE = ("the official file declares no scope here: the mock asks for the one GHL's scopes table lists",)

# platform: (its tag, the list operation's id and path word, its answer, the attach operation's id and body)
_DECLARED = {
    "google": ("Google", "get-google-locations", "locations", models.GetGoogleLocationResponse,
               "set-google-locations", models.AttachGMBLocationBody),
    "facebook": ("Facebook", "get-facebook-page-group", "accounts", models.GetFacebookAccountsResponse,
                 "attach-facebook-page-group", models.AttachFBAccountBody),
    "instagram": ("Instagram", "get-instagram-page-group", "accounts", models.GetInstagramAccountsResponse,
                  "attach-instagram-page-group", models.AttachIGAccountBody),
    "linkedin": ("LinkedIn", "get-linkedin-page-profile", "accounts", models.GetLinkedInAccountsResponse,
                 "attach-linkedin-page-profile", models.AttachLinkedinAccountBody),
    "twitter": ("Twitter", "get-twitter-profile", "accounts", models.GetProfilesResponse,
                "attach-twitter-profile", models.AttachTwitterAccountBody),
    "tiktok": ("Tiktok", "get-tiktok-profile", "accounts", models.GetProfilesResponse,
               "attach-tiktok-profile", models.AttachTiktokAccountBody),
    "tiktok-business": ("Tiktok", "get-tiktok-business-profile", "accounts", models.GetProfilesResponse,
                        None, None),
}


def _starts(platform: str) -> Callable[[Call], dict]:
    def start(call: Call) -> dict:
        q = call.query
        return connections.start(call.tenant, platform, user_id=q.userId, page=q.page, reconnect=q.reconnect)
    start.__doc__ = f"Start a {platform} OAuth flow: the browser would go to the platform's consent page."
    return start


def _lists(platform: str) -> Callable[[Call], dict]:
    def attachable(call: Call) -> dict:
        return connections.attachable(call.tenant, platform, call.path["accountId"], call.query.search)
    attachable.__doc__ = f"What the {platform} OAuth account can attach, each with whether it is connected."
    return attachable


def _attaches(platform: str) -> Callable[[Call], dict]:
    def attach(call: Call) -> dict:
        return connections.attach(call.tenant, platform, call.path["accountId"], sent_fields(call.body))
    attach.__doc__ = f"Connect one of the {platform} OAuth account's pages or profiles to the location."
    return attach


for _platform, (_tag, _list_id, _word, _answer, _attach_id, _body) in _DECLARED.items():
    _tagged = {"tag": f"Oauth | {_tag}", "tokens": LOCATION, "deprecated": _platform == "twitter"}
    api.get(f"/social-media-posting/oauth/{_platform}/start", f"start-{_platform}-oauth", scopes=READ,
            query=models.StartOAuthQuery, **_tagged)(_starts(_platform))
    _item_path = f"/social-media-posting/oauth/{{locationId}}/{_platform}/{_word}/{{accountId}}"
    api.get(_item_path, _list_id, scopes=READ, query=models.ListQuery, response=_answer, notes=_NO_SCOPE,
            **_tagged)(_lists(_platform))
    if _attach_id is not None:
        api.post(_item_path, _attach_id, scopes=WRITE, body=_body, response=models.AttachResponse, status=201,
                 notes=_NO_SCOPE, **_tagged)(_attaches(_platform))


# -- v3: one generic declaration of each step ------------------------------------------------------------
_PLATFORMS = ("google", "facebook", "instagram", "linkedin", "tiktok", "tiktok-business", "youtube", "pinterest",
              "threads", "bluesky")
_ATTACH_BODIES = {"google": models.AttachGMBLocationBody, "facebook": models.AttachFBAccountBody,
                  "instagram": models.AttachIGAccountBody, "linkedin": models.AttachLinkedinAccountBody,
                  "tiktok": models.AttachTiktokAccountBody, "youtube": models.AttachYoutubeBody,
                  "pinterest": models.AttachPinterestBody, "threads": models.AttachThreadsBody}
_V3 = {"tokens": LOCATION, "notes": ("the v3 file declares no security: the mock asks for the v2 operations' scope",)}


@v3_api.get("/social-media-posting/oauth/{platform}/start", "start-oauth", scopes=READ, query=models.StartOAuthQuery,
            path_enums={"platform": _PLATFORMS}, **_V3)
def start_oauth(call: Call) -> dict:
    """Start a platform's OAuth flow (v3); bluesky is refused, as v3 says."""
    return _starts(call.path["platform"])(call)


@v3_api.get("/social-media-posting/oauth/{locationId}/{platform}/accounts/{accountId}", "get-oauth-accounts",
            scopes=READ, query=models.ListQuery, response=models.OAuthAccountsResponse,
            path_enums={"platform": _PLATFORMS}, **_V3)
def get_oauth_accounts(call: Call) -> dict:
    """What the platform's OAuth account can attach (v3; Google's locations too)."""
    return _lists(call.path["platform"])(call)


@v3_api.post("/social-media-posting/oauth/{locationId}/{platform}/accounts/{accountId}", "attach-oauth-accounts",
             scopes=WRITE, body=models.AttachOAuthAccountBody, response=models.AttachResponse, status=201,
             path_enums={"platform": tuple(p for p in _PLATFORMS if p != "tiktok-business")}, **_V3)
def attach_oauth_accounts(call: Call) -> dict:
    """Attach one of the OAuth account's pages or profiles (v3): the body is the platform's own (v3 ``oneOf``)."""
    platform, sent = call.path["platform"], sent_fields(call.body)
    if platform in _ATTACH_BODIES:
        _, problems = validation.validate(_ATTACH_BODIES[platform], sent)
        if problems:
            raise Unprocessable([problem.message for problem in problems])
    return connections.attach(call.tenant, platform, call.path["accountId"], sent)
