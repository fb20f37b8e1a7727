"""The ``ghl`` factories of the Snapshots area: an agency's snapshot."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class SnapshotFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def snapshot(self, name: str | None = None, *, type: str = "own") -> dict[str, Any]:
        """A snapshot of this agency (``POST /_mock/companies/{companyId}/snapshots``; ``type`` ``own`` or
        ``imported``): push it into a location with ``PUT /locations/{id}`` and ``{"snapshot": {"id": ...}}``."""
        if name is None:
            with self.fake.draw("snapshot") as (faker, n):
                name = f"{faker.bs().title()} snapshot {n}"
        body = {"name": name, "type": type}
        return self.api("POST", f"/_mock/companies/{self.company_id}/snapshots", body, what="ghl.snapshot()")
