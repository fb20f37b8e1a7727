"""The plugin's tests run inner pytest sessions in-process (pytester), which forget every module first imported
inside them. Libraries do not survive that: they keep what such a module made beyond it (httpx a map of
httpcore's exception classes, pydantic a cache of ``AliasChoices`` and ``Field``, phonenumbers its region
metadata), and a module imported again by a later session makes new classes those caches do not know (raw
httpcore errors, "Invalid `validation_alias` type", a 500 parsing a phone number). So an inner session forgets
only the modules it made itself (its test files and conftest, in pytest's temporary directory); an installed
library or ghl-mock's own code, once imported, stays for the whole run, as it would in any pytest process."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from _pytest import pytester

_TEMPORARY = str(Path(tempfile.gettempdir()).resolve())


def _made_by_the_inner_session(name: str) -> bool:
    module = sys.modules.get(name)
    path = getattr(module, "__file__", None)
    return path is not None and str(Path(path).resolve()).startswith(_TEMPORARY)


class _ForgetOnlyTheInnerSessionsOwn(pytester.SysModulesSnapshot):
    def __init__(self, preserve=None) -> None:
        super().__init__(lambda name: (preserve is not None and preserve(name)) or not _made_by_the_inner_session(name))


@pytest.fixture(autouse=True)
def _inner_sessions_keep_libraries(monkeypatch):
    monkeypatch.setattr(pytester, "SysModulesSnapshot", _ForgetOnlyTheInnerSessionsOwn)
