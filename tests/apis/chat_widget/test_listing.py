"""Listing chat widgets: kinds (and the ``webChat`` umbrella), exclusions, voice AI agents, all-in-one channels,
paging."""

from __future__ import annotations


def listed(ghl, **filters) -> list[str]:
    query = {"locationId": ghl.location_id, "offset": "0", "limit": "0", **filters}
    answer = ghl.client().get("/chat-widget/list", params=query)
    assert answer.status_code == 200, answer.text
    return [widget["name"] for widget in answer.json()["chatWidgets"]]


def test_kinds_filter_the_list(ghl):
    for name, kind in (("live", "liveChat"), ("mail", "emailChat"), ("wa", "waChat"), ("fb", "facebookChat"),
                       ("voice", "voiceAiChat")):
        ghl.chat_widget(kind, name=name)
        ghl.advance(1)
    assert listed(ghl) == ["voice", "fb", "wa", "mail", "live"]
    assert listed(ghl, chatType="waChat") == ["wa"]
    assert listed(ghl, chatType="webChat") == ["fb", "wa", "mail"]
    assert listed(ghl, excludeChatType="voiceAiChat") == ["fb", "wa", "mail", "live"]


def test_voice_ai_agent_and_all_in_one_channels(ghl):
    agent = {"advanceSettings": {"voiceAiAgent": {"id": "agent-1"}}}
    ghl.chat_widget("voiceAiChat", name="agent 1", settings={"chatType": "voiceAiChat", "chatIcon": "phone", **agent})
    ghl.chat_widget("voiceAiChat", name="agent 2", settings={"chatType": "voiceAiChat", "chatIcon": "phone",
                                                             "advanceSettings": {"voiceAiAgent": {"id": "agent-2"}}})
    ghl.chat_widget("allInOneChat", name="all", settings={"chatType": "allInOneChat", "chatIcon": "x",
                                                          "advanceSettings": {"allInOneChatTypes": ["liveChat",
                                                                                                    "waChat"]}})
    assert listed(ghl, voiceAiAgentId="agent-1") == ["agent 1"]
    assert listed(ghl, chatType="allInOneChat", allInOneChatTypes="waChat") == ["all"]
    assert listed(ghl, chatType="allInOneChat", allInOneChatTypes="webChat") == ["all"]
    assert listed(ghl, chatType="allInOneChat", allInOneChatTypes="voiceAiChat") == []
    # Only with chatType=allInOneChat, as the file says.
    assert len(listed(ghl, allInOneChatTypes="voiceAiChat")) == 3


def test_paging_counts_every_match(ghl):
    for name in ("a", "b", "c"):
        ghl.chat_widget(name=name)
        ghl.advance(1)
    answer = ghl.client().get("/chat-widget/list", params={"locationId": ghl.location_id, "offset": "1",
                                                           "limit": "1"}).json()
    assert ([w["name"] for w in answer["chatWidgets"]], answer["totalCount"]) == (["b"], 3)
    assert listed(ghl) == ["c", "b", "a"]  # limit 0: every widget
