"""What a handler receives: the operation, the caller, and the validated inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mock_server.platform.errors import Forbidden
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.operations import Operation
from mock_server.platform.principal import Principal
from mock_server.platform.tenant_context import Tenant

if TYPE_CHECKING:
    from mock_server.platform.world import World


@dataclass(slots=True)
class Call:
    world: World
    op: Operation
    principal: Principal | None
    path: dict[str, str]
    query: Any
    body: Any
    trace_id: str
    version: str | None = None
    # The file parts of a multipart body (operations declared with ``accepts_files``).
    files: tuple[UploadedFile, ...] = ()
    _tenant: Tenant | None = None

    @property
    def tenant(self) -> Tenant:
        """The tenant this request acts for, bound once: the token's location; for an agency token, the
        location its path names (the platform checked it is one of the agency's), else the agency."""
        if self._tenant is None:
            principal = self.principal
            if principal is None:
                raise RuntimeError(f"{self.op!r} is public: it acts for no tenant")
            location_id = principal.location_id if principal.user_type == "Location" else self.path.get("locationId")
            self._tenant = Tenant(self.world, principal.company_id, location_id)
        return self._tenant

    def named_agency(self, company_id: str | None) -> Tenant | None:
        """The request's agency when ``company_id`` (a ``companyId`` the request sends) names it, else None.

        The platform already refused another agency's id (403); what is left is an id naming no agency
        (``""``), which finds nothing, as an unknown company would.
        """
        return self.tenant.agency if company_id == self.tenant.company_id else None

    @property
    def v3(self) -> bool:
        """Whether the client asked for the v3 contract (``Version: v3``), whose DTOs differ for some operations."""
        return self.version == "v3"

    @property
    def company_id(self) -> str | None:
        return self.principal.company_id if self.principal else None

    @property
    def location_id(self) -> str:
        """The caller's location (sub-account tokens only)."""
        if self.principal is None or self.principal.location_id is None:
            raise Forbidden("The token does not have access to this location.")
        return self.principal.location_id

    def now(self) -> datetime:
        return self.world.now(self.company_id)

    def new_id(self) -> str:
        return self.world.new_id(self.company_id)


@dataclass(slots=True)
class Reply:
    """A handler's answer when the status differs from the operation's declared success status."""

    status: int
    body: Any


@dataclass(slots=True)
class FileReply:
    """A handler's answer that is a file, not JSON (the official file declares its ``Content-Type`` and an
    attachment ``Content-Disposition``, as for a call recording). Declare the operation's
    ``response_media_type`` to match."""

    content: bytes
    media_type: str
    filename: str
