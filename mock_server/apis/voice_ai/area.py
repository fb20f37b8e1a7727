"""The Voice AI area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.voice_ai import call_logs, routes, tables
from mock_server.platform.area import Area, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "voice_ai",
    serves=("Voice AI: agents (a number of the location answers for one), their call actions (checked against "
            "their type and the records they name), call logs (seeded; filtered, sorted, paged)"),
    apis=(routes.api,),
    tables=(
        Table(tables.AGENTS, indexes=("inboundNumber",), not_found=BadRequest(tables.AGENT_NOT_FOUND)),
        Table(tables.ACTIONS, indexes=("agentId",), not_found=BadRequest(tables.ACTION_NOT_FOUND)),
        Table(tables.CALL_LOGS, indexes=("agentId",), not_found=BadRequest(tables.CALL_LOG_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/voice-ai/call-logs", call_logs.seed_call_log, body=call_logs.CallLogSeed,
             doc='`{"agentId","contactId","fromNumber","duration","trialCall","summary","transcript","actionIds",'
                 '"extractedData"}`: a call an agent took (GHL records them from real calls; its API only reads '
                 "them)"),
    ),
    cascades=(delete_children(tables.AGENTS, tables.ACTIONS, "agentId", "deleting a voice agent deletes its actions"),),
    factories="mock_server.apis.voice_ai.factories:VoiceAiFactories",
    demo="mock_server.apis.voice_ai.demo:load",
    upstream_allowlist="mock_server.apis.voice_ai.upstream",
)
