"""A location's brand voices (brand-boards-v3.json): the answers that describe how the brand speaks, one voice
the location's default; deleting one moves it to the trash, as deleting a brand board does.

DECISION: GHL fills a voice made from a website (``type: url``) or from a text (``type: description``) with
an AI model. The mock reads no website and runs no model: it keeps what it was given, deterministically,
as the answers GHL's model would start from: ``brandName`` (the voice's name, else the website's name),
``companyWebsite`` (the url) and ``brandPurpose`` (the description); the client completes the rest with
update-brand-voice. A voice is not the default until set-default-brand-voice makes it so (the file says
nothing of a first voice becoming the default, and a board does not either).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from mock_server.apis.brand_boards.tables import BRAND_VOICES
from mock_server.apis.common import iso_z, page
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

LIST_FIELDS = ("id", "name", "isDefault", "createdAt", "updatedAt")
# What each creation type needs besides itself (the file: "Required when type is ...").
# DECISION: refused with class-validator's wording for an empty conditional field, as GHL's other 422s read.
NEEDS = {"manual": "answers", "url": "url", "description": "description"}
NAMELESS = "A name, or the answers' brandName, is needed to name the voice"


def view(voice: dict[str, Any]) -> dict[str, Any]:
    """A voice as GHL answers it (the store's record is the answer, ``id`` and all)."""
    return voice


def create_voice(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    fields = _given(fields)
    kind = fields["type"]
    needed = NEEDS[kind]
    if not fields.get(needed):
        raise Unprocessable([f"{needed} should not be empty"])
    answers = fields.get("answers", {}) if kind == "manual" else _drafted(fields)
    name = fields.get("name") or answers.get("brandName")
    if not name:
        raise Unprocessable([NAMELESS])
    now = iso_z(tenant.now())
    voice = {"id": tenant.new_id(), "name": name, "isDefault": False, "createdAt": now, "updatedAt": now,
             "locationId": tenant.location_id, "deleted": False, "answers": answers}
    return tenant.store.put(BRAND_VOICES, voice)


def _drafted(fields: dict[str, Any]) -> dict[str, Any]:
    """The answers the mock keeps for a voice GHL would draft with its model (DECISION above)."""
    url, description = fields.get("url"), fields.get("description")
    answers: dict[str, Any] = {}
    site = _site_name(url) if url else None
    if fields.get("name") or site:
        answers["brandName"] = fields.get("name") or site
    if url:
        answers["companyWebsite"] = url
    if description:
        answers["brandPurpose"] = description
    return answers


def _site_name(url: str) -> str | None:
    """``https://www.acme-tools.example.com/about`` -> ``Acme Tools``: the host's first label past ``www``."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    labels = [label for label in host.split(".") if label and label != "www"]
    return labels[0].replace("-", " ").title() if labels else None


def get_voice(tenant: Tenant, voice_id: str) -> dict[str, Any]:
    voice = tenant.require(BRAND_VOICES, voice_id)
    if voice["deleted"]:
        raise tenant.world.areas.table(BRAND_VOICES).missing(voice_id)
    return voice


def update_voice(tenant: Tenant, voice_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """The sent ``name`` replaces the voice's; the sent ``answers`` are merged into its answers, key by key."""
    voice, changes = get_voice(tenant, voice_id), _given(changes)
    if "name" in changes:
        voice["name"] = changes["name"]
    if "answers" in changes:
        voice["answers"] = {**voice.get("answers", {}), **_given(changes["answers"])}
    voice["updatedAt"] = iso_z(tenant.now())
    return tenant.store.put(BRAND_VOICES, voice)


def delete_voice(tenant: Tenant, voice_id: str) -> dict[str, Any]:
    voice = get_voice(tenant, voice_id)
    tenant.store.put(BRAND_VOICES, {**voice, "deleted": True, "isDefault": False, "updatedAt": iso_z(tenant.now())})
    return {"deleted": True}


def set_default(tenant: Tenant, voice_id: str) -> dict[str, Any]:
    """``voice_id`` becomes the location's default; the one that was the default is no longer."""
    voice = get_voice(tenant, voice_id)
    now = iso_z(tenant.now())
    for other in tenant.store.find(BRAND_VOICES, "isDefault", True):
        if other["id"] != voice_id:
            tenant.store.put(BRAND_VOICES, {**other, "isDefault": False, "updatedAt": now})
    if not voice["isDefault"]:
        tenant.store.put(BRAND_VOICES, {**voice, "isDefault": True, "updatedAt": now})
    return {"success": True, "brandVoiceId": voice_id}


def list_voices(tenant: Tenant, *, search: str | None, deleted: bool, offset: float,
                limit: float) -> dict[str, Any]:
    """The voices (or the trash) whose name holds ``search`` (any case), most recently changed first."""
    needle = (search or "").casefold()
    voices = [v for v in reversed(tenant.store.scan(BRAND_VOICES))
              if v["deleted"] == deleted and needle in v["name"].casefold()]
    voices.sort(key=lambda voice: voice["updatedAt"], reverse=True)
    items = [{key: v[key] for key in LIST_FIELDS} for v in page(voices, offset, limit, 10)]
    return {"items": items, "total": len(voices)}


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent, at any depth (the file declares none nullable), as for brand boards.
    return {key: _given(value) if isinstance(value, dict) else value for key, value in fields.items()
            if value is not None}
