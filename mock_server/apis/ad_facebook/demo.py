"""The Facebook integration's part of the demo (``Area.demo``): the main location's Facebook connection, its
integration on the first page and ad account, a published lead form, a draft and a conversation form."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def connection_body(user_name: str, business: str, n: int) -> dict[str, Any]:
    """What Facebook hands GHL at connect: the user, two pages (one with an Instagram account and a lead form), an
    ad account of a Business Manager with a pixel. Ids are made up by the mock."""
    return {"user": {"name": user_name},
            "pages": [{"name": f"{business} {n}", "category": "Local business",
                       "instagramAccounts": [{"name": f"{business.split()[0].lower()}_{n}"}],
                       "leadForms": [{"name": "Newsletter sign-up",
                                      "questions": [{"key": "full_name", "type": "FULL_NAME"},
                                                    {"key": "email", "type": "EMAIL"}]}]},
                      {"name": f"{business} {n} Outlet", "category": "Shopping & retail"}],
            "adAccounts": [{"name": f"{business} - Production", "business": {"id": f"15304996536{n:04d}",
                                                                             "name": business},
                            "pixels": [{"name": f"{business}'s Pixel", "fbIsCrmPixel": True}]}]}


def lead_form_body(location_id: str, name: str) -> dict[str, Any]:
    return {"type": "MORE_VOLUME", "name": name, "locationId": location_id,
            "greetingCard": {"title": "Hi there!", "style": "LIST_STYLE", "content": ["A few quick questions."]},
            "questions": [{"key": "full_name", "type": "FULL_NAME"}, {"key": "email", "type": "EMAIL"},
                          {"key": "budget", "type": "CUSTOM", "label": "What is your budget?",
                           "options": [{"key": "low", "value": "Under $1,000"}, {"key": "high", "value": "$1,000+"}]}],
            "privacyPolicyLink": "https://example.com/privacy", "privacyPolicyText": "Our privacy policy",
            "thankYouPage": {"title": "Thank you!", "body": "We will be in touch.", "buttonText": "Visit website",
                             "buttonType": "VIEW_WEBSITE", "buttonLink": "https://example.com"}}


def load(demo: DemoLoader) -> None:
    connection = demo.seed(demo.main, "facebook", connection_body("Jane Doe", "Acme Marketing", 1))
    page_id = connection["pages"][0]["id"]
    demo.call("POST", "/ad-publishing/facebook/integration", token=demo.main_token,
              json={"locationId": demo.main, "pageId": page_id, "adAccountId": connection["adAccounts"][0]["id"]})
    forms = f"/ad-publishing/facebook/page/{page_id}/forms"
    demo.call("POST", forms, token=demo.main_token, json=lead_form_body(demo.main, "Spring offer"))
    demo.call("POST", forms, token=demo.main_token, json={**lead_form_body(demo.main, "Summer offer"), "isDraft": True})
    demo.call("POST", "/ad-publishing/facebook/conversation-forms", token=demo.main_token,
              json={"locationId": demo.main, "name": "Welcome", "text": "Hi! How can we help?",
                    "questions": [{"question": "Book a visit", "response": "Pick a time on our calendar."}]})
    demo.summary["facebookLeadForms"] = 3
