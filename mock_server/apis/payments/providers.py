"""Payment integrations of a location: white-label providers (authorize.net, NMI) and the custom payment
provider of a Marketplace app (registered, connected per mode with its keys, given capabilities).

The custom provider's flow with GHL (``checkout.py``) reads the config from here: its ``queryUrl`` and the
``apiKey`` of each connected mode. Facts and sources: ``docs/payment-provider.md``.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import documents
from mock_server.apis.payments.tables import CUSTOM_PROVIDERS, WHITELABEL_PROVIDERS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# GHL's text for a location without the app's provider (payments.json's 400 example for fetch-config).
NO_CONFIG = "No such config exists for given locationId and marketplaceAppId"
# DECISION: a private integration token has no Marketplace app; its provider is filed under this app id.
PIT_APP_ID = "private-integration"
# DECISION: GHL's texts for these are not documented.
NOT_CONNECTED = "The custom provider is not connected in {mode} mode"
WHITELABEL_TAKEN = "A provider named {name} already exists"


def app_id_of(client_id: str | None) -> str:
    return client_id or PIT_APP_ID


def _config_id(tenant: Tenant, app_id: str) -> str:
    return f"custom-provider-{tenant.location_id}-{app_id}"


def register(tenant: Tenant, app_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Register (or re-register: the same app updates its entry) the app's provider in the location."""
    config = tenant.store.get(CUSTOM_PROVIDERS, _config_id(tenant, app_id)) or {
        "id": _config_id(tenant, app_id), "_id": tenant.new_id(), "locationId": tenant.location_id,
        "marketplaceAppId": app_id, "paymentProvider": {}, "capabilities": {}}
    config.update({k: fields[k] for k in ("name", "description", "paymentsUrl", "queryUrl", "imageUrl",
                                          "supportsSubscriptionSchedule") if k in fields})
    config["deleted"] = False
    return tenant.store.put(CUSTOM_PROVIDERS, documents.stamp(tenant, config, created="createdAt" not in config))


def get_config(tenant: Tenant, app_id: str) -> dict[str, Any]:
    config = tenant.store.get(CUSTOM_PROVIDERS, _config_id(tenant, app_id))
    if config is None or config.get("deleted"):
        raise BadRequest(NO_CONFIG)
    return config


def delete(tenant: Tenant, app_id: str) -> None:
    get_config(tenant, app_id)
    tenant.delete(CUSTOM_PROVIDERS, _config_id(tenant, app_id))


def connect(tenant: Tenant, app_id: str, keys: dict[str, dict[str, str]]) -> dict[str, Any]:
    """Store the keys of both modes (``live``, ``test``: ``{apiKey, publishableKey}``): each mode is usable."""
    config = get_config(tenant, app_id)
    config["paymentProvider"] = {mode: {"liveMode": mode == "live", **keys[mode]} for mode in ("live", "test")}
    return tenant.store.put(CUSTOM_PROVIDERS, documents.stamp(tenant, config))


def disconnect(tenant: Tenant, app_id: str, live_mode: bool) -> None:
    config = get_config(tenant, app_id)
    mode = "live" if live_mode else "test"
    config["paymentProvider"][mode] = {"liveMode": live_mode}
    tenant.store.put(CUSTOM_PROVIDERS, documents.stamp(tenant, config))


def set_capabilities(tenant: Tenant, app_id: str, supports_schedules: bool) -> None:
    """Agency-wide for the app (HC §9.4.1): every location's config of the app, now and when registered later."""
    for location_id in tenant.location_ids():
        place = tenant.for_location(location_id)
        config = place.store.get(CUSTOM_PROVIDERS, _config_id(place, app_id))
        if config is not None:
            config["capabilities"] = {"supportsSubscriptionSchedules": supports_schedules}
            place.store.put(CUSTOM_PROVIDERS, documents.stamp(place, config))


def keys_of(config: dict[str, Any], live_mode: bool) -> dict[str, str]:
    """The mode's keys, or GHL's refusal when the mode is not connected."""
    mode = "live" if live_mode else "test"
    keys = (config.get("paymentProvider") or {}).get(mode) or {}
    if not keys.get("apiKey"):
        raise BadRequest(NOT_CONNECTED.format(mode=mode))
    return keys


def find_by_api_key(tenant: Tenant, api_key: str) -> tuple[dict[str, Any], bool] | None:
    """The location's provider config whose ``apiKey`` (of either mode) this is, and whether it is the live one."""
    for config in tenant.store.scan(CUSTOM_PROVIDERS):
        for mode, keys in (config.get("paymentProvider") or {}).items():
            if keys.get("apiKey") and keys["apiKey"] == api_key and not config.get("deleted"):
                return config, mode == "live"
    return None


def view(config: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in config.items() if k not in ("id", "capabilities")}


# -- white-label providers ------------------------------------------------------------------------------------
def create_whitelabel(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    if any(p["uniqueName"] == fields["uniqueName"] for p in tenant.store.scan(WHITELABEL_PROVIDERS)):
        raise BadRequest(WHITELABEL_TAKEN.format(name=fields["uniqueName"]))
    now = iso_z(tenant.now())
    return tenant.store.put(WHITELABEL_PROVIDERS, {
        "id": tenant.new_id(), "altId": tenant.location_id, "altType": "location", "uniqueName": fields["uniqueName"],
        "title": fields["title"], "provider": fields["provider"], "description": fields["description"],
        "imageUrl": fields["imageUrl"], "route": f"/integrations/{fields['uniqueName']}", "createdAt": now,
        "updatedAt": now})


def list_whitelabel(tenant: Tenant) -> list[dict[str, Any]]:
    return sorted(tenant.store.scan(WHITELABEL_PROVIDERS), key=lambda p: p["createdAt"])


def whitelabel_view(provider: dict[str, Any]) -> dict[str, Any]:
    return {"_id": provider["id"], **{k: v for k, v in provider.items() if k != "id"}}
