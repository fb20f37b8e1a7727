"""Handlers still to write. A scaffolded operation (``ghl-mock contract scaffold``) is declared in full
(path, scopes, tokens, models) but its handler is marked ``@unwritten``: it answers GHL's error shape with
501, never a made-up success, and the coverage report does not count it as implemented. The 501 is the one
an official operation no area declares gets (``errors.NotImplementedByMock``), journaled the same way.

    @api.get("/links/{linkId}", "get-link", scopes="links.readonly", tokens=LOCATION, response=models.GetLinkResponse)
    @unwritten
    def get_link(call: Call) -> dict:
        ...
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, NoReturn

from mock_server.platform.errors import NotImplementedByMock

if TYPE_CHECKING:
    from mock_server.platform.call import Call
    from mock_server.platform.operations import Operation

MARK = "ghl_mock_unwritten"


def unwritten(handler: Callable[[Call], Any]) -> Callable[[Call], NoReturn]:
    """Mark ``handler`` as not written yet: the operation answers 501 instead of running it (the pipeline
    answers, and journals it, before calling; the stub raises the same error when called directly)."""

    @wraps(handler)
    def stub(call: Call) -> NoReturn:
        raise NotImplementedByMock.of(call.op)

    setattr(stub, MARK, True)
    return stub


def is_unwritten(op: Operation) -> bool:
    return bool(getattr(op.handler, MARK, False))
