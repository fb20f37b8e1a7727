"""The allowlist of differences between the mock and GHL's official files, each with its reason.

Each area keeps its own entries beside its code (``Area(upstream_allowlist="mock_server.apis.<area>.upstream")``,
a module with ``ALLOWLIST`` and optionally ``UNWALKED``); ``allowlist()`` and ``unwalked()`` collect them
from the registered areas.

An entry names (spec file, method, path, finding kind, field) exactly as ``upstream.Finding`` does; for
``response_schema`` the field is the place in the body (``events/*/startTime``; for a missing required
field, the field itself), whatever the status.
Add one only when the official file is wrong or silent (see ../shared/design/spec-oddities.md) or
the live API is known to differ, and say why; ``V3_ONLY_GAP`` marks the few fields only a v3 file documents
that the mock does not take yet (follow-ups, not defects of the files). An entry that no longer fires fails
the run: delete it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from mock_server.platform.areas import Areas


class Allowed(NamedTuple):
    spec_file: str
    method: str
    path: str
    kind: str
    field: str | None
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str, str | None]:
        return (self.spec_file, self.method, self.path, self.kind, self.field)


# Reasons several areas give.
NO_SCOPE_IN_FILE = "the official file declares an empty scope list for this operation (spec-oddities.md)"
# Found when conformance began reading the v3 files too: a v3 client sending it gets a 422 GHL would not give.
V3_ONLY_GAP = "only the v3 file documents it and the mock does not take it yet (a follow-up for the area)"


def allowlist(areas: Areas | None = None) -> tuple[Allowed, ...]:
    """Every registered area's entries (``areas``: the registry's unless given)."""
    return _areas(areas).upstream_allowlist


def unwalked(areas: Areas | None = None) -> dict[tuple[str, str, str], str]:
    """Operations the generic walk (upstream_check.py) cannot get a success from (say, a booking needs a free
    slot), with the reason and where else their answers are validated. An entry the walk now reaches fails."""
    return _areas(areas).unwalked


def allowlist_or_registered(entries: Iterable[Allowed] | None) -> Iterable[Allowed]:
    return allowlist() if entries is None else entries


def _areas(areas: Areas | None) -> Areas:
    if areas is not None:
        return areas
    from mock_server.apis import REGISTERED

    return REGISTERED
