"""Brand Boards operations (brand-boards.json) and the brand voices only its v3 twin declares.

The v3 file gives the brand voices' operations a Location-Access token with an empty scope list, and Scopes.md
names no scope for them. DECISION: the mock asks for the Brand Boards API's own scopes, as the other areas do
where a file names none: ``brand-boards/design-kit.readonly`` to read a voice, ``.write`` to change one.
"""

from __future__ import annotations

from mock_server.apis.brand_boards import models, service, voices
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("brand-boards.json", tag="Brand Boards")
READ, WRITE = "brand-boards/design-kit.readonly", "brand-boards/design-kit.write"
# The brand voices only the v3 file documents (brand-boards-v3.json): their answers are checked against it.
voices_api = Api("v3/brand-boards-v3.json", tag="Brand Voices")


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


VOICES = "/brand-boards/locations/{locationId}/brand-voices"
VOICE = VOICES + "/{brandVoiceId}"


@voices_api.get(VOICES, "list-brand-voices", scopes=READ, tokens=LOCATION, query=models.BrandVoicesQuery,
                response=models.BrandVoicesResponse, errors=(404,))
def list_brand_voices(call: Call) -> dict:
    q = call.query
    return voices.list_voices(call.tenant, search=q.search, deleted=q.deleted, offset=q.offset, limit=q.limit)


@voices_api.post(VOICES, "create-brand-voice", scopes=WRITE, tokens=LOCATION, body=models.CreateBrandVoiceBody,
                 response=models.BrandVoiceResponse, status=201, errors=(404,))
def create_brand_voice(call: Call) -> dict:
    return voices.view(voices.create_voice(call.tenant, sent_fields(call.body)))


@voices_api.get(VOICE, "get-brand-voice", scopes=READ, tokens=LOCATION, response=models.BrandVoiceResponse,
                errors=(404,))
def get_brand_voice(call: Call) -> dict:
    return voices.view(voices.get_voice(call.tenant, call.path["brandVoiceId"]))


@voices_api.operation("PATCH", VOICE, "update-brand-voice", scopes=WRITE, tokens=LOCATION,
                      body=models.UpdateBrandVoiceBody, response=models.BrandVoiceResponse, errors=(404,))
def update_brand_voice(call: Call) -> dict:
    return voices.view(voices.update_voice(call.tenant, call.path["brandVoiceId"], sent_fields(call.body)))


@voices_api.delete(VOICE, "delete-brand-voice", scopes=WRITE, tokens=LOCATION,
                   response=models.DeleteBrandVoiceResponse, errors=(404,))
def delete_brand_voice(call: Call) -> dict:
    return voices.delete_voice(call.tenant, call.path["brandVoiceId"])


@voices_api.post(VOICE + "/default", "set-default-brand-voice", scopes=WRITE, tokens=LOCATION,
                 response=models.SetDefaultBrandVoiceResponse, errors=(404,))
def set_default_brand_voice(call: Call) -> dict:
    return voices.set_default(call.tenant, call.path["brandVoiceId"])
