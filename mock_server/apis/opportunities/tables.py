"""Where opportunities, pipelines and lost reasons live: tables of the location's tenant.

Pipelines and lost reasons cannot be created through GHL's API; the control plane seeds them (this area's
seeds). Opportunities carry their ``contactId`` (indexed): deleting the contact deletes them (a cascade
declared in ``area.py``), and upsert finds one by contact.
"""

from __future__ import annotations

OPPORTUNITIES = "opportunities"
PIPELINES = "pipelines"
LOST_REASONS = "lostReasons"
