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
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("social-media-posting.json", tag="Oauth")

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
        return connections.attachable(call.tenant, platform, call.path["accountId"])
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
    api.get(_item_path, _list_id, scopes=READ, response=_answer, notes=_NO_SCOPE, **_tagged)(_lists(_platform))
    if _attach_id is not None:
        api.post(_item_path, _attach_id, scopes=WRITE, body=_body, response=models.AttachResponse, status=201,
                 notes=_NO_SCOPE, **_tagged)(_attaches(_platform))
