"""The Blogs API against GHL's official blogs.json: the update answer, which the generic upstream walk
cannot reach (it only writes to records it can delete, and blogs.json has no delete), validated here.

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_the_update_answer_matches_the_official_schema(desk):
    post = desk.create().json()["data"]
    answer = desk.api.put(f"/blogs/posts/{post['_id']}", json=desk.body(title="Revised", wordCount=512))
    assert answer.status_code == 200
    assert upstream.response_problems("blogs.json", "PUT", "/blogs/posts/{postId}", 200, answer.json()) == []
