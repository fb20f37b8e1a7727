"""Listings stay exact while contacts change between pages (cached orders catch up or rebuild)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from tests.apis.contacts.conftest import ids, search


def test_listings_follow_every_change(ghl, api, new_contact):
    ghl.freeze(datetime(2024, 1, 1, tzinfo=UTC))
    rng = random.Random(7)
    alive: dict[str, dict] = {}
    for step in range(60):
        ghl.advance(rng.choice([0, 0, 1, 30]))  # equal dates are common: ids must break the ties
        action = rng.random()
        if action < 0.5 or not alive:
            contact = new_contact(firstName=rng.choice(["ada", "grace", "alan", None]) or None, email=f"c{step}@x.com")
            alive[contact["id"]] = contact
        elif action < 0.8:
            cid = rng.choice(sorted(alive))
            alive[cid] = api.put(f"/contacts/{cid}", json={"firstName": rng.choice(["zed", "bea"])}).json()["contact"]
        else:
            cid = rng.choice(sorted(alive))
            api.delete(f"/contacts/{cid}")
            del alive[cid]
        if step % 5 == 4:
            newest = sorted(alive.values(), key=lambda c: (c["dateAdded"], c["id"]), reverse=True)
            assert ids(search(api, ghl.location_id, pageLimit=500)) == [c["id"] for c in newest]
            by_name = ids(search(api, ghl.location_id, pageLimit=500,
                                 sort=[{"field": "firstNameLowerCase", "direction": "asc"}]))
            named = sorted((c for c in alive.values() if c.get("firstName")),
                           key=lambda c: (c["firstName"].lower(), c["id"]))
            assert by_name[:len(named)] == [c["id"] for c in named]
            assert set(by_name[len(named):]) == {c["id"] for c in alive.values() if not c.get("firstName")}
