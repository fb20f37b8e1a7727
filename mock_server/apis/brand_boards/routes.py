"""Brand Boards operations (brand-boards.json)."""

from __future__ import annotations

from mock_server.apis.brand_boards import models, service
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("brand-boards.json", tag="Brand Boards")


@api.get("/brand-boards/{locationId}", "getBrandBoardsByLocation", scopes="brand-boards/design-kit.readonly",
         tokens=LOCATION, query=models.BrandBoardsQuery,
         response=models.GetBrandBoardsByLocationSuccessResponse)
def get_brand_boards_by_location(call: Call) -> dict:
    q = call.query
    return service.list_boards(call.tenant, search=q.search, deleted=q.deleted, offset=q.offset, limit=q.limit)


@api.get("/brand-boards/{locationId}/{id}", "getBrandBoardById", scopes="brand-boards/design-kit.readonly",
         tokens=LOCATION, response=models.GetBrandBoardSuccessResponse, errors=(404,))
def get_brand_board_by_id(call: Call) -> dict:
    return service.view(service.get_board(call.tenant, call.path["id"]))


@api.operation("PATCH", "/brand-boards/{locationId}/{id}", "updateBrandBoard", scopes="brand-boards/design-kit.write",
               tokens=LOCATION, body=models.UpdateBrandBoardBody, response=models.GetBrandBoardSuccessResponse,
               errors=(404,))
def update_brand_board(call: Call) -> dict:
    changes = sent_fields(call.body)
    return service.view(service.update_board(call.tenant, call.path["id"], changes, call.principal.user_id))


@api.delete("/brand-boards/{locationId}/{id}", "deleteBrandBoard", scopes="brand-boards/design-kit.write",
            tokens=LOCATION, response=models.GetBrandBoardSuccessResponse, errors=(404,))
def delete_brand_board(call: Call) -> dict:
    return service.view(service.delete_board(call.tenant, call.path["id"], call.principal.user_id))


@api.post("/brand-boards/", "createBrandBoard", scopes="brand-boards/design-kit.write", tokens=LOCATION,
          body=models.CreateBrandBoardBody, response=models.GetBrandBoardSuccessResponse, status=201)
def create_brand_board(call: Call) -> dict:
    return service.view(service.create_board(call.tenant, sent_fields(call.body), call.principal.user_id))
