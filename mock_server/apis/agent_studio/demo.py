"""The Agent Studio area's part of the demo (``Area.demo``): a published support agent of the main location and
an unpublished draft agent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def graph() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A small agent graph: start, a greeting that names the customer, an end; and the edges joining them."""
    nodes = [{"nodeId": "start", "nodeName": "Start", "type": "start", "isStartNode": True},
             {"nodeId": "greet", "nodeName": "Greeting", "type": "llm",
              "nodeConfig": {"prompt": "Hello {{customerName}}, how can I help?"}},
             {"nodeId": "end", "nodeName": "Goodbye", "type": "end", "nodeConfig": {"prompt": "Glad I could help."}}]
    return nodes, [{"startNode": "start", "endNode": "greet"}, {"startNode": "greet", "endNode": "end"}]


def load(demo: DemoLoader) -> None:
    nodes, edges = graph()
    support = demo.call("POST", "/agent-studio/agent", token=demo.main_token, json={
        "locationId": demo.main, "name": "Support assistant", "status": "active",
        "description": "Answers customers' questions",
        "version": {"nodes": nodes, "edges": edges, "inputVariables": [{"key": "customerName", "type": "string"}]}})
    demo.call("POST", f"/agent-studio/agent/versions/{support['versions'][0]['versionId']}/publish",
              token=demo.main_token, json={"locationId": demo.main})
    demo.call("POST", "/agent-studio/agent", token=demo.main_token, json={
        "locationId": demo.main, "name": "Lead qualifier (draft)", "status": "active", "version": {}})
    demo.summary.update(studioAgents=2)
