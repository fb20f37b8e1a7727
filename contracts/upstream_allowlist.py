"""The ONE allowlist of differences between the mock and GHL's official files, each with its reason.

An entry names (spec file, method, path, finding kind, field) exactly as ``upstream.Finding`` does; for
``response_schema`` the field is the place in the body (``events/*/startTime``; for a missing required
field, the field itself), whatever the status.
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


V3_PAGING = ("the v3 file (apps/v3/oauth-v3.json GET /oauth/installed-locations) documents it; the mock serves "
             "the v2 and v3 forms of this operation on one path (the Python SDK sends Version: v3)")

# Every answer carrying a UserSchema: (method, path, the field path prefix of a user in that answer).
_USER_ANSWERS = (
    ("POST", "/users/", ""), ("GET", "/users/{userId}", ""), ("PUT", "/users/{userId}", ""),
    ("GET", "/users/search", "users/*/"), ("GET", "/users/", "users/*/"),
)
_USER_FIELDS = {
    "scopes": "UserSchema.scopes is typed string (an enum of scope names) but holds the user's list of scopes: "
              "its request twin (CreateUserDto.scopes) is an array, as is what the mock answers",
    "phone": "DECISION (users area): an unset phone is answered as null; UserSchema declares a plain string and "
             "GHL's answer for an unset phone is not documented",
    "extension": "DECISION (users area): extension is answered as null until set; UserSchema declares a plain "
                 "string and GHL's answer for an unset extension is not documented",
}

ALLOWLIST: tuple[Allowed, ...] = (
    Allowed("oauth.json", "POST", "/oauth/locationToken", "status_differs", None,
            "the official file declares 200; the live API answers 201 (Operation.notes)"),
    Allowed("oauth.json", "GET", "/oauth/installedLocations", "query_param_undocumented", "pageSize", V3_PAGING),
    Allowed("oauth.json", "GET", "/oauth/installedLocations", "query_param_undocumented", "pageToken", V3_PAGING),
    Allowed("oauth.json", "GET", "/oauth/installedLocations", "query_param_undocumented", "restrictToUserLocations",
            V3_PAGING),
    Allowed("oauth.json", "POST", "/oauth/token", "response_schema", "planId",
            "DECISION (oauth area): an install without a plan answers planId null; the DTO declares a plain string"),
    *(Allowed("users.json", method, path, "response_schema", prefix + name, reason)
      for method, path, prefix in _USER_ANSWERS for name, reason in _USER_FIELDS.items()),
)

# Operations the generic walk (upstream_check.py) cannot get a success from (say, a booking needs a free
# slot), with the reason and where else their answers are validated. An entry the walk now reaches fails.
UNWALKED: dict[tuple[str, str, str], str] = {
}
