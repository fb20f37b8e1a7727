"""Where the Users area differs from users.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

# Every answer carrying a UserSchema: (method, path, the field path prefix of a user in that answer).
_USER_ANSWERS = (
    ("POST", "/users/", ""), ("GET", "/users/{userId}", ""), ("PUT", "/users/{userId}", ""),
    ("GET", "/users/search", "users/*/"), ("GET", "/users/", "users/*/"),
)
_USER_FIELDS = {
    "scopes": "UserSchema.scopes is typed string (an enum of scope names) but holds the user's list of scopes: "
              "its request twin (CreateUserDto.scopes) is an array, as is what the mock answers",
}

ALLOWLIST = tuple(
    Allowed("users.json", method, path, "response_schema", prefix + name, reason)
    for method, path, prefix in _USER_ANSWERS for name, reason in _USER_FIELDS.items()
)
