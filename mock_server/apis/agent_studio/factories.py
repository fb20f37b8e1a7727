"""The ``ghl`` factories of the Agent Studio area: ``ghl.studio_agent()``, ``ghl.published_studio_agent()``."""

from __future__ import annotations

from typing import Any

from mock_server.apis.agent_studio.demo import graph
from mock_server.testing.factories import Factories


class AgentStudioFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def studio_agent(self, nodes: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
        """An active Agent Studio agent of this location with its ``staging`` version (POST /agent-studio/agent),
        as GHL answers its creation (``agent``, ``versions``). ``nodes`` default to a greeting and an end node."""
        with self.fake.draw("studio_agent") as (faker, _):
            name = f"{faker.job()} assistant"
        nodes = graph()[0] if nodes is None else nodes
        edges = [{"startNode": a["nodeId"], "endNode": b["nodeId"]} for a, b in zip(nodes, nodes[1:], strict=False)]
        body = {"locationId": self.location_id, "name": name, "status": "active",
                "version": {"nodes": nodes, "edges": edges}}
        return self.api("POST", "/agent-studio/agent", body | fields, what="ghl.studio_agent()")

    def published_studio_agent(self, **fields: Any) -> dict[str, Any]:
        """A ``studio_agent()`` whose staging version is published: its ``productionVersion`` and new draft in
        the answer's ``published``."""
        created = self.studio_agent(**fields)
        published = self.api("POST", f"/agent-studio/agent/versions/{created['versions'][0]['versionId']}/publish",
                             {"locationId": self.location_id}, what="ghl.published_studio_agent()")
        return {**created, "published": published["data"]}
