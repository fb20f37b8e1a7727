"""The operation registry: each GHL operation is declared exactly once, here-shaped.

An ``Operation`` names its method and path (as the official file writes them), the official
operationId and spec file, the scopes and token classes it accepts, its query/body/response models
and its handler. Routing, scope and tenant enforcement, validation, the served OpenAPI document,
the journal and the coverage report all read this one declaration.

Areas declare operations with an ``Api`` (one per official spec file)::

    api = Api("locations.json", tag="Locations")

    @api.get("/locations/{locationId}", "get-location", scopes="locations.readonly",
             tokens=LOCATION_OR_AGENCY, response=GetLocationResponse)
    def get_location(call: Call) -> dict: ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from mock_server.platform.call import Call

TokenClass = Literal["Location", "Company"]

# The official files' security schemes differ only in prose: "bearer" and "Location-Access" are
# sub-account (location) tokens, "Agency-Access" is an agency (company) token.
LOCATION: frozenset[str] = frozenset({"Location"})
AGENCY: frozenset[str] = frozenset({"Company"})
LOCATION_OR_AGENCY: frozenset[str] = frozenset({"Location", "Company"})

_PARAM = re.compile(r"{([^}]+)}")


@dataclass(frozen=True, eq=False)
class Operation:
    method: str
    path: str
    operation_id: str
    spec_file: str
    handler: Callable[[Call], Any]
    scopes: tuple[str, ...] = ()
    tokens: frozenset[str] = LOCATION
    query: type | None = None
    body: Any = None
    # The first is what the official file declares; the others are accepted too (v3 takes JSON for OAuth).
    body_media_types: tuple[str, ...] = ("application/json",)
    # A multipart body's file parts reach the handler as ``call.files`` (elsewhere they are refused).
    accepts_files: bool = False
    # The body limit of an operation whose documented file limit is above the server's (``max_body_bytes``
    # setting, 2 MiB): its largest allowed file must reach the domain, which refuses what is over GHL's limit.
    max_body_bytes: int | None = None
    # On GHL it charges the account (buys a phone number): the contract kit's verify never performs it against a
    # target, whose account it would charge for real.
    charges_the_account: bool = False
    response: Any = None
    # What a 2xx answer is: JSON, or a file (``FileReply``) of this media type.
    response_media_type: str = "application/json"
    status: int = 200
    # Error statuses beyond the common ones (400, 401, 403, 413, 422) that the official file declares
    # for this operation and the mock answers too (the schedules operations' 404s).
    errors: tuple[int, ...] = ()
    summary: str = ""
    description: str = ""
    tag: str = ""
    deprecated: bool = False
    public: bool = False
    # Whether the Version header is checked: the official file declares it on every operation but a few
    # (POST /oauth/token declares no parameter at all, and GHL's OAuth clients send none).
    version_header: bool = True
    aliases: tuple[str, ...] = ()
    # Path parameters that take one of a few words (``/contacts/bulk/tags/update/{type}``: add|remove).
    path_enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The request names no tenant (no location or company in its path, query or body), only records of the
    # token's tenant by id (contactId, invoiceId): another tenant's record is not found there. The generated
    # 403 test (tests/platform/test_access_generated.py) cannot aim such a request at another tenant, so the
    # declaration says which of the area's tests does (a test path); an operation naming no tenant without it
    # fails that file.
    names_records_only: str = ""
    # Where GHL's official file has a wrong or missing declaration we chose to differ from, say so.
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    # An official operation the mock lacks (``official_index.OfficialRoute``) says False.
    implemented = True
    # A route whose area is not imported yet (``areas.PendingRoute``) says True.
    pending = False

    @property
    def key(self) -> tuple[str, str, str]:
        """Operations are identified by (spec file, method, path): operationIds repeat across files."""
        return (self.spec_file, self.method, self.path)

    @property
    def path_params(self) -> list[str]:
        return _PARAM.findall(self.path)

    @property
    def paths(self) -> tuple[str, ...]:
        return (self.path, *self.aliases)

    def __repr__(self) -> str:
        return f"<Operation {self.method} {self.path} [{self.operation_id}]>"


class Api:
    """Collects one official spec file's operations, declared by decorating their handlers."""

    def __init__(self, spec_file: str, *, tag: str) -> None:
        self.spec_file = spec_file
        self.tag = tag
        self.operations: list[Operation] = []

    def operation(self, method: str, path: str, operation_id: str, *, scopes: str | Iterable[str] = (),
                  **options: Any) -> Callable[[Callable], Callable]:
        scope_tuple = (scopes,) if isinstance(scopes, str) else tuple(scopes)
        summary = options.pop("summary", "")

        def register(handler: Callable) -> Callable:
            doc = (handler.__doc__ or "").strip()
            self.operations.append(Operation(
                method=method, path=path, operation_id=operation_id, spec_file=self.spec_file,
                handler=handler, scopes=scope_tuple, tag=options.pop("tag", self.tag),
                summary=summary or doc.split("\n")[0].rstrip("."), description=doc, **options,
            ))
            return handler

        return register

    def get(self, path: str, operation_id: str, **options: Any) -> Callable[[Callable], Callable]:
        return self.operation("GET", path, operation_id, **options)

    def post(self, path: str, operation_id: str, **options: Any) -> Callable[[Callable], Callable]:
        return self.operation("POST", path, operation_id, **options)

    def put(self, path: str, operation_id: str, **options: Any) -> Callable[[Callable], Callable]:
        return self.operation("PUT", path, operation_id, **options)

    def delete(self, path: str, operation_id: str, **options: Any) -> Callable[[Callable], Callable]:
        return self.operation("DELETE", path, operation_id, **options)


class Registry:
    """Every implemented operation, in declaration order."""

    def __init__(self, apis: Iterable[Api]) -> None:
        self.operations: list[Operation] = [op for api in apis for op in api.operations]
        seen: dict[tuple[str, str], Operation] = {}
        for op in self.operations:
            for path in op.paths:
                route = (op.method, path.rstrip("/") or "/")
                if route in seen:
                    raise ValueError(f"{op!r} and {seen[route]!r} claim the same route")
                seen[route] = op

    def __iter__(self):
        return iter(self.operations)

    def __len__(self) -> int:
        return len(self.operations)

    def scopes(self) -> list[str]:
        """Every scope some operation requires: what a token minted "with every scope" holds."""
        return sorted({scope for op in self.operations for scope in op.scopes})

    def find(self, method: str, path: str) -> Operation | None:
        for op in self.operations:
            if op.method == method and path in op.paths:
                return op
        return None

    def listing(self) -> list[dict[str, Any]]:
        return [
            {
                "method": op.method, "path": op.path, "aliases": list(op.aliases),
                "operationId": op.operation_id, "specFile": op.spec_file, "scopes": list(op.scopes),
                "tokenClasses": sorted(op.tokens) if not op.public else [], "status": op.status,
                "deprecated": op.deprecated, "summary": op.summary, "tag": op.tag,
            }
            for op in self.operations
        ]
