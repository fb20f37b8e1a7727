"""Call recordings and transcriptions. There is no audio: a recorded call answers a short WAV of silence.

A call message (inbound, or an outbound call logged by a provider) whose ``callStatus`` is one that
leaves a recording has one; any other message is refused with a 400. A transcription exists only when
the control plane seeded it (``PUT /_mock/locations/{locationId}/messages/{messageId}/transcription``).
"""

from __future__ import annotations

import io
import wave
from typing import Any

from pydantic import Field

from mock_server.apis.conversations import kinds, messages
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: calls in these states were connected (or left a voicemail), so they have a recording.
RECORDED_CALLS = frozenset({"completed", "answered", "voicemail"})
# DECISION: GHL's texts for these refusals are not known.
NO_RECORDING = "Recording not found for message {message_id}"
NO_TRANSCRIPTION = "Transcription not found for message {message_id}"
NOT_A_CALL = "Message {message_id} is not a call"
# The placeholder: one second of 8 kHz 8-bit mono silence (a valid WAV that any player opens).
SAMPLE_RATE = 8000
RECORDING_FILE = "audio.wav"
TRANSCRIPTION_FILE = "transcription.txt"


def recording(tenant: Tenant, message_id: str) -> bytes:
    message = messages.get_message(tenant, message_id)
    if message["messageType"] not in kinds.CALL_TYPES or \
            (message.get("meta") or {}).get("callStatus") not in RECORDED_CALLS:
        raise BadRequest(NO_RECORDING.format(message_id=message_id))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(1)
        audio.setframerate(SAMPLE_RATE)
        audio.writeframes(b"\x80" * SAMPLE_RATE)  # 8-bit PCM is unsigned: 0x80 is silence
    return buffer.getvalue()


def seed_transcription(tenant: Tenant, message_id: str,
                       sentences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attach a transcription (its sentences in order) to a call message; replaces any earlier one."""
    message = messages.get_message(tenant, message_id)
    if message["messageType"] not in kinds.CALL_TYPES:
        raise BadRequest(NOT_A_CALL.format(message_id=message_id))
    message["transcription"] = [{"mediaChannel": s.get("mediaChannel", 1), "sentenceIndex": n,
                                 "startTime": s.get("startTime", 0), "endTime": s.get("endTime", 0),
                                 "transcript": s["transcript"], "confidence": s.get("confidence", 1)}
                                for n, s in enumerate(sentences)]
    tenant.store.put(MESSAGES, message)
    return message["transcription"]


class SentenceSeed(BodyModel):
    transcript: str = Field(min_length=1)
    startTime: int | float = 0
    endTime: int | float = 0
    confidence: int | float = Field(1, ge=0, le=1)
    mediaChannel: int = 1


class TranscriptionSeed(BodyModel):
    sentences: list[SentenceSeed] = Field(min_length=1)


def put_transcription(tenant: Tenant, body: TranscriptionSeed, *, message_id: str) -> dict[str, Any]:
    """``PUT /_mock/locations/{locationId}/messages/{messageId}/transcription`` (GHL's API only reads one)."""
    sentences = seed_transcription(tenant, message_id, [sentence.model_dump() for sentence in body.sentences])
    return {"messageId": message_id, "sentences": sentences}


def transcription(tenant: Tenant, message_id: str) -> dict[str, Any]:
    """The file's GetMessageTranscriptionResponseDto is one object: DECISION: the whole call as one passage
    (from the first sentence's start to the last one's end, the lowest confidence of its sentences)."""
    sentences = _sentences(tenant, message_id)
    return {"mediaChannel": sentences[0]["mediaChannel"], "sentenceIndex": 0,
            "startTime": sentences[0]["startTime"], "endTime": sentences[-1]["endTime"],
            "transcript": " ".join(s["transcript"] for s in sentences),
            "confidence": min(s["confidence"] for s in sentences)}


def transcription_text(tenant: Tenant, message_id: str) -> bytes:
    """The download: one line per sentence, ``[start-end] text`` (DECISION: GHL's file layout is not known)."""
    lines = [f"[{s['startTime']}-{s['endTime']}] {s['transcript']}" for s in _sentences(tenant, message_id)]
    return ("\n".join(lines) + "\n").encode()


def _sentences(tenant: Tenant, message_id: str) -> list[dict[str, Any]]:
    sentences = messages.get_message(tenant, message_id).get("transcription")
    if not sentences:
        raise BadRequest(NO_TRANSCRIPTION.format(message_id=message_id))
    return sentences
