"""Handlers still to write. A scaffolded operation (``ghl-mock contract scaffold``) is declared in full
(path, scopes, tokens, models) but its handler is marked ``@unwritten``: it answers GHL's error shape with
501, never a made-up success, and the coverage report does not count it as implemented.

    @api.get("/links/{linkId}", "get-link", scopes="links.readonly", tokens=LOCATION, response=models.GetLinkResponse)
    @unwritten
    def get_link(call: Call) -> dict:
        ...
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, NoReturn

from mock_server.platform.errors import GhlError

if TYPE_CHECKING:
    from mock_server.platform.call import Call
    from mock_server.platform.operations import Operation

MARK = "ghl_mock_unwritten"


class NotImplementedYet(GhlError):
    """501 for an operation the mock declares but does not serve yet."""

    status = 501


def not_implemented_message(operation_id: str, spec_file: str) -> str:
    return f"{operation_id} ({spec_file}) is not implemented by ghl-mock"


def unwritten(handler: Callable[[Call], Any]) -> Callable[[Call], NoReturn]:
    """Mark ``handler`` as not written yet: the operation answers 501 instead of running it."""

    @wraps(handler)
    def stub(call: Call) -> NoReturn:
        raise NotImplementedYet(not_implemented_message(call.op.operation_id, call.op.spec_file))

    setattr(stub, MARK, True)
    return stub


def is_unwritten(op: Operation) -> bool:
    return bool(getattr(op.handler, MARK, False))
