"""The ``ghl`` factories of the Opportunities area: pipelines and lost reasons (seeded), opportunities."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class OpportunityFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def pipeline(self, name: str | None = None, stages: list[str] | None = None, **overrides: Any) -> dict[str, Any]:
        """A pipeline of this location with its stages (seeded through the control plane: GHL's API cannot create
        one). ``stages`` are stage names in order; the answer carries the stages' ids."""
        body = self.fake.pipeline(**({"name": name} if name else {}), **overrides)
        if stages is not None:
            body["stages"] = [{"name": stage} for stage in stages]
        return self.api("POST", f"/_mock/locations/{self.location_id}/pipelines", body, what="ghl.pipeline()")

    def lost_reason(self, name: str = "Went with a competitor") -> dict[str, Any]:
        """A lost reason of this location (seeded through the control plane)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/lost-reasons", {"name": name},
                        what="ghl.lost_reason()")

    def opportunity(self, *, pipeline: Ref | None = None, contact: Ref | None = None,
                    **overrides: Any) -> dict[str, Any]:
        """An open opportunity (POST /opportunities/) in ``pipeline`` (a new one if none; its first stage unless
        ``pipelineStageId`` is given) for ``contact`` (a new one if none). Overrides are ``CreateDto`` fields."""
        pipeline_id = ref_id(pipeline) if pipeline is not None else self.pipeline()["id"]
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        body = self.fake.opportunity(self.location_id, pipeline_id, contact_id, **overrides)
        return self.api("POST", "/opportunities/", body, what="ghl.opportunity()")["opportunity"]
