"""The baseline: a bare Starlette JSON route answering a location-sized (or contact-sized) body.

It always runs on uvloop + httptools (the fastest uvicorn can be), so the mock is measured against
the best a Starlette route can do, whatever the mock itself runs on.
"""

from __future__ import annotations

import socket
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

LOCATION = {"location": {"id": "ISG42zOvrMRjRBA1vq0T", "companyId": "vLE5eTyFJaOFJUoP36ju",
                         "name": "Sandbox Agency - Main", "timezone": "America/New_York",
                         "settings": {"allowDuplicateContact": False, "allowDuplicateOpportunity": False,
                                      "allowFacebookNameMerge": False, "disableContactTimezone": False},
                         "social": {}, "business": {"name": "Sandbox Agency - Main", "timezone": "America/New_York"},
                         "dateAdded": "2026-11-24T06:50:40.179Z", "email": "main@example.com"},
            "traceId": "c09e5dce-0f6e-4826-9173-938b14f324da"}
CONTACT = {"contact": {"id": "pQ3cXbU1Kq8sZ0fWnT2r", "locationId": "ISG42zOvrMRjRBA1vq0T", "firstName": "Ada",
                       "lastName": "Lovelace", "contactName": "ada lovelace", "firstNameLowerCase": "ada",
                       "lastNameLowerCase": "lovelace", "fullNameLowerCase": "ada lovelace",
                       "email": "ada@example.com", "phone": "+14155550100", "type": "lead", "source": "bench",
                       "tags": ["vip"], "dnd": False, "dndSettings": {}, "customFields": [],
                       "followers": [], "attributions": [], "dateAdded": "2026-11-24T06:50:40.179Z",
                       "dateUpdated": "2026-11-24T06:50:40.179Z"},
           "traceId": "c09e5dce-0f6e-4826-9173-938b14f324da"}


async def location(request):
    return JSONResponse(LOCATION)


async def contact(request):
    return JSONResponse(CONTACT)


app = Starlette(routes=[Route("/locations/{locationId}", location), Route("/contacts/{contactId}", contact)])

if __name__ == "__main__":
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0))
    sock.listen(2048)
    print(f"bare starlette at http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, loop="uvloop", http="httptools")
    uvicorn.Server(config).run(sockets=[sock])
