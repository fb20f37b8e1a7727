"""The Users area's webhook: UserCreate.

DECISION: a user created for sub-accounts (``type: account``) is announced in each of its locations
(the doc's "For Sub Account User" example, with ``locationId``); an agency user once for the agency (the
"For Agency User" example, with ``companyId`` and its ``locations``).
"""

from __future__ import annotations

from mock_server.webhooks import EventType

USER_CREATE = EventType("UserCreate", caused_by=("create-user",), always=("id", "email", "role", "permissions"))
