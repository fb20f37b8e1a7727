"""Models of the Companies API (companies.json)."""

from __future__ import annotations

from mock_server.platform.models import ResponseModel


class CompanyOut(ResponseModel):
    id: str
    name: str | None = None
    email: str | None = None
    logoUrl: str | None = None
    phone: str | None = None
    website: str | None = None
    domain: str | None = None
    address: str | None = None
    city: str | None = None
    postalCode: str | None = None
    country: str | None = None
    state: str | None = None
    timezone: str | None = None
    subdomain: str | None = None
    plan: float | None = None
    currency: str | None = None
    customerType: str | None = None
    status: str | None = None
    locationCount: float | None = None
    isReselling: bool | None = None
    isSandboxAccount: bool | None = None


class CompanyResponse(ResponseModel):
    company: CompanyOut
