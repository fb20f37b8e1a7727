"""Custom Menu Links operations (custom-menus.json)."""

from __future__ import annotations

from mock_server.apis.custom_menus import models
from mock_server.platform.call import Call
from mock_server.platform.operations import AGENCY, Api
from mock_server.platform.unimplemented import unwritten

api = Api("custom-menus.json", tag="Custom Menu Links")


@api.get("/custom-menus/{customMenuId}", "get-custom-menu-by-id", scopes="custom-menu-link.readonly", tokens=AGENCY,
         response=models.GetSingleCustomMenusSuccessfulResponse)
@unwritten
def get_custom_menu_by_id(call: Call) -> dict:
    ...


@api.put("/custom-menus/{customMenuId}", "update-custom-menu", scopes="custom-menu-link.write", tokens=AGENCY,
         body=models.UpdateCustomMenuBody, response=models.UpdateCustomMenuLinkResponse, errors=(404,))
@unwritten
def update_custom_menu(call: Call) -> dict:
    ...


@api.delete("/custom-menus/{customMenuId}", "delete-custom-menu", scopes="custom-menu-link.write", tokens=AGENCY,
            response=models.DeleteCustomMenuSuccessfulResponse, errors=(404,))
@unwritten
def delete_custom_menu(call: Call) -> dict:
    ...


@api.get("/custom-menus/", "get-custom-menus", scopes="custom-menu-link.readonly", tokens=AGENCY,
         query=models.GetCustomMenusQuery, response=models.GetCustomMenusResponse)
@unwritten
def get_custom_menus(call: Call) -> dict:
    ...


@api.post("/custom-menus/", "create-custom-menu", scopes="custom-menu-link.write", tokens=AGENCY,
          body=models.CreateCustomMenuBody, response=models.GetSingleCustomMenusSuccessfulResponse, status=201)
@unwritten
def create_custom_menu(call: Call) -> dict:
    ...
