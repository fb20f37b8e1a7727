"""Assets of the integrated Google Ads account: call, sitelink and lead-form assets a campaign names, and the
images and texts its ads use.
"""

from __future__ import annotations

import hashlib
from typing import Any

from mock_server.apis.ad_google import accounts
from mock_server.apis.ad_google.models import (
    CallAssetPayload,
    LeadFormAssetPayload,
    SitelinkAssetPayload,
    UpsertAssetsBody,
)
from mock_server.apis.ad_google.tables import ASSETS, CAMPAIGNS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

_PAYLOADS = {"CALL": CallAssetPayload, "SITELINK": SitelinkAssetPayload, "LEAD_FORM": LeadFormAssetPayload}
# DECISION: GHL's text is not known.
ASSET_NOT_FOUND = "Asset not found"


def upsert(tenant: Tenant, body: UpsertAssetsBody) -> dict[str, Any]:
    """Create an asset, or update the one its payload's ``resourceName`` names."""
    account_id = accounts.account_id_of(tenant)
    if not isinstance(body.payload, _PAYLOADS[body.type]):
        raise Unprocessable([f"payload must be a {body.type} asset"])
    fields = body.payload.model_dump(exclude={"resourceName"}, exclude_none=True)
    now = iso_z(tenant.now())
    if body.payload.resourceName:
        earlier = find(tenant, body.payload.resourceName)
        if earlier is None or earlier["type"] != body.type:
            raise BadRequest(ASSET_NOT_FOUND)
        return tenant.store.put(ASSETS, {**earlier, **fields, "updatedAt": now})
    asset_id = tenant.new_id()
    return tenant.store.put(ASSETS, {"id": asset_id, "locationId": tenant.location_id, "type": body.type, **fields,
                                     "resourceName": f"customers/{account_id}/assets/{asset_id}",
                                     "createdAt": now, "updatedAt": now})


def find(tenant: Tenant, ref: str) -> dict[str, Any] | None:
    """An asset by its id or its resource name."""
    return tenant.store.get(ASSETS, ref) or next(
        (a for a in tenant.store.find(ASSETS, "resourceName", ref)), None)


def listing(tenant: Tenant, kind: str, asset_id: str | None) -> list[dict[str, Any]]:
    """The location's assets of a type, oldest first (``id``: that one only). IMAGE and TEXT are what the
    location's campaigns use: their images and logos, their ads' headlines and descriptions.

    DECISION: ``advertiserOnly`` changes nothing: the mock's account holds no assets Google made.
    """
    if kind in _PAYLOADS:
        found = sorted(tenant.store.find(ASSETS, "type", kind), key=lambda a: a["createdAt"])
    else:
        found = _used(tenant, kind)
    return [a for a in found if asset_id is None or asset_id in (a["id"], a.get("resourceName"))]


def _used(tenant: Tenant, kind: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for campaign in sorted(tenant.store.scan(CAMPAIGNS), key=lambda c: c["createdAt"]):
        assets = campaign.get("assets") or {}
        ads = [ad for group in campaign.get("adGroups") or () for ad in group.get("adContent") or ()]
        if kind == "IMAGE":
            images = [*(assets.get("images") or ()), *([assets["businessLogo"]] if assets.get("businessLogo") else ())]
            urls = [i["url"] for i in images] + [m.get("url") or m.get("src") for ad in ads
                                                 for m in ad.get("media") or () if m.get("url") or m.get("src")]
            items = [("IMAGE", url, {"url": url}) for url in urls]
        else:
            items = [(field, text, {"text": text}) for ad in ads for field in ("headlines", "longHeadlines",
                                                                                "descriptions")
                     for text in ad.get(field) or ()]
        for field, value, shape in items:
            asset_id = hashlib.sha256(f"{kind}|{value}".encode()).hexdigest()[:20]
            seen.setdefault(asset_id, {"id": asset_id, "type": kind, **shape,
                                       **({"fieldType": field.upper()} if kind == "TEXT" else {})})
    return list(seen.values())
