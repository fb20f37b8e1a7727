"""Users operations (users.json)."""

from __future__ import annotations

from mock_server.apis.companies.service import COMPANY_NOT_FOUND
from mock_server.apis.users import models, service
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import AGENCY, LOCATION, LOCATION_OR_AGENCY, Api

api = Api("users.json", tag="Users")


@api.get("/users/search", "search-users", scopes="users.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.SearchUsersQuery, response=models.SearchUsersResponse, summary="Search Users")
def search_users(call: Call) -> dict:
    q = call.query
    agency = call.named_agency(q.companyId)
    if agency is None:
        return {"users": [], "count": 0}
    users, count = service.search_users(
        agency, query=q.query, location_id=call.tenant.location_id or q.locationId, user_type=q.type, role=q.role,
        ids=[i for i in (q.ids or "").split(",") if i] or None, sort=q.sort,
        descending=q.sortDirection == "desc", skip=q.skip, limit=q.limit)
    return {"users": users, "count": count}


@api.post("/users/search/filter-by-email", "filter-users-by-email", scopes="users.readonly", tokens=AGENCY,
          body=models.FilterByEmailBody, response=models.SearchUsersResponse, status=200,
          summary="Filter Users by Email")
def filter_by_email(call: Call) -> dict:
    b = call.body
    agency = call.named_agency(b.companyId)
    if agency is None:
        return {"users": [], "count": 0}
    users, count = service.users_by_email(agency, b.emails.split(","), deleted=b.deleted,
                                          skip=b.skip, limit=b.limit)
    return {"users": users, "count": count}


@api.get("/users/{userId}", "get-user", scopes="users.readonly", tokens=LOCATION_OR_AGENCY,
         response=models.UserOut, summary="Get User")
def get_user(call: Call) -> dict:
    return service.get_user(call.tenant, call.path["userId"])


@api.get("/users/", "get-user-by-location", scopes="users.readonly", tokens=LOCATION,
         query=models.LocationUsersQuery, response=models.LocationUsersResponse, deprecated=True,
         summary="Get User by Location")
def users_of_location(call: Call) -> dict:
    users, _ = service.search_users(call.tenant, location_id=call.query.locationId,
                                    limit="1000000")
    return {"users": users}


@api.post("/users/", "create-user", scopes="users.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateUserBody, response=models.UserOut, status=201, summary="Create User")
def create_user(call: Call) -> dict:
    fields = sent_fields(call.body)
    agency = call.named_agency(fields.pop("companyId"))
    if agency is None:
        raise BadRequest(COMPANY_NOT_FOUND)
    return service.create_user(agency, fields)


@api.put("/users/{userId}", "update-user", scopes="users.write", tokens=LOCATION_OR_AGENCY,
         body=models.UpdateUserBody, response=models.UserOut, summary="Update User")
def update_user(call: Call) -> dict:
    return service.update_user(call.tenant, call.path["userId"], sent_fields(call.body))


@api.delete("/users/{userId}", "delete-user", scopes="users.write", tokens=LOCATION_OR_AGENCY,
            response=models.DeleteUserResponse, summary="Delete User")
def delete_user(call: Call) -> dict:
    return service.delete_user(call.tenant, call.path["userId"])
