"""Custom Menu Links operations (custom-menus.json)."""

from __future__ import annotations

from mock_server.apis.custom_menus import models, service
from mock_server.apis.custom_menus.tables import CUSTOM_MENUS
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import AGENCY, Api

api = Api("custom-menus.json", tag="Custom Menu Links")


@api.get("/custom-menus/{customMenuId}", "get-custom-menu-by-id", scopes="custom-menu-link.readonly", tokens=AGENCY,
         response=models.GetSingleCustomMenusSuccessfulResponse)
def get_custom_menu_by_id(call: Call) -> dict:
    return {"customMenu": call.tenant.require(CUSTOM_MENUS, call.path["customMenuId"])}


@api.put("/custom-menus/{customMenuId}", "update-custom-menu", scopes="custom-menu-link.write", tokens=AGENCY,
         body=models.UpdateCustomMenuBody, response=models.UpdateCustomMenuLinkResponse, errors=(404,))
def update_custom_menu(call: Call) -> dict:
    menu = service.update_menu(call.tenant, call.path["customMenuId"], sent_fields(call.body))
    return {"success": True, "customMenu": menu}


@api.delete("/custom-menus/{customMenuId}", "delete-custom-menu", scopes="custom-menu-link.write", tokens=AGENCY,
            response=models.DeleteCustomMenuSuccessfulResponse, errors=(404,))
def delete_custom_menu(call: Call) -> dict:
    return service.delete_menu(call.tenant, call.path["customMenuId"])


@api.get("/custom-menus/", "get-custom-menus", scopes="custom-menu-link.readonly", tokens=AGENCY,
         query=models.CustomMenusQuery, response=models.GetCustomMenusResponse)
def get_custom_menus(call: Call) -> dict:
    q = call.query
    return service.list_menus(call.tenant, location_id=q.locationId, show_on_company=q.showOnCompany,
                              query=q.query, skip=q.skip, limit=q.limit)


@api.post("/custom-menus/", "create-custom-menu", scopes="custom-menu-link.write", tokens=AGENCY,
          body=models.CreateCustomMenuBody, response=models.GetSingleCustomMenusSuccessfulResponse, status=201,
          names_records_only="tests/apis/custom_menus/test_custom_menus.py::test_menus_belong_to_their_agency")
def create_custom_menu(call: Call) -> dict:
    return {"customMenu": service.create_menu(call.tenant, sent_fields(call.body))}
