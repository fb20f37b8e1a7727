"""Where the Opportunities area differs from opportunities.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import V3_ONLY_GAP, Allowed

_OPPORTUNITY_SEARCH_REQUIRED = ("OpportunitySearchBodyDTO marks every property required, paging by page AND by "
                                "searchAfter at once, which GHL's search documentation says never to combine: the "
                                "mock requires locationId only")
_OPPORTUNITY_SEARCH_FILTERS = ("OpportunitySearchBodyDTO omits the filters and sort that GHL's linked search "
                               "documentation describes (the mock's subset: opportunities/search.py)")
_OPPORTUNITY_SEARCH_CLIENTS = ("OpportunitySearchBodyDTO omits it, but GHL's web app sends it and public clients "
                               "copy that body; live GHL accepts it (evidence at AdvancedSearchBody)")
_UPSERT_CONTACT = ("UpsertOpportunityDto has no contactId, yet GHL's upsert matches an opportunity by pipeline and "
                   "contact, and a new one needs its contact: the mock takes contactId")
_STAGES = ("PipelinesResponseSchema types stages as an array of arrays; GHL answers stage objects {id, name, "
           "position}, which is what clients read the stage ids from")


def _opportunity_entries() -> list[Allowed]:
    search = ("opportunities.json", "POST", "/opportunities/search")
    return [
        *(Allowed(*search, "required_body_differs", name, _OPPORTUNITY_SEARCH_REQUIRED)
          for name in ("additionalDetails", "limit", "page", "query", "searchAfter")),
        *(Allowed(*search, "body_property_undocumented", name, _OPPORTUNITY_SEARCH_FILTERS)
          for name in ("filters", "sort")),
        *(Allowed(*search, "body_property_undocumented", name, _OPPORTUNITY_SEARCH_CLIENTS)
          for name in ("includeTopRelations", "aggregations")),
        *(Allowed("opportunities.json", method, path, "body_property_rejected", name, V3_ONLY_GAP)
          for method, path in (("POST", "/opportunities/"), ("POST", "/opportunities/upsert"),
                               ("PUT", "/opportunities/{id}"))
          for name in ("forecastExpectedCloseDate", "forecastProbability")),
        Allowed("opportunities.json", "POST", "/opportunities/upsert", "body_property_undocumented", "contactId",
                _UPSERT_CONTACT),
        Allowed("opportunities.json", "GET", "/opportunities/pipelines", "response_schema", "pipelines/*/stages/*",
                _STAGES),
    ]


ALLOWLIST = tuple(_opportunity_entries())
