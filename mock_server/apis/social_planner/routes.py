"""Social Planner operations (social-media-posting.json, v3: social-planner-v3.json): posts, connected
accounts, CSV imports, categories, tags and statistics; v3 adds comments. Every answer comes in GHL's envelope
(``envelope.ok``); the messages are the official files' examples of each (v3's where v2 repeats "Deleted Post")."""

from __future__ import annotations

from mock_server.apis.social_planner import accounts, comments, csv_import, library, models, posts, statistics
from mock_server.apis.social_planner.envelope import ok
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("social-media-posting.json", tag="Social Planner")
# Comments on published posts: only the v3 file documents them.
v3_api = Api("v3/social-planner-v3.json", tag="Comments")

# DECISION: the official file gives no scope for most of these operations; they take the scope Scopes.md
# lists for them (upstream.py allowlists the difference), and statistics v3's socialplanner/statistics.readonly.
POST_READ, POST_WRITE = "socialplanner/post.readonly", "socialplanner/post.write"
ACCOUNT_READ, ACCOUNT_WRITE = "socialplanner/account.readonly", "socialplanner/account.write"
CSV_READ, CSV_WRITE = "socialplanner/csv.readonly", "socialplanner/csv.write"
CATEGORY_READ, TAG_READ = "socialplanner/category.readonly", "socialplanner/tag.readonly"
STATISTICS_READ = "socialplanner/statistics.readonly"
POST = "/social-media-posting/{locationId}/posts/{id}"
CSV = "/social-media-posting/{locationId}/csv/{id}"


@api.post("/social-media-posting/{locationId}/posts/list", "get-posts", scopes=POST_READ, tokens=LOCATION,
          body=models.SearchPostBody, response=models.PostSuccessfulResponse, status=201)
def get_posts(call: Call) -> dict:
    return ok("Fetched Posts", posts.list_posts(call.tenant, call.body.model_dump()), 201)


@api.post("/social-media-posting/{locationId}/posts", "create-post", scopes=POST_WRITE, tokens=LOCATION,
          body=models.CreatePostBody, response=models.CreatePostSuccessfulResponse, status=201)
def create_post(call: Call) -> dict:
    return ok("Created Post", {"post": posts.create_post(call.tenant, sent_fields(call.body))}, 201)


@api.get(POST, "get-post", scopes=POST_READ, tokens=LOCATION, response=models.GetPostSuccessfulResponse)
def get_post(call: Call) -> dict:
    return ok("Fetched Post", {"post": posts.get_post(call.tenant, call.path["id"])})


@api.put(POST, "edit-post", scopes=POST_WRITE, tokens=LOCATION, body=models.EditPostBody,
         response=models.UpdatePostSuccessfulResponse)
def edit_post(call: Call) -> dict:
    post = posts.edit_post(call.tenant, call.path["id"], sent_fields(call.body))
    return ok("Updated Post", {"post": post})


@api.delete(POST, "delete-post", scopes=POST_WRITE, tokens=LOCATION, response=models.DeletePostSuccessfulResponse)
def delete_post(call: Call) -> dict:
    return ok("Deleted Post", posts.delete_post(call.tenant, call.path["id"]))


@api.post("/social-media-posting/{locationId}/posts/bulk-delete", "bulk-delete-social-planner-posts",
          scopes=CSV_WRITE, tokens=LOCATION, body=models.DeletePostsBody, response=models.BulkDeleteResponse,
          status=201, errors=(404,))
def bulk_delete_social_planner_posts(call: Call) -> dict:
    return ok("Posts Deleted Successfully", posts.bulk_delete(call.tenant, call.body.postIds), 201)


@api.get("/social-media-posting/{locationId}/accounts", "get-account", scopes=ACCOUNT_READ, tokens=LOCATION,
         response=models.AccountsListResponse)
def get_account(call: Call) -> dict:
    return ok("Fetched Accounts", accounts.list_accounts(call.tenant))


@api.delete("/social-media-posting/{locationId}/accounts/{id}", "delete-account", scopes=ACCOUNT_WRITE,
            tokens=LOCATION, query=models.DeleteAccountQuery, response=models.LocationAndAccountDeleteResponse)
def delete_account(call: Call) -> dict:
    return ok("Deleted Account", accounts.delete_account(call.tenant, call.path["id"]))


@api.post("/social-media-posting/{locationId}/csv", "upload-csv", scopes=CSV_WRITE, tokens=LOCATION,
          body=models.UploadCSVBody, body_media_types=("multipart/form-data",), accepts_files=True,
          response=models.UploadFileResponse, status=201)
def upload_csv(call: Call) -> dict:
    return ok("Uploaded CSV", csv_import.upload(call.tenant, call.files), 201)


@api.get("/social-media-posting/{locationId}/csv", "get-upload-status", scopes=CSV_READ, tokens=LOCATION,
         query=models.CsvImportsQuery, response=models.GetUploadStatusResponse)
def get_upload_status(call: Call) -> dict:
    return ok("Fetched CSV Upload Status", csv_import.list_imports(call.tenant, call.query.model_dump()))


@api.post("/social-media-posting/{locationId}/set-accounts", "set-accounts", scopes=CSV_WRITE, tokens=LOCATION,
          body=models.SetAccountsBody, response=models.SetAccountsResponse, status=201)
def set_accounts(call: Call) -> dict:
    return ok("Accounts Set Successfully", csv_import.set_accounts(call.tenant, call.body.model_dump()), 201)


@api.get(CSV, "get-csv-post", scopes=CSV_READ, tokens=LOCATION, query=models.PageQuery,
         response=models.GetCsvPostResponse)
def get_csv_post(call: Call) -> dict:
    found = csv_import.get_import(call.tenant, call.path["id"], call.query.skip, call.query.limit)
    return ok("Fetched CSV Post", found)


