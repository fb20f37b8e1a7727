"""The ``ghl`` factories of the Email Verification area: what the verifier answers for an address."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class EmailVerificationFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def email_verification_outcome(self, address: str, result: str = "undeliverable", *, risk: str = "high",
                                   reason: list[str] | None = None) -> dict[str, Any]:
        """Make verifying ``address`` at this location answer ``result`` (an address that bounces, by default:
        ``reason`` ["mailbox_does_not_exist"])."""
        body = {"address": address, "result": result, "risk": risk,
                "reason": ["mailbox_does_not_exist"] if reason is None and result == "undeliverable" else reason or []}
        return self.api("POST", f"/_mock/locations/{self.location_id}/email-verification/outcomes", body,
                        what="ghl.email_verification_outcome()")
