"""A location's tags: the names contacts are tagged with, as records with ids.

Tags are names (stored trimmed and lower-cased, like a contact's tags: ``contacts.fields.tag_list``). A tag
used on a contact is a tag of the location, as in GHL, where applying a tag that does not exist creates
it: the location's list is completed from its contacts' tags before it is read or changed.

DECISION: renaming a tag renames it on every contact that has it, and deleting a tag removes it from every
contact, as GHL's tag settings do (its public API docs say nothing either way; the settings page warns that
deleting a tag removes it from contacts). A rename to a name another tag has is refused, like a duplicate.
Each contact changed so sends ContactTagUpdate, as the contacts area's tag endpoints do (``contacts.tags``).
DECISION: update-tag and delete-tag are not declared causes of ContactTagUpdate: they send it only when a
contact has the tag, which no request body says (a contact-less tag changes no contact and sends nothing).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import tags as contact_tags
from mock_server.apis.contacts.fields import tag_list
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.locations.tables import TAGS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# GHL's text, misspelt as GHL has it: a public client's notes on POST /locations/{id}/tags
# ("Error: 400 "The tag name is already exist." — tag names are unique per location").
TAG_EXISTS = "The tag name is already exist."
# DECISION: GHL's text for an unknown tag id is not known.
TAG_NOT_FOUND = "Tag not found"
EMPTY_NAME = "name should not be empty"


def list_tags(tenant: Tenant) -> list[dict[str, Any]]:
    """Every tag of the location, by name. DECISION: GHL's order is not documented; names sort."""
    _adopt_contact_tags(tenant)
    return sorted(tenant.store.scan(TAGS), key=lambda tag: tag["name"])


def get_tag(tenant: Tenant, tag_id: str) -> dict[str, Any]:
    return tenant.require(TAGS, tag_id)


def create_tag(tenant: Tenant, name: str) -> dict[str, Any]:
    wanted = _name(name)
    _adopt_contact_tags(tenant)
    if tenant.store.find(TAGS, "name", wanted):
        raise BadRequest(TAG_EXISTS)
    return _put(tenant, wanted)


def rename_tag(tenant: Tenant, tag_id: str, name: str) -> dict[str, Any]:
    """The tag gets ``name``, and so does every contact tagged with its old name."""
    tag = get_tag(tenant, tag_id)
    wanted = _name(name)
    if wanted == tag["name"]:
        return tag
    _adopt_contact_tags(tenant)
    if tenant.store.find(TAGS, "name", wanted):
        raise BadRequest(TAG_EXISTS)
    for contact in tenant.store.find(CONTACTS, "tags", tag["name"]):
        contact["tags"] = tag_list([wanted if t == tag["name"] else t for t in contact["tags"]])
        contact_tags.save_tags(tenant, contact)
    tag["name"] = wanted
    return tenant.store.put(TAGS, tag)


def delete_tag(tenant: Tenant, tag_id: str) -> None:
    """The tag goes, and with it every contact's use of it."""
    tag = get_tag(tenant, tag_id)
    for contact in tenant.store.find(CONTACTS, "tags", tag["name"]):
        contact["tags"] = [t for t in contact["tags"] if t != tag["name"]]
        contact_tags.save_tags(tenant, contact)
    tenant.delete(TAGS, tag_id)


def _name(name: str) -> str:
    normal = tag_list([name])
    if not normal:
        raise Unprocessable([EMPTY_NAME])
    return normal[0]


def _put(tenant: Tenant, name: str) -> dict[str, Any]:
    return tenant.store.put(TAGS, {"id": tenant.new_id(), "name": name, "locationId": tenant.location_id})


def _adopt_contact_tags(tenant: Tenant) -> None:
    """Give every tag a contact uses and the location lacks its record (GHL creates tags when applied).

    Done when tags are read or changed rather than on every contact write, so the contacts area needs no
    hook; a contact's tags are indexed, but the distinct names need a pass over the contacts."""
    known = {tag["name"] for tag in tenant.store.scan(TAGS)}
    for contact in tenant.store.scan(CONTACTS):
        for name in contact.get("tags") or ():
            if name not in known:
                known.add(name)
                _put(tenant, name)
