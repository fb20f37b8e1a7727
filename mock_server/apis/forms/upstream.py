"""Where the Forms area differs from forms.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()

UNWALKED: dict[tuple[str, str, str], str] = {
    ("forms.json", "POST", "/forms/upload-custom-files"): (
        "the walk sends JSON bodies, and this operation takes multipart file parts named after a contact's "
        "FILE_UPLOAD field: the answer is validated by tests/apis/forms/test_upstream_conformance.py"),
}
