"""Who is calling: what a valid token resolves to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Principal:
    user_type: Literal["Location", "Company"]
    company_id: str
    location_id: str | None
    scopes: frozenset[str]
    token_kind: Literal["oauth", "pit"]
    client_id: str | None = None
    user_id: str | None = None

    @property
    def tenant_id(self) -> str:
        """The location for a sub-account token, the company for an agency token."""
        return self.location_id if self.user_type == "Location" and self.location_id else self.company_id

    def describe(self) -> dict:
        return {
            "userType": self.user_type, "companyId": self.company_id, "locationId": self.location_id,
            "tokenKind": self.token_kind, "clientId": self.client_id,
        }
