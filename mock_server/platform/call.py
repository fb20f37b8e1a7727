"""What a handler receives: the operation, the caller, and the validated inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mock_server.platform.errors import Forbidden
from mock_server.platform.operations import Operation
from mock_server.platform.principal import Principal

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
