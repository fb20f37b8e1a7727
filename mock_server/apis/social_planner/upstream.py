"""Where the Social Planner area differs from social-media-posting.json (and social-planner-v3.json) on purpose,
each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import NO_SCOPE_IN_FILE, Allowed

V2 = "social-media-posting.json"
POST = "/social-media-posting/{locationId}/posts/{id}"
CSV = "/social-media-posting/{locationId}/csv/{id}"
# Each operation the file gives no scope, with the scope Scopes.md lists it under (routes.py's DECISION).
SCOPES_MD = (
    ("GET", POST, "socialplanner/post.readonly"), ("PUT", POST, "socialplanner/post.write"),
    ("DELETE", POST, "socialplanner/post.write"),
    ("POST", "/social-media-posting/{locationId}/posts/bulk-delete", "socialplanner/csv.write"),
    ("DELETE", "/social-media-posting/{locationId}/accounts/{id}", "socialplanner/account.write"),
    ("GET", "/social-media-posting/{locationId}/csv", "socialplanner/csv.readonly"),
    ("GET", CSV, "socialplanner/csv.readonly"), ("PATCH", CSV, "socialplanner/csv.write"),
    ("DELETE", CSV, "socialplanner/csv.write"),
    ("DELETE", "/social-media-posting/{locationId}/csv/{csvId}/post/{postId}", "socialplanner/csv.write"),
    ("GET", "/social-media-posting/{locationId}/categories/{id}", "socialplanner/category.readonly"),
    ("GET", "/social-media-posting/{locationId}/tags", "socialplanner/tag.readonly"),
    ("POST", "/social-media-posting/{locationId}/tags/details", "socialplanner/tag.readonly"),
)
STRING_ENUMS = ("both files type a post's status and type as objects while describing string enums; v3's "
                "CreatePostDTO and real clients use the strings, which GHL answers back (models.py's DECISION)")

ALLOWLIST = (
    *(Allowed(V2, method, path, "scopes_differ", None, f"{NO_SCOPE_IN_FILE}; Scopes.md gives {scope}")
      for method, path, scope in SCOPES_MD),
    *(Allowed(V2, method, path, "response_schema", f"results/post/{field}", STRING_ENUMS)
      for method, path in (("POST", "/social-media-posting/{locationId}/posts"), ("GET", POST))
      for field in ("status", "type")),
    Allowed(V2, "GET", CSV, "response_schema", "results/posts/*/type", STRING_ENUMS),
    Allowed(V2, "DELETE", CSV, "response_schema", "results/csv/status",
            "the file types the deleted import's status as an object; it is the import's status string, one of "
            "CSVImportSchema's enum (pending ... completed)"),
    Allowed(V2, "GET", "/social-media-posting/{locationId}/csv", "response_schema", "results/csvs",
            "the file types the imports as one object; they are a list (paged by skip and limit, with a count), as "
            "the name and the count say"),
)

BY_TEST = "validated by tests/apis/social_planner/test_upstream_conformance.py"
UNWALKED: dict[tuple[str, str, str], str] = {
    **{(V2, method, path): f"the walk builds no CSV file (the upload is multipart) and every later step of an import "
                          f"needs an upload's filePath; {BY_TEST}"
       for method, path in (("POST", "/social-media-posting/{locationId}/csv"),
                            ("POST", "/social-media-posting/{locationId}/set-accounts"),
                            ("GET", CSV), ("PATCH", CSV), ("DELETE", CSV),
                            ("DELETE", "/social-media-posting/{locationId}/csv/{csvId}/post/{postId}"))},
    (V2, "POST", "/social-media-posting/{locationId}/posts/bulk-delete"): (
        f"the walk has no post ids to send (posts are listed by a POST, which it does not read ids from); {BY_TEST}"),
    (V2, "POST", "/social-media-posting/{locationId}/tags/details"): (
        f"tags are made by the posts naming them, which the walk does not connect to tag ids; {BY_TEST}"),
    (V2, "DELETE", "/social-media-posting/{locationId}/accounts/{id}"): (
        f"accounts are connected through OAuth or the control plane, never by this run, and the walk deletes only "
        f"what it created; {BY_TEST}"),
}

V3 = "v3/social-planner-v3.json"
_COMMENT_OPERATIONS = (("POST", "/social-media-posting/comments/{platform}"),
                       ("POST", "/social-media-posting/comments/{platform}/{id}/like"),
                       ("DELETE", "/social-media-posting/comments/{platform}/{id}/like"),
                       ("POST", "/social-media-posting/comments/{platform}/list"))
ALLOWLIST += tuple(
    Allowed(V3, method, path, kind, None,
            "the v3 file declares no security on its comment operations (every sibling takes a sub-account token): "
            "the mock asks for a sub-account token and the post scopes (DECISION in routes.py)")
    for method, path in _COMMENT_OPERATIONS for kind in ("scopes_differ", "token_classes_differ"))
_COMMENTS_BY_TEST = ("the walk has no published post or comment to name (comments are made on a post's id, liked by "
                     "a comment's): validated by tests/apis/social_planner/test_upstream_conformance.py")
UNWALKED.update({(V3, method, path): _COMMENTS_BY_TEST for method, path in _COMMENT_OPERATIONS[:3]})
