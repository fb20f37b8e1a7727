"""A location's messaging knobs, set through the control plane
(``PUT /_mock/locations/{locationId}/messaging-settings``), read by the send and status rules.

| field | what it does | default |
|---|---|---|
| ``statusUpdateDelaySeconds`` | a provider's status update is refused (403, GHL's text) until this long (mock time) after the send: live GHL takes 5-10 s to hand a message to its provider (GHL issue #4) | 0 |
| ``builtInFailure`` | ``{"code", "type", "message"}``: every message the built-in channels send fails with this error (the outbox keeps it); ``null`` clears it | none |
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.conversations.tables import MESSAGING_SETTINGS
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

SETTINGS_ID = "settings"


class FailureSeed(BodyModel):
    code: str = Field(min_length=1)
    type: str = "saas"
    message: str = Field(min_length=1)


class MessagingSettingsSeed(BodyModel):
    statusUpdateDelaySeconds: float | None = Field(None, ge=0, le=3600)
    builtInFailure: FailureSeed | None = None


def get(tenant: Tenant) -> dict[str, Any]:
    return tenant.store.get(MESSAGING_SETTINGS, SETTINGS_ID) or {}


def put_settings(tenant: Tenant, body: MessagingSettingsSeed) -> dict[str, Any]:
    """Change the fields sent (``builtInFailure: null`` clears the failure); answers every setting."""
    current = {k: v for k, v in get(tenant).items() if k != "id"}
    current.update(body.model_dump(exclude_unset=True, mode="json"))
    tenant.store.put(MESSAGING_SETTINGS, {"id": SETTINGS_ID, **current})
    return {"statusUpdateDelaySeconds": current.get("statusUpdateDelaySeconds") or 0,
            "builtInFailure": current.get("builtInFailure")}
