"""Where the Knowledge Base area differs from knowledge-base.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

_CRAWL = ("needs a crawling operation's id and the ids of the pages it discovered, which only a crawl's answers "
          "give; validated by tests/apis/knowledge_base/test_crawler.py::test_answers_match_the_official_schema")
UNWALKED: dict[tuple[str, str, str], str] = {
    ("knowledge-base.json", "GET", "/knowledge-bases/crawler/status"): _CRAWL,
    ("knowledge-base.json", "POST", "/knowledge-bases/crawler/train"): _CRAWL,
    ("knowledge-base.json", "DELETE", "/knowledge-bases/crawler"): (
        "deletes trained pages by id, which the walk refuses to do to a tenant; validated by "
        "tests/apis/knowledge_base/test_crawler.py::test_answers_match_the_official_schema"),
}
