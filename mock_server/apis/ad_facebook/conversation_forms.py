"""Messenger conversation forms: the welcome message and quick replies an ad opens a conversation with.

GHL keeps them itself (no Facebook call), per location. Live GHL (its docs, 2026-08): the listing is an array,
newest first, each ``{id, name, text, locationId, questions, createdAt, updatedAt}``; creating answers the
stored document raw: ``_id`` instead of ``id`` and Mongo's ``__v``; every question carries its own ``_id``.
DECISION: a conversation form needs no Facebook connection (nothing of it is Facebook's until an ad uses it).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook.tables import FB_CONVERSATION_FORMS
from mock_server.apis.common import iso_z
from mock_server.platform.tenant_context import Tenant

FIELDS = ("name", "text", "locationId", "questions", "createdAt", "updatedAt")


def create_form(tenant: Tenant, *, name: str, text: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    form = tenant.store.put(FB_CONVERSATION_FORMS, {
        "id": tenant.new_id(), "name": name, "text": text, "locationId": tenant.location_id,
        "questions": [{**{key: value for key, value in question.items() if value is not None}, "_id": tenant.new_id()}
                      for question in questions],
        "createdAt": now, "updatedAt": now})
    return {"_id": form["id"], **{key: form[key] for key in FIELDS}, "__v": 0}


def list_forms(tenant: Tenant) -> list[dict[str, Any]]:
    forms = tenant.store.scan(FB_CONVERSATION_FORMS)
    forms.reverse()  # newest first; the stable sort keeps the later of two equal times first
    forms.sort(key=lambda form: form["createdAt"], reverse=True)
    return [{"id": form["id"], **{key: form[key] for key in FIELDS}} for form in forms]
