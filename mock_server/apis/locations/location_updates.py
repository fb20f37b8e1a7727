"""Changing and deleting a location (agency operations), and what hangs off its settings: its messaging
providers (conversation channels), its permissions, its snapshot pushes.

A location's time zone is read by every computation that depends on it (free slots and booking rules,
date filters of the contact and opportunity searches) at the moment it runs, so a changed time zone moves
them all from the next request on: nothing derived from it is stored.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.locations import events, service
from mock_server.apis.locations.location_write_models import PERMISSIONS
from mock_server.apis.locations.tables import PERMISSION_SETS, PROVIDERS
from mock_server.apis.snapshots import pushes
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import LOCATIONS

# The fields of a location PUT writes as they come; the business block mirrors some of them.
PLAIN_FIELDS = ("name", "phone", "address", "city", "state", "country", "postalCode", "website", "timezone")
BUSINESS_FIELDS = ("name", "address", "city", "state", "country", "postalCode", "website", "timezone")
# DECISION: a new location has every permission the v3 file enumerates (location_write_models.PERMISSIONS);
# PUT replaces the list with the names sent, each once, in the order sent.
# DECISION: every location has GHL's own phone and e-mail services (LC Phone, LC Email) as providers; a Twilio
# account or a Mailgun domain set on the location (POST/PUT twilio, mailgun) adds its provider and becomes the
# default of its channel.
BUILT_IN_PROVIDERS = {"SMS": ("lc_phone", "LC Phone"), "Email": ("lc_email", "LC Email")}
ADDED_PROVIDERS = {"twilio": ("SMS", "twilio_provider", "Twilio"), "mailgun": ("Email", "mailgun_provider", "Mailgun")}


def create_location(agency: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """``POST /locations/``: the location, its providers, and the push of ``snapshotId`` when one is named."""
    snapshot_id = fields.get("snapshotId")
    location = service.create_location(agency, **fields)
    created = agency.for_location(location["id"])
    configure_providers(created, fields)
    if snapshot_id:
        pushes.start_push(created, snapshot_id)
    return location


def update_location(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """Write the fields sent; settings and social links merge with what is stored."""
    location = service.get_location(tenant)
    for key in PLAIN_FIELDS:
        if fields.get(key) is not None:
            location[key] = fields[key]
    location["business"] = {**(location.get("business") or {}),
                            **{k: location[k] for k in BUSINESS_FIELDS if location.get(k) is not None}}
    if fields.get("settings"):
        location["settings"] = {**service.DEFAULT_SETTINGS, **(location.get("settings") or {}),
                                **{k: v for k, v in fields["settings"].items() if v is not None}}
    if fields.get("social"):
        location["social"] = {**(location.get("social") or {}),
                              **{k: v for k, v in fields["social"].items() if v is not None}}
    configure_providers(tenant, fields)
    if fields.get("snapshot"):
        pushes.start_push(tenant, fields["snapshot"]["id"], override=bool(fields["snapshot"].get("override")))
    stored = tenant.global_store.put(LOCATIONS, location)
    tenant.agency.emit(events.LOCATION_UPDATE, events.payload(stored))
    return stored


def delete_location(tenant: Tenant) -> str:
    """Delete the location: its record, then (by the cascade the area declares) everything it owns."""
    location_id = service.get_location(tenant)["id"]
    tenant.global_store.delete(LOCATIONS, location_id)
    tenant.deleted(LOCATIONS, [location_id])
    return location_id


def drop_location_records(tenant: Tenant, location_ids: list[str]) -> None:
    """Cascade of a deleted location: its tenant's records go (contacts, calendars, tags ...)."""
    for location_id in location_ids:
        tenant.world.store.drop_tenant(location_id)


def configure_providers(tenant: Tenant, fields: dict[str, Any]) -> None:
    """Remember which providers a location's ``twilio`` / ``mailgun`` settings added (never their secrets)."""
    added = [name for name in ADDED_PROVIDERS if fields.get(name)]
    if added:
        record = _only(tenant, PROVIDERS) or {"id": tenant.new_id(), "added": []}
        record["added"] = sorted({*record["added"], *added})
        tenant.store.put(PROVIDERS, record)


def conversation_channel(tenant: Tenant, channel: str) -> dict[str, list[dict[str, Any]]]:
    """The providers of one channel (``SMS`` or ``Email``), the default first."""
    service.get_location(tenant)
    record = _only(tenant, PROVIDERS) or {"added": []}
    added = [(pid, name) for key, (kind, pid, name) in ADDED_PROVIDERS.items()
             if kind == channel and key in record["added"]]
    providers = [*added, BUILT_IN_PROVIDERS[channel]]
    return {channel: [{"conversationProvider": {"_id": pid, "name": name, "type": channel, "default": n == 0}}
                      for n, (pid, name) in enumerate(providers)]}


def get_permissions(tenant: Tenant) -> list[str]:
    service.get_location(tenant)
    record = _only(tenant, PERMISSION_SETS)
    return list(record["permissions"]) if record else list(PERMISSIONS)


def set_permissions(tenant: Tenant, permissions: list[str]) -> list[str]:
    """Replace the location's permissions (each once, in the order sent)."""
    service.get_location(tenant)
    names = list(dict.fromkeys(permissions))
    record = _only(tenant, PERMISSION_SETS) or {"id": tenant.new_id()}
    tenant.store.put(PERMISSION_SETS, {**record, "permissions": names})
    return names


def _only(tenant: Tenant, table: str) -> dict[str, Any] | None:
    """The one record of a per-location table (record ids are unique store-wide, so not the location's id)."""
    records = tenant.store.scan(table)
    return dict(records[0]) if records else None
