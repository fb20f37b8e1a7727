"""The Social OAuth area's registrations (see ``mock_server/platform/area.py``).

The connected accounts an attach makes are the Social Planner area's (``social_planner.accounts``)."""

from __future__ import annotations

from mock_server.apis.social_oauth import connections, routes, tables
from mock_server.apis.social_oauth.platforms import PLATFORMS
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

# What the contract kit's OAuth'd accounts can attach: the ids the attach bodies' examples (models.py) name.
_CONTRACT_ITEMS = {
    "google": {"locations": [{"location": {"name": "locations/contract-google-location", "title": "Contract"}}]},
    "facebook": {"pages": [{"id": "contract-facebook-page", "name": "Contract page"}]},
    "instagram": {"accounts": [{"id": "contract-instagram-account", "pageId": "contract-instagram-page"}]},
    "linkedin": {"pages": [{"id": "contract-linkedin-page", "name": "Contract page"}]},
    "twitter": {"profile": [{"id": "contract-twitter-profile", "name": "Contract"}]},
    "tiktok": {"profile": [{"id": "contract-tiktok-profile", "name": "Contract"}]},
    "tiktok-business": {},
}
_LIST_WORD = {"google": "locations"}
# v3's generic paths: the walk takes the first platform of its path enum (google).
_GENERIC = ContractSeed("/locations/{locationId}/social-media-posting/oauth/google/consent",
                        {"originId": "contract-google-user-v3", **_CONTRACT_ITEMS["google"]},
                        {"/social-media-posting/oauth/{locationId}/{platform}/accounts": "accountId"})

area = Area(
    "social_oauth",
    serves="Social planner OAuth: start a platform's OAuth (Google, Facebook, Instagram, LinkedIn, Twitter, TikTok, "
           "TikTok Business; v3 adds YouTube, Pinterest, Threads), the consent the control plane completes, what the OAuth'd account can attach, "
           "attaching it as a connected account",
    apis=(routes.api, routes.v3_api),
    tables=(
        Table(tables.OAUTH_ACCOUNTS, indexes=("originId",), not_found=BadRequest(tables.OAUTH_ACCOUNT_NOT_FOUND)),
        Table(tables.OAUTH_STARTS),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/social-media-posting/oauth/{platform}/consent", connections.consent,
             body=connections.ConsentSeed, status=201,
             doc='`{"state", "originId", "name", "pages"/"accounts"/"profile"/"locations": [...]}`: the '
                 "platform's consent coming back to GHL (after a start, its `state`): keeps the OAuth'd account and "
                 "what it can attach; answers the window message with its `accountId`"),
    ),
    factories="mock_server.apis.social_oauth.factories:SocialOAuthFactories",
    demo="mock_server.apis.social_oauth.demo:load",
    contract_seeds=tuple(
        ContractSeed(f"/locations/{{locationId}}/social-media-posting/oauth/{platform}/consent",
                     {"originId": f"contract-{platform}-user", **items},
                     {f"/social-media-posting/oauth/{{locationId}}/{platform}/{_LIST_WORD.get(platform, 'accounts')}":
                      "accountId"})
        for platform, items in _CONTRACT_ITEMS.items() if platform in PLATFORMS) + (_GENERIC,),
    upstream_allowlist="mock_server.apis.social_oauth.upstream",
)
