"""What Google itself knows and GHL only relays: places and languages to target, interests, keyword ideas.

DECISION: a small fixed catalog answers, the same for every location and run: Google's geo target and language
constants by their real ids; interests named from Google's affinity and in-market taxonomy, with ids of the
mock's own; keyword ideas and their figures derived from the request (a hash of each idea), so a test can
rely on them and two calls agree.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

from mock_server.platform.errors import BadRequest, Unprocessable

# (id, name, country, kind): Google's geo target constants
_PLACES = (("2840", "United States", "United States", "Country"), ("2124", "Canada", "Canada", "Country"),
           ("2826", "United Kingdom", "United Kingdom", "Country"), ("2036", "Australia", "Australia", "Country"),
           ("2276", "Germany", "Germany", "Country"), ("2250", "France", "France", "Country"),
           ("2356", "India", "India", "Country"), ("21137", "California", "United States", "State"),
           ("21167", "New York", "United States", "State"), ("1023191", "New York", "United States", "City"),
           ("1013962", "Los Angeles", "United States", "City"), ("1014221", "Chicago", "United States", "City"),
           ("1006886", "London", "United Kingdom", "City"))
# (id, name, code): Google's language constants
_LANGUAGES = (("1000", "English", "en"), ("1001", "German", "de"), ("1002", "French", "fr"),
              ("1003", "Spanish", "es"), ("1004", "Italian", "it"), ("1005", "Japanese", "ja"),
              ("1014", "Portuguese", "pt"))
_INTERESTS = {
    "AFFINITY": (("80101", "Banking & Finance/Avid Investors"), ("80102", "Food & Dining/Cooking Enthusiasts"),
                 ("80103", "Sports & Fitness/Health & Fitness Buffs"), ("80104", "Travel/Travel Buffs"),
                 ("80105", "Home & Garden/Do-It-Yourselfers"), ("80106", "Technology/Technophiles")),
    "IN_MARKET": (("80201", "Real Estate/Residential Properties"), ("80202", "Autos & Vehicles/Motor Vehicles"),
                  ("80203", "Education/Post-Secondary Education"), ("80204", "Business Services/Advertising"),
                  ("80205", "Home & Garden Services/Home Improvement"), ("80206", "Financial Services/Loans")),
}
TARGETING_TYPES = ("LOCATION", "LANGUAGE")
CHANNELS = ("SEARCH", "DISCOVERY", "DISPLAY", "HOTEL", "LOCAL", "MULTI_CHANNEL", "PERFORMANCE_MAX", "DEMAND_GEN")
MAX_SEEDS = 20  # Google's keyword planner takes at most 20 seed keywords
_IDEA_FORMS = ("{}", "{} near me", "best {}", "{} services", "{} cost", "cheap {}")
_STOP = {"www", "com", "net", "org", "http", "https", "html", "index", "co"}


def search(kind: str, query: str | None) -> list[dict[str, Any]]:
    """Places (LOCATION) or languages (LANGUAGE) whose name contains ``query``, shaped as a campaign's
    ``audience.geo_locations`` and ``locales`` items take them."""
    if kind not in TARGETING_TYPES:
        raise Unprocessable([f"type must be one of the following values: {', '.join(TARGETING_TYPES)}"])
    needle = (query or "").casefold()
    if kind == "LOCATION":
        return [{"key": pid, "id": pid, "name": name, "country_name": country, "type": place_kind,
                 "resourceName": f"geoTargetConstants/{pid}"}
                for pid, name, country, place_kind in _PLACES if needle in name.casefold()]
    return [{"key": code, "id": lid, "name": name, "resourceName": f"languageConstants/{lid}"}
            for lid, name, code in _LANGUAGES if needle in name.casefold()]


def interests(kind: str, channel: str) -> list[dict[str, Any]]:
    """DECISION: every advertising channel may target every interest of the kind (Search as observation)."""
    if channel not in CHANNELS:
        raise Unprocessable([f"advertisingChannelType must be one of the following values: {', '.join(CHANNELS)}"])
    return [{"id": iid, "name": name, "type": kind, "resourceName": f"userInterests/{iid}"}
            for iid, name in _INTERESTS[kind]]


def interest(interest_id: str) -> dict[str, Any] | None:
    return next(({"id": iid, "name": name, "type": kind} for kind, known in _INTERESTS.items()
                 for iid, name in known if iid == interest_id), None)


def keyword_ideas(url: str, keywords: list[str] | None, language: str | None,
                  locations: list[str] | None) -> list[dict[str, Any]]:
    """Ideas grown from the seed keywords and the words of the page's address, each with Google's figures."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc:
        raise Unprocessable(["url must be a URL address"])
    if len(keywords or ()) > MAX_SEEDS:
        raise Unprocessable([f"keywords must contain no more than {MAX_SEEDS} elements"])
    if language is not None and language not in {code for _, _, code in _LANGUAGES}:
        raise BadRequest(f"Unknown languageCode {language}")  # DECISION: GHL's text is not known
    for place in locations or ():
        if place not in {pid for pid, *_ in _PLACES}:
            raise BadRequest(f"Unknown location {place}")
    words = [w for w in re.findall(r"[a-z]{3,}", f"{parts.netloc} {parts.path}".lower()) if w not in _STOP]
    seeds = [k.strip().lower() for k in keywords or () if k.strip()] + words
    ideas: dict[str, dict[str, Any]] = {}
    for seed in seeds:
        for form in _IDEA_FORMS:
            text = form.format(seed)
            if text not in ideas and len(ideas) < 50:
                ideas[text] = _figures(text, language, locations)
    return list(ideas.values())


def _figures(text: str, language: str | None, locations: list[str] | None) -> dict[str, Any]:
    h = hashlib.sha256(f"{text}|{language}|{sorted(locations or [])}".encode()).digest()
    competition_index = h[0] * 100 // 255
    low = 200_000 + int.from_bytes(h[1:3], "big") * 50
    return {"text": text, "avgMonthlySearches": 10 * (1 + int.from_bytes(h[3:5], "big") % 5000),
            "competition": "LOW" if competition_index < 34 else "MEDIUM" if competition_index < 67 else "HIGH",
            "competitionIndex": competition_index, "lowTopOfPageBidMicros": low,
            "highTopOfPageBidMicros": low * (2 + h[5] % 3)}
