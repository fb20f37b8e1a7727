"""Where the Blogs area differs from blogs.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST = (
    Allowed("blogs.json", "GET", "/blogs/categories", "response_schema", "categories/*/name",
            "CategoryResponseDTO requires `name` but declares no such property: its name field is `label`, "
            "which the mock answers"),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("blogs.json", "PUT", "/blogs/posts/{postId}"): (
        "the walk only writes to records it can delete again, and GHL's Blogs API has no delete: the answer is "
        "validated by tests/apis/blogs/test_upstream_conformance.py"),
}
