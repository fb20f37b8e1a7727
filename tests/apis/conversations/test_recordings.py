"""Call recordings and transcriptions over HTTP: a WAV for recorded calls, 400s otherwise, seeded transcripts."""

from __future__ import annotations

import io
import wave


def _call(ghl, status="completed"):
    caller = ghl.contact(phone="+15550001111")  # a call log's number must be an existing contact's
    return ghl.message(caller, inbound=True, type="Call", call={"from": "+15550001111", "status": status})


def test_a_recorded_call_answers_a_wav_file(ghl):
    call = _call(ghl)
    answer = ghl.client().get(f"/conversations/messages/{call['id']}/locations/{ghl.location_id}/recording")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "audio/x-wav"
    assert "audio.wav" in answer.headers["content-disposition"]
    with wave.open(io.BytesIO(answer.content)) as audio:
        assert audio.getnframes() > 0 and audio.getnchannels() == 1


def test_no_recording_for_unanswered_calls_or_other_messages(ghl):
    api = ghl.client()
    for message in (_call(ghl, status="no-answer"), ghl.message()):
        answer = api.get(f"/conversations/messages/{message['id']}/locations/{ghl.location_id}/recording")
        assert answer.status_code == 400
        assert answer.json()["message"] == f"Recording not found for message {message['id']}"


def test_transcription_seeded_through_the_control_plane(ghl):
    api = ghl.client()
    call = _call(ghl)
    base = f"/conversations/locations/{ghl.location_id}/messages/{call['id']}/transcription"
    assert api.get(base).status_code == 400
    seeded = api.put(f"/_mock/locations/{ghl.location_id}/messages/{call['id']}/transcription", json={
        "sentences": [{"transcript": "Hello, thanks for calling.", "startTime": 0, "endTime": 3, "confidence": 0.9},
                      {"transcript": "I'd like a quote.", "startTime": 3, "endTime": 5, "confidence": 0.8}]})
    assert seeded.status_code == 200, seeded.text
    transcript = api.get(base).json()
    assert transcript["transcript"] == "Hello, thanks for calling. I'd like a quote."
    assert (transcript["startTime"], transcript["endTime"], transcript["confidence"]) == (0, 5, 0.8)
    download = api.get(base + "/download")
    assert download.headers["content-type"] == "text/plain"
    assert download.text.splitlines() == ["[0-3] Hello, thanks for calling.", "[3-5] I'd like a quote."]
    sms = ghl.message()
    assert api.put(f"/_mock/locations/{ghl.location_id}/messages/{sms['id']}/transcription",
                   json={"sentences": [{"transcript": "x"}]}).status_code == 400


def test_another_locations_path_is_refused(ghl):
    other = ghl.location()
    call = _call(ghl)
    answer = ghl.client().get(f"/conversations/messages/{call['id']}/locations/{other['id']}/recording")
    assert answer.status_code == 403
