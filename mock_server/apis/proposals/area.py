"""The Documents & Contracts area's registrations (see ``mock_server/platform/area.py``).

Templates are built in GHL's document builder and recipients act in its signing page: the control plane seeds
templates and plays the recipients (``templates.py``, ``documents.py``).
"""

from __future__ import annotations

from mock_server.apis.proposals import documents, routes, tables, templates
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "proposals",
    serves="Documents & contracts: documents made from templates (seeded by the control plane) for a contact, "
           "sent with a link per recipient and CC; viewing, signing and paying played by the control plane",
    apis=(routes.api,),
    tables=(
        Table(tables.TEMPLATES, not_found=BadRequest(tables.TEMPLATE_NOT_FOUND)),
        Table(tables.DOCUMENTS, indexes=("templateId",), not_found=BadRequest(tables.DOCUMENT_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/proposals/templates", templates.seed_template,
             body=templates.TemplateSeed,
             doc='`{"name", "userId", "type", "isPublicDocument", "items": [{"name", "price", "qty"}], '
                 '"fillableFields": [{"type", "isRequired"}]}`: a document template, as GHL\'s builder makes one'),
        Seed("POST", "/locations/{locationId}/proposals/documents/{documentId}/status", documents.seed_status,
             body=documents.StatusSeed, status=200,
             doc='`{"status", "paymentStatus"}`: what the recipients did in GHL\'s signing page (status viewed, '
                 'completed or accepted; paymentStatus paid), or the location moving it back to draft'),
    ),
    factories="mock_server.apis.proposals.factories:ProposalFactories",
    demo="mock_server.apis.proposals.demo:load",
    contract_seeds=(
        ContractSeed("/locations/{locationId}/proposals/templates",
                     {"name": "Contract proposal", "items": [{"name": "Setup", "price": 250}]},
                     {"templateId": "id"}),
    ),
    upstream_allowlist="mock_server.apis.proposals.upstream",
)
