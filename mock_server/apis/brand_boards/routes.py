"""Brand Boards operations (brand-boards.json)."""

from __future__ import annotations

from mock_server.apis.brand_boards import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("brand-boards.json", tag="Brand Boards")


@api.get("/brand-boards/{locationId}", "getBrandBoardsByLocation", scopes="brand-boards/design-kit.readonly",
         tokens=LOCATION, query=models.GetBrandBoardsByLocationQuery,
         response=models.GetBrandBoardsByLocationSuccessResponse)
@unwritten
def get_brand_boards_by_location(call: Call) -> dict:
    ...


@api.get("/brand-boards/{locationId}/{id}", "getBrandBoardById", scopes="brand-boards/design-kit.readonly",
         tokens=LOCATION, response=models.GetBrandBoardSuccessResponse, errors=(404,))
@unwritten
def get_brand_board_by_id(call: Call) -> dict:
    ...


@api.operation("PATCH", "/brand-boards/{locationId}/{id}", "updateBrandBoard", scopes="brand-boards/design-kit.write",
               tokens=LOCATION, body=models.UpdateBrandBoardBody, response=models.GetBrandBoardSuccessResponse,
               errors=(404,))
@unwritten
def update_brand_board(call: Call) -> dict:
    ...


@api.delete("/brand-boards/{locationId}/{id}", "deleteBrandBoard", scopes="brand-boards/design-kit.write",
            tokens=LOCATION, response=models.GetBrandBoardSuccessResponse, errors=(404,))
@unwritten
def delete_brand_board(call: Call) -> dict:
    ...


@api.post("/brand-boards/", "createBrandBoard", scopes="brand-boards/design-kit.write", tokens=LOCATION,
          body=models.CreateBrandBoardParamBody, response=models.GetBrandBoardSuccessResponse, status=201)
@unwritten
def create_brand_board(call: Call) -> dict:
    ...
