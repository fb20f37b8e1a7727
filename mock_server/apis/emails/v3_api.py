"""The Api of emails-v3.json: the v3 template and campaign operations (``template_routes``,
``campaign_routes``) are declared on it. Their records are the v2 operations' records (``templates``,
``schedules``), seen in the v3 shapes."""

from __future__ import annotations

from mock_server.platform.operations import Api

api = Api("v3/emails-v3.json", tag="Emails")
