"""The social platforms GHL connects through OAuth, and how each one's accounts look.

Every platform follows one pattern (start, the platform's consent, list what the OAuth'd account can attach,
attach one): what differs is described here, once, so the flow (``connections.py``) and the operations
(``routes.py``) are written once for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    name: str  # as GHL's paths spell it: "facebook", "tiktok-business"
    title: str  # as GHL's messages spell it: "Added Facebook Account"
    lists: tuple[str, ...]  # the keys of the attachable lists in the GET's results
    kinds: dict[str, str]  # what an item of each list connects as (the connected account's ``type``)
    # Fields of the platform's own profile an attached account keeps in its ``meta`` (GHL's meta example).
    meta: tuple[str, ...] = ()
    # The Social Planner platform its attached accounts are (None: the official files offer no attach).
    connects_as: str | None = None
    # Where GHL sends the browser (only shown: the mock never calls it).
    consent_url: str = ""

    def origin_of(self, item: dict) -> str:
        """The platform's own id of an attachable item."""
        return google_origin(item["location"]["name"]) if self.name == "google" else str(item["id"])


def google_origin(resource_name: str) -> str:
    """A Google location's id: its resource name without ``locations/`` (DECISION: the connected account's
    ``originId`` is this id, which goes into GHL's ``<oauthId>_<locationId>_<originId>`` account ids and paths)."""
    return resource_name.rsplit("/", 1)[-1]


def _profiles(name: str, title: str, meta: tuple[str, ...], url: str, *, connects_as: str | None = None) -> Platform:
    return Platform(name, title, ("profile",), {"profile": "profile"}, meta, connects_as or name, url)


PLATFORMS: dict[str, Platform] = {p.name: p for p in (
    Platform("google", "Google Business", ("locations",), {"locations": "location"}, (),
             "google", "https://accounts.google.com/o/oauth2/v2/auth"),
    Platform("facebook", "Facebook", ("pages",), {"pages": "page"}, (), "facebook",
             "https://www.facebook.com/dialog/oauth"),
    Platform("instagram", "Instagram", ("accounts",), {"accounts": "profile"}, ("pageId",), "instagram",
             "https://www.facebook.com/dialog/oauth"),
    Platform("linkedin", "LinkedIn", ("pages", "profile"), {"pages": "page", "profile": "profile"}, ("urn",),
             "linkedin", "https://www.linkedin.com/oauth/v2/authorization"),
    _profiles("twitter", "Twitter", ("username", "protected", "verified"), "https://twitter.com/i/oauth2/authorize"),
    _profiles("tiktok", "Tiktok", ("username", "verified"), "https://www.tiktok.com/v2/auth/authorize/"),
    # DECISION: neither official file has an attach for TikTok Business (v3's attach leaves it out of its
    # platforms): its accounts are listed, never attached.
    Platform("tiktok-business", "Tiktok Business", ("profile",), {"profile": "business"}, ("username", "verified"),
             None, "https://business-api.tiktok.com/portal/auth"),
    # Only the v3 file's generic operations reach these (and bluesky, which it says is not supported).
    _profiles("youtube", "YouTube", ("username", "verified"), "https://accounts.google.com/o/oauth2/v2/auth"),
    _profiles("pinterest", "Pinterest", ("username", "websiteUrl"), "https://www.pinterest.com/oauth/"),
    _profiles("threads", "Threads", ("username",), "https://threads.net/oauth/authorize"),
)}
