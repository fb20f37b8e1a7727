"""Defects of GHL's official OpenAPI files that the mock's responses knowingly break.

Each entry names one response (spec file, method, official path), where in the body (a glob over
the dotted instance path, ``*`` for any array index or key), the JSON Schema keyword that fails,
and why the file, not the mock, is wrong. ``upstream.response_problems`` ignores exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Defect:
    spec_file: str
    method: str
    path: str
    where: str
    keyword: str
    reason: str


DEFECTS: tuple[Defect, ...] = ()
