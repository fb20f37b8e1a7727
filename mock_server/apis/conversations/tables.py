"""Where conversations and their messages live: tables of the location's tenant, keyed by record id.

Both carry their ``contactId`` (indexed): deleting the contact deletes its conversation and messages (a
cascade declared in ``area.py``). Messages also carry their ``conversationId`` (indexed) for the thread.
"""

from __future__ import annotations

CONVERSATIONS = "conversations"
MESSAGES = "conversationMessages"
# What the built-in channels (no conversation provider) "sent": one record per SMS or e-mail (the outbox).
OUTBOX = "outboxMessages"
# One record per location ("settings"): the messaging knobs of the control plane (messaging_settings.py).
MESSAGING_SETTINGS = "messagingSettings"
# The location's custom e-mail/SMS subscription types (preferences), and each contact's subscription choices.
CUSTOM_SUBTYPES = "customSubtypes"
SUBSCRIPTIONS = "contactSubscriptions"
