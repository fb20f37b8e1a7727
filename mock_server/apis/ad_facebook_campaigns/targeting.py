"""Facebook's targeting options, searched by name (fb-search-targeting).

DECISION: Meta's taxonomy is not reachable: the mock searches a small fixed catalog of places, interests and
languages, in Meta's shapes (snake_case, as GHL passes them through), matching the query case-insensitively
anywhere in the name; interests come largest audience first, as GHL sorts them.
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.errors import BadRequest

# DECISION: GHL's text for an unknown type is not known; ``adgeolocation`` (the file's example searchType)
# is Meta's name of the geolocation search, taken as a type too.
UNKNOWN_TYPE = "type must be one of the following values: geolocation, interest, language"


def _place(key: str, name: str, kind: str, country: str, country_name: str, region: str | None = None,
           region_id: int | None = None) -> dict[str, Any]:
    place = {"key": key, "name": name, "type": kind, "country_code": country, "country_name": country_name,
             "supports_region": True, "supports_city": True}
    if region:
        place.update(region=region, region_id=region_id)
    return place


PLACES = (
    _place("US", "United States", "country", "US", "United States"),
    _place("GB", "United Kingdom", "country", "GB", "United Kingdom"),
    _place("IN", "India", "country", "IN", "India"),
    _place("3847", "California", "region", "US", "United States", "California", 3847),
    _place("2418779", "Austin", "city", "US", "United States", "Texas", 3886),
    _place("2420379", "Los Angeles", "city", "US", "United States", "California", 3847),
    _place("1045272", "Thane", "city", "IN", "India", "Maharashtra", 1735),
    _place("296875", "London", "city", "GB", "United Kingdom", "England", 4079),
)


def _interest(fb_id: str, name: str, kind: str, path: tuple[str, ...], lower: int) -> dict[str, Any]:
    return {"id": fb_id, "name": name, "type": kind, "subText": kind, "path": list(path),
            "audience_size_lower_bound": lower, "audience_size_upper_bound": lower * 117 // 100,
            "topic": path[1] if len(path) > 1 else path[0], "real_time_cluster": False}


INTERESTS = (
    _interest("6003107902433", "Fitness and wellness", "interests", ("Interests", "Fitness and wellness"),
              712000000),
    _interest("6003384248805", "Physical fitness", "interests", ("Interests", "Fitness and wellness",
                                                                 "Physical fitness"), 486000000),
    _interest("6003195226065", "Tabletop games", "interests", ("Interests", "Entertainment", "Games"), 98000000),
    _interest("6003139266461", "Real estate", "interests", ("Interests", "Business and industry", "Real estate"),
              310000000),
    _interest("6003020834693", "Home improvement", "interests", ("Interests", "Hobbies and activities",
                                                                 "Home and garden"), 265000000),
    _interest("6016286626383", "Facebook access (mobile): tablets", "behaviors",
              ("Behaviors", "Mobile device user"), 512000000),
    _interest("6002714398172", "Newlywed (1 year)", "life_events", ("Demographics", "Life events"), 21000000),
)

LANGUAGES = tuple({"key": key, "name": name} for key, name in (
    (6, "English (US)"), (24, "English (UK)"), (1001, "English (All)"), (23, "Spanish"), (9, "French (France)"),
    (5, "German"), (1004, "Chinese (All)"), (46, "Hindi")))


def search(kind: str, query: str) -> list[dict[str, Any]]:
    needle = query.casefold()
    if kind in ("geolocation", "adgeolocation"):
        catalog: tuple[dict[str, Any], ...] = PLACES
    elif kind == "interest":
        catalog = tuple(sorted(INTERESTS, key=lambda i: -i["audience_size_lower_bound"]))
    elif kind == "language":
        catalog = LANGUAGES
    else:
        raise BadRequest(UNKNOWN_TYPE)
    return [dict(option) for option in catalog if needle in option["name"].casefold()]
