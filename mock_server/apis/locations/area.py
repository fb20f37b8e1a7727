"""The Locations area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.locations import (  # noqa: F401 - importing a routes module declares its operations
    custom_fields,
    custom_values,
    events,
    location_routes,
    location_updates,
    recurring_tasks,
    routes,
    service,
    tables,
    tag_routes,
    tags,
    task_routes,
    template_routes,
    templates,
    upload_routes,
    uploads,
)
from mock_server.apis.locations.models import LocationSettings
from mock_server.platform.area import Area, Cascade, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenants import LOCATIONS

area = Area(
    "locations",
    serves=("Locations (search, create, read, update, delete, time zones, custom fields and their file uploads, "
            "tags, custom values, task search, recurring tasks, templates; v3 permissions and conversation "
            "channels)"),
    apis=(routes.api, location_routes.v3_api),
    tables=(
        Table(LOCATIONS, scope="global", not_found=BadRequest(service.LOCATION_NOT_FOUND)),
        Table(tables.TAGS, indexes=("name",), not_found=BadRequest(tags.TAG_NOT_FOUND)),
        Table(tables.RECURRING_TASKS, not_found=BadRequest(recurring_tasks.RECURRING_TASK_NOT_FOUND)),
        Table(tables.TEMPLATES, not_found=BadRequest(templates.TEMPLATE_NOT_FOUND)),
        Table(tables.UPLOADS),
        Table(tables.CUSTOM_VALUES, not_found=BadRequest(custom_values.CUSTOM_VALUE_NOT_FOUND)),
    ),
    seeds=(Seed("PUT", "/locations/{locationId}/settings", service.seed_settings, body=LocationSettings, status=200,
                doc='`{"allowDuplicateContact": true}`, `{"allowDuplicateOpportunity": true}` and the other '
                    "location settings (both refused by default, as in GHL)"),
           Seed("POST", "/locations/{locationId}/templates", templates.seed_template, body=templates.TemplateSeed,
                status=201, doc='`{"name","type","body"}` (sms, whatsapp) or `{"name","type":"email","subject","html"}`, '
                                '`originId` optional (the location\'s id): seed a message template, which GHL\'s API '
                                "only lists and deletes"),
           Seed("GET", "/locations/{locationId}/custom-field-uploads", uploads.list_uploads, status=200,
                doc="the files uploaded for the location's FILE_UPLOAD custom fields (content base64; GHL's API "
                    "has no read for them)")),
    contract_seeds=(ContractSeed("/locations/{locationId}/templates", {"name": "Contract template", "body": "Hi"},
                                 {"originId": "originId", "templateId": "id"}),),
    cascades=(Cascade(LOCATIONS, location_updates.drop_location_records,
                      "deleting a location deletes every record it owns"),),
    factories="mock_server.apis.locations.factories:LocationFactories",
    demo="mock_server.apis.locations.demo:load",
    upstream_allowlist="mock_server.apis.locations.upstream",
    events=events.EVENTS,
)
