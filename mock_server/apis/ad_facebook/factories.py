"""The ``ghl`` factories of the Facebook integration area: the location's Facebook connection (seeded: GHL
receives it from Facebook), its integration, lead forms and conversation forms."""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook.demo import connection_body, lead_form_body
from mock_server.testing.factories import Factories


class FacebookFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def facebook_connection(self, **overrides: Any) -> dict[str, Any]:
        """What Facebook hands GHL when this location's user connects (``POST /_mock/locations/{id}/facebook``): the
        user, a page with an Instagram account and a lead form, an ad account with a pixel. Overrides replace the
        seed's top-level keys (``user``, ``pages``, ``adAccounts``); answers ``{user, pages, adAccounts}`` with ids."""
        with self.fake.draw("facebook_connection") as (faker, n):
            body = connection_body(faker.name(), faker.company(), n)
        return self.api("POST", f"/_mock/locations/{self.location_id}/facebook", body | overrides,
                        what="ghl.facebook_connection()")

    def facebook_integration(self, connection: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
        """The location's Facebook ad integration (POST /ad-publishing/facebook/integration) on the first page and ad
        account of ``connection`` (a new ``facebook_connection()`` if none); answers it as GHL stores it."""
        connection = connection if connection is not None else self.facebook_connection()
        body = {"locationId": self.location_id, "pageId": connection["pages"][0]["id"],
                "adAccountId": connection["adAccounts"][0]["id"], **overrides}
        return self.api("POST", "/ad-publishing/facebook/integration", body, what="ghl.facebook_integration()")

    def facebook_lead_form(self, page_id: str, **overrides: Any) -> dict[str, Any]:
        """A lead form published on ``page_id`` (POST /ad-publishing/facebook/page/{pageId}/forms); ``isDraft=True``
        keeps it a draft. Answers Meta's record (a draft: its stored document)."""
        with self.fake.draw("facebook_lead_form") as (faker, n):
            body = lead_form_body(self.location_id, f"{faker.catch_phrase()} form {n}")
        return self.api("POST", f"/ad-publishing/facebook/page/{page_id}/forms", body | overrides,
                        what="ghl.facebook_lead_form()")

    def facebook_conversation_form(self, **overrides: Any) -> dict[str, Any]:
        """A Messenger conversation form (POST /ad-publishing/facebook/conversation-forms), answered raw (``_id``)."""
        with self.fake.draw("facebook_conversation_form") as (faker, n):
            body = {"locationId": self.location_id, "name": f"Welcome {n}", "text": faker.sentence(),
                    "questions": [{"question": "How can we help?", "response": "A team member will reply shortly."}]}
        return self.api("POST", "/ad-publishing/facebook/conversation-forms", body | overrides,
                        what="ghl.facebook_conversation_form()")
