"""The ONE allowlist of differences between the mock and GHL's official files, each with its reason.

An entry names (spec file, method, path, finding kind, field) exactly as ``upstream.Finding`` does.
Add one only when the official file is wrong or silent (see ../shared/design/spec-oddities.md) or
the live API is known to differ, and say why. An entry that no longer fires fails the run: delete it.
"""

from __future__ import annotations

from typing import NamedTuple


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


ALLOWLIST: tuple[Allowed, ...] = (
)