@api.operation("PATCH", CSV, "start-csv-finalize", scopes=CSV_WRITE, tokens=LOCATION, body=models.CsvFinalizeBody,
               response=models.CsvPostStatusResponse)
def start_csv_finalize(call: Call) -> dict:
    csv_import.finalize(call.tenant, call.path["id"], call.body.userId)
    return {"success": True, "statusCode": 200, "message": "Updated Successfully"}


@api.delete(CSV, "delete-csv", scopes=CSV_WRITE, tokens=LOCATION, response=models.DeleteCsvResponse)
def delete_csv(call: Call) -> dict:
    return ok("Deleted CSV", csv_import.delete_import(call.tenant, call.path["id"]))


@api.delete("/social-media-posting/{locationId}/csv/{csvId}/post/{postId}", "delete-csv-post", scopes=CSV_WRITE,
            tokens=LOCATION, response=models.DeletePostResponse)
def delete_csv_post(call: Call) -> dict:
    return ok("Deleted CSV Post", csv_import.delete_row(call.tenant, call.path["csvId"], call.path["postId"]))


@api.get("/social-media-posting/{locationId}/categories", "get-categories-location-id", scopes=CATEGORY_READ,
         tokens=LOCATION, query=models.SearchQuery, response=models.GetByLocationIdResponse)
def get_categories_location_id(call: Call) -> dict:
    q = call.query
    return ok("Fetched Categories by Location ID", library.list_categories(call.tenant, q.searchText, q.skip, q.limit))


@api.get("/social-media-posting/{locationId}/categories/{id}", "get-categories-id", scopes=CATEGORY_READ,
         tokens=LOCATION, response=models.GetByIdResponse)
def get_categories_id(call: Call) -> dict:
    return ok("Fetched Category", library.get_category(call.tenant, call.path["id"]))


@api.get("/social-media-posting/{locationId}/tags", "get-tags-location-id", scopes=TAG_READ, tokens=LOCATION,
         query=models.SearchQuery, response=models.GetTagsByLocationIdResponse)
def get_tags_location_id(call: Call) -> dict:
    q = call.query
    return ok("Fetched Tags by Location ID", library.list_tags(call.tenant, q.searchText, q.skip, q.limit))


@api.post("/social-media-posting/{locationId}/tags/details", "get-tags-by-ids", scopes=TAG_READ, tokens=LOCATION,
          body=models.TagIdsBody, response=models.GetTagsByIdResponse, status=201)
def get_tags_by_ids(call: Call) -> dict:
    return ok("Fetched Tags by Tag IDs", library.tags_by_ids(call.tenant, call.body.tagIds), 201)


# DECISION: v2 declares no security and a 201 for statistics; v3 (get-statistics) a location token with
# socialplanner/statistics.readonly and a 200. Every GHL operation takes a token, so v3's security is served; the
# status is v2's 201 for both Versions (NestJS's default for a POST, as every other POST here answers; the
# contract kit judges answers by the v2 file, which declares no 200).
@api.post("/social-media-posting/statistics", "get-social-media-statistics", scopes=STATISTICS_READ,
          tokens=LOCATION, query=models.StatisticsQuery, body=models.StatisticsBody,
          response=models.GetSocialMediaStatisticsResponse, status=201)
def get_social_media_statistics(call: Call) -> dict:
    return {"results": statistics.statistics(call.tenant, call.body.model_dump()), "message": "Fetched Statistics"}


# DECISION: the v3 file declares no security on its comment operations (their siblings all take a sub-account
# token). They take one here, with the post scopes: a comment is engagement on the location's published posts
# (upstream.py allowlists the difference).
_COMMENTED = ("facebook", "instagram", "linkedin", "community", "tiktok", "bluesky", "youtube", "threads")
_LIKED = {"platform": ("facebook", "linkedin", "community", "tiktok", "bluesky")}  # not Instagram, the file says
_V3 = {"tokens": LOCATION, "query": models.CommentsQuery,
       "notes": ("the v3 file declares no security: the mock asks for a sub-account token and the post scopes",)}
COMMENT_LIKE = "/social-media-posting/comments/{platform}/{id}/like"


@v3_api.post("/social-media-posting/comments/{platform}", "create-comment", scopes=POST_WRITE,
             body=models.CommentsCreateBody, response=models.CommentsCreateResponse, status=201,
             path_enums={"platform": _COMMENTED}, **_V3)
def create_comment(call: Call) -> dict:
    return ok("Created Comment", comments.create(call.tenant, call.path["platform"], call.body.model_dump()), 201)


@v3_api.post(COMMENT_LIKE, "create-like", scopes=POST_WRITE, response=models.CommentsLikeResponse, status=201,
             path_enums=_LIKED, **_V3)
def create_like(call: Call) -> dict:
    comments.like(call.tenant, call.path["platform"], call.path["id"], True)
    return {"success": True, "statusCode": 201, "message": "Created Like"}


@v3_api.delete(COMMENT_LIKE, "delete-like", scopes=POST_WRITE, response=models.DeleteLikeResponse,
               path_enums=_LIKED, **_V3)
def delete_like(call: Call) -> dict:
    comments.like(call.tenant, call.path["platform"], call.path["id"], False)
    return {"success": True, "statusCode": 200, "message": "Deleted Like"}


@v3_api.post("/social-media-posting/comments/{platform}/list", "get-comment-list", scopes=POST_READ,
             body=models.CommentsGetListBody, response=models.CommentsGetListResponse, status=201,
             path_enums={"platform": _COMMENTED}, **_V3)
def get_comment_list(call: Call) -> dict:
    found = comments.list_comments(call.tenant, call.path["platform"], call.body.model_dump())
    return ok("Fetched Comments", found, 201)
