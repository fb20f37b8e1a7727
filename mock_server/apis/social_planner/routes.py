"""CSV operations (social-media-posting.json)."""

from __future__ import annotations

from mock_server.apis.social_planner import accounts, models
from mock_server.apis.social_planner.envelope import ok
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("social-media-posting.json", tag="Social Planner")

# The official file's examples of each answer's message (the body says what was done).
ACCOUNTS_FETCHED = "Fetched Accounts"
ACCOUNT_DELETED = "Deleted Account"


@api.post("/social-media-posting/{locationId}/posts/list", "get-posts", scopes="socialplanner/post.readonly",
          tokens=LOCATION, body=models.SearchPostBody, response=models.PostSuccessfulResponse, status=201)
@unwritten
def get_posts(call: Call) -> dict:
    ...


@api.post("/social-media-posting/{locationId}/posts", "create-post", scopes="socialplanner/post.write", tokens=LOCATION,
          body=models.CreatePostBody, response=models.CreatePostSuccessfulResponse, status=201)
@unwritten
def create_post(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/posts/{id}", "get-post", tokens=LOCATION,
         response=models.GetPostSuccessfulResponse)
@unwritten
def get_post(call: Call) -> dict:
    ...


@api.put("/social-media-posting/{locationId}/posts/{id}", "edit-post", tokens=LOCATION,
         body=models.PostCreateRequestBody, response=models.UpdatePostSuccessfulResponse)
@unwritten
def edit_post(call: Call) -> dict:
    ...


@api.delete("/social-media-posting/{locationId}/posts/{id}", "delete-post", tokens=LOCATION,
            response=models.DeletePostSuccessfulResponse)
@unwritten
def delete_post(call: Call) -> dict:
    ...


# REVIEW: the official file declares no security: public=True takes no token; is that so?
@api.post("/social-media-posting/{locationId}/posts/bulk-delete", "bulk-delete-social-planner-posts", public=True,
          body=models.DeletePostsBody, response=models.BulkDeleteResponse, status=201, errors=(404,))
@unwritten
def bulk_delete_social_planner_posts(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/accounts", "get-account", scopes="socialplanner/account.readonly",
         tokens=LOCATION, response=models.AccountsListResponse)
def get_account(call: Call) -> dict:
    return ok(ACCOUNTS_FETCHED, accounts.list_accounts(call.tenant))


@api.delete("/social-media-posting/{locationId}/accounts/{id}", "delete-account", tokens=LOCATION,
            query=models.DeleteAccountQuery, response=models.LocationAndAccountDeleteResponse)
def delete_account(call: Call) -> dict:
    return ok(ACCOUNT_DELETED, accounts.delete_account(call.tenant, call.path["id"]))


@api.post("/social-media-posting/{locationId}/csv", "upload-csv", scopes="socialplanner/csv.write", tokens=LOCATION,
          body=models.UploadCSVBody, body_media_types=("multipart/form-data",), response=models.UploadFileResponse,
          status=201)
@unwritten
def upload_csv(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/csv", "get-upload-status", tokens=LOCATION,
         query=models.GetUploadStatusQuery, response=models.GetUploadStatusResponse)
@unwritten
def get_upload_status(call: Call) -> dict:
    ...


@api.post("/social-media-posting/{locationId}/set-accounts", "set-accounts", scopes="socialplanner/csv.write",
          tokens=LOCATION, body=models.SetAccountsBody, response=models.SetAccountsResponse, status=201)
@unwritten
def set_accounts(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/csv/{id}", "get-csv-post", tokens=LOCATION, query=models.GetCsvPostQuery,
         response=models.GetCsvPostResponse)
@unwritten
def get_csv_post(call: Call) -> dict:
    ...


@api.operation("PATCH", "/social-media-posting/{locationId}/csv/{id}", "start-csv-finalize", tokens=LOCATION,
               body=models.CSVDefaultBody, response=models.CsvPostStatusResponse)
@unwritten
def start_csv_finalize(call: Call) -> dict:
    ...


@api.delete("/social-media-posting/{locationId}/csv/{id}", "delete-csv", tokens=LOCATION,
            response=models.DeleteCsvResponse)
@unwritten
def delete_csv(call: Call) -> dict:
    ...


@api.delete("/social-media-posting/{locationId}/csv/{csvId}/post/{postId}", "delete-csv-post", tokens=LOCATION,
            response=models.DeletePostResponse)
@unwritten
def delete_csv_post(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/categories", "get-categories-location-id",
         scopes="socialplanner/category.readonly", tokens=LOCATION, query=models.GetCategoriesLocationIdQuery,
         response=models.GetByLocationIdResponse)
@unwritten
def get_categories_location_id(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/categories/{id}", "get-categories-id", tokens=LOCATION,
         response=models.GetByIdResponse)
@unwritten
def get_categories_id(call: Call) -> dict:
    ...


@api.get("/social-media-posting/{locationId}/tags", "get-tags-location-id", tokens=LOCATION,
         query=models.GetCategoriesLocationIdQuery, response=models.GetTagsByLocationIdResponse)
@unwritten
def get_tags_location_id(call: Call) -> dict:
    ...


@api.post("/social-media-posting/{locationId}/tags/details", "get-tags-by-ids", tokens=LOCATION,
          body=models.UpdateTagBody, response=models.GetTagsByIdResponse, status=201)
@unwritten
def get_tags_by_ids(call: Call) -> dict:
    ...


# REVIEW: the official file declares no security: public=True takes no token; is that so?
@api.post("/social-media-posting/statistics", "get-social-media-statistics", public=True,
          query=models.GetSocialMediaStatisticsQuery, body=models.GetSocialMediaStatisticsBody,
          response=models.GetSocialMediaStatisticsResponse, status=201)
@unwritten
def get_social_media_statistics(call: Call) -> dict:
    ...
